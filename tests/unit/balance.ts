// The balance targets of the campaign (issue 9): a good ending is earned by judgement. Over 2,000 seeded runs
// a chapter, no blind player (one that never reads) reaches a good ending in more than 25% of runs, no
// greedy player (one that takes what pays at once) in more than 40%; lesson-aligned play wins at least 70%,
// angry play at most 10%, random play finishes 20–60% of chapters. `npm run simulate -- --runs 2000` prints
// the full table. Shared by the two balance test files, which split the chapters between the two cores.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/cli/level-files.ts';
import { POLICIES } from '../../src/core/policies.ts';
import { simulate } from '../../src/core/simulate.ts';

export const RUNS = 2000;
export const TARGETS = { blind: 0.25, greedy: 0.4, lessonAligned: 0.7, angry: 0.1, randomFinish: [0.2, 0.6] } as const;

export function balanceSuite(pick: (index: number) => boolean) {
  const levels = loadAllLevels().filter((_, i) => pick(i));
  describe(`balance (${RUNS} seeded runs per chapter and player)`, () => {
    for (const level of levels) {
      describe(level.id, () => {
        const table = Object.fromEntries(POLICIES.map((p) => [p.name, simulate(level, p, RUNS)]));
        const rate = (name: string) => table[name]!.goodRate;

        it.each(POLICIES.filter((p) => p.family === 'blind').map((p) => p.name))(
          `blind player %s reaches a good ending in at most ${TARGETS.blind * 100}% of runs`,
          (name) => expect(rate(name)).toBeLessThanOrEqual(TARGETS.blind),
        );
        it.each(POLICIES.filter((p) => p.family === 'greedy').map((p) => p.name))(
          `greedy player %s reaches a good ending in at most ${TARGETS.greedy * 100}% of runs`,
          (name) => expect(rate(name)).toBeLessThanOrEqual(TARGETS.greedy),
        );
        it('calm, verifiable play wins; angry play does not; random play sometimes finishes', () => {
          expect(rate('lesson-aligned')).toBeGreaterThanOrEqual(TARGETS.lessonAligned);
          expect(rate('angry')).toBeLessThanOrEqual(TARGETS.angry);
          expect(table.random!.completeRate).toBeGreaterThanOrEqual(TARGETS.randomFinish[0]);
          expect(table.random!.completeRate).toBeLessThanOrEqual(TARGETS.randomFinish[1]);
        });
      });
    }
  });
}
