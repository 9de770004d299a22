// The title before the campaign: the page shows its menu as soon as the game's code runs, and the chapters
// (the largest part of the game) arrive meanwhile. What needs them waits, visibly; what does not works at
// once; and a campaign that never arrives is said in plain words.
import type { Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Browser, launchChromium } from '../../src/cli/chromium.ts';
import { screenshot } from './browser.ts';
import { baseUrl } from './game.ts';

const CAMPAIGN = '**/assets/_virtual_levels-*.js';

let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

/** The game at 1280×800 with the campaign's chunk handed to `route` (the first visit: no service worker yet). */
async function openWithCampaign(route: (r: Route) => Promise<void>) {
  browser = await launchChromium({ width: 1280, height: 800 });
  const errors: string[] = [];
  browser.page.on('pageerror', (e) => errors.push(String(e)));
  await browser.context.route(CAMPAIGN, route);
  await browser.page.goto(baseUrl);
  return { page: browser.page, errors };
}

describe('the title before the campaign has arrived', () => {
  it('works at once for what needs no chapter, and lets a game start once the chapters are here', async () => {
    let release!: () => void;
    const held = new Promise<void>((done) => {
      release = done;
    });
    const { page, errors } = await openWithCampaign(async (route) => {
      await held;
      await route.continue();
    });
    const newGame = page.getByRole('button', { name: 'New game', exact: true });
    await newGame.waitFor();
    expect(await newGame.isDisabled()).toBe(true);
    expect(await page.getByRole('group', { name: 'Main menu' }).getAttribute('aria-busy')).toBe('true');
    await screenshot(page, 'start-waiting-1280x800');
    // Settings needs no chapter: it opens and closes while the campaign is still on its way.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();

    release();
    await expect.poll(() => newGame.isEnabled()).toBe(true);
    expect(await page.getByRole('group', { name: 'Main menu' }).getAttribute('aria-busy')).toBeNull();
    await newGame.click();
    await page.getByRole('heading', { name: 'Before you start: a judgement check' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('says plainly when the chapters could not be loaded', async () => {
    const { page } = await openWithCampaign((route) => route.abort('failed'));
    await page.getByText('The chapters did not load. Check the connection, then reload the page.').waitFor();
    expect(await page.getByRole('button', { name: 'New game', exact: true }).isDisabled()).toBe(true);
  });
});
