// The debrief chart's data and geometry, shared by the chart on the canvas (scenes/debrief.ts) and the chart
// image that is downloaded and printed (html/chart-image.ts), so that both draw the same lines and marks:
// chartPlan says where everything goes in a box, each renderer only draws it (the meters' line styles and
// markers are in view/meter-styles.ts).
import { METERS, type MeterName } from '../content/terms.ts';
import type { Decision, GameState, Sample } from '../core/state.ts';
import { roundedSteps, signed } from './format.ts';

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
const hourStep = (hours: number) => [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => hours / s <= 6) ?? 1000;

/** The decisions marked on the chart (the latest, numbered as the debrief lists them) and the number of the first. */
function shownDecisions(g: GameState): { shown: Decision[]; offset: number } {
  const offset = Math.max(0, g.decisions.length - DECISIONS_SHOWN);
  return { shown: g.decisions.slice(offset), offset };
}

/**
 * Numbers over the decision marks at `xs`: marks close together share one label ("4,5", "3–6"), so that
 * their numbers never print over each other. `charW` is about the width of a digit.
 */
function markLabels(xs: readonly number[], charW: number): { x: number; text: string }[] {
  const labels: { x: number; numbers: number[] }[] = [];
  const text = (numbers: number[]) => (numbers.length > 2 ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(','));
  xs.forEach((x, i) => {
    const last = labels.at(-1);
    if (last && x < last.x + (text(last.numbers).length + 1) * charW) last.numbers.push(i + 1);
    else labels.push({ x, numbers: [i + 1] });
  });
  return labels.map((l) => ({ x: l.x, text: text(l.numbers) }));
}

/**
 * What the hours did to trust on their own before each shown reply, and after the last one, in whole points
 * that add up to what the debrief says the hours did (view/drift.ts movedSummary: the hours counted on from
 * the replies' change).
 */
function trustDrift(g: GameState): { from: number; to: number; trust: number }[] {
  const drifts = [...g.decisions.map((d) => d.drift), g.drift];
  const replies = g.decisions.reduce((n, d) => n + d.after.trust - d.before.trust, 0);
  const steps = roundedSteps(
    drifts.map((drift) => Object.values(drift).reduce((n, moved) => n + (moved.trust ?? 0), 0)),
    replies,
  );
  const hours = [0, ...g.decisions.map((d) => d.hour), g.hour];
  return steps.map((trust, i) => ({ from: hours[i]!, to: hours[i + 1]!, trust })).slice(shownDecisions(g).offset);
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Point {
  x: number;
  y: number;
}

/** What the renderer's text needs room for: the word "hours" at the axis's end, and a digit of the reply numbers. */
interface ChartRoom {
  /** About the width of the label at the hour axis's end ("Hour 19", "第 19 小时"). */
  endLabel: number;
  digit: number;
}

/** Where everything on the chart goes, in the renderer's pixels. */
export interface ChartPlan {
  /** The value lines across the box, 0 to 100 (y of each). */
  grid: { value: number; y: number }[];
  /** The hour the chart ends at, written at the axis's end ("Hour 19"), so that the last hour is read, not guessed. */
  hours: number;
  /** The hour ticks along the bottom, about six; a tick that would run into the last hour's label is left out. */
  ticks: { hour: number; x: number }[];
  /** A line at each shown reply, and their numbers over the box (close ones share a label). */
  replies: number[];
  replyNumbers: { x: number; text: string }[];
  /** Between replies, where there is room, what the hours did to trust on their own ("−3"). */
  drifts: { x: number; text: string }[];
  /** Each meter's line through its samples, and the samples that carry its marker. */
  meters: { meter: MeterName; points: Point[]; markers: Point[] }[];
}

/** At most this many markers on a meter's line, evenly spread from its start. */
const MARKERS = 12;
/** The least width between two replies that shows what the hours did to trust between them. */
const DRIFT_ROOM = 30;

/** The debrief chart of a game laid out in `box`: the hours across, the meters' values (0–100) up. */
export function chartPlan(game: GameState, box: Box, room: ChartRoom): ChartPlan {
  const hours = Math.max(1, game.hour);
  const x = (hour: number) => box.x + (hour / hours) * box.w;
  const y = (value: number) => box.y + box.h - (value / 100) * box.h;
  const ticks: ChartPlan['ticks'] = [];
  const step = hourStep(hours);
  for (let hour = 0; hour <= hours && x(hour) < box.x + box.w - room.endLabel; hour += step)
    ticks.push({ hour, x: x(hour) });
  const replies = shownDecisions(game).shown.map((d) => x(d.hour));
  const drifts = trustDrift(game)
    .filter(({ from, to, trust }) => trust && x(to) - x(from) >= DRIFT_ROOM)
    .map(({ from, to, trust }) => ({ x: (x(from) + x(to)) / 2, text: signed(trust) }));
  const series = chartSeries(game);
  const every = Math.max(1, Math.ceil(series.length / MARKERS));
  return {
    grid: [0, 25, 50, 75, 100].map((value) => ({ value, y: y(value) })),
    hours,
    ticks,
    replies,
    replyNumbers: markLabels(replies, room.digit),
    drifts,
    meters: METERS.map((meter) => {
      const points = series.map((s) => ({ x: x(s.hour), y: y(s[meter]) }));
      return { meter, points, markers: points.filter((_, i) => i % every === 0) };
    }),
  };
}
