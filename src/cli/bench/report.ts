// The bench's report: one flat object of results (the targets first, then what is kept for the record),
// the raw samples, and the verdicts; printed as JSON (--json) or as a table.
import { CPU_SLOWDOWN, LOADS, STORMS } from './args.ts';
import type { Boots } from './boot.ts';
import type { HeapRun } from './heap.ts';
import { TARGETS, median, meets, pairedRatio, ratio, round, type SizeSplit, table } from './parts.ts';
import type { SelfTime } from './profile.ts';
import type { SimSpeed } from './sim.ts';
import type { StormRun, Storms } from './storm.ts';

export interface Measured {
  size: SizeSplit;
  sim: SimSpeed;
  /** The editor's full balance table in the browser's workers (ms), each repetition. */
  editor: number[];
  boot: Boots;
  throttledBoot: Boots;
  storm: Storms;
  throttledStorm: Storms;
  heap: HeapRun;
  seconds: number;
}

const frames = (runs: StormRun[]) => runs.map((s) => s.frames);
const framesRatio = (s: Storms) => round(pairedRatio(frames(s.game), frames(s.base)));

export function results(m: Measured) {
  const { boot, throttledBoot, storm, throttledStorm, heap, sim, size } = m;
  const bootMs = median(boot.game);
  const baselineBootMs = median(boot.base);
  return {
    bootRatio: round(pairedRatio(boot.game, boot.base)),
    stormFramesRatio: framesRatio(storm),
    stormP95FrameMs: round(median(storm.game.map((s) => s.p95Ms)), 1),
    throttledBootRatio: round(pairedRatio(throttledBoot.game, throttledBoot.base)),
    throttledStormFramesRatio: framesRatio(throttledStorm),
    heapGrowthMB: round(heap.heapGrowthMB),
    longSessionErrors: heap.errors,
    simRunsPerSec: Math.round(sim.median),
    editorBalanceMs: round(median(m.editor), 0),
    nodeBalanceMs: round(sim.balanceMs, 0),
    gameCodeGzKB: size.gameCodeGzKB,
    phaserGzKB: size.phaserGzKB,
    totalGzKB: size.totalGzKB,
    editorGzKB: size.editorGzKB,
    laterGzKB: size.laterGzKB,
    bootMs: round(bootMs, 0),
    baselineBootMs: round(baselineBootMs, 0),
    bootRatioOfMedians: round(ratio(bootMs, baselineBootMs)),
    stormFrames: median(frames(storm.game)),
    baselineFrames: median(frames(storm.base)),
    stormP50FrameMs: round(median(storm.game.map((s) => s.p50Ms)), 1),
    baselineP95FrameMs: round(median(storm.base.map((s) => s.p95Ms)), 1),
    stormPosts: storm.game.length ? Math.min(...storm.game.map((s) => s.posts)) : NaN,
    stormTicksPer10s: median(storm.game.map((s) => s.ticks)),
    cpuSlowdown: CPU_SLOWDOWN,
    throttledBootMs: round(median(throttledBoot.game), 0),
    throttledBaselineBootMs: round(median(throttledBoot.base), 0),
    throttledStormFrames: median(frames(throttledStorm.game)),
    throttledBaselineFrames: median(frames(throttledStorm.base)),
    throttledStormP95FrameMs: round(median(throttledStorm.game.map((s) => s.p95Ms)), 1),
    throttledBaselineP95FrameMs: round(median(throttledStorm.base.map((s) => s.p95Ms)), 1),
    heapAtStartMB: round(heap.heapAtStartMB),
    heapAtEndMB: round(heap.heapAtEndMB),
    heapPostsFrom: heap.postsFrom,
    heapPostsProcessed: heap.postsProcessed,
    heapStorms: heap.storms,
    heapKeyPresses: heap.keyPresses,
    msPerKeyPress: round(heap.msPerKeyPress, 1),
    simRunsPerSecBest: Math.round(sim.best),
    coldLoads: LOADS,
    stormRepetitions: STORMS,
    benchSeconds: round(m.seconds, 0),
  };
}

function samples({ boot, throttledBoot, storm, throttledStorm, editor }: Measured) {
  const ms = (xs: number[]) => xs.map((x) => round(x, 0));
  return {
    editorBalanceMs: ms(editor),
    bootMs: ms(boot.game),
    baselineBootMs: ms(boot.base),
    stormFrames: frames(storm.game),
    baselineFrames: frames(storm.base),
    throttledBootMs: ms(throttledBoot.game),
    throttledBaselineBootMs: ms(throttledBoot.base),
    throttledStormFrames: frames(throttledStorm.game),
    throttledBaselineFrames: frames(throttledStorm.base),
  };
}

/** Prints the report on stdout: one JSON object, or the table of targets and the rest for the record. */
export function printReport(m: Measured, json: boolean) {
  const r = results(m);
  const s = samples(m);
  const profiles = { profile: m.storm.profile, throttledProfile: m.throttledStorm.profile };
  if (json) {
    const pass = Object.fromEntries(TARGETS.map((t) => [t.key, meets(t, r[t.key as keyof typeof r])]));
    console.log(JSON.stringify({ ...r, samples: s, ...profiles, pass }));
    return;
  }
  console.log(`\nHot Seat bench (${LOADS} cold loads, ${STORMS} × 10 s storms, medians; ${r.benchSeconds} s)\n`);
  console.log(table(r));
  console.log('\nfor the record');
  const width = Math.max(...Object.keys(r).map((k) => k.length)) + 2;
  for (const [k, v] of Object.entries(r))
    if (!TARGETS.some((t) => t.key === k)) console.log(`  ${k.padEnd(width)}${v}`);
  console.log(`  ${'samples'.padEnd(width)}${JSON.stringify(s)}`);
  printProfile('storm profile, self time', m.storm.profile);
  printProfile(`storm profile with the CPU ${CPU_SLOWDOWN}× slower, self time`, m.throttledStorm.profile);
}

function printProfile(title: string, profile: SelfTime[] | undefined) {
  if (!profile) return;
  console.log(`\n${title}`);
  for (const p of profile) console.log(`  ${String(p.pct).padStart(5)}%  ${p.fn}`);
}
