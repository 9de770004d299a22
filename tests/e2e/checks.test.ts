// Checks before answering, as a player meets them: on a post that offers checks, a "Checks" group with a
// button per check; a check takes its hours and shows its finding inside that post's article, on the
// canvas too; a key runs a check; a reload keeps the findings. Screenshots before and after a check of
// each kind at a phone's size, a laptop's and 1920×1080 land in test-results/screenshots.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { answer, gameSessions, nextPost, postsNotDrawn, replyingTo, startFirstChapter, status } from './game.ts';

const { open } = gameSessions();

const checks = (page: Page) => page.getByRole('group', { name: 'Checks' });
const hourOf = async (page: Page) => Number((await status(page))!.match(/Hour (\d+)/)![1]);

/** Replies with the first reply shown until the post being answered offers a check (a bounded loop). */
async function untilChecks(page: Page) {
  const offered = checks(page).getByRole('button');
  // A post's checks show with its replies.
  for (let i = 0; i < 30 && (await nextPost(page)) && !(await offered.count()); i++) await answer(page, '1');
  await offered.first().waitFor({ state: 'attached' });
}

/** The article of the post being answered, found by its author's handle. */
async function currentArticle(page: Page) {
  const handle = (await replyingTo(page))!.match(/Replying to (@\w+)/)![1]!;
  return page.getByRole('log', { name: 'Feed' }).getByRole('article', { name: new RegExp(`${handle}$`) });
}

describe('checks before answering', () => {
  it('a check takes its hours and shows its finding in the post; a key runs the next; a reload keeps them', async () => {
    const page = await open();
    await startFirstChapter(page);
    await untilChecks(page);
    const article = await currentArticle(page);
    await screenshot(page, 'check-before-1280x800');
    const first = checks(page).getByRole('button').first();
    const label = (await first.textContent())!;
    const hours = Number(label.match(/takes (\d+) hours?/)![1]);
    const hour = await hourOf(page);
    // As a keyboard or screen-reader user does (the canvas takes the pointer; its click is another test).
    await first.focus();
    await page.keyboard.press('Enter');
    const findings = article.getByRole('list', { name: 'What your checks found' }).getByRole('listitem');
    await findings.first().waitFor({ state: 'attached' });
    await expect(findings.first().textContent()).resolves.toMatch(/^(The account|Other coverage|The original): \S/);
    await expect(hourOf(page)).resolves.toBe(hour + hours);
    // The check is used: its button is gone, and the post is still the one being answered.
    await expect(checks(page).getByRole('button', { name: label }).count()).resolves.toBe(0);
    await expect(replyingTo(page)).resolves.toContain((await article.getAttribute('aria-label'))!.split(' ').at(-1));
    await screenshot(page, 'check-after-1280x800');

    // The next check by its key (A, C or O, the letter its button starts with).
    const next = checks(page).getByRole('button').first();
    if (await next.count()) {
      const key = (await next.textContent())![0]!;
      await page.keyboard.press(key.toLowerCase());
      await expect.poll(() => findings.count()).toBe(2);
    }
    const found = await findings.allTextContents();

    // Saved after every step: a reload continues with the same findings on the post.
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect((await currentArticle(page)).getByRole('listitem').allTextContents()).resolves.toEqual(found);
  });

  it.each([
    [360, 640],
    [1920, 1080],
  ])('shows each check and its finding at %i×%i', async (width, height) => {
    const page = await open({ width, height });
    await startFirstChapter(page);
    await untilChecks(page);
    const article = await currentArticle(page);
    const handle = (await article.getAttribute('aria-label'))!.split(' ').at(-1)!;
    const stillAnswering = async () => (await replyingTo(page))!.includes(handle);
    await screenshot(page, `check-before-${width}x${height}`);
    // Every check the post offers, one after the other by its key, while the post stays the one answered.
    for (let n = 1; n <= 3 && (await checks(page).getByRole('button').count()) && (await stillAnswering()); n++) {
      const label = (await checks(page).getByRole('button').first().textContent())!;
      await page.keyboard.press(label[0]!.toLowerCase());
      await expect.poll(() => article.getByRole('listitem').count()).toBe(n);
      const topic = (await article
        .getByRole('listitem')
        .nth(n - 1)
        .textContent())!.split(':')[0]!;
      await screenshot(page, `check-after-${topic.toLowerCase().replace(/ /g, '-')}-${width}x${height}`);
    }
  });

  it('keeps the post being answered on screen at 360×640, with up to eight choices at once, and every reply a tap away', async () => {
    const page = await open({ width: 360, height: 640 });
    // Chapter 8's third post (three checks, five long replies) shows its replies a page at a time.
    const { decisions, missing } = await postsNotDrawn(page, [2, 3, 5, 8]);
    expect(decisions).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
  }, 120_000);
});
