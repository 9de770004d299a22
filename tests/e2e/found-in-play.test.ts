// What a play-through found, fixed: a reply's or a check's key pressed over a tip closes it and acts; the
// posts can be chosen by keyboard; the notices lie clear of the post being answered and its replies, and the
// meters' changes clear of every text, at phone, laptop and projector sizes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { screenshot } from './browser.ts';
import { type CanvasText, canvasTexts, twoFrames } from './canvas.ts';
import { answer, answeredPosts, gameSessions, intoFirstChapter, nextPost, replyingTo } from './game.ts';

const { open } = gameSessions();
const SIZES = [
  [360, 640],
  [1280, 800],
  [1920, 1080],
] as const;

type Box = { x: number; y: number; w: number; h: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;

/** The storage of a browser that has only these settings, for `open` or firstChapter. */
const withSettings = (settings: Record<string, unknown>) => ({ [SETTINGS_KEY]: JSON.stringify(settings) });

/** Opens the game afresh with the given settings, into the first chapter, turn by turn. */
async function firstChapter(page: Page, settings: Record<string, unknown>) {
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, withSettings(settings));
  await page.reload();
  await intoFirstChapter(page);
}

/** Where the top bar ends: under the lowest of the meters' numbers. */
const topBarBottom = (texts: CanvasText[]) =>
  Math.max(...texts.filter((t) => /^\d+$/.test(t.text)).map((t) => t.y + t.h));

/** The canvas texts under the top bar (the posts and the replies) that a box covers. */
async function coveredBelowTopBar(page: Page, box: Box): Promise<string[]> {
  const texts = (await canvasTexts(page)).flat();
  const bottom = topBarBottom(texts);
  return texts.filter((t) => t.y >= bottom && overlap(t, box)).map((t) => t.text.slice(0, 40));
}

const rectOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    });

describe('found in play', () => {
  it('a reply’s key pressed over a tip closes it and answers; the next tip waits until after', async () => {
    const page = await open({ storage: withSettings({}) });
    await intoFirstChapter(page);
    const tip = page.getByRole('dialog', { name: 'Tip' });
    await expect(tip.getByRole('heading').textContent()).resolves.toBe('Three meters, top right');
    const handle = (await replyingTo(page))!.match(/@\w+/)![0];
    await page.keyboard.press('2');
    await expect.poll(() => answeredPosts(page)).toBe(1);
    const answered = page.getByRole('log', { name: 'Feed' }).locator('article[data-status=answered]');
    await expect(answered.getAttribute('aria-label')).resolves.toContain(handle);
    await expect(tip.getByRole('heading').textContent()).resolves.toBe('Every reply takes time');
    await screenshot(page, 'key-over-tip-1280x800');
    // A check's key over the checks tip runs the check.
    const found = page.getByRole('log', { name: 'Feed' }).locator('.findings li');
    for (let i = 0; i < 30 && (await tip.getByRole('heading').textContent()) !== 'Check before you answer'; i++) {
      await page.keyboard.press('1');
      await tip
        .or(page.getByRole('heading', { name: /^Ending: / }))
        .first()
        .waitFor();
    }
    await expect(tip.getByRole('heading').textContent()).resolves.toBe('Check before you answer');
    const key = (await page.getByRole('group', { name: 'Checks' }).getByRole('button').first().textContent())![0]!;
    await page.keyboard.press(key);
    await expect.poll(() => found.count()).toBeGreaterThan(0);
  }, 120_000);

  for (const [w, h] of SIZES) {
    it(`at ${w}×${h}: the meters' changes clear of every text, a post chosen by keyboard, the notices off the post and its replies`, async () => {
      const page = await open({ width: w, height: h, motion: true, storage: withSettings({ tutorial: false }) });
      await intoFirstChapter(page);
      await pressOneForFloats(page, `${w}x${h}-normal`);
      await choosePostByKeyboard(page, w);
      await noticesClear(page, `${w}x${h}`);
      // The same floats in huge text.
      await firstChapter(page, { tutorial: false, textSize: 'huge' });
      await pressOneForFloats(page, `${w}x${h}-huge`);
    }, 300_000);
  }
});

/** Replies with key 1 until the meters' changes show; each is clear of every canvas text, on its meter's row, readable. */
async function pressOneForFloats(page: Page, name: string) {
  const floats = page.locator('.meter-floats span');
  let seen: (Box & { size: number })[] = [];
  for (let i = 0; i < 5 && !seen.length; i++) {
    await page.keyboard.press('1');
    await floats
      .first()
      .waitFor({ timeout: 5000 })
      .catch(() => {});
    seen = await floats.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height, size: parseFloat(getComputedStyle(el).fontSize) };
      }),
    );
  }
  expect(seen.length).toBeGreaterThan(0);
  await screenshot(page, `floats-${name}`);
  const texts = (await canvasTexts(page)).flat();
  const covered = seen.flatMap((f) => texts.filter((t) => overlap(t, f)).map((t) => t.text.slice(0, 30)));
  expect(covered).toEqual([]);
  for (const f of seen) {
    expect(f.y + f.h).toBeLessThanOrEqual(topBarBottom(texts) + 1);
    expect(f.size).toBeGreaterThanOrEqual(14);
  }
}

/** Tab reaches the open posts (replying first, until two are open), Enter picks the second, and the replies follow it. */
async function choosePostByKeyboard(page: Page, width: number) {
  const posts = page.getByRole('group', { name: 'Posts to answer' }).getByRole('button');
  for (let i = 0; i < 40 && (await posts.count()) < 2; i++) {
    // A chapter that ends before two posts wait at once is played again, on a new seed.
    if (!(await answer(page, '1'))) await firstChapter(page, { tutorial: false });
  }
  expect(await posts.count()).toBeGreaterThanOrEqual(2);
  await expect(posts.first().getAttribute('aria-pressed')).resolves.toBe('true');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  await expect(posts.first().evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Tab');
  const other = posts.nth(1);
  const handle = (await other.textContent())!.match(/^@\w+/)![0];
  await expect(other.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  await screenshot(page, `choose-post-${width}`);
  await page.keyboard.press('Enter');
  await expect.poll(() => replyingTo(page)).toContain(`Replying to ${handle},`);
  await expect(posts.filter({ hasText: handle }).getAttribute('aria-pressed')).resolves.toBe('true');
  // The canvas shows it as the one answered (a phone packing its replies tight outlines it instead).
  const drawn = async () => (await canvasTexts(page)).flat().some((t) => t.text === `Replying to ${handle}`);
  if (width > 360) await expect.poll(drawn).toBe(true);
  await page.keyboard.press('1');
  // Read in the DOM: a reply that ends the chapter hides the play layer.
  await expect
    .poll(() => page.locator(`article[aria-label$=" ${handle}"]`).getAttribute('data-status'))
    .toBe('answered');
}

/**
 * Replies with key 1 until the clock says something, which covers nothing under the top bar; then a new
 * version ready and a notice (storage that refuses to save) sit in the same place.
 */
async function noticesClear(page: Page, name: string) {
  // Read in the page as soon as it shows: it shows for six seconds, and a busy machine can take that long
  // between two of the test's steps. The canvas draws the hour a frame after the HTML.
  let box: Box | null = null;
  for (let i = 0; i < 40 && !box; i++) {
    // A game that ends before the clock has said anything is played again, on a new seed.
    if ((await page.evaluate(() => document.body.dataset.screen)) !== 'play') {
      await firstChapter(page, { tutorial: false });
    }
    await page.keyboard.press('1');
    box = await page
      .waitForFunction(
        () => {
          const r = document.querySelector('.alerts p')?.getBoundingClientRect();
          return r && { x: r.x, y: r.y, w: r.width, h: r.height };
        },
        undefined,
        { timeout: 1500 },
      )
      .then(
        async (handle) => (await handle.jsonValue()) ?? null,
        () => null,
      );
  }
  expect(box).not.toBeNull();
  await screenshot(page, `alert-${name}`);
  expect(await coveredBelowTopBar(page, box!)).toEqual([]);
  const refuseStorage = (refuse: boolean) =>
    page.evaluate((on) => {
      const w = window as unknown as { __setItem?: typeof Storage.prototype.setItem };
      w.__setItem ??= Storage.prototype.setItem;
      Storage.prototype.setItem = on
        ? () => {
            throw new DOMException('full', 'QuotaExceededError');
          }
        : w.__setItem;
    }, refuse);
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('.update-notice')!.hidden = false;
  });
  // A reply saves the game, which storage refuses: the notice. A chapter the clock has just ended takes no
  // reply: it is played again, with storage working, first.
  if (!(await nextPost(page))) await firstChapter(page, { tutorial: false });
  await refuseStorage(true);
  await page.keyboard.press('1');
  await page.locator('.notice p').waitFor();
  await twoFrames(page);
  await screenshot(page, `notices-${name}`);
  expect(await coveredBelowTopBar(page, await rectOf(page, '.update-notice'))).toEqual([]);
  expect(await coveredBelowTopBar(page, await rectOf(page, '.notice'))).toEqual([]);
  // Storage as it was, and the notices put away.
  await refuseStorage(false);
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('.update-notice')!.hidden = true;
  });
  await page.getByRole('alert').getByRole('button', { name: 'OK' }).click();
}
