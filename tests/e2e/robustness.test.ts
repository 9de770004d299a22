// The game under the things real browsers do to it: saves that were damaged, cut short, bloated, written
// by a newer version or for a chapter that is gone; storm after storm, 300 posts in one page; a window
// dragged between phone and desktop sizes, a tab hidden and shown, and sound that the browser will not play.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answeredPosts,
  gameSessions,
  meters,
  replyingTo,
  startFirstChapter,
  startFromBriefing,
  status,
} from './game.ts';

const { open, current } = gameSessions();

async function startChapter(page: Page, chapter: 'New game' | 'Endless storm') {
  if (chapter === 'New game') return startFirstChapter(page);
  await page.getByRole('button', { name: 'Chapters' }).click();
  await page.getByRole('button', { name: 'Endless storm' }).click();
  await page.getByRole('heading', { name: 'Endless storm' }).waitFor();
  await startFromBriefing(page);
}

describe('damaged saves', () => {
  const good = { v: 2, level: 'breakfast-era', seed: 12345, pacing: 'turn', actions: [{ type: 'tick', hours: 1 }] };
  const json = JSON.stringify(good);
  const SAVES: [string, () => string, RegExp][] = [
    [
      'a corrupted save (bytes overwritten)',
      () => `${json.slice(0, 20)}\u0000\uFFFD#@!${json.slice(25)}`,
      /could not be read/,
    ],
    ['a truncated save', () => json.slice(0, Math.floor(json.length / 2)), /could not be read/],
    [
      // About 3 million characters: more than half of what Chromium lets one site keep (5 Mi characters).
      'a huge save (3 MB of actions)',
      () =>
        JSON.stringify({
          ...good,
          actions: Array.from({ length: 60_000 }, () => ({ type: 'reply', post: 'poster', response: 'numbers' })),
        }),
      /could not be read|no longer fits/,
    ],
    [
      'a save from a future version',
      () => JSON.stringify({ ...good, v: 99, newField: { anything: true } }),
      /newer version/,
    ],
    [
      'a save for a chapter this version does not have',
      () => JSON.stringify({ ...good, level: 'no-such-chapter' }),
      /chapter this version does not have/,
    ],
  ];

  it.each(SAVES)(
    '%s: a plain-words alert, the raw text kept, no Continue, and a fresh game plays',
    async (_what, make, reason) => {
      const raw = make();
      const page = await open({ storage: { 'hot-seat/save': raw } });
      const alert = page.getByRole('alert');
      const words = (await alert.locator('p').textContent())!;
      expect(words).toMatch(reason);
      expect(words).toMatch(/^Your saved game .*A copy was kept, and a fresh game is ready\.$/);
      // Plain words: nothing of the raw save, no error names, no code.
      expect(words).not.toMatch(/[{}"\\]|Error|undefined|null|NaN|zod|JSON|stack/);
      const kept = await page.evaluate((r) => {
        const b = localStorage.getItem('hot-seat/save-backup');
        return { same: b === r, length: b?.length ?? 0, save: localStorage.getItem('hot-seat/save') };
      }, raw);
      expect(kept, 'the raw save is kept, byte for byte, under hot-seat/save-backup').toEqual({
        same: true,
        length: raw.length,
        save: null,
      });
      await expect(page.getByRole('button', { name: 'Continue' }).count()).resolves.toBe(0);

      await page.getByRole('button', { name: 'OK' }).click();
      await expect(page.locator('[role=alert]').textContent()).resolves.toBe('');
      await startChapter(page, 'New game');
      await expect(status(page)).resolves.toMatch(/Hour 0\b/);
      const before = await answeredPosts(page);
      await page.keyboard.press('1');
      await expect.poll(() => answeredPosts(page)).toBe(before + 1);
      // The fresh game is saved in place of the damaged one, and the backup is left alone.
      await expect(page.evaluate(() => JSON.parse(localStorage.getItem('hot-seat/save')!).level)).resolves.toBe(
        'breakfast-era',
      );
      await expect(page.evaluate(() => localStorage.getItem('hot-seat/save-backup')?.length)).resolves.toBe(raw.length);
    },
  );
});

describe('a long session', () => {
  // 300 posts are ten storms or so, one after the other in one page. The bench plays 1,000 by key presses,
  // checks each against a mirror of the engine and counts console errors (longSessionErrors, target 0): a
  // thousand here cost two minutes of every run of the tests.
  it('answers 300 posts of the endless storm, storm after storm, in turn pacing without a console error', async () => {
    // A phone-sized window: the canvas redraws after every reply, and honest input waits for it.
    const page = await open({ width: 360, height: 640 });
    const ending = page.getByRole('heading', { name: /^Ending: / });
    let answered = 0;
    let storms = 0;
    // Bounded: a storm that stopped counting its answers would run out of storms and fail below.
    while (answered < 300 && storms < 30) {
      await startChapter(page, 'Endless storm');
      // A fresh storm: nothing in its feed is answered yet.
      await expect(answeredPosts(page)).resolves.toBe(0);
      let presses = 0;
      // Every press of 1 answers the post on top (turn pacing keeps one waiting) until the storm ends.
      for (; presses < 5000 && !(await ending.count()); presses++) await page.keyboard.press('1');
      expect(current().errors, `console errors in storm ${storms + 1}`).toEqual([]);
      await page.getByRole('button', { name: 'See the debrief' }).click();
      const heading = (await page.getByRole('heading', { name: /^Your (last \d+ of \d+ )?decisions$/ }).textContent())!;
      const decisions = Number(heading.match(/of (\d+)/)?.[1] ?? (await page.locator('.decisions li').count()));
      expect(decisions, `storm ${storms + 1}: the debrief counts one decision per press of 1`).toBe(presses);
      answered += decisions;
      storms++;
      await page.getByRole('button', { name: 'Title menu' }).click();
    }
    expect(answered, `answers counted in ${storms} storms`).toBeGreaterThanOrEqual(300);
  }, 600_000);
});

describe('a restless window', () => {
  it('keeps the meters, the hour and the post through 50 resizes, a hidden tab and blocked audio, and still takes a reply', async () => {
    const page = await open({ args: ['--autoplay-policy=document-user-activation-required'] });
    await startChapter(page, 'New game');
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    const before = {
      meters: await meters(page),
      status: await status(page),
      post: await replyingTo(page),
      answered: await answeredPosts(page),
    };
    expect(before.post).toMatch(/^Replying to @/);

    const sizes = [
      { width: 360, height: 640 },
      { width: 1280, height: 800 },
      { width: 640, height: 360 },
      { width: 1920, height: 1080 },
      { width: 800, height: 1280 },
    ];
    // Every tenth resize, the page paints a frame first: some resizes land on a game that has caught up.
    const nextFrame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    for (let i = 0; i < 50; i++) {
      await page.setViewportSize(sizes[i % sizes.length]!);
      if (i % 10 === 0) await nextFrame();
    }
    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { value: h, configurable: true });
        Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await expect(status(page)).resolves.toContain('Paused');
    await nextFrame();
    await setHidden(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The canvas follows the window.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#game canvas')!.getBoundingClientRect().width))
      .toBe(1280);

    await expect.poll(() => status(page)).toBe(before.status);
    await expect(meters(page)).resolves.toEqual(before.meters);
    await expect(replyingTo(page)).resolves.toBe(before.post);
    await expect(answeredPosts(page)).resolves.toBe(before.answered);

    // The reply is taken: its post is answered, or it was the chapter's last word (a new game's seed is
    // random, and about one game in seventeen ends on this third press of 1).
    await page.keyboard.press('1');
    const ending = page.getByRole('heading', { name: /^Ending: / });
    const taken = async () => (await ending.count()) > 0 || (await answeredPosts(page)) === before.answered + 1;
    await expect.poll(taken).toBe(true);
    if (!(await ending.count())) await expect(replyingTo(page)).resolves.not.toBe(before.post);
  }, 180_000);
});
