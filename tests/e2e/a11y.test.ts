// Accessibility as an automated checker (axe-core) and a keyboard-only player meet it: no serious or
// critical axe violation on the title menu, the feed in play and the debrief (and the screens between),
// every main-menu button reachable with Tab and visibly focused, 1–9 answering with the matching response,
// and Escape opening the game menu as a dialog that takes the focus.
import { describe, expect, it } from 'vitest';
import { expectNoSerious, seriousViolations } from './axe.ts';
import { answerJudgementByKeys, choiceLabel, gameSessions, skipTips, startFirstChapter } from './game.ts';

const { open } = gameSessions();

describe('axe-core', () => {
  it('finds no serious or critical violation on any screen: menus, the case, the judgement check, briefing, feed, tips, legend, game menu, ending and debrief', async () => {
    const page = await open();
    await expectNoSerious(page, 'the title menu');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await expectNoSerious(page, 'settings');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Chapters' }).click();
    await page.getByRole('heading', { name: 'Chapters' }).waitFor();
    await expectNoSerious(page, 'the chapter list');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'The case' }).click();
    await page.getByRole('heading', { name: 'The case behind the game' }).waitFor();
    await expectNoSerious(page, 'the case');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Judgement check' }).click();
    await answerJudgementByKeys(
      page,
      Array.from({ length: 8 }, (_, i) => [1 + (i % 7), 'A']),
    );
    await page.getByRole('heading', { name: 'Judgement check: before the campaign' }).waitFor();
    await expectNoSerious(page, 'the judgement check result');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.evaluate(() => localStorage.removeItem('hot-seat/progress'));
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('heading', { name: 'Before you start: a judgement check' }).waitFor();
    await expectNoSerious(page, 'the judgement check offer');
    await page.getByRole('button', { name: 'Take the check' }).click();
    await page.getByRole('heading', { name: 'Judgement check, 1 of 8' }).waitFor();
    await expectNoSerious(page, 'the judgement check');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Skip it' }).click();
    await page.getByRole('heading', { name: /^Chapter 1\./ }).waitFor();
    await expectNoSerious(page, 'the briefing');
    await page.getByRole('radio', { name: 'Turn by turn' }).check();
    await page.getByRole('button', { name: 'Start chapter' }).click();
    await page.getByRole('dialog', { name: 'Tip' }).waitFor();
    await expectNoSerious(page, 'a tip of the first chapter');
    await skipTips(page);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Legend' }).waitFor();
    await expectNoSerious(page, 'the legend');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Legend' }).waitFor({ state: 'hidden' });
    await page.getByRole('group', { name: 'Responses' }).getByRole('button').first().waitFor({ state: 'attached' });
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await expect(page.getByRole('log', { name: 'Feed' }).getByRole('article').count()).resolves.toBeGreaterThan(1);
    await expectNoSerious(page, 'the feed in play');
    // The response buttons as a keyboard user sees them: focused, and so shown over the canvas.
    await page.getByRole('group', { name: 'Responses' }).getByRole('button').first().focus();
    await expectNoSerious(page, 'the feed with a response focused');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Game menu' }).waitFor();
    await expectNoSerious(page, 'the game menu');
    await page.keyboard.press('Escape');
    const ending = page.getByRole('heading', { name: /^Ending: / });
    for (let i = 0; i < 80 && !(await ending.count()); i++) await page.keyboard.press('1');
    await ending.waitFor();
    await expectNoSerious(page, 'the ending');
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    await expectNoSerious(page, 'the debrief');
    // The checker is really running in this page: a planted unlabelled button is reported.
    await page.evaluate(() =>
      document.querySelector('.debrief')!.append(Object.assign(document.createElement('button'), { id: 'planted' })),
    );
    await expect(seriousViolations(page)).resolves.toEqual([
      expect.stringMatching(/^button-name \(critical\)[\s\S]*#planted/),
    ]);
    await page.evaluate(() => document.getElementById('planted')!.remove());
  }, 180_000);
});

describe('keyboard only', () => {
  it('reaches every main-menu button with Tab, each with a visible focus outline', async () => {
    const page = await open();
    // Leave a game in progress, so that the menu offers Continue too.
    await startFirstChapter(page);
    await page.keyboard.press('1');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Game menu' }).getByRole('button', { name: 'Quit to title' }).press('Enter');
    const menu = page.getByRole('group', { name: 'Main menu' });
    await menu.getByRole('button', { name: 'Continue' }).waitFor();
    const names = await menu.getByRole('button').allTextContents();
    expect(names).toEqual([
      'New game',
      'Continue',
      'Chapters',
      'Judgement check',
      'The case',
      'Workshop',
      'Write a scenario',
      'Settings',
      'Credits',
    ]);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached = new Map<string, { outline: string; width: number; visible: boolean; inMenu: boolean }>();
    for (let i = 0; i < names.length + 4; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const st = getComputedStyle(el);
        return {
          name: el.textContent ?? '',
          outline: `${st.outlineStyle} ${st.outlineColor}`,
          width: parseFloat(st.outlineWidth),
          visible: el.matches(':focus-visible'),
          inMenu: !!el.closest('[role=group][aria-label="Main menu"]'),
        };
      });
      if (f.inMenu) reached.set(f.name, f);
    }
    expect([...reached.keys()]).toEqual(names);
    for (const [name, f] of reached) {
      expect(f.visible, `${name} shows focus as keyboard focus`).toBe(true);
      expect(f.outline, `${name} outline`).not.toMatch(/^none|rgba\(0, 0, 0, 0\)/);
      expect(f.width, `${name} outline width`).toBeGreaterThanOrEqual(2);
    }
    // Enter on the focused button does what it says.
    await menu.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Responses' }).getByRole('button').count()).resolves.toBeGreaterThan(
      1,
    );
  });

  it('answers with the response whose number was pressed, 1 to 9, and ignores numbers with no response', async () => {
    const page = await open();
    await startFirstChapter(page);
    const responses = page.getByRole('group', { name: 'Responses' });
    const ending = page.getByRole('heading', { name: /^Ending: / });
    const chosen: string[] = [];
    for (let i = 0; i < 80 && !(await ending.count()); i++) {
      const labels = await responses.getByRole('button').allTextContents();
      expect(labels.length).toBeGreaterThanOrEqual(2);
      labels.forEach((l, j) => expect(l).toMatch(new RegExp(`^${j + 1}\\. \\S`)));
      const post = await responses.locator('p').textContent();
      // A number past the last response does nothing.
      await page.keyboard.press(String(labels.length + 1));
      await expect(responses.locator('p').textContent()).resolves.toBe(post);
      const n = (i % labels.length) + 1;
      chosen.push(choiceLabel(labels[n - 1]!));
      await page.keyboard.press(String(n));
      await page.waitForFunction(
        (before) =>
          !!document.querySelector('h1.good, h1.bad') ||
          document.querySelector('[role=group][aria-label=Responses] p')?.textContent !== before,
        post,
      );
    }
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    const inDebrief = (await page.locator('.decisions .choice').allTextContents()).map((t) =>
      // "You chose: LABEL (KIND)" or "(KIND), the trap": the kind is named once chosen.
      t.replace(/^You chose: /, '').replace(/ \([a-z -]+\)(, the trap)?$/, ''),
    );
    expect(inDebrief.length).toBeGreaterThan(2);
    expect(inDebrief).toEqual(chosen.slice(-inDebrief.length));
  }, 180_000);

  it('opens the game menu with Escape as a modal dialog with the focus inside, and closes it again', async () => {
    const page = await open();
    await startFirstChapter(page);
    const dialog = page.getByRole('dialog', { name: 'Game menu' });
    await page.keyboard.press('Escape');
    await dialog.waitFor();
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true');
    await expect(
      dialog.evaluate((d) => d.contains(document.activeElement) && document.activeElement !== document.body),
    ).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Resume');
    // While the menu is open, numbers do not answer.
    const post = await page.getByRole('group', { name: 'Responses' }).locator('p').textContent();
    await page.keyboard.press('1');
    await expect(page.getByRole('group', { name: 'Responses' }).locator('p').textContent()).resolves.toBe(post);
    // Tab stays within reach of the menu's buttons.
    await page.keyboard.press('Tab');
    await expect(dialog.evaluate((d) => d.contains(document.activeElement))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('1');
    await expect(page.getByRole('group', { name: 'Responses' }).locator('p').textContent()).resolves.not.toBe(post);
  });
});
