// Debian's Chromium driven by playwright-core, headless, with a fresh profile that is removed on close.
// Shared by the benchmark and the end-to-end tests, so both run the browser the same way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface LaunchOptions {
  width: number;
  height: number;
  scale?: number;
  touch?: boolean;
  args?: string[];
  /** The browser's language (navigator.languages and Accept-Language), e.g. zh-CN. */
  locale?: string;
  /** Asks pages for as little motion as they can (prefers-reduced-motion: reduce). */
  reducedMotion?: boolean;
  /** Lets pages register service workers (the default, as in any browser). */
  serviceWorkers?: boolean;
}

export async function launchChromium(opts: LaunchOptions): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'hot-seat-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...FLAGS, ...(opts.args ?? [])],
    viewport: { width: opts.width, height: opts.height },
    deviceScaleFactor: opts.scale ?? 1,
    hasTouch: opts.touch ?? false,
    ...(opts.locale && { locale: opts.locale }),
    reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference',
    serviceWorkers: opts.serviceWorkers === false ? 'block' : 'allow',
    // The debrief's downloads are saved for tests to read (page.waitForEvent('download')).
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Fills the page's localStorage before its first load only, as a returning player's browser has it (a save,
 * settings, progress): a reload keeps what the game has written since. A string, so that nothing the
 * Node-side compiler adds can leak into the page.
 */
export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript(`(() => {
    if (window !== window.top || sessionStorage.getItem('seeded-storage')) return;
    sessionStorage.setItem('seeded-storage', 'yes');
    for (const [key, value] of Object.entries(${JSON.stringify(entries)})) localStorage.setItem(key, value);
  })()`);
}
