// The debrief's chart as a picture, drawn with a 2D canvas from the same data as the chart on the game's
// canvas (view/chart.ts): for "Download image" in the game's colours on its night blue, and for the printed
// handout on white paper.
import type { Level } from '../content/schema.ts';
import { METERS, type MeterName } from '../content/terms.ts';
import type { GameState } from '../core/state.ts';
import { chartSeries, hourStep, markLabels, shownDecisions, trustDrift } from '../view/chart.ts';
import { t } from '../i18n/i18n.ts';
import { chapterName, METER_LABELS, signed } from '../view/format.ts';
import { COLORS, css, FONT } from '../view/theme.ts';
import { endingOf } from '../core/level-index.ts';

export type ChartLook = 'screen' | 'paper';

const LOOKS = {
  screen: {
    bg: css(COLORS.night),
    text: css(COLORS.text),
    muted: css(COLORS.muted),
    grid: css(COLORS.line),
    mark: css(COLORS.accent),
    casing: null,
  },
  // On paper the pale yellow of loyalty needs a dark edge to be seen; the orange marks darken to read as text.
  paper: { bg: '#ffffff', text: '#111111', muted: '#444444', grid: '#c8c8c8', mark: '#b34700', casing: '#333333' },
} as const;

export const CHART_SIZE = { width: 1200, height: 680 } as const;
/** Pixels per CSS pixel: sharp enough to print at A4 width. */
const SCALE = 1.5;

/** Line width and dashes: thick, dashed and thin, so that the three read apart without colour (as on screen). */
const STROKES: Record<MeterName, { width: number; dash: number[] }> = {
  trust: { width: 4, dash: [] },
  loyalty: { width: 3.5, dash: [12, 7] },
  heat: { width: 2, dash: [] },
};

function shape(c: CanvasRenderingContext2D, m: MeterName, x: number, y: number, r: number) {
  c.beginPath();
  if (m === 'trust') c.arc(x, y, r, 0, Math.PI * 2);
  else if (m === 'loyalty') c.rect(x - r, y - r, r * 2, r * 2);
  else {
    c.moveTo(x, y - r - 1);
    c.lineTo(x + r + 1, y + r);
    c.lineTo(x - r - 1, y + r);
    c.closePath();
  }
  c.fill();
}

/** The chart drawn on a canvas of its own, never attached to the page. */
export function drawChart(level: Level, game: GameState, look: ChartLook): HTMLCanvasElement {
  const { width: W, height: H } = CHART_SIZE;
  const canvas = document.createElement('canvas');
  canvas.width = W * SCALE;
  canvas.height = H * SCALE;
  const c = canvas.getContext('2d')!;
  c.scale(SCALE, SCALE);
  const L = LOOKS[look];
  const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${FONT}`;
  const label = (text: string, x: number, y: number, color: string, px = 16, align: CanvasTextAlign = 'left') => {
    c.fillStyle = color;
    c.font = font(px);
    c.textAlign = align;
    c.fillText(text, x, y);
  };
  c.fillStyle = L.bg;
  c.fillRect(0, 0, W, H);

  const ending = endingOf(level, game.ending);
  c.textBaseline = 'alphabetic';
  c.fillStyle = L.text;
  c.font = font(28, true);
  c.textAlign = 'left';
  c.fillText(t('debrief.chart.title', { chapter: chapterName(level) }), 40, 52);
  label(
    ending
      ? t('debrief.chart.ending', { ending: ending.title, hour: game.hour, hours: level.hours })
      : t('debrief.chart.hour', { hour: game.hour }),
    40,
    84,
    L.muted,
    18,
  );

  const box = { x: 80, y: 130, w: W - 130, h: H - 270 };
  const hours = Math.max(1, game.hour);
  const X = (hour: number) => box.x + (hour / hours) * box.w;
  const Y = (v: number) => box.y + box.h - (v / 100) * box.h;

  c.lineWidth = 1;
  c.textBaseline = 'middle';
  for (const v of [0, 25, 50, 75, 100]) {
    c.strokeStyle = L.grid;
    c.beginPath();
    c.moveTo(box.x, Y(v));
    c.lineTo(box.x + box.w, Y(v));
    c.stroke();
    label(String(v), box.x - 10, Y(v), L.muted, 16, 'right');
  }
  c.textBaseline = 'top';
  const step = hourStep(hours);
  for (let hour = 0; hour <= hours && X(hour) < box.x + box.w - 60; hour += step) {
    label(String(hour), X(hour), box.y + box.h + 8, L.muted, 16, 'center');
  }
  label(t('debrief.chart.hours'), box.x + box.w, box.y + box.h + 8, L.muted, 16, 'right');

  // Each reply a numbered line (as the debrief numbers its decisions); over the top, trust the hours moved.
  const { shown } = shownDecisions(game);
  c.strokeStyle = L.mark;
  c.globalAlpha = 0.5;
  for (const d of shown) {
    c.beginPath();
    c.moveTo(X(d.hour), box.y);
    c.lineTo(X(d.hour), box.y + box.h);
    c.stroke();
  }
  c.globalAlpha = 1;
  c.textBaseline = 'bottom';
  for (const { x, text } of markLabels(
    shown.map((d) => X(d.hour)),
    10,
  ))
    label(text, x, box.y - 6, L.mark, 16, 'center');
  c.textBaseline = 'top';
  for (const { from, to, trust } of trustDrift(game)) {
    if (!trust || X(to) - X(from) < 30) continue;
    label(signed(trust), (X(from) + X(to)) / 2, box.y + 4, L.muted, 15, 'center');
  }

  const series = chartSeries(game);
  for (const m of METERS) {
    const line = () => {
      c.beginPath();
      series.forEach((s, i) => (i ? c.lineTo(X(s.hour), Y(s[m])) : c.moveTo(X(s.hour), Y(s[m]))));
      c.stroke();
    };
    c.lineJoin = 'round';
    c.setLineDash(STROKES[m].dash);
    if (L.casing) {
      c.strokeStyle = L.casing;
      c.lineWidth = STROKES[m].width + 2;
      line();
    }
    c.strokeStyle = css(COLORS[m]);
    c.lineWidth = STROKES[m].width;
    line();
    c.setLineDash([]);
    const every = Math.max(1, Math.ceil(series.length / 12));
    series.forEach((s, i) => {
      if (i % every) return;
      if (L.casing) {
        c.fillStyle = L.casing;
        shape(c, m, X(s.hour), Y(s[m]), 6.5);
      }
      c.fillStyle = css(COLORS[m]);
      shape(c, m, X(s.hour), Y(s[m]), 5);
    });
  }

  // The legend: each meter's shape, line and name.
  const ly = box.y + box.h + 52;
  METERS.forEach((m, k) => {
    const lx = box.x + k * 230;
    c.setLineDash(STROKES[m].dash);
    c.strokeStyle = css(COLORS[m]);
    c.lineWidth = STROKES[m].width;
    c.beginPath();
    c.moveTo(lx, ly + 10);
    c.lineTo(lx + 40, ly + 10);
    c.stroke();
    c.setLineDash([]);
    if (L.casing) {
      c.fillStyle = L.casing;
      shape(c, m, lx + 20, ly + 10, 7.5);
    }
    c.fillStyle = css(COLORS[m]);
    shape(c, m, lx + 20, ly + 10, 6);
    label(METER_LABELS[m], lx + 50, ly + 1, L.text, 18);
  });
  label(t('debrief.chart.key'), box.x, ly + 36, L.muted, 16);
  return canvas;
}

/** The chart as a PNG file. */
export const chartPng = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the chart could not be made into a PNG'))), 'image/png'),
  );
