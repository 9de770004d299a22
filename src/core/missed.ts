// Why an ending is missed: over many runs, which of its conditions failed in the runs that did not reach
// it. The balance report and `npm run simulate` both count with this.
import type { Condition, Level } from '../content/schema.ts';
import { holds, testsOf } from './conditions.ts';
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

/**
 * Why runs missed one ending: each reason is the number of one of the ending's tests (see testsOf) or the
 * id of the ending that came first, with how many runs it held in, in the order the reasons were first met
 * (the order a tie between two reasons is shown in).
 */
interface Misses {
  runs: number;
  reasons: Map<number | string, number>;
}

/** A tally as plain data, for a worker to send: its runs, and each ending's misses in the level's order. */
export interface MissCounts {
  runs: number;
  endings: { runs: number; reasons: [number | string, number][] }[];
}

/**
 * Counts, run by run, why each ending of a level was missed. Every ending's conditions are checked in the
 * state the run ended in, also for `anytime` endings: that is the state a trainer can reason about, and an
 * anytime ending checked there still says which of its tests never held by the end. Tallies of players
 * played apart add up to the tally of playing them one after another (`add`, in the players' order).
 */
export class MissTally {
  private runs = 0;
  private readonly misses: Misses[];
  /** Each ending's tests, by their number. */
  private readonly tests: Condition[][];

  constructor(private readonly level: Level) {
    this.misses = level.endings.map(() => ({ runs: 0, reasons: new Map() }));
    this.tests = level.endings.map((e) => (e.when ? testsOf(e.when) : []));
  }

  observe(s: GameState): void {
    this.runs++;
    this.level.endings.forEach((e, i) => {
      if (e.id === s.ending) return;
      const miss = this.misses[i]!;
      miss.runs++;
      // The tests that do not hold, by their number: failing() without building its lists, once an ending a run.
      const tests = this.tests[i]!;
      const failed: (number | string)[] = [];
      for (const c of tests) if (!holds(c, s)) failed.push(tests.indexOf(c));
      // Every test held (or there were none: the fallback), so another ending simply came first.
      if (!failed.length) failed.push(s.ending!);
      for (const c of failed) miss.reasons.set(c, (miss.reasons.get(c) ?? 0) + 1);
    });
  }

  counts(): MissCounts {
    return { runs: this.runs, endings: this.misses.map((m) => ({ runs: m.runs, reasons: [...m.reasons] })) };
  }

  add(counts: MissCounts): void {
    this.runs += counts.runs;
    counts.endings.forEach((m, i) => {
      const miss = this.misses[i]!;
      miss.runs += m.runs;
      for (const [c, n] of m.reasons) miss.reasons.set(c, (miss.reasons.get(c) ?? 0) + n);
    });
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
        const i = this.level.endings.indexOf(e);
        const miss = this.misses[i]!;
        const failed = [...miss.reasons]
          .map(
            ([c, n]): FailedCondition => ({
              ...(typeof c === 'string' ? { cameFirst: titleOf(c) } : { test: this.tests[i]![c]! }),
              missedShare: n / miss.runs,
            }),
          )
          .sort((a, b) => b.missedShare - a.missedShare);
        const reachedShare = this.runs ? (this.runs - miss.runs) / this.runs : 0;
        return { ending: e.id, title: e.title, reachedShare, failed };
      });
  }
}
