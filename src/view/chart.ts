// The debrief chart's data, shared by the chart on the canvas (scenes/debrief.ts) and the chart image that
// is downloaded and printed (html/chart-image.ts), so that both draw the same lines and marks.
import type { Decision, GameState, Sample } from '../core/state.ts';

/** How many decisions the debrief lists and marks on its chart (a storm can hold hundreds). */
export const DECISIONS_SHOWN = 40;

/**
 * The meters hour by hour, ending where they ended: a chapter that ends on a reply (a collapse) ends
 * before its next hour is sampled, so the last point is added at the final hour.
 */
export function chartSeries(g: Pick<GameState, 'samples' | 'values' | 'hour'>): Sample[] {
  const last = g.samples.at(-1);
  const { trust, loyalty, heat } = g.values;
  if (last && last.trust === trust && last.loyalty === loyalty && last.heat === heat) return g.samples;
  return [...g.samples, { hour: g.hour, trust, loyalty, heat }];
}

/** Hours between ticks on the hour axis: about six ticks whatever the length of the chapter. */
export const hourStep = (hours: number) => [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => hours / s <= 6) ?? 1000;

/** The decisions marked on the chart (the latest, numbered as the debrief lists them) and the number of the first. */
export function shownDecisions(g: GameState): { shown: Decision[]; offset: number } {
  const offset = Math.max(0, g.decisions.length - DECISIONS_SHOWN);
  return { shown: g.decisions.slice(offset), offset };
}

/**
 * Numbers over the decision marks at `xs`: marks close together share one label ("4,5", "3–6"), so that
 * their numbers never print over each other. `charW` is about the width of a digit.
 */
export function markLabels(xs: readonly number[], charW: number): { x: number; text: string }[] {
  const labels: { x: number; numbers: number[] }[] = [];
  const text = (numbers: number[]) => (numbers.length > 2 ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(','));
  xs.forEach((x, i) => {
    const last = labels.at(-1);
    if (last && x < last.x + (text(last.numbers).length + 1) * charW) last.numbers.push(i + 1);
    else labels.push({ x, numbers: [i + 1] });
  });
  return labels.map((l) => ({ x: l.x, text: text(l.numbers) }));
}

/** What the hours did to trust on their own before each shown reply, and after the last one, rounded. */
export function trustDrift(g: GameState): { from: number; to: number; trust: number }[] {
  const { shown, offset } = shownDecisions(g);
  const intervals = shown.map((d, i) => ({
    from: i ? shown[i - 1]!.hour : (g.decisions[offset - 1]?.hour ?? 0),
    to: d.hour,
    drift: d.drift,
  }));
  intervals.push({ from: shown.at(-1)?.hour ?? 0, to: g.hour, drift: g.drift });
  return intervals.map(({ from, to, drift }) => ({
    from,
    to,
    trust: Math.round(Object.values(drift).reduce((n, moved) => n + (moved.trust ?? 0), 0)),
  }));
}
