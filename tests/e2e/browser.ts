// Opens the game in Debian's Chromium (src/cli/chromium.ts), and collects console errors and foreign requests.
//
// A browser costs about 2 s of CPU to launch and 3 s to load the game the first time, on a 2-core machine
// where the end-to-end files run two at a time: a test file keeps the browsers it launched (one per set of
// launch options, each with a fresh profile folder) and gives each test a tab of its own at an origin of its
// own (t1.localhost, t2.localhost…, which Chromium serves from loopback). A tab is handed on to a later test
// once everything the test left in it and at its origin is cleared (see Tab), so no test sees another's
// storage, service worker or settings. A test that changes the whole browser (its network or its clock)
// asks for a browser of its own.
//
// Pages ask for reduced motion and register no service worker unless the test is about them: a frame drawn
// in software costs about 30 ms, and a first visit's service worker copies the whole build (1.2 s of CPU).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Disposable, Page } from 'playwright-core';
import { type Browser, type LaunchOptions, launchChromium, seedStorage } from '../../src/cli/chromium.ts';

export const ARTIFACTS = 'test-results/screenshots';

/**
 * Runs before the page's own scripts at its first load in a test: anything an earlier test left at the tab's
 * origin is a console error, which fails the test (a string, so that nothing the Node-side compiler adds can
 * leak into the page).
 */
const NOTHING_LEFT = `(() => {
  if (window !== window.top || sessionStorage.getItem('checked-left')) return;
  sessionStorage.setItem('checked-left', 'yes');
  const left = [...Object.keys(localStorage), ...(document.cookie ? [document.cookie] : [])];
  if (left.length) console.error('an earlier test left this behind: ' + left.join(', '));
  indexedDB.databases().then((dbs) => {
    if (dbs.length) console.error('an earlier test left databases behind: ' + dbs.map((d) => d.name).join(', '));
  });
})()`;

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
/** Their tabs at rest between tests, by the same key (see rest). */
const resting = new Map<string, Tab[]>();

/** Closes this file's shared browsers: tests/e2e/setup.ts calls it after each file. */
export async function closeSharedBrowsers() {
  for (const browser of shared.values()) await (await browser).close();
  shared.clear();
  resting.clear();
}

/**
 * A shared browser's tab, handed from test to test. Its host is its own (t1.localhost, t2.localhost…), and
 * what a test leaves at that host (storage, cookies, caches) is cleared before the next test opens it. A
 * page loaded again in the same tab at the same origin costs 1.5 s of CPU instead of 2.6 s in a new tab at
 * a new origin: the renderer and its compiled scripts are kept.
 */
interface Tab {
  page: Page;
  host: string;
  /** The origins it has served, to clear before it is used again. */
  origins: Set<string>;
  /** What the last test added to the page before it loaded (init scripts, exposed functions). */
  added: Disposable[];
}

let hosts = 0;
/** A host of its own for a tab or an own browser's page: t1.localhost, t2.localhost… */
const nextHost = () => `t${++hosts}.localhost`;

/** The address at the tab's own host when it is a loopback address. */
function atHost(url: string, host: string): string {
  const u = new URL(url);
  if (u.hostname === '127.0.0.1' || u.hostname === 'localhost') u.hostname = host;
  return u.href;
}

/** A new tab whose init scripts and exposed functions are kept track of, to be removed when it rests. */
async function newTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = { page, host: nextHost(), origins: new Set(), added: [] };
  for (const name of ['addInitScript', 'exposeFunction', 'exposeBinding'] as const) {
    const add = (page[name] as (...a: unknown[]) => Promise<Disposable>).bind(page);
    const tracked = async (...a: unknown[]) => {
      const added = await add(...a);
      tab.added.push(added);
      return added;
    };
    Object.assign(page, { [name]: tracked });
  }
  return tab;
}

/** A shared browser's tab at rest, its origins cleared, or a new one. */
async function takeTab(key: string, context: BrowserContext): Promise<Tab> {
  const tab = resting.get(key)?.pop();
  if (!tab) return newTab(context);
  const cdp = await context.newCDPSession(tab.page);
  for (const origin of tab.origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
  return tab;
}

/**
 * Puts a tab to rest once its test is over: the test's listeners, routes, init scripts and media emulation
 * removed, its session storage cleared (it lives as long as the tab) and the page left for a blank one. A tab
 * that is not at its own origin any more, or that does not come to rest, is closed instead.
 */
async function rest(key: string, tab: Tab, origin: string) {
  const { page } = tab;
  try {
    if (new URL(page.url()).origin !== origin) throw new Error('the page left its origin');
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    for (const added of tab.added.splice(0)) await added.dispose();
    await page.evaluate(() => sessionStorage.clear());
    await page.mouse.move(0, 0);
    await page.goto('about:blank');
    await page.emulateMedia({ media: null, reducedMotion: 'reduce' });
    resting.get(key)!.push(tab);
  } catch {
    await page.close();
  }
}

async function newPage(opts: OpenOptions, url: string): Promise<Browser & { address: string }> {
  const launch = {
    width: 1280,
    height: 800,
    ...opts,
    reducedMotion: true,
    serviceWorkers: opts.serviceWorkers ?? false,
  };
  if (opts.own || opts.fakeClock) return { ...(await launchChromium(launch)), address: atHost(url, nextHost()) };
  const key = JSON.stringify([launch.scale, launch.touch, launch.args, launch.locale, launch.serviceWorkers]);
  // Playwright starts Chromium without its back-forward cache, so a tab at rest on a blank page holds no game.
  // (A --disable-features of our own would replace Playwright's list of features it turns off, not add to it.)
  if (!shared.has(key)) {
    shared.set(key, launchChromium(launch));
    resting.set(key, []);
  }
  const { context } = await shared.get(key)!;
  const tab = await takeTab(key, context);
  await tab.page.setViewportSize({ width: launch.width, height: launch.height });
  const address = atHost(url, tab.host);
  const origin = new URL(address).origin;
  tab.origins.add(origin);
  return { context, page: tab.page, address, close: () => rest(key, tab, origin) };
}

export async function openGame(url: string, opts: OpenOptions = {}): Promise<Session> {
  const { address, ...browser } = await newPage(opts, url);
  const { page } = browser;
  if (opts.motion) await page.emulateMedia({ reducedMotion: 'no-preference' });
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(address).origin;
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  if (opts.fakeClock) await page.clock.install();
  await page.addInitScript(NOTHING_LEFT);
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
