// The balance targets of the campaign (issues 9 and 17): a good ending is earned by judgement, and judgement
// by checking. Over 2,000 seeded runs a chapter: no blind player (one that never reads) reaches a good ending
// in more than 25% of runs, no greedy player (one that takes what pays at once) in more than 40%, and no
// fixed order of reply kinds in more than 25%; careful readers who do not check, and assume every criticism
// fair or every one false, reach at most 35%; a reader who checks when in doubt at least 70%, and the
// readers who see the truth (lesson-aligned, careful-reader) at least 70%; angry play at most 10%; random
// play finishes 20–60% of chapters. A reader who checks everything reaches at most 60% in at least half the
// chapters (checking costs hours). `npm run simulate -- --runs 2000` prints the full table. The targets are
// src/core/balance-targets.ts, which the editor's balance report reads too. Shared by the two balance test
// files, which split the chapters between the two cores.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { BALANCE_RUNS, BALANCE_TARGETS as TARGETS } from '../../src/core/balance-targets.ts';
import { balanceReport, type PlayerRow } from '../../src/core/balance.ts';
import { POLICIES } from '../../src/core/policies.ts';

/** The time a chapter's 2,000 runs of every player may take on a busy machine. */
const PLAYING_MS = 180_000;

/** The readers who see the truth or find it by checking, held to the reading target. */
const READERS = ['lesson-aligned', 'careful-reader', 'checks-in-doubt'];

export function balanceSuite(pick: (index: number) => boolean) {
  const levels = loadAllLevels().filter((_, i) => pick(i));
  describe(`balance (${BALANCE_RUNS} seeded runs per chapter and player)`, () => {
    for (const level of levels) {
      describe(level.id, () => {
        // Played once for the chapter's tests, before them (a hook: its timeout and the tests' filters apply), as
        // the editor's balance panel plays it.
        let table: Record<string, PlayerRow> = {};
        beforeAll(() => {
          table = Object.fromEntries(balanceReport(level, BALANCE_RUNS).rows.map((r) => [r.name, r]));
        }, PLAYING_MS);
        const rate = (name: string) => table[name]!;
        const names = (family: string) => POLICIES.filter((p) => p.family === family).map((p) => p.name);

        it.each(names('blind'))(
          `blind player %s reaches a good ending in at most ${TARGETS.blind * 100}% of runs`,
          (name) => expect(rate(name).goodRate).toBeLessThanOrEqual(TARGETS.blind),
        );
        it.each(names('greedy'))(
          `greedy player %s reaches a good ending in at most ${TARGETS.greedy * 100}% of runs`,
          (name) => expect(rate(name).goodRate).toBeLessThanOrEqual(TARGETS.greedy),
        );
        it(`a fixed order of reply kinds reaches a good ending in at most ${TARGETS.kindOrder * 100}% of runs`, () =>
          expect(rate('kind-order').goodRate).toBeLessThanOrEqual(TARGETS.kindOrder));
        it.each(['assumes-fair', 'assumes-false'])(
          `%s, who does not check, reaches a good ending in at most ${TARGETS.assuming * 100}% of runs`,
          (name) => expect(rate(name).goodRate).toBeLessThanOrEqual(TARGETS.assuming),
        );
        it.each(READERS)(`%s reaches a good ending in at least ${TARGETS.reading * 100}% of runs`, (name) =>
          expect(rate(name).goodRate).toBeGreaterThanOrEqual(TARGETS.reading),
        );
        it('angry play does not win; random play sometimes finishes', () => {
          expect(rate('angry').goodRate).toBeLessThanOrEqual(TARGETS.angry);
          expect(rate('random').completeRate).toBeGreaterThanOrEqual(TARGETS.randomFinish[0]);
          expect(rate('random').completeRate).toBeLessThanOrEqual(TARGETS.randomFinish[1]);
        });
      });
    }
  });
}
