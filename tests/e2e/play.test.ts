// The game as a player meets it: built, served, and driven through the DOM layer and the keyboard in a
// real headless Chromium. Screenshots land in test-results/screenshots for people to look at.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { METERS } from '../../src/content/terms.ts';
import { feedLayout } from '../../src/view/layout.ts';
import { COLORS } from '../../src/view/theme.ts';
import { screenshot } from './browser.ts';
import { canvasPicture, countDraws, differingPixels, settledAfter, twoFrames, waitForRest } from './canvas.ts';
import {
  answer,
  answeredPosts,
  gameSessions,
  meters,
  playToEnd,
  replyingTo,
  startFirstChapter,
  status,
} from './game.ts';

const { open } = gameSessions();

const hourOf = async (page: Page) => Number((await status(page))!.match(/Hour (\d+)/)![1]);

describe('playing Hot Seat', () => {
  it('plays the first chapter to an ending with the keyboard, then shows the debrief', async () => {
    const page = await open();
    await screenshot(page, 'title');
    await startFirstChapter(page);
    await expect(page.getByRole('log', { name: 'Feed' }).getByRole('article').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'feed-1280x800');
    await expect(playToEnd(page)).resolves.toMatch(/^Ending: \S/);
    // A bad ending says at once why: what the good ending still needed, or the line that was crossed.
    if (await page.locator('h1.bad').count()) await expect(page.locator('p.why').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'ending');
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    await expect(page.getByRole('heading', { name: 'For discussion' }).count()).resolves.toBe(1);
    await expect(page.locator('.decisions li').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'debrief');
    // The chapter list now remembers how it ended.
    await page.getByRole('button', { name: 'Title menu' }).click();
    await page.getByRole('button', { name: 'Chapters' }).click();
    await expect(
      page.getByRole('group', { name: 'Chapters' }).getByRole('button', { name: /^1\. / }).getAttribute('data-ending'),
    ).resolves.toMatch(/good|bad/);
  });

  it('continues after a reload at the same post with the same meters', async () => {
    const page = await open();
    await startFirstChapter(page);
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    const before = { meters: await meters(page), post: await replyingTo(page), status: await status(page) };
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(meters(page)).resolves.toEqual(before.meters);
    await expect(replyingTo(page)).resolves.toBe(before.post);
    await expect(status(page)).resolves.toBe(before.status);
  });

  it('reports a damaged save in plain words, keeps a copy and starts fresh', async () => {
    const page = await open({ storage: { 'hot-seat/save': '{"v":1,"level":"breakfast-era","seed":' } });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('could not be read');
    await expect(page.getByRole('button', { name: 'Continue' }).count()).resolves.toBe(0);
    await expect(page.evaluate(() => localStorage.getItem('hot-seat/save-backup'))).resolves.toContain('"seed":');
    await page.getByRole('button', { name: 'OK' }).click();
    await startFirstChapter(page);
    await expect(meters(page)).resolves.toHaveLength(3);
  });

  it('pauses the live clock while the tab is hidden and resumes when it is shown', async () => {
    const page = await open({ fakeClock: true });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Live speed' }).selectOption('fast');
    await page.getByRole('button', { name: 'Back' }).click();
    await startFirstChapter(page, 'Live clock');
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { value: h, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    const hiddenAt = await hourOf(page);
    await expect(status(page)).resolves.toContain('Paused');
    // The pause is what is tested: at the fast speed an hour (6 s at most) would pass in these 8 s if the clock
    // ran. The browser's clock jumps a second at a time (the game takes a longer stall as one second).
    const jump = async () => {
      for (let i = 0; i < 8; i++) await page.clock.fastForward(1000);
    };
    await jump();
    await expect(hourOf(page)).resolves.toBe(hiddenAt);
    await setHidden(false);
    await expect(status(page)).resolves.not.toContain('Paused');
    await jump();
    await expect.poll(() => hourOf(page)).toBeGreaterThan(hiddenAt);
  });

  it('takes a reply from a mouse click on the canvas', async () => {
    const page = await open();
    await startFirstChapter(page);
    const firstPost = page.getByRole('log', { name: 'Feed' }).getByRole('article').first();
    await expect(firstPost.textContent()).resolves.toContain('waiting for your reply');
    const L = feedLayout(1280, 800, 1);
    // The first response button sits under the "Replying to" line at the top of the replies column.
    await page.mouse.click(L.replies.x + L.replies.w / 2, L.replies.y + 60);
    await expect(firstPost.textContent()).resolves.toContain('answered');
  });

  it.each([
    { width: 1280, height: 800, scale: 1 },
    { width: 360, height: 640, scale: 2 },
  ])(
    'repaints only what moves at $width×$height, and leaves the same picture as a full repaint',
    async ({ width, height, scale }) => {
      const page = await open({ width, height, scale, motion: true, beforeLoad: countDraws });
      await startFirstChapter(page);
      const L = feedLayout(width, height, 1);
      const drawnAfter = (action: () => Promise<unknown>) => settledAfter(page, action);
      // Meters ease and share counts count up, in partial repaints (their changes float as HTML, off the
      // canvas); a hover outline comes and goes. Two replies: a third ends about one game in seventeen.
      for (let i = 0; i < 2; i++) await drawnAfter(() => answer(page, '1'));
      // A hover draws its outline only when the pointer lands on a reply (it may rest between two): two
      // frames for it to draw, if it does, then rest.
      const hover = async (x: number, y: number) => {
        await page.mouse.move(x, y);
        await twoFrames(page);
        await waitForRest(page);
      };
      await hover(L.replies.x + L.replies.w / 2, L.replies.y + 60);
      await hover(4, L.top.y + L.top.h - 2);
      const partial = await canvasPicture(page);
      // A resize rebuilds the feed and paints the whole canvas anew.
      await drawnAfter(async () => {
        await page.setViewportSize({ width: width - 40, height });
        await page.setViewportSize({ width, height });
      });
      const differing = await differingPixels(page, partial, await canvasPicture(page));
      expect(differing, 'pixels that differ from a full repaint').toBe(0);
    },
  );

  it("floats each meter's change after a reply in its colour, gone within two seconds; not with reduced motion", async () => {
    const page = await open({ motion: true });
    await startFirstChapter(page);
    const floats = page.locator('.meter-floats span');
    const before = (await meters(page)).map(Number);
    await page.keyboard.press('1');
    await floats.first().waitFor();
    // Read before the screenshot: on a busy machine a screenshot can outlast the floats' fade.
    const after = (await meters(page)).map(Number);
    const shown = await floats.evaluateAll((els) => els.map((e) => [e.textContent!, getComputedStyle(e).color]));
    await screenshot(page, 'meter-floats-1280x800');
    const rgb = (c: number) => `rgb(${c >> 16}, ${(c >> 8) & 255}, ${c & 255})`;
    // Each meter that moved says by how much (the meters read out rounded: within a point), in its own colour.
    METERS.forEach((m, i) => {
      const moved = after[i]! - before[i]!;
      const float = shown.find(([, color]) => color === rgb(COLORS[m]));
      if (Math.abs(moved) >= 2) expect(float, `${m} moved ${moved}`).toBeDefined();
      if (float) expect(Math.abs(Number(float[0]!.replace('−', '-')) - moved)).toBeLessThanOrEqual(1);
    });
    expect(shown.length).toBeGreaterThan(0);
    await expect.poll(() => floats.count(), { timeout: 2500 }).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Reduce motion' }).check();
    await page.getByRole('button', { name: 'Back' }).click();
    const answeredBefore = await answeredPosts(page);
    await page.keyboard.press('1');
    await expect.poll(() => answeredPosts(page)).toBe(answeredBefore + 1);
    // The pause is what is tested: with motion, the floats show within a frame or two of the reply.
    await page.waitForTimeout(300);
    await expect(floats.count()).resolves.toBe(0);
  });

  it('fits a 360×640 phone in portrait, and keeps the game through a resize', async () => {
    const page = await open({ width: 360, height: 640, scale: 2, touch: true });
    await startFirstChapter(page);
    await page.keyboard.press('1');
    const before = await meters(page);
    await screenshot(page, 'feed-360x640');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.setViewportSize({ width: 360, height: 640 });
    await expect(meters(page)).resolves.toEqual(before);
    // Body text is never below 16 CSS pixels in the DOM layer.
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('#ui button, #ui p')].map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(16);
  });
});
