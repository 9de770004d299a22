// The title screen and the ending come to rest: after a short entrance the canvas stops drawing and its
// picture stays the same, so a school laptop is not kept busy by decoration while someone reads; and what
// changes only the page (a workshop's countdown) draws nothing on the canvas.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { canvasPicture, countDraws, draws, twoFrames, waitForRest } from './canvas.ts';
import { gameSessions, playToEnd, startFirstChapter } from './game.ts';

const { open } = gameSessions();

/** Opens the game with its draws counted, on the title screen. */
async function openCounted(): Promise<Page> {
  return open({ motion: true, beforeLoad: countDraws });
}

/** After the screen settles, the canvas draws nothing more and its picture stays the same for two seconds. */
async function expectStill(page: Page, name: string) {
  await waitForRest(page);
  const before = { draws: await draws(page), picture: await canvasPicture(page) };
  // The pause is what is tested: two seconds at rest, in which nothing is drawn.
  await page.waitForTimeout(2000);
  const after = { draws: await draws(page), picture: await canvasPicture(page) };
  await screenshot(page, name);
  expect(after.draws, 'WebGL draws after the screen settled').toBe(before.draws);
  expect(after.picture === before.picture, 'the canvas picture two seconds later is the same').toBe(true);
  return after.picture;
}

describe('screens at rest', () => {
  it('the title screen draws its entrance, then stands still', async () => {
    const page = await openCounted();
    await expect.poll(() => draws(page)).toBeGreaterThan(0);
    await expectStill(page, 'title-at-rest');
  });

  it('the ending draws its shapes falling or rising into place, then stands still', async () => {
    const page = await openCounted();
    await startFirstChapter(page);
    await playToEnd(page);
    await expectStill(page, 'ending-at-rest');
  });

  it('with reduced motion, the title screen comes to the same picture at rest', async () => {
    const page = await openCounted();
    const moving = await expectStill(page, 'title-at-rest-before-reduced-motion');
    await page.getByRole('button', { name: 'Settings' }).click();
    const reduce = page.getByRole('checkbox', { name: 'Reduce motion' });
    await expect(reduce.isChecked(), 'off in a browser that does not ask for it').resolves.toBe(false);
    await reduce.check();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    const still = await expectStill(page, 'title-at-rest-reduced-motion');
    expect(still === moving, 'the same picture as after the entrance').toBe(true);
  });

  it("draws nothing while a workshop's countdown ticks on a projector", async () => {
    const page = await open({ width: 1920, height: 1080, beforeLoad: countDraws });
    await page.getByRole('button', { name: 'Workshop' }).click();
    await page.getByLabel('Teams').fill('3');
    await page.getByRole('button', { name: 'Start workshop' }).click();
    const seconds = async () => Number((await page.getByRole('timer').textContent())!.match(/(\d+) seconds left/)![1]);
    await waitForRest(page);
    const before = { draws: await draws(page), seconds: await seconds() };
    await expect.poll(seconds, { message: 'three seconds counted down' }).toBeLessThanOrEqual(before.seconds - 3);
    await twoFrames(page);
    expect(await draws(page), 'WebGL draws while the countdown ticked').toBe(before.draws);
  });

  it('reduces motion from the first visit in a browser that asks for it', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('checkbox', { name: 'Reduce motion' }).isChecked()).resolves.toBe(true);
  });
});
