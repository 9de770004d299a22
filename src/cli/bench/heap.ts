// A long session: 1,000 posts answered by key presses, as a keyboard player would; the heap's growth over
// them, and every console error or uncaught exception the page gave on the way.
import type { Page } from 'playwright-core';
import { newGame, replay, step } from '../../core/engine.ts';
import { STORM_ID } from '../../core/storm.ts';
import type { Save } from '../../state/saves.ts';
import { log } from './args.ts';
import { continueGame, sleep, withBrowser } from './browser.ts';
import { gameSave, pressKeys } from './page.ts';
import { type DealStorm, keyAction, stormSave } from './player.ts';

const HEAP_FROM_POSTS = 50;
const HEAP_TO_POSTS = 1_000;
const HEAP_SEED = 11;
/** Key presses per round trip; the page stops early when the chapter ends. */
const KEYS_PER_BURST = 10;
const MB = 1024 * 1024;

export interface HeapRun {
  heapGrowthMB: number;
  heapAtStartMB: number;
  heapAtEndMB: number;
  postsFrom: number;
  postsProcessed: number;
  keyPresses: number;
  storms: number;
  msPerKeyPress: number;
  /** Console errors and uncaught exceptions over the whole run (the page's load included). */
  errors: number;
}

export const NO_HEAP: HeapRun = {
  heapGrowthMB: NaN,
  heapAtStartMB: NaN,
  heapAtEndMB: NaN,
  postsFrom: 0,
  postsProcessed: 0,
  keyPresses: 0,
  storms: 0,
  msPerKeyPress: NaN,
  errors: NaN,
};

/**
 * Heap growth: from a turn-paced storm at ~50 posts, the player presses number keys (picked from the
 * response buttons' kinds in the DOM, like a keyboard player) until 1,000 posts have come through the
 * feed; a storm that ends is followed by a new one from the menus. A Node mirror of the engine follows
 * every key press, counts the posts and is checked against the game's own save. The page is to give no
 * console error and no uncaught exception on the way (the end-to-end tests play a shorter session).
 */
export async function heapGrowth(url: string, deal: DealStorm): Promise<HeapRun> {
  log(`heap: ${HEAP_FROM_POSTS} → ${HEAP_TO_POSTS} posts by key presses…`);
  const start = stormSave(deal, HEAP_SEED, HEAP_FROM_POSTS, 'turn');
  return withBrowser(1, async ({ page, context }) => {
    let errors = 0;
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      errors++;
      log('console error:', m.text());
    });
    page.on('pageerror', () => errors++);
    await continueGame(page, url, start.save, { pacing: 'turn', speed: 'fast' });
    await sleep(1000);
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await sleep(300);
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };

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
        const fresh = await newStorm(page);
        level = deal(fresh.seed);
        mirror = newGame(level, fresh);
        mirrorActions = 0;
        storms++;
      } else {
        const saved = await gameSave(page);
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
      errors,
    };
  });
}

/** Starts a new storm from the ending, the way a player does, and returns its save. */
async function newStorm(page: Page): Promise<Save> {
  await page.getByRole('button', { name: 'Title menu' }).click();
  await page.getByRole('button', { name: 'Chapters' }).click();
  await page.getByRole('button', { name: 'Endless storm' }).click();
  await page.getByRole('radio', { name: 'Turn by turn' }).check();
  await page.getByRole('button', { name: 'Start chapter' }).click();
  await page.waitForSelector('body[data-screen="play"]', { timeout: 30_000 });
  const fresh = await gameSave(page);
  if (!fresh || fresh.level !== STORM_ID) throw new Error('the new storm did not save');
  return fresh;
}
