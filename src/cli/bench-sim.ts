// The simulator's speed, in Node: the balancing tools and the scenario editor play thousands of chapters.
import type { Level } from '../content/schema.ts';
import { POLICIES } from '../core/policies.ts';
import { simulate } from '../core/simulate.ts';
import { log } from './bench-args.ts';
import { median } from './bench-parts.ts';

const SIM_RUNS = 10_000;

/** Chapter runs per second of simulate(): 10,000 runs of lesson-aligned and random over every chapter, timed
 * `reps` times; the median and the best (the least disturbed by the machine's neighbours). */
export function simRunsPerSec(levels: Level[], reps = 3): { median: number; best: number } {
  log(`simulator: ${reps} × ${SIM_RUNS} runs over ${levels.length} chapters…`);
  const policies = ['lesson-aligned', 'random'].map((n) => POLICIES.find((p) => p.name === n)!);
  const combos = levels.flatMap((l) => policies.map((p) => ({ l, p })));
  const each = Math.ceil(SIM_RUNS / combos.length);
  for (const { l, p } of combos) simulate(l, p, 20, 1_000_000); // warm the JIT
  const rates: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (const { l, p } of combos) simulate(l, p, each, 1 + r * each);
    rates.push((each * combos.length) / ((performance.now() - t0) / 1000));
  }
  return { median: median(rates), best: Math.max(...rates) };
}
