// What the end-to-end tests can see of the canvas: its picture, and whether the game is still drawing
// (every WebGL draw and clear the page makes is counted).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

declare global {
  interface Window {
    __draws: number;
    __lastDrawAt: number;
  }
}

/** Counts the page's WebGL draws and clears from its next load on (call before navigating or reloading). */
export async function countDraws(page: Page) {
  await page.addInitScript(() => {
    window.__draws = 0;
    window.__lastDrawAt = 0;
    const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...a: unknown[]) => unknown;
    const counted = new WeakSet<object>();
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      const gl = getContext.apply(this, args) as Record<string, (...a: unknown[]) => unknown> | null;
      if (gl && String(args[0]).startsWith('webgl') && !counted.has(gl)) {
        counted.add(gl);
        for (const name of ['drawArrays', 'drawElements', 'clear']) {
          const f = gl[name]!;
          gl[name] = function (this: unknown, ...a: unknown[]) {
            window.__draws++;
            window.__lastDrawAt = performance.now();
            return f.apply(this, a);
          };
        }
      }
      return gl;
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
}

export const draws = (page: Page) => page.evaluate(() => window.__draws);

/** Waits until the game has drawn nothing for a second (at most `timeout` ms). */
export async function waitForRest(page: Page, timeout = 20_000) {
  await expect
    .poll(() => page.evaluate(() => performance.now() - window.__lastDrawAt > 1000), { timeout, interval: 200 })
    .toBe(true);
}

/** The canvas's pixels as a PNG data URL (the canvas keeps its last frame: preserveDrawingBuffer). */
export const canvasPicture = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>('#game canvas')!.toDataURL());
