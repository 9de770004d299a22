// Storm frames: the game in a live storm at fast speed (a feed of 200 posts, the clock ticking, shares
// counting up) against the bare Phaser page, frames counted over 10 s with requestAnimationFrame.
import { replay } from '../../core/engine.ts';
import type { GameState } from '../../core/state.ts';
import { STORMS, log } from './args.ts';
import { continueGame, sleep, withBrowser } from './browser.ts';
import { countFrames, gameSave } from './page.ts';
import { frameStats, interleaved } from './parts.ts';
import { type DealStorm, stormSave, type StormStart } from './player.ts';
import { type CpuProfile, type SelfTime, topSelf } from './profile.ts';

const FRAME_WINDOW_MS = 10_000;
const PROFILE_MS = 5_000;
/** Time for a freshly shown scene to settle (first text rasterised, first tick) before counting frames. */
const SETTLE_MS = 2_000;
export const STORM_MIN_POSTS = 200;
const STORM_SEED = 7;

export interface StormRun {
  frames: number;
  p95Ms: number;
  p50Ms: number;
  posts: number;
  ticks: number;
  sharesGrew: boolean;
}

export interface Storms {
  game: StormRun[];
  base: StormRun[];
  /** With --profile: where the game's time went in 5 s of the storm. */
  profile?: SelfTime[];
}

/** Storm windows of both pages, interleaved; checks that each game run really was a storm. */
export async function storms(
  gameUrl: string,
  baseUrl: string,
  deal: DealStorm,
  cpuSlowdown: number,
  profile: boolean,
): Promise<Storms> {
  const start = stormSave(deal, STORM_SEED, STORM_MIN_POSTS, 'live');
  const slowed = cpuSlowdown > 1 ? `, CPU ${cpuSlowdown}× slower` : '';
  log(
    `storm frames: ${STORMS} × ${FRAME_WINDOW_MS / 1000} s of each, interleaved (${start.state.feed.length} posts in the feed${slowed})…`,
  );
  const { a: game, b: base } = await interleaved(
    STORMS,
    () => stormFrames(gameUrl, start, cpuSlowdown),
    () => baselineFrames(baseUrl, cpuSlowdown),
  );
  for (const s of game) {
    if (s.posts < STORM_MIN_POSTS || s.ticks < 1 || !s.sharesGrew) throw new Error(`not a storm: ${JSON.stringify(s)}`);
  }
  if (!profile) return { game, base };
  log(`profiling ${PROFILE_MS / 1000} s of the storm${slowed}…`);
  const run = await stormFrames(gameUrl, start, cpuSlowdown, PROFILE_MS);
  return { game, base, profile: topSelf(run.profile as CpuProfile) };
}

/** The game continued from the storm's save with the live clock at fast speed: frames over the window. */
async function stormFrames(
  url: string,
  start: StormStart,
  cpuSlowdown: number,
  profileMs = 0,
): Promise<StormRun & { profile?: unknown }> {
  return withBrowser(cpuSlowdown, async ({ page, context }) => {
    await continueGame(page, url, start.save, { pacing: 'live', speed: 'fast' });
    await sleep(SETTLE_MS);
    const before = await gameSave(page);
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
    const after = await gameSave(page);
    if (screen !== 'play' || !after || !before)
      throw new Error(`the storm did not stay in play (screen ${String(screen)})`);
    const was = replay(start.level, before, before.actions);
    const now = replay(start.level, after, after.actions);
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

/** The bare Phaser page, its empty scene shown: frames over the same window. */
async function baselineFrames(url: string, cpuSlowdown: number): Promise<StormRun> {
  return withBrowser(cpuSlowdown, async ({ page }) => {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="yes"]', { timeout: 60_000 });
    await sleep(SETTLE_MS);
    const st = frameStats((await page.evaluate(countFrames(FRAME_WINDOW_MS))) as number[], FRAME_WINDOW_MS);
    return { frames: st.frames, p95Ms: st.p95Ms, p50Ms: st.p50Ms, posts: 0, ticks: 0, sharesGrew: false };
  });
}
