// Why an ending is missed: over many runs, which of its conditions failed in the runs that did not reach
// it. The balance report and `npm run simulate` both count with this.
import type { Condition, Level } from '../content/schema.ts';
import { failing } from './conditions.ts';
import type { GameState } from './state.ts';
import { endingOf } from './level-index.ts';

/**
 * Why runs missed an ending, as data (the views put it in words): one of its tests that failed, as the
 * level writes it, or, when every test held, the title of the ending that came first.
 */
export type MissReason = { test: Condition } | { cameFirst: string };

export type FailedCondition = MissReason & {
  /** Share (0..1) of the runs that missed this ending in which this reason held. */
  missedShare: number;
};

export interface MissedEnding {
  ending: string;
  title: string;
  /** Share of all runs of all players that reached it. */
  reachedShare: number;
  /** Most frequent first. */
  failed: FailedCondition[];
}

/** An ending that some player reaches in less than this share of its runs is explained. */
const RARE = 0.1;

interface Misses {
  runs: number;
  /** By the failed test itself (a condition object of the level) or by the id of the ending that came first. */
  reasons: Map<Condition | string, number>;
}

/**
 * Counts, run by run, why each ending of a level was missed. Every ending's conditions are checked in the
 * state the run ended in, also for `anytime` endings: that is the state a trainer can reason about, and an
 * anytime ending checked there still says which of its tests never held by the end.
 */
export class MissTally {
  private runs = 0;
  private readonly misses: Map<string, Misses>;

  constructor(private readonly level: Level) {
    this.misses = new Map(level.endings.map((e) => [e.id, { runs: 0, reasons: new Map() }]));
  }

  observe(s: GameState): void {
    this.runs++;
    for (const e of this.level.endings) {
      if (e.id === s.ending) continue;
      const miss = this.misses.get(e.id)!;
      miss.runs++;
      const failed: (Condition | string)[] = e.when ? failing(e.when, s) : [];
      // Every test held (or there were none: the fallback), so another ending simply came first.
      if (!failed.length) failed.push(s.ending!);
      for (const c of failed) miss.reasons.set(c, (miss.reasons.get(c) ?? 0) + 1);
    }
  }

  /**
   * The endings that some player reached in under 10% of its runs, or that no run reached, in the level's
   * order, with why they were missed. `rates` holds each player's endings as shares of its runs.
   */
  missed(rates: readonly Record<string, number>[]): MissedEnding[] {
    const titleOf = (id: string) => endingOf(this.level, id)?.title ?? id;
    return this.level.endings
      .filter((e) => rates.some((r) => (r[e.id] ?? 0) < RARE))
      .map((e) => {
        const miss = this.misses.get(e.id)!;
        const failed = [...miss.reasons]
          .map(
            ([c, n]): FailedCondition => ({
              ...(typeof c === 'string' ? { cameFirst: titleOf(c) } : { test: c }),
              missedShare: n / miss.runs,
            }),
          )
          .sort((a, b) => b.missedShare - a.missedShare);
        const reachedShare = this.runs ? (this.runs - miss.runs) / this.runs : 0;
        return { ending: e.id, title: e.title, reachedShare, failed };
      });
  }
}
