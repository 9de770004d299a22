// The three meters hour by hour as an SVG figure, for the what-if: the game as played in solid lines and
// another path in dashed lines over it.
import { METERS } from '../content/terms.ts';
import type { Sample } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { METER_LABELS } from '../view/format.ts';
import { COLORS, css } from '../view/theme.ts';
import { svgEl as el } from './svg.ts';

const W = 640;
const H = 280;
const PAD = { left: 40, right: 12, top: 12, bottom: 32 };

export function meterChart(label: string, lines: { samples: readonly Sample[]; dashed: boolean }[]): SVGElement {
  const hours = Math.max(1, ...lines.flatMap((l) => l.samples.map((s) => s.hour)));
  const X = (hour: number) => PAD.left + (hour / hours) * (W - PAD.left - PAD.right);
  const Y = (v: number) => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, class: 'meter-chart' });
  for (const v of [0, 50, 100]) {
    svg.append(el('line', { x1: PAD.left, x2: W - PAD.right, y1: Y(v), y2: Y(v), stroke: css(COLORS.line) }));
    svg.append(el('text', { x: PAD.left - 6, y: Y(v) + 5, 'text-anchor': 'end', fill: css(COLORS.muted) }, String(v)));
  }
  svg.append(
    el(
      'text',
      { x: W - PAD.right, y: H - 6, 'text-anchor': 'end', fill: css(COLORS.muted) },
      t('debrief.chart.axisHours', { hours }),
    ),
  );
  for (const { samples, dashed } of lines)
    for (const m of METERS) {
      const points = samples.map((s) => `${X(s.hour).toFixed(1)},${Y(s[m]).toFixed(1)}`).join(' ');
      const line = el('polyline', {
        points,
        fill: 'none',
        stroke: css(COLORS[m]),
        'stroke-width': dashed ? 3 : 2,
        ...(dashed ? { 'stroke-dasharray': '8 5' } : {}),
      });
      line.append(
        el('title', {}, t(dashed ? 'debrief.chart.whatIf' : 'debrief.chart.asPlayed', { meter: METER_LABELS[m] })),
      );
      svg.append(line);
    }
  return svg;
}
