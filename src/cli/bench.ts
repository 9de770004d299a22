// npm run bench -- [--json] [--loads N] [--storms N] [--profile] [--only sizes,sim,boot,storm,heap]
// The performance benchmark. Everything is measured side by side in one run, because the machine is noisy:
// the game against a bare Phaser page built with the same Vite config, served the same way, loaded in the
// same headless Chromium at the same viewport, interleaved, with medians over repetitions.
// Progress goes to stderr; stdout carries only the report (one JSON object with --json).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import type { Level } from '../content/schema.ts';
import { available, findPost, newGame, openPosts, replay, step } from '../core/engine.ts';
import { POLICIES } from '../core/policies.ts';
import { simulate } from '../core/simulate.ts';
import type { Action, GameState } from '../core/state.ts';
import { STORM_ID, buildStorm } from '../core/storm.ts';
import { SAVE_KEY, SAVE_VERSION, type Save } from '../state/saves.ts';
import { SETTINGS_KEY } from '../state/settings.ts';
import {
  TARGETS,
  frameStats,
  keyFor,
  median,
  meets,
  pairedRatio,
  ratio,
  round,
  splitSizes,
  table,
} from './bench-parts.ts';
import { type Browser, launchChromium } from './chromium.ts';
import { loadAllLevels } from './level-files.ts';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    loads: { type: 'string', default: '5' },
    storms: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    /** For working on the bench: a comma list of stages to run (sizes, sim, boot, storm, heap). */
    only: { type: 'string' },
  },
});
const want = (stage: string) => !args.only || args.only.split(',').includes(stage);
const LOADS = Math.max(5, Number(args.loads) || 5);
const STORMS = Math.max(1, Number(args.storms) || 3);

const ROOT = process.cwd();
const VIEWPORT = { width: 1280, height: 800 };
const FRAME_WINDOW_MS = 10_000;
/** Time for a freshly shown scene to settle (first text rasterised, first tick) before counting frames. */
const SETTLE_MS = 2_000;
const STORM_MIN_POSTS = 200;
const HEAP_FROM_POSTS = 50;
const HEAP_TO_POSTS = 1_000;
const SIM_RUNS = 10_000;
const MB = 1024 * 1024;

const log = (...xs: unknown[]) => console.error('[bench]', ...xs);
const started = performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------- builds

async function buildBoth(tmp: string) {
  const gameOut = join(tmp, 'game');
  const baseOut = join(tmp, 'baseline');
  log('building the game…');
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'error',
    build: { outDir: gameOut, emptyOutDir: true },
  });
  log('building the baseline page…');
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'error',
    build: { outDir: baseOut, emptyOutDir: true, rolldownOptions: { input: resolve(ROOT, 'bench/baseline.html') } },
  });
  return { gameOut, baseOut };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });

function sizes(outDir: string) {
  const gz: Record<string, number> = {};
  for (const f of filesUnder(outDir)) gz[relative(outDir, f)] = gzipSync(readFileSync(f)).length;
  return splitSizes(gz);
}

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return { server, url };
}

// ----------------------------------------------------------------------------------------- simulator

/** Chapter runs per second of simulate(): 10,000 runs of lesson-aligned and random over every chapter, timed
 * `reps` times; the median and the best (the least disturbed by the machine's neighbours). */
function simRunsPerSec(levels: Level[], reps = 3): { median: number; best: number } {
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

// ------------------------------------------------------------------------------- scripted storm player

/** What a key press does in the game: it answers the oldest open post (nothing selected) with that response. */
function keyAction(level: Level, s: GameState, key: number): Action {
  const item = openPosts(s)[0]!;
  const r = available(findPost(level, item.id)!, s)[key - 1]!;
  return { type: 'reply', post: item.id, response: r.id };
}

/** Plays the storm in Node the way the browser's key presses will, until the feed holds `posts` posts. */
function stormLogUntil(
  levels: Level[],
  seed: number,
  posts: number,
): { actions: Action[]; state: GameState; level: Level } {
  const level = buildStorm(levels, seed);
  let s = newGame(level, { seed, pacing: 'turn' });
  const actions: Action[] = [];
  while (s.feed.length < posts) {
    if (s.ending) throw new Error(`the bench's storm (seed ${seed}) ended after ${s.feed.length} posts`);
    const item = openPosts(s)[0]!;
    const a = keyAction(level, s, keyFor(available(findPost(level, item.id)!, s).map((r) => r.kind)));
    s = step(level, s, a);
    actions.push(a);
  }
  return { actions, state: s, level };
}

// ------------------------------------------------------------------------------------------- browser

async function withBrowser<T>(f: (b: Browser) => Promise<T>): Promise<T> {
  const b = await launchChromium(VIEWPORT);
  b.page.on('pageerror', (e) => log('page error:', String(e)));
  try {
    return await f(b);
  } finally {
    await b.close();
  }
}

// Page scripts are strings, so that nothing the Node-side compiler adds can leak into the page.

/** Marks the moment the page is ready: the game's "New game" button shown and enabled, or the baseline's create(). */
const READY_WATCH = `(() => {
  const ready = () => {
    if (document.body && document.body.dataset.ready === 'yes') return true;
    for (const b of document.querySelectorAll('button')) {
      if (b.textContent.trim() === 'New game' && !b.disabled && b.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (window.__readyAt === undefined && ready()) { window.__readyAt = performance.now(); mo.disconnect(); }
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/** requestAnimationFrame stamps over a window, in the page. */
const countFrames = (ms: number) => `new Promise((done) => {
  const stamps = [];
  let t0;
  const frame = (t) => {
    if (t0 === undefined) t0 = t;
    if (t - t0 >= ${ms}) return done(stamps);
    stamps.push(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

/** Key presses per round trip in the heap run; the page stops early when the chapter ends. */
const KEYS_PER_BURST = 10;

/** Presses up to n number keys in the page, each chosen from the response buttons' kinds; returns the keys. */
const pressKeys = (n: number) => `(() => {
  const keyFor = ${keyFor.toString()};
  const keys = [];
  for (let i = 0; i < ${n} && document.body.dataset.screen === 'play'; i++) {
    const kinds = [...document.querySelectorAll('.responses button')].map((b) => b.dataset.kind);
    if (!kinds.length) break;
    const key = String(keyFor(kinds));
    const target = document.activeElement || document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, code: 'Digit' + key, bubbles: true, cancelable: true }));
    target.dispatchEvent(new KeyboardEvent('keyup', { key, code: 'Digit' + key, bubbles: true, cancelable: true }));
    keys.push(Number(key));
  }
  return keys;
})()`;

const seedStorage = (entries: Record<string, string>) =>
  `(() => { if (location.pathname.endsWith('/') || location.pathname.endsWith('index.html')) { ${Object.entries(entries)
    .map(([k, v]) => `localStorage.setItem(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join(' ')} } })()`;

async function coldBoot(url: string): Promise<number> {
  return withBrowser(async ({ page }) => {
    await page.addInitScript(READY_WATCH);
    await page.goto(url);
    await page.waitForFunction('window.__readyAt !== undefined', undefined, { timeout: 60_000, polling: 50 });
    return (await page.evaluate('window.__readyAt')) as number;
  });
}

interface StormRun {
  frames: number;
  p95Ms: number;
  p50Ms: number;
  posts: number;
  ticks: number;
  sharesGrew: boolean;
}

/** The game in a live storm at fast speed, from a save with ≥ 200 posts: frames over 10 s. */
async function stormFrames(
  url: string,
  save: Save,
  level: Level,
  profileMs = 0,
): Promise<StormRun & { profile?: unknown }> {
  return withBrowser(async ({ page, context }) => {
    await page.addInitScript(
      seedStorage({
        [SAVE_KEY]: JSON.stringify(save),
        [SETTINGS_KEY]: JSON.stringify({ pacing: 'live', speed: 'fast' }),
      }),
    );
    await page.goto(url);
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await page.waitForSelector('body[data-screen="play"]', { timeout: 30_000 });
    await sleep(SETTLE_MS);
    const before = readSave(await page.evaluate(`localStorage.getItem(${JSON.stringify(SAVE_KEY)})`));
    let profile: unknown;
    let stamps: number[];
    if (profileMs) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
      stamps = (await page.evaluate(countFrames(profileMs))) as number[];
      profile = (await cdp.send('Profiler.stop')).profile;
    } else {
      stamps = (await page.evaluate(countFrames(FRAME_WINDOW_MS))) as number[];
    }
    const screen = await page.evaluate('document.body.dataset.screen');
    const after = readSave(await page.evaluate(`localStorage.getItem(${JSON.stringify(SAVE_KEY)})`));
    if (screen !== 'play' || !after || !before)
      throw new Error(`the storm did not stay in play (screen ${String(screen)})`);
    const was = replay(level, before, before.actions);
    const now = replay(level, after, after.actions);
    const shares = (s: GameState) => s.feed.reduce((n, f) => n + f.shares, 0);
    const st = frameStats(stamps, profileMs || FRAME_WINDOW_MS);
    return {
      frames: st.frames,
      p95Ms: st.p95Ms,
      p50Ms: st.p50Ms,
      posts: now.feed.length,
      ticks: after.actions.length - before.actions.length,
      sharesGrew: shares(now) > shares(was),
      profile,
    };
  });
}

async function baselineFrames(url: string): Promise<StormRun> {
  return withBrowser(async ({ page }) => {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="yes"]', { timeout: 60_000 });
    await sleep(SETTLE_MS);
    const st = frameStats((await page.evaluate(countFrames(FRAME_WINDOW_MS))) as number[], FRAME_WINDOW_MS);
    return { frames: st.frames, p95Ms: st.p95Ms, p50Ms: st.p50Ms, posts: 0, ticks: 0, sharesGrew: false };
  });
}

function readSave(raw: unknown): Save | null {
  return typeof raw === 'string' ? (JSON.parse(raw) as Save) : null;
}

/**
 * Heap growth: from a turn-paced storm at ~50 posts, the player presses number keys (picked from the
 * response buttons' kinds in the DOM, like a keyboard player) until 1,000 posts have come through the
 * feed; a storm that ends is followed by a new one from the menus. A Node mirror of the engine follows
 * every key press, counts the posts and is checked against the game's own save.
 */
async function heapGrowth(url: string, levels: Level[], start: { save: Save; level: Level }) {
  return withBrowser(async ({ page, context }) => {
    await page.addInitScript(
      seedStorage({
        [SAVE_KEY]: JSON.stringify(start.save),
        [SETTINGS_KEY]: JSON.stringify({ pacing: 'turn', speed: 'fast' }),
      }),
    );
    await page.goto(url);
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
    await page.waitForSelector('body[data-screen="play"]', { timeout: 30_000 });
    await sleep(1000);
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await sleep(300);
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const gameSave = async () => readSave(await page.evaluate(`localStorage.getItem(${JSON.stringify(SAVE_KEY)})`));

    let level = start.level;
    let mirror = replay(level, start.save, start.save.actions);
    let mirrorActions = start.save.actions.length;
    let finished = 0;
    const startPosts = mirror.feed.length;
    const heapFrom = await heap();
    let presses = 0;
    let storms = 1;
    const t0 = performance.now();

    while (finished + mirror.feed.length < HEAP_TO_POSTS) {
      // A burst of key presses in the page: each reads the response buttons, presses the number key of the
      // calmest kind on offer and lets the game handle it (store, scene redraw, DOM layer, save) before the next.
      const left = HEAP_TO_POSTS - finished - mirror.feed.length;
      const keys = (await page.evaluate(pressKeys(Math.min(KEYS_PER_BURST, left)))) as number[];
      if (!keys.length) throw new Error('no response buttons in the game');
      for (const key of keys) {
        mirror = step(level, mirror, keyAction(level, mirror, key));
        mirrorActions++;
        presses++;
        if (mirror.ending) break;
      }
      if (mirror.ending) {
        finished += mirror.feed.length;
        await page.waitForSelector('body[data-screen="ending"]', { timeout: 30_000 });
        if (finished >= HEAP_TO_POSTS) break;
        // A new storm, the way a player starts one.
        await page.getByRole('button', { name: 'Title menu' }).click();
        await page.getByRole('button', { name: 'Chapters' }).click();
        await page.getByRole('button', { name: 'Endless storm' }).click();
        await page.getByRole('radio', { name: 'Turn by turn' }).check();
        await page.getByRole('button', { name: 'Start chapter' }).click();
        await page.waitForSelector('body[data-screen="play"]', { timeout: 30_000 });
        const fresh = await gameSave();
        if (!fresh || fresh.level !== STORM_ID) throw new Error('the new storm did not save');
        level = buildStorm(levels, fresh.seed);
        mirror = newGame(level, fresh);
        mirrorActions = 0;
        storms++;
      } else {
        const saved = await gameSave();
        if (saved?.actions.length !== mirrorActions)
          throw new Error(
            `the game and the bench disagree: ${saved?.actions.length} actions saved, ${mirrorActions} expected`,
          );
      }
      if (presses % 100 < keys.length)
        log(
          `  ${finished + mirror.feed.length} posts, ${presses} key presses, ${((performance.now() - t0) / presses).toFixed(0)} ms a press`,
        );
    }
    const heapTo = await heap();
    return {
      heapGrowthMB: (heapTo - heapFrom) / MB,
      heapAtStartMB: heapFrom / MB,
      heapAtEndMB: heapTo / MB,
      postsFrom: startPosts,
      postsProcessed: finished + (mirror.ending ? 0 : mirror.feed.length),
      keyPresses: presses,
      storms,
      msPerKeyPress: (performance.now() - t0) / presses,
    };
  });
}

// ------------------------------------------------------------------------------------------- profile

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function, the top `n`, in % of the sampled time. */
function topSelf(p: CpuProfile, n = 15) {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    const f = byId.get(id)!.callFrame;
    const file = f.url.split('/').pop() || '';
    const key = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, t]) => ({ fn, pct: round((100 * t) / total, 1) }));
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'hot-seat-bench-build-'));
  const servers: PreviewServer[] = [];
  try {
    const levels = loadAllLevels();
    const { gameOut, baseOut } = await buildBoth(tmp);
    const size = want('sizes') ? sizes(gameOut) : { gameCodeGzKB: NaN, phaserGzKB: NaN, totalGzKB: NaN };

    if (want('sim')) log(`simulator: 3 × ${SIM_RUNS} runs over ${levels.length} chapters…`);
    const sim = want('sim') ? simRunsPerSec(levels) : { median: NaN, best: NaN };

    const game = await serve(gameOut);
    const base = await serve(baseOut);
    servers.push(game.server, base.server);
    const gameUrl = game.url;
    const baseUrl = new URL('bench/baseline.html', base.url).href;

    // Cold loads, interleaved, the order alternating; one unmeasured pair first warms the servers and disk.
    const boots: number[] = [];
    const baseBoots: number[] = [];
    if (want('boot')) {
      log(`cold loads: ${LOADS} of each, interleaved…`);
      await coldBoot(gameUrl);
      await coldBoot(baseUrl);
    }
    for (let i = 0; i < (want('boot') ? LOADS : 0); i++) {
      if (i % 2 === 0) {
        boots.push(await coldBoot(gameUrl));
        baseBoots.push(await coldBoot(baseUrl));
      } else {
        baseBoots.push(await coldBoot(baseUrl));
        boots.push(await coldBoot(gameUrl));
      }
    }

    // The storm: a save whose feed holds ≥ 200 posts, continued with the live clock at fast speed.
    const stormSeed = 7;
    const stormLog = stormLogUntil(levels, stormSeed, STORM_MIN_POSTS);
    const stormSave: Save = {
      v: SAVE_VERSION,
      level: STORM_ID,
      seed: stormSeed,
      pacing: 'live',
      actions: stormLog.actions,
    };
    if (want('storm'))
      log(
        `storm frames: ${STORMS} × ${FRAME_WINDOW_MS / 1000} s of each, interleaved (${stormLog.state.feed.length} posts in the feed)…`,
      );
    const storms: StormRun[] = [];
    const bases: StormRun[] = [];
    for (let i = 0; i < (want('storm') ? STORMS : 0); i++) {
      if (i % 2 === 0) {
        storms.push(await stormFrames(gameUrl, stormSave, stormLog.level));
        bases.push(await baselineFrames(baseUrl));
      } else {
        bases.push(await baselineFrames(baseUrl));
        storms.push(await stormFrames(gameUrl, stormSave, stormLog.level));
      }
    }
    for (const s of storms) {
      if (s.posts < STORM_MIN_POSTS || s.ticks < 1 || !s.sharesGrew)
        throw new Error(`not a storm: ${JSON.stringify(s)}`);
    }

    let profile: ReturnType<typeof topSelf> | undefined;
    if (args.profile && want('storm')) {
      log('profiling 5 s of the storm…');
      const run = await stormFrames(gameUrl, stormSave, stormLog.level, 5_000);
      profile = topSelf(run.profile as CpuProfile);
    }

    const heapSeed = 11;
    const heapLog = stormLogUntil(levels, heapSeed, HEAP_FROM_POSTS);
    const heapSave: Save = {
      v: SAVE_VERSION,
      level: STORM_ID,
      seed: heapSeed,
      pacing: 'turn',
      actions: heapLog.actions,
    };
    if (want('heap')) log(`heap: ${HEAP_FROM_POSTS} → ${HEAP_TO_POSTS} posts by key presses…`);
    const heap = want('heap')
      ? await heapGrowth(gameUrl, levels, { save: heapSave, level: heapLog.level })
      : {
          heapGrowthMB: NaN,
          heapAtStartMB: NaN,
          heapAtEndMB: NaN,
          postsFrom: 0,
          postsProcessed: 0,
          keyPresses: 0,
          storms: 0,
          msPerKeyPress: NaN,
        };

    const bootMs = median(boots);
    const baselineBootMs = median(baseBoots);
    const results = {
      bootRatio: round(pairedRatio(boots, baseBoots)),
      stormFramesRatio: round(
        pairedRatio(
          storms.map((s) => s.frames),
          bases.map((s) => s.frames),
        ),
      ),
      stormP95FrameMs: round(median(storms.map((s) => s.p95Ms)), 1),
      heapGrowthMB: round(heap.heapGrowthMB),
      simRunsPerSec: Math.round(sim.median),
      gameCodeGzKB: size.gameCodeGzKB,
      phaserGzKB: size.phaserGzKB,
      totalGzKB: size.totalGzKB,
      bootMs: round(bootMs, 0),
      baselineBootMs: round(baselineBootMs, 0),
      bootRatioOfMedians: round(ratio(bootMs, baselineBootMs)),
      stormFrames: median(storms.map((s) => s.frames)),
      baselineFrames: median(bases.map((s) => s.frames)),
      stormP50FrameMs: round(median(storms.map((s) => s.p50Ms)), 1),
      baselineP95FrameMs: round(median(bases.map((s) => s.p95Ms)), 1),
      stormPosts: storms.length ? Math.min(...storms.map((s) => s.posts)) : NaN,
      stormTicksPer10s: median(storms.map((s) => s.ticks)),
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
      benchSeconds: round((performance.now() - started) / 1000, 0),
    };
    const samples = {
      bootMs: boots.map((x) => round(x, 0)),
      baselineBootMs: baseBoots.map((x) => round(x, 0)),
      stormFrames: storms.map((s) => s.frames),
      baselineFrames: bases.map((s) => s.frames),
    };

    if (args.json) {
      console.log(
        JSON.stringify({
          ...results,
          samples,
          ...(profile && { profile }),
          pass: Object.fromEntries(TARGETS.map((t) => [t.key, meets(t, results[t.key as keyof typeof results])])),
        }),
      );
    } else {
      console.log(
        `\nHot Seat bench (${LOADS} cold loads, ${STORMS} × 10 s storms, medians; ${results.benchSeconds} s)\n`,
      );
      console.log(table(results));
      console.log('\nfor the record');
      for (const [k, v] of Object.entries(results))
        if (!TARGETS.some((t) => t.key === k)) console.log(`  ${k.padEnd(22)}${v}`);
      console.log(`  samples               ${JSON.stringify(samples)}`);
      if (profile) {
        console.log('\nstorm profile, self time');
        for (const p of profile) console.log(`  ${String(p.pct).padStart(5)}%  ${p.fn}`);
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
