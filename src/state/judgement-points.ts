// When the judgement check is taken: before the first chapter, after the last, and again a week and a month
// after that, because what a game teaches fades without a booster. Each point has its own set of items.
import type { JudgementSet } from '../content/judgement-items.ts';

export const JUDGEMENT_POINTS = ['before', 'after', 'week', 'month'] as const;
export type JudgementPoint = (typeof JUDGEMENT_POINTS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days after the "after" point when the later judgement checks are offered; the one-week one until the month is up. */
export const DAYS_LATER = { week: 7, month: 30 } as const;

/**
 * The set a point takes: before and after share sets A and B, in an order dealt by the seed (so that a
 * harder set does not always come first), and the later checks have sets of their own.
 */
export function setFor(point: JudgementPoint, seed: number, before?: JudgementSet): JudgementSet {
  if (point === 'week') return 'C';
  if (point === 'month') return 'D';
  if (point === 'after' && before) return before === 'A' ? 'B' : 'A';
  return seed % 2 ? 'B' : 'A';
}

interface Taken {
  before?: unknown;
  after?: { at: number };
  week?: unknown;
  month?: unknown;
  skipped: readonly JudgementPoint[];
}

/** The later judgement check due at `now`, if any: a week after the "after" point, then a month after it. */
export function dueLater(judgement: Taken, now: number): 'week' | 'month' | null {
  if (!judgement.after) return null;
  const days = (now - judgement.after.at) / DAY_MS;
  const open = (p: 'week' | 'month') => !judgement[p] && !judgement.skipped.includes(p) && days >= DAYS_LATER[p];
  if (open('month')) return 'month';
  if (open('week') && !judgement.month && days < DAYS_LATER.month) return 'week';
  return null;
}
