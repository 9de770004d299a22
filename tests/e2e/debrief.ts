// What the end-to-end tests read of a debrief: its ending line and final meters, its downloads, and its
// replay code played again in Node.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Debrief {
  reached: string;
  final: { trust: number; loyalty: number; heat: number };
  decisions: number;
}

/** What the debrief on screen says: the ending line, the final meters (from "went from … to N") and the decisions. */
export async function readDebrief(page: Page): Promise<Debrief> {
  await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
  const lines = await page
    .getByRole('list', { name: 'The meters over the chapter' })
    .getByRole('listitem')
    .allTextContents();
  const to = (name: string) => Number(lines.find((l) => l.startsWith(name))!.match(/ to (\d+),/)![1]);
  return {
    reached: (await page.getByText(/^You reached “/).textContent())!,
    final: { trust: to('Public trust'), loyalty: to('Fan loyalty'), heat: to('Media heat') },
    decisions: await page.locator('.decisions > li').count(),
  };
}

export async function downloaded(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** `npm run simulate -- --replay CODE --json`, run in Node: the final meters and the ending. */
export function replayInNode(code: string): { final: Debrief['final']; ending: string } {
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--replay', code, '--json'], {
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
  return JSON.parse(cli.stdout);
}
