// The debrief's chart as a picture, drawn with a 2D canvas from the same data as the chart on the game's
// canvas (view/chart.ts): for "Download image" in the game's colours on its night blue, and for the printed
// handout on white paper.
import type { Level } from '../content/schema.ts';
import { METERS, type MeterName } from '../content/terms.ts';
import type { GameState } from '../core/state.ts';
import { type Box, type ChartPlan, chartPlan } from '../view/chart.ts';
import { t } from '../i18n/i18n.ts';
import { chapterName, METER_LABELS } from '../view/format.ts';
import { IMAGE_DASH, METER_STYLES, marker } from '../view/meter-styles.ts';
import { COLORS, css, FONT } from '../view/theme.ts';
import { endingOf } from '../core/level-index.ts';

export type ChartLook = 'screen' | 'paper';

/** Each look's colours: the page's dark one on screen, black on white for print. */
const PALETTES = {
  screen: {
    bg: css(COLORS.night),
    text: css(COLORS.text),
    muted: css(COLORS.muted),
    grid: css(COLORS.line),
    mark: css(COLORS.accent),
    casing: null,
  },
  // On paper the pale yellow of loyalty needs a dark edge (a casing) to be seen; the orange marks darken to read
  // as text.
  paper: { bg: '#ffffff', text: '#111111', muted: '#444444', grid: '#c8c8c8', mark: '#b34700', casing: '#333333' },
} as const;
type Palette = (typeof PALETTES)[ChartLook];

export const CHART_SIZE = { width: 1200, height: 680 } as const;
/** Pixels per CSS pixel: sharp enough to print at A4 width. */
const SCALE = 1.5;

/** Fills a meter's marker (view/meter-styles.ts) in the current fill style. */
function fillMarker(c: CanvasRenderingContext2D, m: MeterName, x: number, y: number, r: number) {
  const k = marker(m, x, y, r);
  c.beginPath();
  if (k.kind === 'circle') c.arc(k.x, k.y, k.r, 0, Math.PI * 2);
  else if (k.kind === 'rect') c.rect(k.x, k.y, k.w, k.h);
  else {
    const [x1, y1, x2, y2, x3, y3] = k.points;
    c.moveTo(x1, y1);
    c.lineTo(x2, y2);
    c.lineTo(x3, y3);
    c.closePath();
  }
  c.fill();
}

/** How far the dark casing on paper reaches out of a marker, and how much wider it is than a line. */
const CASING = { marker: 1.5, line: 2 };

/** A meter's marker, cased on paper. */
function casedMarker(c: CanvasRenderingContext2D, palette: Palette, m: MeterName, x: number, y: number, r: number) {
  if (palette.casing) {
    c.fillStyle = palette.casing;
    fillMarker(c, m, x, y, r + CASING.marker);
  }
  c.fillStyle = css(COLORS[m]);
  fillMarker(c, m, x, y, r);
}

/** Sets the line style of meter m: its width and dash in the image (`casing` wider for the casing). */
function meterStroke(c: CanvasRenderingContext2D, m: MeterName, color: string, casing = 0) {
  c.setLineDash(METER_STYLES[m].dashed ? IMAGE_DASH : []);
  c.strokeStyle = color;
  c.lineWidth = METER_STYLES[m].width.image + casing;
}

/** Writes text in the image's font. */
function write(
  c: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  color: string,
  px = 16,
  align: CanvasTextAlign = 'left',
) {
  c.fillStyle = color;
  c.font = font(px);
  c.textAlign = align;
  c.fillText(text, x, y);
}

const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${FONT}`;

/** The chart drawn on a canvas of its own, never attached to the page. */
export function drawChart(level: Level, game: GameState, look: ChartLook): HTMLCanvasElement {
  const { width: W, height: H } = CHART_SIZE;
  const canvas = document.createElement('canvas');
  canvas.width = W * SCALE;
  canvas.height = H * SCALE;
  const c = canvas.getContext('2d')!;
  c.scale(SCALE, SCALE);
  const palette = PALETTES[look];
  c.fillStyle = palette.bg;
  c.fillRect(0, 0, W, H);
  drawTitle(c, palette, level, game);
  const box = { x: 80, y: 130, w: W - 130, h: H - 270 };
  const plan = chartPlan(game, box, { endLabel: 96, digit: 10 });
  drawAxes(c, palette, box, plan);
  drawReplies(c, palette, box, plan);
  drawMeters(c, palette, plan);
  drawLegend(c, palette, box);
  return canvas;
}

/** The chapter's name, and the ending with the hour it came (or the hour the game stands at). */
function drawTitle(c: CanvasRenderingContext2D, palette: Palette, level: Level, game: GameState) {
  const ending = endingOf(level, game.ending);
  c.textBaseline = 'alphabetic';
  c.fillStyle = palette.text;
  c.font = font(28, true);
  c.textAlign = 'left';
  c.fillText(t('debrief.chart.title', { chapter: chapterName(level) }), 40, 52);
  write(
    c,
    ending
      ? t('debrief.chart.ending', { ending: ending.title, hour: game.hour, hours: level.hours })
      : t('debrief.chart.hour', { hour: game.hour }),
    40,
    84,
    palette.muted,
    18,
  );
}

/** The value lines with their numbers, and the hours along the bottom. */
function drawAxes(c: CanvasRenderingContext2D, palette: Palette, box: Box, plan: ChartPlan) {
  c.lineWidth = 1;
  c.textBaseline = 'middle';
  for (const { value, y } of plan.grid) {
    c.strokeStyle = palette.grid;
    c.beginPath();
    c.moveTo(box.x, y);
    c.lineTo(box.x + box.w, y);
    c.stroke();
    write(c, String(value), box.x - 10, y, palette.muted, 16, 'right');
  }
  c.textBaseline = 'top';
  for (const { hour, x } of plan.ticks) write(c, String(hour), x, box.y + box.h + 8, palette.muted, 16, 'center');
  write(c, t('debrief.chart.hour', { hour: plan.hours }), box.x + box.w, box.y + box.h + 8, palette.muted, 16, 'right');
}

/** Each reply a numbered line (as the debrief numbers its decisions); over the top, trust the hours moved. */
function drawReplies(c: CanvasRenderingContext2D, palette: Palette, box: Box, plan: ChartPlan) {
  c.strokeStyle = palette.mark;
  c.globalAlpha = 0.5;
  for (const x of plan.replies) {
    c.beginPath();
    c.moveTo(x, box.y);
    c.lineTo(x, box.y + box.h);
    c.stroke();
  }
  c.globalAlpha = 1;
  c.textBaseline = 'bottom';
  for (const { x, text } of plan.replyNumbers) write(c, text, x, box.y - 6, palette.mark, 16, 'center');
  c.textBaseline = 'top';
  for (const { x, text } of plan.drifts) write(c, text, x, box.y + 4, palette.muted, 15, 'center');
}

/** Each meter's line in its style, cased on paper, with its markers. */
function drawMeters(c: CanvasRenderingContext2D, palette: Palette, plan: ChartPlan) {
  for (const { meter, points, markers } of plan.meters) {
    const line = () => {
      c.beginPath();
      points.forEach((p, i) => (i ? c.lineTo(p.x, p.y) : c.moveTo(p.x, p.y)));
      c.stroke();
    };
    c.lineJoin = 'round';
    if (palette.casing) {
      meterStroke(c, meter, palette.casing, CASING.line);
      line();
    }
    meterStroke(c, meter, css(COLORS[meter]));
    line();
    c.setLineDash([]);
    for (const p of markers) casedMarker(c, palette, meter, p.x, p.y, 5);
  }
}

/** The legend: each meter's shape, line and name, and what the numbered lines and the numbers over them mean. */
function drawLegend(c: CanvasRenderingContext2D, palette: Palette, box: Box) {
  const ly = box.y + box.h + 52;
  METERS.forEach((m, k) => {
    const lx = box.x + k * 230;
    meterStroke(c, m, css(COLORS[m]));
    c.beginPath();
    c.moveTo(lx, ly + 10);
    c.lineTo(lx + 40, ly + 10);
    c.stroke();
    c.setLineDash([]);
    casedMarker(c, palette, m, lx + 20, ly + 10, 6);
    write(c, METER_LABELS[m], lx + 50, ly + 1, palette.text, 18);
  });
  write(c, t('debrief.chart.key'), box.x, ly + 36, palette.muted, 16);
}

/** The chart as a PNG file. */
export const chartPng = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the chart could not be made into a PNG'))), 'image/png'),
  );
