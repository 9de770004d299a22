// The scenario editor's balance: from a chapter's text arriving in the editor to the full table on screen
// (every scripted player, 2,000 runs each), worked out in the page's workers. The editor duplicates the
// largest chapter of the campaign; the time is the panel's own (text sent to the workers → full table).
import { log } from './args.ts';
import { withBrowser } from './browser.ts';
import { median } from './parts.ts';

const REPEATS = 3;

export async function editorBalanceMs(gameUrl: string, largestLevelId: string): Promise<number[]> {
  log(`editor balance: ${REPEATS} full tables of ${largestLevelId}…`);
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    times.push(
      await withBrowser(1, async ({ page }) => {
        await page.goto(gameUrl);
        await page.getByRole('button', { name: 'Write a scenario' }).click();
        await page.locator('.editor-balance[data-state="full"]').waitFor({ timeout: 60_000 });
        await page.getByRole('combobox', { name: 'Chapter to duplicate' }).selectOption(largestLevelId);
        await page.getByRole('button', { name: 'Duplicate chapter' }).click();
        await page.locator('.editor-balance[data-state="working"]').waitFor({ timeout: 10_000 });
        await page.locator('.editor-balance[data-state="full"]').waitFor({ timeout: 60_000 });
        return Number(await page.locator('.editor-balance').getAttribute('data-ms'));
      }),
    );
  }
  log(`editor balance: ${times.join(', ')} ms (median ${median(times)})`);
  return times;
}
