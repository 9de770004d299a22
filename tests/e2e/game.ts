// What every end-to-end test file shares: a game session per test that must end without console errors
// or requests outside the page's origin, and the few moves a player makes to get into a chapter.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import en from '../../src/i18n/en.ts';
import { openGame, type Session, screenshot } from './browser.ts';
import { canvasTexts, postDrawn } from './canvas.ts';

export const baseUrl = inject('baseUrl');

/** Registers the clean-session check; `open` launches a fresh browser on the game and waits for the title. */
export function gameSessions() {
  let session: Session | null = null;
  afterEach(async () => {
    const s = session;
    session = null;
    if (!s) return;
    await s.close();
    expect(s.errors, 'console errors').toEqual([]);
    expect(s.foreign, 'requests outside the page origin').toEqual([]);
  });
  return {
    /** The session open now, for checks in the middle of a test. */
    current: (): Session => session!,
    /** `newGame` is the title's first button as the page's language names it. */
    async open(opts?: Parameters<typeof openGame>[1] & { url?: string; newGame?: string }): Promise<Page> {
      session = await openGame(opts?.url ?? baseUrl, opts);
      const newGame = session.page.getByRole('button', { name: opts?.newGame ?? 'New game', exact: true });
      // The title shows before the chapters arrive: a test starts once they have (the button is enabled).
      await expect.poll(() => newGame.isEnabled()).toBe(true);
      return session.page;
    },
  };
}

export type Pacing = 'Turn by turn' | 'Live clock';

/** From the briefing on screen: picks the pacing and starts, waiting for the first responses. */
export async function startFromBriefing(page: Page, pacing: Pacing = 'Turn by turn') {
  await page.getByRole('radio', { name: pacing }).check();
  await page.getByRole('button', { name: 'Start chapter' }).click();
  await page.getByRole('group', { name: 'Responses' }).getByRole('button').first().waitFor({ state: 'attached' });
}

/**
 * From the title: New game, past the judgement check's offer, into the first chapter. Its first tip is on
 * screen unless the settings have turned the tips off.
 */
export async function intoFirstChapter(page: Page, pacing: Pacing = 'Turn by turn') {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Skip it' }).click();
  await page.getByRole('heading', { name: /^Chapter 1\./ }).waitFor();
  await startFromBriefing(page, pacing);
}

/**
 * New game, past the judgement check's offer and the first chapter's tips (a fresh browser always gets
 * both), into the first chapter.
 */
export async function startFirstChapter(page: Page, pacing: Pacing = 'Turn by turn') {
  await intoFirstChapter(page, pacing);
  await skipTips(page);
}

/**
 * Answers judgement check items by keys alone, from item `from` (1-based): a digit rates, a letter picks
 * the reply, Enter goes on. Each answer is [rating, reply letter].
 */
export async function answerJudgementByKeys(page: Page, answers: [number, string][], from = 1) {
  for (const [i, [rating, reply]] of answers.entries()) {
    await page.getByRole('heading', { name: `Judgement check, ${from + i} of 8` }).waitFor();
    await page.keyboard.press(String(rating));
    await page.keyboard.press(reply);
    await expect(page.getByRole('radio', { name: new RegExp(`^${rating}\\b`) }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Enter');
  }
}

/** Skips the first chapter's tips, as a returning player does. */
export async function skipTips(page: Page) {
  await page.getByRole('dialog', { name: 'Tip' }).getByRole('button', { name: 'Skip the tutorial' }).click();
}

export const meters = (page: Page) =>
  Promise.all(
    ['Public trust', 'Fan loyalty', 'Media heat'].map((name) =>
      page.getByRole('meter', { name }).getAttribute('aria-valuenow'),
    ),
  );

/** How many posts of the feed are answered, as the screen-reader mirror lists them. */
export const answeredPosts = (page: Page) =>
  page.getByRole('log', { name: 'Feed' }).locator('article[data-status=answered]').count();

export const status = (page: Page) => page.getByRole('status').first().textContent();
/** A reply button's label, without its number and its kind and hours: "1. Own it — apologise, takes 2 hours" → "Own it". */
export const choiceLabel = (text: string) => text.replace(/^\d\. /, '').replace(/ — [^—]*$/, '');

export const replyingTo = (page: Page) => page.getByRole('group', { name: 'Responses' }).locator('p').textContent();

/**
 * In a workshop on screen: every team votes the first reply and the vote ends at once, until the ending; each
 * step waits for the room's answer (the result, then the next vote or the ending) before the next key.
 */
export async function playRoomToEnd(page: Page) {
  const ending = page.getByRole('heading', { name: /^Ending: / });
  const result = page
    .getByRole('region', { name: 'Workshop' })
    .getByRole('status')
    .filter({ hasText: 'The room chose' });
  for (let i = 0; i < 60 && !(await ending.count()); i++) {
    if (await result.count()) {
      await page.keyboard.press('n');
      await result.waitFor({ state: 'detached' });
    } else {
      for (const key of ['1', '1', '1', 'e']) await page.keyboard.press(key);
      await result.or(ending).first().waitFor();
    }
  }
  await ending.waitFor();
}

/** Where a chapter is played, when not in the page itself in English. */
export interface Where {
  /** The frame the game runs in (a course inside an LMS). */
  game?: Page | FrameLocator;
  /** What shows when the chapter is over (by default the ending's heading). */
  over?: Locator;
  /** The name of the group of reply buttons, in the page's language. */
  responses?: string;
}

function chapterIn(page: Page, where: Where) {
  const game = where.game ?? page;
  return {
    over: where.over ?? game.getByRole('heading', { name: /^Ending: / }),
    replies: game.getByRole('group', { name: where.responses ?? ENGLISH.responses }).getByRole('button'),
    // The feed's mirror for screen readers marks each answered post, whatever the page's language.
    answered: () => game.locator('article[data-status=answered]').count(),
  };
}

/** The key to press for a post, or how to choose it from the texts of its reply buttons. */
export type Pick = string | ((replies: string[]) => string | Promise<string>);

/** Waits for a post's replies or the chapter's end; true when there is a post to answer. */
export async function nextPost(page: Page, where: Where = {}): Promise<boolean> {
  const { over, replies } = chapterIn(page, where);
  await over.or(replies.first()).first().waitFor({ state: 'attached' });
  return !(await over.count());
}

/**
 * Waits for a post to answer (or the chapter's end), presses the key `pick` gives, and waits until the reply
 * is taken: one more post answered, or the chapter over. False when the chapter was over already.
 */
export async function answer(page: Page, pick: Pick, where: Where = {}): Promise<boolean> {
  if (!(await nextPost(page, where))) return false;
  const { over, replies, answered } = chapterIn(page, where);
  const before = await answered();
  await page.keyboard.press(typeof pick === 'string' ? pick : await pick(await replies.allTextContents()));
  const taken = async () => (await over.count()) > 0 || (await answered()) > before;
  await expect.poll(taken, { message: 'the reply is taken' }).toBe(true);
  return true;
}

/** Answers every post with `pick` until the chapter is over; gives back the text of what shows then. */
export async function playToEnd(page: Page, pick: Pick = '1', where: Where = {}): Promise<string> {
  // A chapter asks for a few dozen replies at most: the bound turns a chapter that never ends into a failure.
  for (let i = 0; i < 120 && (await answer(page, pick, where)); i++);
  return (await chapterIn(page, where).over.textContent({ timeout: 5000 }))!;
}

/** A string's words before its first placeholder: "More replies: {{from}}–{{to}}" → "More replies: ". */
export const wordsBefore = (template: string) => template.slice(0, template.indexOf('{{'));

/** The interface words a walk through the chapters needs, in the page's language. */
export interface Words {
  newGame: string;
  chapters: string;
  turnByTurn: string;
  startChapter: string;
  responses: string;
  feed: string;
  /** How the button that turns a phone's page of replies starts. */
  moreReplies: string;
}
export const ENGLISH: Words = {
  newGame: 'New game',
  chapters: 'Chapters',
  turnByTurn: 'Turn by turn',
  startChapter: 'Start chapter',
  responses: 'Responses',
  feed: 'Feed',
  moreReplies: wordsBefore(en.play.repliesMore),
};

/**
 * The replies of the post being answered that the canvas never shows, turning a phone's pages of replies
 * (by tapping the page's button, at most four times) when it has them.
 */
async function repliesNotDrawn(page: Page, words: Words): Promise<string[]> {
  const squeezed = (t: string) => t.replace(/\s+/g, '');
  const labels = (await page.getByRole('group', { name: words.responses }).getByRole('button').allTextContents()).map(
    (t) => squeezed(choiceLabel(t)).slice(0, 12),
  );
  const drawn = async () => {
    const texts = (await canvasTexts(page)).flat();
    return { texts, replies: labels.filter((l) => texts.some((t) => squeezed(t.text).startsWith(l))) };
  };
  const seen = new Set<string>();
  for (let turns = 0; turns < 5; turns++) {
    const { texts, replies } = await drawn();
    for (const l of replies) seen.add(l);
    const turn = texts.find((t) => t.text.startsWith(words.moreReplies));
    if (seen.size === labels.length || !turn) break;
    await page.mouse.click(turn.x + turn.w / 2, turn.y + turn.h / 2);
    // The canvas draws the next page a frame or more after the tap.
    await expect
      .poll(async () => (await drawn()).replies.some((l) => !seen.has(l)), { message: 'the next page of replies' })
      .toBe(true);
  }
  return labels.filter((l) => !seen.has(l));
}

/**
 * Opens each chapter from the Chapters menu, turn by turn, and over its first three decisions (replying with
 * key 1) lists each post answered whose text the canvas does not draw, and each reply it draws on no page;
 * back to the title after each.
 */
export async function postsNotDrawn(page: Page, chapters: number[], words: Words = ENGLISH) {
  const missing: string[] = [];
  let decisions = 0;
  const replies = page.getByRole('group', { name: words.responses });
  for (const n of chapters) {
    await page.getByRole('button', { name: words.chapters, exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`^${n}\\. `) }).click();
    await page.getByRole('radio', { name: words.turnByTurn }).check();
    await page.getByRole('button', { name: words.startChapter }).click();
    for (let i = 0; i < 3; i++) {
      // A chapter that ends (or stops) before its third decision is left there.
      const asked = await replies
        .getByRole('button')
        .first()
        .waitFor({ state: 'attached', timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
      if (!asked) break;
      const handle = (await replies.locator('p').textContent())!.match(/@\w+/)![0];
      const article = page
        .getByRole('log', { name: words.feed })
        .getByRole('article', { name: new RegExp(`${handle}$`) });
      const text = (await article.locator('.text').textContent())!;
      const choices = await replies.getByRole('button').count();
      if (!(await postDrawn(page, text)))
        missing.push(`chapter ${n}, decision ${i + 1} (${choices} choices): "${text.slice(0, 40)}"`);
      decisions++;
      await screenshot(
        page,
        `choices-${page.viewportSize()?.width}-${words.newGame === ENGLISH.newGame ? 'en' : 'zh'}-${n}-${i + 1}`,
      );
      for (const reply of await repliesNotDrawn(page, words))
        missing.push(`chapter ${n}, decision ${i + 1}: reply "${reply}…" not drawn on any page`);
      await page.keyboard.press('1');
    }
    await page.goto(page.url());
    await page.getByRole('button', { name: words.newGame, exact: true }).waitFor();
  }
  return { decisions, missing };
}
