// The judgement check's discernment at each point in time as a small SVG figure: a bar for the mean and,
// for a room, a dot for each team (unnamed). The figure's label says the same in words, in the player's
// language.
import { MAX_DISCERNMENT, meanOf } from '../content/judgement-scores.ts';
import { t } from '../i18n/i18n.ts';
import { signedTenth } from '../view/judgement.ts';
import { COLORS, css } from '../view/theme.ts';
import { svgEl as el } from './svg.ts';

const W = 480;
const H = 220;
const PAD = { left: 52, right: 12, top: 14, bottom: 34 };

export interface ChartColumn {
  label: string;
  /** One value for a player; one per team for a room; never none. */
  values: readonly number[];
}

const mean = (xs: readonly number[]) => meanOf(xs) ?? 0;

export function judgementChart(columns: readonly ChartColumn[]): SVGElement {
  const words = columns
    .map((c) => `${c.label} ${signedTenth(mean(c.values))}`)
    .join(t('judgement.scores.listSeparator'));
  const svg = el('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': t('judgement.chart.label', { max: MAX_DISCERNMENT, columns: words }),
    class: 'judgement-chart',
  });
  const Y = (v: number) => PAD.top + ((MAX_DISCERNMENT - v) / (2 * MAX_DISCERNMENT)) * (H - PAD.top - PAD.bottom);
  const step = (W - PAD.left - PAD.right) / Math.max(1, columns.length);
  for (const v of [-MAX_DISCERNMENT, 0, MAX_DISCERNMENT]) {
    svg.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: Y(v), y2: Y(v), stroke: css(COLORS.line) }));
    svg.append(
      el('text', { x: PAD.left - 6, y: Y(v) + 5, 'text-anchor': 'end', fill: css(COLORS.muted) }, signedTenth(v)),
    );
  }
  columns.forEach((c, i) => {
    const x = PAD.left + step * (i + 0.5);
    const m = mean(c.values);
    const bar = Math.min(48, step * 0.5);
    svg.append(
      el('rect', {
        x: x - bar / 2,
        y: Math.min(Y(m), Y(0)),
        width: bar,
        height: Math.max(1, Math.abs(Y(m) - Y(0))),
        fill: css(COLORS.accent),
      }),
      el('text', { x, y: H - 12, 'text-anchor': 'middle', fill: css(COLORS.text) }, c.label),
      el(
        'text',
        { x, y: m >= 0 ? Y(m) - 6 : Y(m) + 16, 'text-anchor': 'middle', fill: css(COLORS.text) },
        signedTenth(m),
      ),
    );
    if (c.values.length > 1)
      c.values.forEach((v, k) =>
        svg.append(el('circle', { cx: x + bar / 2 + 8 + (k % 3) * 7, cy: Y(v), r: 4, fill: css(COLORS.muted) })),
      );
  });
  return svg;
}
