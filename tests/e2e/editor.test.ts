// The scenario editor as a trainer meets it: a broken line is marked where it was typed, in the words of
// validate-levels; the fixed scenario's balance fills in; Play runs it in the real game to one of its own
// endings, and the editor comes back with the cursor where it was; the draft survives a reload, downloads
// as YAML and comes back through a file drop. A scenario typed from scratch plays too, stays in Chapters
// under "Your scenarios" and can be removed. axe finds nothing serious, a file too big is refused in plain
// words, markup in the text stays text, and the editor is looked at on a phone and a wide screen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { screenshot } from './browser.ts';
import { gameSessions, playToEnd, startFromBriefing } from './game.ts';

const { open } = gameSessions();
/** Each test plays a whole scenario and waits for full balance tables: generous on a machine shared with others. */
const SLOW = 180_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const editorText = (page: Page) => page.locator('.cm-content');
const line = (page: Page, text: string | RegExp) => page.locator('.cm-line', { hasText: text });
const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });
const balance = (page: Page) => page.getByRole('region', { name: 'Balance', exact: true });
/** The text of the draft the editor keeps in IndexedDB (src/editor/drafts.ts), once it has kept one. */
const keptDraft = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | undefined>((done, fail) => {
        const open = indexedDB.open('hot-seat-editor');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('drafts').objectStore('drafts').get('current');
          get.onerror = () => fail(get.error);
          get.onsuccess = () => {
            db.close();
            done((get.result as { text?: string } | undefined)?.text);
          };
        };
      }),
  );

async function openEditor(page: Page) {
  await page.getByRole('button', { name: 'Write a scenario' }).click();
  await page.getByRole('heading', { name: 'Write a scenario' }).waitFor();
  await editorText(page).waitFor();
}

/** Waits for the balance panel's full table (every player, 2,000 runs each); gives back how long it took. */
async function fullBalance(page: Page): Promise<number> {
  await page.locator('.editor-balance[data-state="full"]').waitFor({ timeout: 30_000 });
  return Number(await page.locator('.editor-balance').getAttribute('data-ms'));
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(c: Document): Promise<Result> } }).axe;
    const r = await axe.run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the scenario editor', () => {
  it(
    'marks a broken line, shows the balance, plays the scenario, keeps the cursor and the draft, downloads it and opens a dropped file',
    async () => {
      const page = await open();
      await openEditor(page);
      await expect.poll(() => problems(page).textContent()).toContain('No problems');

      // A line with a field the format does not have, typed under the title.
      await line(page, /^title: The oven recall$/).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('mood: calm');
      await page.keyboard.press('Escape');
      const message = 'mood: unknown field "mood" (check the spelling; allowed fields are listed in the level schema)';
      await page.locator('.cm-problem-text', { hasText: message }).waitFor();
      await expect
        .poll(() => problems(page).getByRole('button').allTextContents())
        .toEqual([`scenario.yaml:6: ${message}`]);
      await expect.poll(() => balance(page).textContent()).toContain('Fix the problems');

      // Fixed: the line is gone again, the cursor at the end of the title.
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await expect.poll(() => problems(page).textContent()).toContain('No problems');
      const ms = await fullBalance(page);
      console.log(`editor balance: full table in ${ms} ms`);
      const rows = balance(page).getByRole('row');
      expect(await rows.count()).toBeGreaterThanOrEqual(20);
      const careful = await balance(page)
        .getByRole('row', { name: /^careful-reader / })
        .textContent();
      expect(careful).toMatch(/reading\d+%\d+%Straight answers \d+%/);
      expect(
        await balance(page)
          .getByRole('row', { name: /^first-shown / })
          .textContent(),
      ).toContain('blind');

      // Play it in the real game, to one of its own endings.
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.getByRole('heading', { name: 'Your scenario: The oven recall' }).waitFor();
      await startFromBriefing(page);
      expect(await playToEnd(page)).toMatch(/^Ending: (Trust collapse|Straight answers|Muddled through)$/);

      // Back in the editor, typing goes on where the cursor was.
      await page.getByRole('button', { name: 'Back to the editor' }).click();
      await page.keyboard.type(' (draft)');
      await line(page, /^title: The oven recall \(draft\)$/).waitFor();
      // The draft is kept after a pause in typing.
      await expect.poll(() => keptDraft(page)).toContain('title: The oven recall (draft)');

      await page.reload();
      await openEditor(page);
      await line(page, /^title: The oven recall \(draft\)$/).waitFor();
      await page.getByText('Your draft is back as you left it.').waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download .yaml' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('oven-recall.yaml');
      const text = readFileSync((await download.path())!, 'utf8');
      const saved = parse(text);
      expect(saved).toMatchObject({ id: 'oven-recall', title: 'The oven recall (draft)' });
      expect(saved.posts.length).toBeGreaterThan(2);

      // The file comes back through a drop, changed on the way.
      const dropped = text.replace('title: The oven recall (draft)', 'title: Dropped back in');
      const data = await page.evaluateHandle((t) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], 'oven-recall.yaml', { type: 'text/yaml' }));
        return dt;
      }, dropped);
      await page.dispatchEvent('.cm-content', 'drop', { dataTransfer: data });
      await line(page, /^title: Dropped back in$/).waitFor();
      await page.getByText('Opened "oven-recall.yaml".', { exact: false }).waitFor();
      expect(await line(page, /^title:/).count()).toBe(1);
    },
    SLOW,
  );

  it(
    'plays a scenario typed from scratch, lists it under "Your scenarios" and removes it when asked twice',
    async () => {
      const page = await open();
      await openEditor(page);
      await editorText(page).click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      for (const chunk of SCRATCH) await page.keyboard.insertText(chunk);
      await expect.poll(() => problems(page).textContent(), { timeout: 5000 }).toContain('No problems');
      await fullBalance(page);
      expect(
        await balance(page)
          .getByRole('row', { name: /^lesson-aligned / })
          .textContent(),
      ).toContain('Kept the lights on');

      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.getByRole('heading', { name: 'Your scenario: The harbour outage' }).waitFor();
      await startFromBriefing(page);
      await page.getByRole('article').filter({ hasText: 'Half the harbour has no power' }).first().waitFor();
      expect(await playToEnd(page)).toMatch(/^Ending: (Kept the lights on|Lights out|Dimmed)$/);

      await page.getByRole('button', { name: 'Title menu' }).click();
      await page.getByRole('button', { name: 'Chapters' }).click();
      const yours = page.getByRole('region', { name: 'Your scenarios' });
      await yours.getByRole('button', { name: 'The harbour outage', exact: true }).waitFor();
      await yours.getByRole('button', { name: 'Remove The harbour outage' }).click();
      await yours.getByRole('button', { name: 'Keep it' }).click();
      await yours.getByRole('button', { name: 'Remove The harbour outage' }).click();
      await yours.getByRole('button', { name: 'Yes, remove "The harbour outage"' }).click();
      await expect.poll(() => yours.count()).toBe(0);
    },
    SLOW,
  );

  it(
    'is accessible, refuses a file that is too big in plain words, shows markup as text, and fits a phone and a wide screen',
    async () => {
      for (const [width, height] of [
        [360, 640],
        [1920, 1080],
      ] as const) {
        const page = await open({ width, height });
        await openEditor(page);
        await fullBalance(page);
        expect(await seriousViolations(page), `axe at ${width}×${height}`).toEqual([]);
        await screenshot(page, `editor-${width}x${height}`);
        await page.getByRole('button', { name: 'Guide' }).click();
        await page.getByRole('heading', { name: 'Guide' }).waitFor();
        expect(await seriousViolations(page), `axe with the guide at ${width}×${height}`).toEqual([]);
        await screenshot(page, `editor-guide-${width}x${height}`);
        if (width > 1000) continue;

        await page.locator('input[type=file]').setInputFiles({
          name: 'huge.yaml',
          mimeType: 'text/yaml',
          buffer: Buffer.alloc(3 * 1024 * 1024, 'a'),
        });
        await page
          .getByText(/^"huge\.yaml" was not opened: the file is 3072 KB; a level file may be at most \d+ KB\.$/)
          .waitFor();

        await line(page, /^title: The oven recall$/).click();
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.insertText('"<img src=x onerror=window.__pwned=1>": 1');
        await problems(page)
          .getByText('unknown field "<img src=x onerror=window.__pwned=1>"', { exact: false })
          .first()
          .waitFor();
        expect(await page.evaluate(() => [document.querySelectorAll('img').length, 'pwned' in window])).toEqual([
          0,
          false,
        ]);
        await screenshot(page, `editor-problem-${width}x${height}`);
      }
    },
    SLOW,
  );
});

/** A scenario written for this test, from scratch: typed in as a trainer would, in a few pieces. */
const SCRATCH = [
  `id: harbour-outage
number: 2
title: The harbour outage
persona: { name: Tomas Reyes, handle: "@tomasreyes", role: Head of the harbour power company }
briefing: A storm knocked out power to half the harbour district overnight. The feed wants answers.
hours: 12
start: { trust: 50, loyalty: 50, heat: 40 }
questions:
  - What did the first honest answer buy you?
  - Which post was not what it claimed to be?
  - Who should speak for the company next time?
`,
  `endings:
  - { id: lights-out, title: Lights out, good: false, timing: anytime, text: Nobody believes the company any more., when: { value: trust, atMost: 20 } }
  - { id: kept-lights, title: Kept the lights on, good: true, timing: end, text: People saw the crews and believed the updates., when: { value: trust, atLeast: 55 } }
  - { id: dimmed, title: Dimmed, good: false, timing: end, text: The power came back. The questions stayed. }
`,
  `posts:
  - id: no-power
    scenario: S5
    claim: fair
    at: 0
    author: { name: Ana Cole, handle: "@anacole", kind: owner }
    text: Half the harbour has no power and nobody has said a word. My shop freezer is thawing.
    viral: 3
    responses:
      - { id: own-it, kind: apologise, label: Say sorry and give a time for the fix, effects: { trust: 10 }, note: A plain apology with a time is news people can use. }
      - { id: blame-storm, kind: deflect, label: Blame the storm and nothing else, effects: { trust: -8, heat: 6 }, trap: true, note: The storm was real; the silence was a choice. }
  - id: sabotage-claim
    scenario: S7
    claim: fabricated
    at: 2
    author: { name: Dock Whispers, handle: "@dockwhispers", kind: smear }
    text: The outage was planned to push up prices. A worker told me!
    viral: 2
    responses:
      - { id: show-logs, kind: evidence, label: Post the storm damage photos and repair log, effects: { trust: 6 }, note: Evidence answers an invented story. }
      - { id: rage, kind: anger, label: Call the account a liar, effects: { trust: -6, heat: 10 }, trap: true, note: Anger kept the rumour alive. }
`,
];
