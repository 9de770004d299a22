// Judgement, as a player meets it: the replies are numbered in the order shown (key 1 answers with the
// first one), the debrief says how fair criticism and false attacks were answered, and the judgement check
// is played with the keyboard alone, before the campaign and after it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { choiceLabel, gameSessions, startFirstChapter } from './game.ts';

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

/** Rates the eight items of the check by keys only: a digit picks, Enter goes on. */
async function rateByKeys(page: Page, ratings: number[]) {
  for (const [i, r] of ratings.entries()) {
    await page.getByRole('heading', { name: `Judgement check, ${i + 1} of 8` }).waitFor();
    await page.keyboard.press(String(r));
    await expect(page.getByRole('radio', { name: new RegExp(`^${r}\\b`) }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Enter');
  }
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

  it('the judgement check, by keyboard alone: before the campaign, resumed after a reload, then after it', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Before you start: a judgement check' }).waitFor();
    await page.getByRole('button', { name: 'Take the check' }).focus();
    await page.keyboard.press('Enter');
    await rateByKeys(page, [6, 2, 7]);
    await screenshot(page, 'judgement-check');
    // A reload resumes at the fourth item.
    await page.reload();
    await page.getByRole('button', { name: 'Judgement check' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Judgement check, 4 of 8' }).waitFor();
    const rest = [1, 5, 3, 6, 2];
    for (const [i, r] of rest.entries()) {
      await page.getByRole('heading', { name: `Judgement check, ${i + 4} of 8` }).waitFor();
      await page.keyboard.press(String(r));
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Judgement check done' }).waitFor();
    await expect(page.locator('.check').textContent()).resolves.toMatch(
      /Your score before the campaign: [+−]?\d\.\d\./,
    );

    // After the campaign: the other eight items, and the shift.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Judgement check' }).click();
    await rateByKeys(page, [7, 1, 7, 1, 7, 1, 7, 1]);
    await page.getByRole('heading', { name: 'Your judgement, before and after' }).waitFor();
    await expect(page.locator('.check').textContent()).resolves.toMatch(
      /Before the campaign: [+−]?\d\.\d\. After it: [+−]?\d\.\d\. Shift: [+−]?\d\.\d\./,
    );
    await expect(page.locator('.check-items li').count()).resolves.toBe(16);
    await screenshot(page, 'judgement-check-result');
  }, 180_000);
});
