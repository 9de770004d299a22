// Opens the game in Debian's Chromium (src/cli/chromium.ts), and collects console errors and foreign requests.
//
// A browser costs about 2 s of CPU to launch and 3 s to load the game the first time, on a 2-core machine
// where the end-to-end files run two at a time: a test file keeps the browsers it launched (one per set of
// launch options, each with a fresh profile folder) and gives each test a new page of its own at an origin
// of its own (t1.localhost, t2.localhost…, which Chromium serves from loopback), so no test sees another's
// storage, service worker or settings. A test that changes the whole browser (its network or its clock)
// asks for a browser of its own.
//
// Pages ask for reduced motion and register no service worker unless the test is about them: a frame drawn
// in software costs about 30 ms, and a first visit's service worker copies the whole build (1.2 s of CPU).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, type LaunchOptions, launchChromium, seedStorage } from '../../src/cli/chromium.ts';

export const ARTIFACTS = 'test-results/screenshots';

export interface Session extends Browser {
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests the page made to any origin but its own. */
  foreign: string[];
}

export interface OpenOptions extends Partial<Omit<LaunchOptions, 'reducedMotion'>> {
  /**
   * Installs Playwright's clock before the game loads, so that a test can jump time forward
   * (`page.clock.fastForward`) instead of waiting for the live clock. The clock is the whole browser's:
   * such a session has a browser of its own.
   */
  fakeClock?: boolean;
  /** A browser of its own, for a test that changes the whole browser (`context.setOffline`, `page.clock`). */
  own?: boolean;
  /** The page moves as it does for most players (for tests of animation and of rendering on demand). */
  motion?: boolean;
  /**
   * What the page's localStorage holds when the game first loads, as in a returning player's browser
   * (settings, a save, progress): the game loads once instead of loading, being given it and reloading.
   */
  storage?: Record<string, string>;
  /** Runs before the game first loads: an init script of the test's, such as canvas.ts's countDraws. */
  beforeLoad?: (page: Page) => Promise<void>;
}

/** This file's shared browsers, by their launch options. */
const shared = new Map<string, Promise<Browser>>();

/** Closes this file's shared browsers: tests/e2e/setup.ts calls it after each file. */
export async function closeSharedBrowsers() {
  for (const browser of shared.values()) await (await browser).close();
  shared.clear();
}

let origins = 0;
/** The address at an origin of its own: a loopback host becomes t1.localhost, t2.localhost… */
function ownOrigin(url: string): string {
  const u = new URL(url);
  if (u.hostname === '127.0.0.1' || u.hostname === 'localhost') u.hostname = `t${++origins}.localhost`;
  return u.href;
}

async function newPage(opts: OpenOptions): Promise<Browser> {
  const launch = {
    width: 1280,
    height: 800,
    ...opts,
    reducedMotion: true,
    serviceWorkers: opts.serviceWorkers ?? false,
  };
  if (opts.own || opts.fakeClock) return launchChromium(launch);
  const key = JSON.stringify([launch.scale, launch.touch, launch.args, launch.locale, launch.serviceWorkers]);
  if (!shared.has(key)) shared.set(key, launchChromium(launch));
  const { context } = await shared.get(key)!;
  const page = await context.newPage();
  await page.setViewportSize({ width: launch.width, height: launch.height });
  return { context, page, close: () => page.close() };
}

export async function openGame(url: string, opts: OpenOptions = {}): Promise<Session> {
  const browser = await newPage(opts);
  const { page } = browser;
  if (opts.motion) await page.emulateMedia({ reducedMotion: 'no-preference' });
  const errors: string[] = [];
  const foreign: string[] = [];
  const address = ownOrigin(url);
  const origin = new URL(address).origin;
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  if (opts.fakeClock) await page.clock.install();
  if (opts.storage) await seedStorage(page, opts.storage);
  await opts.beforeLoad?.(page);
  await page.goto(address);
  return { ...browser, errors, foreign };
}

/** An address at the same origin as the page (a query, another path): where `page.goto` may go in a test. */
export const sameOrigin = (page: Page, path: string) => new URL(path, page.url()).href;

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}
