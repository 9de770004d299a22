// What a debrief hands out, end to end: chapter 1 played by keyboard; its replay code, opened as a link in
// the same browser and in a fresh one (the same debrief, the player's progress untouched) and replayed in
// Node (the same meters); the three downloads saved and read; the printed handout; and a bad code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { decodeReplay } from '../../src/state/replay-code.ts';
import { seriousViolations } from './axe.ts';
import { ARTIFACTS, sameOrigin, screenshot } from './browser.ts';
import { type Debrief, downloaded, readDebrief, replayInNode } from './debrief.ts';
import { baseUrl, gameSessions, playToEnd, startFirstChapter } from './game.ts';

const { open } = gameSessions();
const levels = loadAllLevels();
let played: { code: string; debrief: Debrief } | null = null;

/** Pages in a PDF that Chromium wrote: one page object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('a debrief’s replay code and downloads', () => {
  it('plays chapter 1, downloads CSV, JSON and PNG, prints a handout and replays the code', async () => {
    const page = await open();
    await startFirstChapter(page);
    await playToEnd(page);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const debrief = await readDebrief(page);
    const code = await page.getByLabel('Replay code').inputValue();
    expect(code).toMatch(/^B[A-Za-z0-9_-]{20,}$/);
    const decoded = decodeReplay(code, levels);
    if ('error' in decoded) throw new Error(decoded.error);
    // A solo debrief has the what-if too: the last decision answered another way.
    const whatIf = page.getByRole('region', { name: 'What if' });
    await whatIf.getByLabel('Decision').selectOption({ index: debrief.decisions - 1 });
    await whatIf.getByRole('button', { name: 'Replay from here' }).click();
    await expect(whatIf.getByRole('status').textContent()).resolves.toMatch(/would have ended at hour \d+ with “/);
    await page.getByLabel('Replay code').scrollIntoViewIfNeeded();
    await screenshot(page, 'debrief-tools');

    const csv = await downloaded(page, 'Download CSV');
    expect(csv.name).toBe(`hot-seat-breakfast-era-${decoded.session.seed}.csv`);
    const rows = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^team,decision,hour,post,/);
    expect(rows.length - 1).toBe(debrief.decisions);
    expect(rows.slice(1).every((r) => r.startsWith('Solo,'))).toBe(true);

    const json = JSON.parse((await downloaded(page, 'Download JSON')).bytes.toString('utf8'));
    expect(json).toMatchObject({ seed: decoded.session.seed, replayCode: code, chapter: { id: 'breakfast-era' } });
    expect(json.actions).toEqual(decoded.session.actions);
    expect(json.decisions).toHaveLength(debrief.decisions);
    expect(json.final).toEqual(debrief.final);

    const png = (await downloaded(page, 'Download image')).bytes;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1800, 1020]);
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.length).toBeLessThan(2_000_000);
    writeFileSync(join(ARTIFACTS, 'debrief-chart.png'), png);

    // Printed: the words and the chart's picture, no canvas and no controls, on at most two pages.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#game').isVisible()).resolves.toBe(false);
    for (const name of ['Download CSV', 'Download JSON', 'Download image', 'Copy', 'Title menu']) {
      await expect(page.getByRole('button', { name, exact: true }).isVisible(), name).resolves.toBe(false);
    }
    await expect(page.locator('button:visible:not(.lesson-code)').count()).resolves.toBe(0);
    const chart = page.locator('.print-only img');
    await expect(chart.isVisible()).resolves.toBe(true);
    await expect(chart.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBe(1800);
    const color = await page.locator('.debrief h2').evaluate((e) => getComputedStyle(e).color);
    expect(color).toBe('rgb(0, 0, 0)');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      writeFileSync(join(ARTIFACTS, `debrief-handout-${format}.pdf`), pdf);
      const pages = pageCount(pdf);
      console.log(`handout: ${pages} ${format} pages`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    }
    await page.emulateMedia({ media: 'screen' });

    // Node replays the code to the meters the browser showed.
    const result = replayInNode(code);
    expect(result.final).toEqual(debrief.final);
    const title = levels.find((l) => l.id === 'breakfast-era')!.endings.find((e) => e.id === result.ending)!.title;
    expect(debrief.reached).toContain(`“${title}”`);

    // The link in the same browser: the same debrief, and the player's own progress as it was.
    const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const before = await stored();
    await page.goto(sameOrigin(page, `?replay=${code}`));
    await expect(readDebrief(page)).resolves.toEqual(debrief);
    await expect(page.getByLabel('Replay code').inputValue()).resolves.toBe(code);
    await expect(stored()).resolves.toBe(before);
    played = { code, debrief };
  }, 180_000);

  it('opens the code’s debrief in a fresh browser, with no save and nothing written', async () => {
    expect(played).not.toBeNull();
    const page = await open();
    await page.goto(sameOrigin(page, `?replay=${played!.code}`));
    await expect(readDebrief(page)).resolves.toEqual(played!.debrief);
    await expect(page.getByText('Opened from a replay code').count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: /^Across the campaign/ }).count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'hot-seat/settings')),
    ).resolves.toEqual([]);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'debrief-from-code');
    await page.getByRole('button', { name: 'Title menu' }).click();
    await page.getByRole('button', { name: 'New game' }).waitFor();
  }, 120_000);

  it('says a garbage code is not a replay code, and the title menu still works', async () => {
    const page = await open({ url: `${baseUrl}?replay=garbage` });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This is not a Hot Seat replay code.');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('button', { name: 'Chapters' }).click();
    await page.getByRole('group', { name: 'Chapters' }).getByRole('button', { name: /^1\. / }).waitFor();
    // Looks like a code, but its check characters do not match.
    const damaged = `A${'Bx3_'.repeat(9)}`;
    await page.goto(sameOrigin(page, `?replay=${damaged}`));
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This replay code is damaged: ');
    await page.getByRole('button', { name: 'New game' }).waitFor();
  }, 120_000);
});
