// Boot: from navigation to a usable page (the game's "New game" button, the baseline's first create()),
// each load in a fresh browser with a cold cache.
import { LOADS, log } from './args.ts';
import { withBrowser } from './browser.ts';
import { READY_WATCH } from './page.ts';
import { interleaved } from './parts.ts';

export interface Boots {
  game: number[];
  base: number[];
}

/** Cold loads of both pages, interleaved; one unmeasured pair first warms the servers and the disk. */
export async function boots(gameUrl: string, baseUrl: string, cpuSlowdown: number): Promise<Boots> {
  const slowed = cpuSlowdown > 1 ? `, CPU ${cpuSlowdown}× slower` : '';
  log(`cold loads: ${LOADS} of each, interleaved${slowed}…`);
  await coldBoot(gameUrl, cpuSlowdown);
  await coldBoot(baseUrl, cpuSlowdown);
  const { a: game, b: base } = await interleaved(
    LOADS,
    () => coldBoot(gameUrl, cpuSlowdown),
    () => coldBoot(baseUrl, cpuSlowdown),
  );
  return { game, base };
}

async function coldBoot(url: string, cpuSlowdown: number): Promise<number> {
  return withBrowser(cpuSlowdown, async ({ page }) => {
    await page.addInitScript(READY_WATCH);
    await page.goto(url);
    await page.waitForFunction('window.__readyAt !== undefined', undefined, { timeout: 60_000, polling: 50 });
    return (await page.evaluate('window.__readyAt')) as number;
  });
}
