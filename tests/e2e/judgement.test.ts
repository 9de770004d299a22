// Judgement, as a player meets it: the replies are numbered in the order shown (key 1 answers with the
// first one), the debrief says how fair criticism and false attacks were answered, and the judgement check
// is played with the keyboard alone, before the campaign and after it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { answerJudgementByKeys, choiceLabel, gameSessions, startFirstChapter } from './game.ts';

const { open } = gameSessions();
const responses = (page: Page) => page.getByRole('group', { name: 'Responses' });

/** Presses 1 until the chapter ends; returns the label of every reply chosen. */
async function playWithKeyOne(page: Page): Promise<string[]> {
  const chosen: string[] = [];
  const ending = page.getByRole('heading', { name: /^Ending: / });
  for (let i = 0; i < 80 && !(await ending.count()); i++) {
    const first = await responses(page)
      .getByRole('button')
      .first()
      .textContent({ timeout: 5000 })
      .catch(() => null);
    if (!first) continue;
    const post = await responses(page).locator('p').textContent();
    await page.keyboard.press('1');
    chosen.push(choiceLabel(first));
    await page.waitForFunction(
      (before) =>
        !!document.querySelector('h1.good, h1.bad') ||
        document.querySelector('[role=group][aria-label=Responses] p')?.textContent !== before,
      post,
    );
  }
  await ending.waitFor();
  return chosen;
}

describe('judgement', () => {
  it('key 1 answers with the reply shown first, and the debrief shows it was chosen', async () => {
    const page = await open();
    await startFirstChapter(page);
    const first = choiceLabel((await responses(page).getByRole('button').first().textContent())!);
    const post = await responses(page).locator('p').textContent();
    await page.keyboard.press('1');
    await page.waitForFunction(
      (before) => document.querySelector('[role=group][aria-label=Responses] p')?.textContent !== before,
      post,
    );
    const chosen = [first, ...(await playWithKeyOne(page))];
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const inDebrief = (await page.locator('.decisions .choice').allTextContents()).map((t) =>
      t.replace(/^You chose: /, '').replace(/ \([a-z -]+\)(, the trap)?$/, ''),
    );
    expect(inDebrief[0]).toBe(first);
    expect(inDebrief).toEqual(chosen.slice(0, inDebrief.length));
  }, 180_000);

  it('the debrief says how fair criticism and false attacks were answered, for the chapter and the campaign', async () => {
    const page = await open();
    await startFirstChapter(page);
    await playWithKeyOne(page);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const fairOrFalse = page.getByRole('region', { name: 'Fair or false' });
    await expect(fairOrFalse.textContent()).resolves.toMatch(
      /You owned \d+ of \d+ fair criticisms? and corrected \d+ of \d+ false attacks?\./,
    );
    await expect(fairOrFalse.getByRole('meter', { name: /^Fair criticism owned: \d+ of \d+$/ }).count()).resolves.toBe(
      1,
    );
    await expect(
      fairOrFalse.getByRole('meter', { name: /^False attacks corrected: \d+ of \d+$/ }).count(),
    ).resolves.toBe(1);
    // A chapter that ends early may have met only one kind: then it says so instead of a score.
    await expect(fairOrFalse.textContent()).resolves.toMatch(
      /Discernment: \d+ out of 100|Only one kind of criticism came up/,
    );
    await expect(
      fairOrFalse.getByRole('heading', { name: 'Across the campaign (1 chapter played)' }).count(),
    ).resolves.toBe(1);
    // Each decision on a post with a claim is marked on that axis.
    const marks = await page.locator('.decisions .verdict').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // "Misleading attack: you corrected it ✓, after checking"; a post let go says nothing of checking.
    for (const m of marks)
      expect(m).toMatch(
        /^(Fair criticism|Misleading attack|Fabricated attack): you .+ [✓✗](, (after|without) checking)?$/,
      );
    await screenshot(page, 'debrief-discernment');

    // The second chapter adds to the campaign's count.
    await page.getByRole('button', { name: 'Next chapter' }).click();
    await page.getByRole('radio', { name: 'Turn by turn' }).check();
    await page.getByRole('button', { name: 'Start chapter' }).click();
    await playWithKeyOne(page);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Fair or false' })
        .getByRole('heading', { name: 'Across the campaign (2 chapters played)' })
        .count(),
    ).resolves.toBe(1);
  }, 300_000);

  it('the judgement check, by keyboard alone: before, resumed after a reload, after, and a week later by the clock', async () => {
    // The test sets the browser's clock.
    const page = await open({ own: true });
    const start = Date.UTC(2026, 11, 1, 10);
    const DAY = 24 * 60 * 60 * 1000;
    await page.clock.setFixedTime(start);
    await page.getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Before you start: a judgement check' }).waitFor();
    await page.getByRole('button', { name: 'Take the check' }).focus();
    await page.keyboard.press('Enter');
    // The rating scale and the replies are groups named by their questions.
    await page.getByRole('group', { name: 'How likely is this criticism to be fair?' }).waitFor();
    await page.getByRole('group', { name: 'Which reply would you post?' }).waitFor();
    await answerJudgementByKeys(page, [
      [6, 'A'],
      [2, 'B'],
      [7, 'A'],
    ]);
    await screenshot(page, 'judgement-check');
    // A reload resumes at the fourth item.
    await page.reload();
    await page.getByRole('button', { name: 'Judgement check' }).focus();
    await page.keyboard.press('Enter');
    const rest: [number, string][] = [
      [1, 'B'],
      [5, 'A'],
      [3, 'B'],
      [6, 'A'],
      [2, 'B'],
    ];
    await answerJudgementByKeys(page, rest, 4);
    await page.getByRole('heading', { name: 'Judgement check: before the campaign' }).waitFor();
    const result = page.getByRole('region', { name: 'Judgement check result' });
    await expect(result.textContent()).resolves.toMatch(/Discernment [+−]?\d\.\d; the best reply in \d of 8 posts\./);

    // After the campaign: the other eight posts, the shift, and every post's truth.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Judgement check' }).click();
    await answerJudgementByKeys(
      page,
      Array.from({ length: 8 }, (_, i) => [i % 2 ? 2 : 6, i % 3 ? 'A' : 'B']),
    );
    await page.getByRole('heading', { name: 'Judgement check: after the campaign' }).waitFor();
    await expect(result.textContent()).resolves.toMatch(
      /After the campaign: (discernment (up|down) \d\.\d from|about the same discernment as) before the campaign, and the best reply in \d of 8 answers against \d of 8\./,
    );
    await expect(page.locator('.judgement-items li').count()).resolves.toBe(16);
    await screenshot(page, 'judgement-check-result');
    await page.getByRole('button', { name: 'Done' }).click();

    // Six days on, nothing yet; eight days on, the title menu offers the one-week check.
    await page.clock.setFixedTime(start + 6 * DAY);
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await expect(page.getByRole('button', { name: 'One-week check' }).count()).resolves.toBe(0);
    await page.clock.setFixedTime(start + 8 * DAY);
    await page.reload();
    await page.getByRole('button', { name: 'One-week check' }).click();
    await answerJudgementByKeys(
      page,
      Array.from({ length: 8 }, () => [5, 'A']),
    );
    await page.getByRole('heading', { name: 'Judgement check: a week later' }).waitFor();
    await expect(
      page
        .getByRole('img', { name: /^Discernment, from −6 to 6: Before [+−]?\d\.\d, After [+−]?\d\.\d, 1 week 0\.0$/ })
        .count(),
    ).resolves.toBe(1);
    await screenshot(page, 'judgement-check-week');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('button', { name: 'One-week check' }).count()).resolves.toBe(0);
  }, 240_000);

  it('the judgement check on a 360×640 phone with large text: nothing runs off the side, every choice is a thumb-sized target', async () => {
    const page = await open({ width: 360, height: 640 });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Text size').selectOption({ label: 'Large' });
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Judgement check' }).click();
    await page.getByRole('heading', { name: 'Judgement check, 1 of 8' }).waitFor();
    const layout = await page.evaluate(() => {
      const panel = document.querySelector('.panel.judgement')!;
      const targets = [...panel.querySelectorAll('label.rating, label.reply-choice, button')].map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent!.trim().slice(0, 20), width: r.width, height: r.height, right: r.right };
      });
      return { overflow: panel.scrollWidth - panel.clientWidth, targets, viewport: innerWidth };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    for (const t of layout.targets) {
      expect(Math.min(t.width, t.height), `"${t.text}"`).toBeGreaterThanOrEqual(40);
      expect(t.right, `"${t.text}"`).toBeLessThanOrEqual(layout.viewport);
    }
    await screenshot(page, 'judgement-check-360x640-large');
  }, 120_000);
});
