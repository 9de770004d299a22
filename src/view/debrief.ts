// What the debrief says about a finished chapter: derived from the game state, shown by canvas and DOM.
import type { Level, Post, Response } from '../content/schema.ts';
import { postInGame } from '../core/engine.ts';
import type { Decision, GameState } from '../core/state.ts';
import { METERS, type MeterName } from '../content/terms.ts';
import { t } from '../i18n/i18n.ts';
import { chartSeries } from './chart.ts';
import { METER_LABELS, roundedSteps } from './format.ts';
import { responseOf } from '../core/level-index.ts';

export interface DecisionLine {
  decision: Decision;
  post: Post;
  response: Response;
  /**
   * Rounded change of each meter that moved, e.g. { trust: +6, heat: -2 }: over the chapter they add up to
   * what the debrief says the replies moved in all (drift.ts).
   */
  moved: Partial<Record<MeterName, number>>;
}

export function decisionLines(level: Level, g: GameState): DecisionLine[] {
  const steps = METERS.map((m) => roundedSteps(g.decisions.map((d) => d.after[m] - d.before[m])));
  return g.decisions.map((d, i) => {
    const post = postInGame(level, g, d.post);
    const response = responseOf(post, d.response)!;
    const moved: DecisionLine['moved'] = {};
    METERS.forEach((m, j) => {
      const delta = steps[j]![i]!;
      if (delta) moved[m] = delta;
    });
    return { decision: d, post, response, moved };
  });
}

export const missedPosts = (level: Level, g: GameState): Post[] =>
  g.feed.filter((f) => f.status === 'expired').map((f) => postInGame(level, g, f.id));

/** Lessons met along the way, in order of first appearance. */
export const lessonsMet = (lines: DecisionLine[]): string[] => [
  ...new Set(lines.flatMap((l) => (l.response.lesson ? [l.response.lesson] : []))),
];

/**
 * One sentence per meter: where it started, where it ended, its low point as shown (rounded) and the first
 * hour it was there: 60.2 at hour 0 and 59.8 at hour 11 are both "60", first at hour 0.
 */
export function meterSummary(g: GameState): string[] {
  const series = chartSeries(g);
  return METERS.map((m) => {
    const first = series[0]!;
    const last = series.at(-1)!;
    const low = series.reduce((lowest, p) => Math.min(lowest, Math.round(p[m])), Number.POSITIVE_INFINITY);
    return t('debrief.panel.meterSummary', {
      meter: METER_LABELS[m],
      from: Math.round(first[m]),
      to: Math.round(last[m]),
      low,
      hour: series.find((p) => Math.round(p[m]) === low)!.hour,
    });
  });
}
