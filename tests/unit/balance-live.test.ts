// Live pacing (issue 17): checking must pay under time pressure too. A careful reader who checks when in
// doubt, taking 10 s of real time to read and decide each reply (half that for a check) while the live clock
// runs at the middle speed, reaches a good ending in at least half of 2,000 seeded runs of every chapter.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { BALANCE_RUNS, BALANCE_TARGETS } from '../../src/core/balance-targets.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { playLive, simulate } from '../../src/core/simulate.ts';
import { secondsPerHour } from '../../src/state/settings.ts';

const THINK_SECONDS = 10;

describe(`live pacing at the middle speed, ${THINK_SECONDS} s a decision`, () => {
  const reader = policyNamed('checks-in-doubt')!;
  it.each(loadAllLevels().map((l) => [l.id, l] as const))(
    `checks-in-doubt wins at least ${BALANCE_TARGETS.readingLive * 100}% of %s`,
    (_, level) => {
      const live = simulate(level, reader, BALANCE_RUNS, 1, (seed) =>
        playLive(level, reader, seed, THINK_SECONDS, (hour) => secondsPerHour('normal', hour)),
      );
      expect(live.goodRate).toBeGreaterThanOrEqual(BALANCE_TARGETS.readingLive);
    },
  );
});
