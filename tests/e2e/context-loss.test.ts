// A lost WebGL context (the GPU process restarted, a driver reset, a laptop waking up) is given back: the
// feed comes back whole, as it was, and the game goes on taking replies from the keyboard.
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { canvasPicture, countDraws, differingPixels, loseContext, restoreContext, waitForRest } from './canvas.ts';
import { gameSessions, startFirstChapter } from './game.ts';

const { open } = gameSessions();

describe('a lost WebGL context', () => {
  it('is restored during play with the feed drawn whole again, and the game still takes a reply', async () => {
    const page = await open({ beforeLoad: countDraws });
    await startFirstChapter(page);
    await waitForRest(page);
    const before = await canvasPicture(page);

    await loseContext(page);
    const lost = await canvasPicture(page);
    expect(await differingPixels(page, before, lost), 'the lost canvas shows nothing of the feed').toBeGreaterThan(0);
    await restoreContext(page);
    await waitForRest(page);
    const restored = await canvasPicture(page);
    await screenshot(page, 'feed-after-context-restored');
    expect(await differingPixels(page, before, restored), 'pixels that differ from before the loss').toBe(0);

    // The game goes on: a key press answers the post, and the feed repaints what moved as before.
    const firstPost = page.getByRole('log', { name: 'Feed' }).getByRole('article').first();
    await expect(firstPost.textContent()).resolves.toContain('waiting for your reply');
    await page.keyboard.press('1');
    await expect.poll(() => firstPost.textContent()).toContain('answered');
    await waitForRest(page);
    const replied = await canvasPicture(page);
    expect(await differingPixels(page, restored, replied), 'the canvas shows the reply').toBeGreaterThan(0);
    // A resize rebuilds the feed and paints the whole canvas anew: the partial repaints left the same picture.
    await page.setViewportSize({ width: 1240, height: 800 });
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForRest(page);
    expect(
      await differingPixels(page, replied, await canvasPicture(page)),
      'pixels that differ from a full repaint',
    ).toBe(0);
  });
});
