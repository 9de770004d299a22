// A first-time player: the first chapter's tips, then the same chapter without them; the canvas keeps its
// texts apart at phone, laptop and projector sizes, normal and huge; an idle live chapter says nothing was
// answered; a failed chapter's debrief has no empty section; the record keeps the best ending and reopens
// its debrief after a reload.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { newGame, step } from '../../src/core/engine.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { Dice, seedState } from '../../src/core/rng.ts';
import type { Action } from '../../src/core/state.ts';
import { PROGRESS_KEY } from '../../src/state/progress.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { screenshot } from './browser.ts';
import { canvasOverlaps, canvasTexts, countDraws, settledAfter } from './canvas.ts';
import { answer, gameSessions, intoFirstChapter, playToEnd, startFirstChapter, startFromBriefing } from './game.ts';

const { open } = gameSessions();
const first = loadAllLevels()[0]!;

describe('a first-time player', () => {
  it('meets the tips in the first chapter, one at a time, and not again once seen; the legend is one key away', async () => {
    const page = await open();
    await intoFirstChapter(page, 'Live clock');
    const tip = page.getByRole('dialog', { name: 'Tip' });
    const titles: string[] = [];
    for (let i = 0; i < 3; i++) {
      titles.push((await tip.getByRole('heading').textContent())!);
      if (i === 0) await screenshot(page, 'tip-meters-1280x800');
      await page.keyboard.press('Enter'); // "Got it" has the focus
    }
    expect(titles).toEqual(['Three meters, top right', 'Every reply takes time', 'The live clock']);
    await tip.waitFor({ state: 'hidden' });
    await page.keyboard.press('1');
    await expect(tip.getByRole('heading').textContent()).resolves.toBe('What moved, and why');
    await page.keyboard.press('Enter');
    // The legend, by key, and the clock waits while it is open.
    await page.keyboard.press('?');
    const legend = page.getByRole('dialog', { name: 'Legend' });
    await legend.waitFor();
    await expect(legend.textContent()).resolves.toContain('Public trust');
    await screenshot(page, 'legend-1280x800');
    await page.keyboard.press('Escape');
    await legend.waitFor({ state: 'hidden' });
    // Played again, the chapter has no tips left but the last.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Quit to title' }).click();
    await page.getByRole('button', { name: 'Chapters' }).click();
    await page.getByRole('button', { name: /^1\. / }).click();
    await startFromBriefing(page);
    await expect(tip.getByRole('heading').textContent()).resolves.toMatch(/The legend|A post expired/);
  }, 120_000);

  it('can skip the tips and play without them', async () => {
    const page = await open();
    await startFirstChapter(page); // skips the tips
    await page.keyboard.press('1');
    await expect(page.getByRole('dialog', { name: 'Tip' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('log', { name: 'Feed' }).getByRole('article').count()).resolves.toBeGreaterThan(1);
  });

  for (const [w, h] of [
    [360, 640],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    for (const size of ['normal', 'huge']) {
      it(`keeps every canvas text apart and on screen at ${w}×${h}, ${size} text`, async () => {
        const page = await open({
          width: w,
          height: h,
          storage: { [SETTINGS_KEY]: JSON.stringify({ textSize: size, tutorial: false }) },
          beforeLoad: countDraws,
        });
        await intoFirstChapter(page);
        // Two replies, measured once the canvas has drawn them and rests.
        await settledAfter(page, async () => {
          await answer(page, '1');
          await answer(page, '2');
        });
        await screenshot(page, `feed-${w}x${h}-${size}`);
        const groups = await canvasTexts(page);
        // The measurement is real: the top bar, several post cards and the replies are all in it.
        expect(groups.flat().length).toBeGreaterThan(15);
        const texts = groups.flat().map((t) => t.text);
        expect(texts.some((t) => t.startsWith('1. '))).toBe(true);
        // A phone packs its replies tight when they would crowd the post out: the post's outline then stands for
        // this line.
        if (w > 360) expect(texts.some((t) => t.startsWith('Replying to @'))).toBe(true);
        expect(canvasOverlaps(groups, w)).toEqual([]);
        // A post cut to fit says so with an ellipsis, and what it shows is the start of the post.
        const posts = await page.getByRole('log', { name: 'Feed' }).locator('article .text').allTextContents();
        const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
        for (const t of texts.map(flat)) {
          const cut = t.endsWith('…') ? t.slice(0, -1).trimEnd() : null;
          if (cut) expect(posts.some((p) => p.startsWith(cut))).toBe(true);
          else expect(posts.filter((p) => p !== t && p.startsWith(t) && t.length > 20)).toEqual([]);
        }
      }, 60_000);
    }
  }

  it('an idle chapter in live pacing ends saying nothing was answered, with a debrief that says why', async () => {
    // The browser's clock lets the test jump time instead of waiting: each jump counts as at most a second of
    // play (the game's clock takes a longer stall as one second).
    const page = await open({
      fakeClock: true,
      storage: { [SETTINGS_KEY]: JSON.stringify({ speed: 'fast', tutorial: false }) },
    });
    await intoFirstChapter(page, 'Live clock');
    const ending = page.getByRole('heading', { name: /^Ending: / });
    for (let jumps = 0; jumps < 600 && !(await ending.count()); jumps++) await page.clock.fastForward(1000);
    await ending.waitFor();
    await expect(page.getByRole('region', { name: 'Ending' }).textContent()).resolves.toMatch(
      /never answered|never posted/,
    );
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const debrief = page.getByRole('region', { name: 'Debrief' });
    await expect(debrief.textContent()).resolves.toContain('You did not reply to any post');
    await expect(debrief.getByRole('heading', { name: 'Your decisions' }).count()).resolves.toBe(0);
    await expectNoEmptySection(page);
  }, 200_000);

  it("a failed chapter's debrief explains the fall and what to try, with no empty section", async () => {
    const page = await open();
    await startFirstChapter(page);
    // Replies with the number of the last button: a blind player, who loses.
    await playToEnd(page, (replies) => String(replies.length));
    if (await page.locator('h1.good').count()) return; // a blind win is rare (at most 25%): nothing to check
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const debrief = page.getByRole('region', { name: 'Debrief' });
    await debrief.getByRole('heading', { name: 'How it went wrong' }).waitFor();
    await expectNoEmptySection(page);
    await screenshot(page, 'debrief-failed-1280x800');
  }, 120_000);

  it('keeps the best ending after a worse retry, and reopens its debrief after a reload', async () => {
    // A good game of the first chapter, played by the careful reader in Node, as a record in storage.
    const careful = policyNamed('careful-reader')!;
    let record: { seed: number; actions: Action[]; ending: string } | null = null;
    for (let seed = 1; !record && seed < 50; seed++) {
      const dice = new Dice(seedState(seed ^ 0x5bd1e995));
      let s = newGame(first, { seed, pacing: 'turn' });
      const actions: Action[] = [];
      while (!s.ending) {
        const a = careful.choose(first, s, dice);
        actions.push(a);
        s = step(first, s, a);
      }
      if (first.endings.find((e) => e.id === s.ending)!.good) record = { seed, actions, ending: s.ending };
    }
    expect(record).not.toBeNull();
    const game = { seed: record!.seed, pacing: 'turn', actions: record!.actions };
    const progress = {
      endings: { [first.id]: record!.ending },
      records: { [first.id]: { tries: 1, best: record!.ending, bestGame: game, lastGame: game } },
    };
    const page = await open({
      storage: { [PROGRESS_KEY]: JSON.stringify(progress), [SETTINGS_KEY]: JSON.stringify({ tutorial: false }) },
    });
    const bestTitle = first.endings.find((e) => e.id === record!.ending)!.title;
    // A worse retry: nothing but key 1 until the end.
    await page.getByRole('button', { name: 'Chapters' }).click();
    await page.getByRole('button', { name: /^1\. / }).click();
    await startFromBriefing(page);
    await playToEnd(page);
    await page.getByRole('button', { name: 'Title menu' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Chapters' }).click();
    const chapterOne = page.getByRole('group', { name: 'Chapters' }).getByRole('button', { name: /^1\. / });
    await expect(chapterOne.textContent()).resolves.toContain(`best: ${bestTitle} (good ending), 2 tries`);
    await chapterOne.click();
    const bestButton = page.getByRole('button', { name: 'See the best debrief' });
    await ((await bestButton.count())
      ? bestButton
      : page.getByRole('button', { name: 'See the last debrief' })
    ).click();
    await expect(page.getByRole('region', { name: 'Debrief' }).textContent()).resolves.toContain(
      `You reached “${bestTitle}”`,
    );
  }, 120_000);
});

/** No heading in the debrief is followed directly by another heading or by nothing. */
async function expectNoEmptySection(page: Page) {
  const empty = await page.getByRole('region', { name: 'Debrief' }).evaluate((d) =>
    [...d.querySelectorAll('h3, h4')]
      .filter((hd) => {
        const next = hd.nextElementSibling;
        return !next || /^H[1-4]$/.test(next.tagName) || !next.textContent?.trim();
      })
      .map((hd) => hd.textContent),
  );
  expect(empty).toEqual([]);
}
