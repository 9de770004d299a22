// Opens the game in Debian's Chromium (src/cli/chromium.ts), and collects console errors and foreign requests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Browser, type LaunchOptions, launchChromium } from '../../src/cli/chromium.ts';

export const ARTIFACTS = 'test-results/screenshots';

export interface Session extends Browser {
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests the page made to any origin but its own. */
  foreign: string[];
}

/**
 * `fakeClock` installs Playwright's clock before the game loads, so that a test can jump time forward
 * (`page.clock.fastForward`) instead of waiting for the live clock.
 */
export async function openGame(
  baseUrl: string,
  opts: Partial<LaunchOptions> & { fakeClock?: boolean } = {},
): Promise<Session> {
  const browser = await launchChromium({ width: 1280, height: 800, ...opts });
  const { page } = browser;
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  if (opts.fakeClock) await page.clock.install();
  await page.goto(baseUrl);
  return { ...browser, errors, foreign };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}
