// A fresh headless Chromium for each measurement, optionally with its CPU slowed, and the way into a game.
import type { Page } from 'playwright-core';
import { SAVE_KEY, type Save } from '../../state/saves.ts';
import { SETTINGS_KEY } from '../../state/settings.ts';
import { log } from './args.ts';
import { type Browser, launchChromium, seedStorage } from '../chromium.ts';

const VIEWPORT = { width: 1280, height: 800 };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `f` in a fresh browser at the bench's viewport. With `cpuSlowdown` above 1, the page's CPU runs that
 * many times slower (DevTools' CPU throttling). It is set before the first navigation and holds across
 * navigations. It slows the page's main thread, not the GPU process where software WebGL draws.
 */
export async function withBrowser<T>(cpuSlowdown: number, f: (b: Browser) => Promise<T>): Promise<T> {
  const b = await launchChromium(VIEWPORT);
  b.page.on('pageerror', (e) => log('page error:', String(e)));
  try {
    if (cpuSlowdown > 1) {
      const cdp = await b.context.newCDPSession(b.page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    return await f(b);
  } finally {
    await b.close();
  }
}

/** Opens the game on `save` with the given settings, presses Continue and waits for the feed. */
export async function continueGame(page: Page, url: string, save: Save, settings: object) {
  await seedStorage(page, { [SAVE_KEY]: JSON.stringify(save), [SETTINGS_KEY]: JSON.stringify(settings) });
  await page.goto(url);
  await page.getByRole('button', { name: 'Continue' }).click({ timeout: 60_000 });
  await page.waitForSelector('body[data-screen="play"]', { timeout: 30_000 });
}
