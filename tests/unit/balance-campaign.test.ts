// Balance targets over the whole campaign (see balance.ts): the best fixed order of reply kinds, found by a
// hill-climb over every chapter, wins none of them; and checking everything costs enough hours to lose at
// least half of them.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { BALANCE_RUNS, BALANCE_TARGETS as TARGETS } from '../../src/core/balance-targets.ts';
import { bestKindOrder, orderRate } from '../../src/core/kind-order.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { simulate } from '../../src/core/simulate.ts';

const levels = loadAllLevels();

describe('the campaign', () => {
  it(`the best order of reply kinds a hill-climb finds reaches a good ending in at most ${TARGETS.kindOrder * 100}% of any chapter`, () => {
    // Quick climbs (60 runs a chapter); the best order found is then played 2,000 times a chapter.
    const found = bestKindOrder(levels);
    for (const level of levels)
      expect(
        orderRate([level], found.order, BALANCE_RUNS),
        `${level.id} with ${found.order.join(', ')}`,
      ).toBeLessThanOrEqual(TARGETS.kindOrder);
  }, 300_000);

  it(`a reader who checks everything reaches at most ${TARGETS.checksEverything * 100}% in at least half the chapters`, () => {
    const player = policyNamed('checks-everything')!;
    const held = levels.filter((l) => simulate(l, player, BALANCE_RUNS).goodRate <= TARGETS.checksEverything);
    expect(held.length).toBeGreaterThanOrEqual(levels.length / 2);
  }, 120_000);
});
