// The game in Simplified Chinese: chosen by the address, by the switch on the title (and remembered), or by
// the browser; chapter 1 played to its debrief at a laptop's and a phone's size, with normal and large text,
// and a workshop on the projector, measured so that no text runs out of its card or button, and the canvas
// keeps Chinese punctuation rules at its line breaks. The words the test looks for come from the game's own
// string files: the Chinese at the place of the English it knows.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import zh from '../../src/i18n/zh-CN.ts';
import { loadTranslatedContent } from '../../src/data-files/load.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { sameOrigin, screenshot } from './browser.ts';
import { canvasOverlaps, canvasTexts, countDraws, settledAfter } from './canvas.ts';
import { answer, ENGLISH, gameSessions, nextPost, playToEnd, postsNotDrawn, type Words, wordsBefore } from './game.ts';

const { open } = gameSessions();

type Tree = { [key: string]: string | Tree };
/** The Chinese string at the place of an English one in the interface's files. */
function zhFor(english: string): string {
  const find = (a: Tree, b: Tree): string | undefined => {
    for (const [key, value] of Object.entries(a)) {
      const other = b[key];
      if (typeof value === 'string' && value === english && typeof other === 'string') return other;
      if (typeof value === 'object' && typeof other === 'object') {
        const found = find(value, other);
        if (found !== undefined) return found;
      }
    }
  };
  const found = find(en as unknown as Tree, zh as unknown as Tree);
  if (found === undefined) throw new Error(`no string "${english}" in the English files`);
  return found;
}

/** A browser where the player chose Chinese on an earlier visit. */
const CHINESE = { [SETTINGS_KEY]: JSON.stringify({ language: 'zh-CN' }) };

const NEVER_FIRST = /^[，。、；：？！）》」』】”’…%]/;
const NEVER_LAST = /[（《「『【“‘]$/;

/** Elements of the HTML layer whose text runs out of their box or off the screen. */
const domOverflows = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    // The canvas's mirror for screen readers is clipped out of sight on purpose.
    const unseen = (el: HTMLElement | null): boolean =>
      !!el && (getComputedStyle(el).clipPath !== 'none' || unseen(el.parentElement));
    for (const el of document.querySelectorAll<HTMLElement>(
      '#ui button, #ui label, #ui h1, #ui h2, #ui h3, #ui p, #ui li',
    )) {
      const r = el.getBoundingClientRect();
      if (!el.textContent?.trim() || !r.width || getComputedStyle(el).visibility === 'hidden' || unseen(el)) continue;
      const what = `"${el.textContent.trim().slice(0, 24)}"`;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
        out.push(`${what} overflows its box`);
      if (r.right > innerWidth + 1 || r.left < -1) out.push(`${what} runs off the screen`);
    }
    return out;
  });

/** The canvas's texts: apart, on screen, and no line starting with a closing mark or ending with an opening one. */
async function expectCanvasFits(page: Page, width: number) {
  const groups = await canvasTexts(page);
  const texts = groups.flat();
  expect(texts.length).toBeGreaterThan(10);
  // Real Chinese on the canvas: the posts of the translated chapter, wrapped over several lines.
  expect(texts.filter((t) => /\p{Script=Han}/u.test(t.text)).length).toBeGreaterThan(5);
  expect(texts.some((t) => t.lines.length > 1 && /\p{Script=Han}/u.test(t.text))).toBe(true);
  expect(canvasOverlaps(groups, width)).toEqual([]);
  const broken = texts.flatMap((t) =>
    t.lines.flatMap((line, i) => [
      ...(i > 0 && NEVER_FIRST.test(line) ? [`"${line}" starts with a closing mark`] : []),
      ...(i < t.lines.length - 1 && NEVER_LAST.test(line) ? [`"${line}" ends with an opening mark`] : []),
    ]),
  );
  expect(broken).toEqual([]);
}

/**
 * New game in Chinese, past the judgement check's offer, chapter 1 turn by turn, then every reply by key 1 to the
 * debrief (the page's draws counted, to measure the canvas at rest).
 */
async function playChapterOne(page: Page, name: string, width: number) {
  await page.getByRole('button', { name: zhFor('New game'), exact: true }).click();
  await page.getByRole('button', { name: zhFor('Skip it') }).click();
  await page.getByRole('radio', { name: zhFor('Turn by turn') }).check();
  expect(await domOverflows(page), 'the briefing').toEqual([]);
  await page.getByRole('button', { name: zhFor('Start chapter') }).click();
  const debrief = page.getByRole('button', { name: zhFor('See the debrief') });
  const chapter = { over: debrief, responses: zhFor('Responses') };
  // One reply, measured once the canvas has drawn it and rests.
  await settledAfter(page, () => answer(page, '1', chapter));
  await nextPost(page, chapter);
  await screenshot(page, `zh-feed-${name}`);
  await expectCanvasFits(page, width);
  expect(await domOverflows(page), 'the feed').toEqual([]);
  await playToEnd(page, '1', chapter);
  await screenshot(page, `zh-ending-${name}`);
  expect(await domOverflows(page), 'the ending').toEqual([]);
  await debrief.click();
  const region = page.getByRole('region', { name: zhFor('Debrief') });
  await region.waitFor();
  await expect(region.textContent()).resolves.toMatch(/\p{Script=Han}{20}/u);
  await screenshot(page, `zh-debrief-${name}`);
  expect(await domOverflows(page), 'the debrief').toEqual([]);
}

describe('the game in Simplified Chinese', () => {
  it('is chosen by the address, shows its title in Chinese, and is remembered without it', async () => {
    const page = await open();
    await page.goto(sameOrigin(page, '?lang=zh-CN'));
    await page.getByRole('button', { name: zhFor('New game'), exact: true }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-CN');
    await expect(page.getByRole('button', { name: 'New game' }).count()).resolves.toBe(0);
    await page.goto(sameOrigin(page, './'));
    await page.getByRole('button', { name: zhFor('New game'), exact: true }).waitFor();
    // The switch on the title: English, at once and after a reload.
    await page
      .getByRole('group', { name: zhFor('Language') })
      .getByRole('button', { name: 'English' })
      .click();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
  });

  it('follows a Chinese browser the first time', async () => {
    const page = await open({ locale: 'zh-CN', newGame: zhFor('New game') });
    await page.getByRole('button', { name: zhFor('New game'), exact: true }).waitFor();
    await screenshot(page, 'zh-title-1280x800');
    expect(await domOverflows(page)).toEqual([]);
  });

  for (const [w, h, size] of [
    [1280, 800, 'normal'],
    [1280, 800, 'large'],
    [360, 640, 'normal'],
    [360, 640, 'large'],
  ] as const) {
    it(`plays chapter 1 to its debrief at ${w}×${h}, ${size} text, with every text inside its box`, async () => {
      const page = await open({
        width: w,
        height: h,
        storage: { [SETTINGS_KEY]: JSON.stringify({ textSize: size, tutorial: false, language: 'zh-CN' }) },
        beforeLoad: countDraws,
        newGame: zhFor('New game'),
      });
      await playChapterOne(page, `${w}x${h}-${size}`, w);
    }, 120_000);
  }

  it("briefs the endless storm in its Chinese words, from the storm's translation", async () => {
    const { storm } = loadTranslatedContent('zh-CN');
    const page = await open({ storage: CHINESE, newGame: zhFor('New game') });
    await page.getByRole('button', { name: zhFor('Chapters'), exact: true }).click();
    await page.getByRole('button', { name: zhFor('Endless storm'), exact: true }).click();
    await page.getByRole('heading', { name: storm.title }).waitFor();
    await page.getByText(storm.briefing).waitFor();
  });

  it('keeps the post being answered on a 360×640 phone, with up to eight choices at once', async () => {
    const page = await open({ width: 360, height: 640, storage: CHINESE, newGame: zhFor('New game') });
    const { moreReplies: _, ...named } = ENGLISH;
    const words: Words = {
      ...(Object.fromEntries(Object.entries(named).map(([k, v]) => [k, zhFor(v)])) as Omit<Words, 'moreReplies'>),
      moreReplies: wordsBefore(zh.play.repliesMore),
    };
    const { decisions, missing } = await postsNotDrawn(page, [2, 3, 5, 8], words);
    expect(decisions).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
  }, 120_000);

  it('runs a workshop on the projector in Chinese, every text inside its box', async () => {
    const page = await open({ width: 1920, height: 1080, storage: CHINESE, newGame: zhFor('New game') });
    await page.getByRole('button', { name: zhFor('Workshop'), exact: true }).click();
    await screenshot(page, 'zh-workshop-setup-1920');
    expect(await domOverflows(page), 'the setup').toEqual([]);
    await page.getByRole('button', { name: zhFor('Start workshop') }).click();
    const room = page.getByRole('region', { name: zhFor('Workshop') });
    await room.waitFor();
    for (const key of ['1', '2']) await page.keyboard.press(key);
    await page.keyboard.press('e');
    await room
      .getByRole('status')
      .filter({ hasText: /\p{Script=Han}/u })
      .first()
      .waitFor();
    await screenshot(page, 'zh-workshop-1920');
    expect(await domOverflows(page), 'the projector').toEqual([]);
    await expect(room.textContent()).resolves.toMatch(/\p{Script=Han}{10}/u);
  }, 120_000);
});
