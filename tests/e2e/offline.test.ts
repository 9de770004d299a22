// Offline after one visit: the service worker keeps the whole build, so with the network gone the game
// reloads and a chapter plays to its debrief; and a new version is announced with "Reload to update" and
// swapped only when that is pressed.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { gameSessions, playToEnd, startFirstChapter } from './game.ts';

const { open } = gameSessions();
const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

/** Waits until the service worker controls the page (after its first visit it does from the next load). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** A copy of the build served on its own port, to be changed by the test as a new deploy would. */
async function servedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'hot-seat-site-'));
  cpSync('dist', dir, { recursive: true });
  const server = createServer(sirv(dir, { dev: true }));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { dir, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` };
}

describe('offline and updates', () => {
  it('plays a chapter to its debrief with the network off, after one visit', async () => {
    // The test turns the browser's network off.
    const page = await open({ serviceWorkers: true, own: true });
    await controlled(page);
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await startFirstChapter(page);
    expect(await playToEnd(page)).toMatch(/^Ending: /);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    await screenshot(page, 'offline-debrief');
    await page.context().setOffline(false);
  });

  it('announces a new version and swaps it in only when the player says so', async () => {
    const site = await servedCopy();
    const page = await open({ url: site.url, serviceWorkers: true });
    await controlled(page);
    await startFirstChapter(page);
    // A new deploy: the service worker's file changes.
    const sw = join(site.dir, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// the next version\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Hot Seat is ready.' });
    await notice.waitFor();
    await screenshot(page, 'update-notice');
    // Nothing was swapped under the player: still in the chapter.
    await expect(page.getByRole('group', { name: 'Responses' }).count()).resolves.toBe(1);
    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForEvent('load');
    await page
      .getByRole('button', { name: /Continue|New game/ })
      .first()
      .waitFor();
    await expect(notice.count()).resolves.toBe(0);
  });
});
