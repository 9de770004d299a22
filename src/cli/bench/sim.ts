// The simulator's speed, in Node: the balancing tools and the scenario editor play thousands of chapters.
import type { Level } from '../../content/schema.ts';
import { balanceReport } from '../../core/balance.ts';
import { BALANCE_RUNS } from '../../core/balance-targets.ts';
import { POLICIES } from '../../core/policies.ts';
import { simulate } from '../../core/simulate.ts';
import { log } from './args.ts';
import { median } from './parts.ts';

const SIM_RUNS = 10_000;

export interface SimSpeed {
  median: number;
  best: number;
  /** balanceReport on the largest chapter, every player, 2,000 runs each (ms, median). */
  balanceMs: number;
}

/**
 * Chapter runs per second of simulate(): 10,000 runs of lesson-aligned and random over every chapter, timed
 * `reps` times; the median and the best (the least disturbed by the machine's neighbours). One untimed pass
 * comes first: the engine's first thousands of runs are played before the JIT has compiled it.
 */
function simRunsPerSec(levels: Level[], reps: number): { median: number; best: number } {
  log(`simulator: ${reps} × ${SIM_RUNS} runs over ${levels.length} chapters…`);
  const policies = ['lesson-aligned', 'random'].map((n) => POLICIES.find((p) => p.name === n)!);
  const combos = levels.flatMap((l) => policies.map((p) => ({ l, p })));
  const each = Math.ceil(SIM_RUNS / combos.length);
  for (const { l, p } of combos) simulate(l, p, each, 1_000_000);
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (const { l, p } of combos) simulate(l, p, each, 1 + r * each);
    rates.push((each * combos.length) / ((performance.now() - t0) / 1000));
  }
  return { median: median(rates), best: Math.max(...rates) };
}

/** The largest chapter, whose balance the Node timing and the editor's both measure: the most posts, then the most hours. */
export const largest = (levels: Level[]) =>
  levels.reduce((a, b) => ((b.posts.length - a.posts.length || b.hours - a.hours) > 0 ? b : a));

/** The scenario editor's full balance table, computed in Node: the median of `reps` timings. */
function balanceMs(level: Level, reps: number): number {
  log(`balance table: ${reps} × ${POLICIES.length} players × ${BALANCE_RUNS} runs on ${level.id}…`);
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    balanceReport(level, BALANCE_RUNS);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const NO_SIM: SimSpeed = { median: Number.NaN, best: Number.NaN, balanceMs: Number.NaN };

export function simSpeed(levels: Level[], reps = 3): SimSpeed {
  const sim = simRunsPerSec(levels, reps);
  return { ...sim, balanceMs: balanceMs(largest(levels), reps) };
}
