// The judgement check run for a workshop's room at a projector's 1920×1080: three teams answer eight posts
// before the chapter and eight others after it, keyed in by the facilitator; the projector shows the room's
// before and after side by side without naming a team, and the room's debrief and downloads carry it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readJudgementBank } from '../../src/data-files/load.ts';
import { expectNoSerious } from './axe.ts';
import { screenshot } from './browser.ts';
import { downloaded } from './debrief.ts';
import { gameSessions, playRoomToEnd } from './game.ts';

const { open } = gameSessions();
const bank = readJudgementBank();
const TEAMS = ['Ravens', 'Otters', 'Night owls'];
const QUESTION = bank.scale.question;

/** Whether the post shown is fair criticism, looked up by its words in the item bank (the test knows it). */
async function shownIsFair(page: Page): Promise<boolean> {
  const text = (await page.locator('.room-judgement .judgement-post .text').textContent())!.trim();
  const item = bank.items.find((x) => x.post.text.trim() === text);
  if (!item) throw new Error(`no item in the bank reads "${text}"`);
  return item.fair;
}

/** Keys in each team's rating (by the truth of the post shown) and reply A for all eight posts. */
async function answerRoom(page: Page, rate: (fair: boolean, team: number) => number) {
  for (let i = 1; i <= 8; i++) {
    await page.getByRole('heading', { name: `The room's judgement check, ${i} of 8` }).waitFor();
    const fair = await shownIsFair(page);
    for (const [t, team] of TEAMS.entries()) {
      await page
        .getByRole('group', { name: `${team}: ${QUESTION}` })
        .getByRole('radio', { name: new RegExp(`^${rate(fair, t)}\\b`) })
        .check();
      await page
        .getByRole('group', { name: `${team}: Which reply would you post?` })
        .getByRole('radio', { name: 'A' })
        .check();
    }
    await page.getByRole('button', { name: i === 8 ? 'Finish' : 'Next' }).click();
  }
}

describe("the room's judgement check", () => {
  it('runs for three teams before and after a chapter, and the projector shows the shift without names', async () => {
    const page = await open({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Workshop' }).click();
    await page.getByLabel('Teams').fill('3');
    await page.getByLabel('Team 3 name').fill('Night owls');
    await page.getByLabel('No countdown').check();
    await page.getByLabel('Seed').fill('424242');
    await page.getByLabel(/^Judgement check for the room/).check();
    await page.getByRole('button', { name: 'Start workshop' }).click();

    await page.getByRole('heading', { name: "The room's judgement check, 1 of 8" }).waitFor();
    await expectNoSerious(page, "the room's judgement check");
    await screenshot(page, 'room-judgement-1920');
    // Before: every team rates every post alike, so the room's discernment is 0.
    await answerRoom(page, (_, t) => [6, 3, 4][t]!);
    await page.getByRole('heading', { name: "The room's judgement check", exact: true }).waitFor();
    const before = page.getByRole('region', { name: 'Before the campaign' });
    await expect(before.textContent()).resolves.toContain('Discernment 0.0 on average (3 teams)');
    await page.getByRole('button', { name: 'Start the chapter' }).click();

    // The chapter: every team the first reply, the vote ended at once.
    await page.getByRole('region', { name: 'Workshop' }).waitFor();
    await playRoomToEnd(page);

    // After: Ravens 7 for fair and 1 for false (6), Otters 5 and 3 (2), Night owls 4 for all (0).
    await page.getByRole('button', { name: "The room's judgement check, after" }).click();
    await answerRoom(page, (fair, t) => (fair ? [7, 5, 4] : [1, 3, 4])[t]!);
    await page.getByRole('heading', { name: "The room's judgement, before and after" }).waitFor();
    const after = page.getByRole('region', { name: 'After the campaign' });
    await expect(after.textContent()).resolves.toContain('Discernment +2.7 on average (3 teams)');
    await expect(after.textContent()).resolves.toContain('lowest to highest, without names: 0.0, +2.0, +6.0.');
    const panel = page.getByRole('region', { name: "The room's judgement check" });
    await expect(panel.textContent()).resolves.toContain(
      'After the campaign: discernment up 2.7 from before the campaign',
    );
    for (const team of TEAMS) await expect(panel.textContent()).resolves.not.toContain(team);
    await expect(panel.getByRole('img', { name: /Before 0\.0, After \+2\.7$/ }).count()).resolves.toBe(1);
    await screenshot(page, 'room-judgement-result-1920');

    // The room's debrief and its downloads carry the same, still without names.
    await page.getByRole('button', { name: "The room's debrief" }).click();
    const debrief = page.getByRole('region', { name: 'Debrief' });
    await expect(
      debrief
        .getByRole('region', { name: "The room's judgement check" })
        .getByRole('region', { name: 'After the campaign' })
        .textContent(),
    ).resolves.toContain('Discernment +2.7 on average');
    const csv = (await downloaded(page, 'Download CSV')).bytes.toString('utf8');
    const table = csv.split('\r\n\r\n')[1]!.trimEnd().split('\r\n');
    expect(table[0]).toBe('judgement check,set,team (unnamed),discernment,best replies,posts answered');
    expect(table.slice(1).map((r) => r.split(',').filter((_, i) => i !== 1 && i !== 4))).toEqual([
      ['before', '1', '0', '8'],
      ['before', '2', '0', '8'],
      ['before', '3', '0', '8'],
      ['after', '1', '0', '8'],
      ['after', '2', '2', '8'],
      ['after', '3', '6', '8'],
    ]);
    const json = JSON.parse((await downloaded(page, 'Download JSON')).bytes.toString('utf8'));
    expect(json.judgementCheck.map((p: { point: string; mean: number }) => [p.point, p.mean])).toEqual([
      ['before', 0],
      ['after', 8 / 3],
    ]);
  }, 300_000);
});
