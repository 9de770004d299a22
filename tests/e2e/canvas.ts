// What the end-to-end tests can see of the canvas: its picture, how far two pictures differ, and whether
// the game is still drawing (every WebGL draw and clear the page makes is counted).
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

/** Waits two frames of the page: what a change woke, the game has drawn by then. */
export const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Waits until the game has drawn nothing for a second (at most `timeout` ms). */
export async function waitForRest(page: Page, timeout = 20_000) {
  await expect
    .poll(() => page.evaluate(() => performance.now() - window.__lastDrawAt > 1000), { timeout, interval: 200 })
    .toBe(true);
}

/**
 * Does `action`, then waits until the game has drawn (something changed on the canvas) and come to rest
 * again. The draws must be counted (countDraws).
 */
export async function settledAfter(page: Page, action: () => Promise<unknown>) {
  const before = await draws(page);
  await action();
  await expect.poll(() => draws(page), { message: 'the canvas draws' }).toBeGreaterThan(before);
  await waitForRest(page);
}

/** The canvas's pixels as a PNG data URL (the canvas keeps its last frame: preserveDrawingBuffer). */
export const canvasPicture = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLCanvasElement>('#game canvas')!.toDataURL());

/** How many pixels of two pictures differ by more than a rounding error. */
export const differingPixels = (page: Page, a: string, b: string) =>
  page.evaluate(
    async ({ a, b }) => {
      const pixels = async (url: string) => {
        const img = await createImageBitmap(await (await fetch(url)).blob());
        const c = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
        c.drawImage(img, 0, 0);
        return c.getImageData(0, 0, img.width, img.height).data;
      };
      const [pa, pb] = await Promise.all([pixels(a), pixels(b)]);
      if (pa.length !== pb.length) return Number.POSITIVE_INFINITY;
      let n = 0;
      for (let i = 0; i < pa.length; i += 4)
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 24) n++;
      return n;
    },
    { a, b },
  );

/** Loses the canvas's WebGL context (WEBGL_lose_context) and waits for the page to hear of it. */
export const loseContext = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => {
        const canvas = document.querySelector<HTMLCanvasElement>('#game canvas')!;
        const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')!;
        const lose = gl.getExtension('WEBGL_lose_context')!;
        (window as unknown as { __restore: () => void }).__restore = () => lose.restoreContext();
        canvas.addEventListener('webglcontextlost', () => done(), { once: true });
        lose.loseContext();
      }),
  );

/** Gives the lost context back and waits for the page to hear of it. */
export const restoreContext = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => {
        const canvas = document.querySelector<HTMLCanvasElement>('#game canvas')!;
        // After the game's own handler of the event, which runs in the same task.
        canvas.addEventListener('webglcontextrestored', () => setTimeout(done), { once: true });
        (window as unknown as { __restore: () => void }).__restore();
      }),
  );

/** A text the feed drew: what it says, its lines as wrapped, and its box in CSS pixels. */
export interface CanvasText {
  text: string;
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every text the feed scene drew, as boxes in CSS pixels, grouped by the container it sits in. */
export const canvasTexts = (page: Page) =>
  page.evaluate(() => {
    type Obj = {
      type: string;
      list?: Obj[];
      text?: string;
      visible: boolean;
      getBounds(): DOMRect;
      getWrappedText(): string[];
    };
    const host = document.getElementById('game') as HTMLElement & {
      game: { scene: { getScene(k: string): { children: { list: Obj[] } } }; registry: { get(k: string): number } };
    };
    const dpr = host.game.registry.get('dpr');
    const groups: CanvasText[][] = [];
    const walk = (list: Obj[], group: CanvasText[]) => {
      for (const o of list) {
        if (o.type === 'Container') {
          const inner: typeof group = [];
          groups.push(inner);
          walk(o.list ?? [], inner);
        } else if (o.type === 'Text' && o.text) {
          const b = o.getBounds();
          const lines = o.getWrappedText();
          group.push({ text: o.text, lines, x: b.x / dpr, y: b.y / dpr, w: b.width / dpr, h: b.height / dpr });
        }
      }
    };
    const top: CanvasText[] = [];
    groups.push(top);
    walk(host.game.scene.getScene('feed').children.list, top);
    return groups;
  });

/** Texts that run off a screen `width` wide, or overlap another text of the same card or bar. */
export function canvasOverlaps(groups: CanvasText[][], width: number): string[] {
  const problems: string[] = [];
  for (const group of groups) {
    for (const [i, a] of group.entries()) {
      if (a.x < -1 || a.x + a.w > width + 1) problems.push(`"${a.text}" runs off the screen`);
      for (const b of group.slice(i + 1)) {
        const apart = a.x + a.w <= b.x + 1 || b.x + b.w <= a.x + 1 || a.y + a.h <= b.y + 1 || b.y + b.h <= a.y + 1;
        if (!apart) problems.push(`"${a.text.slice(0, 30)}" overlaps "${b.text.slice(0, 30)}"`);
      }
    }
  }
  return problems;
}

/**
 * Whether the feed draws the start of a post's text (whole or cut to fit), waiting up to 3 s: the canvas
 * draws a new post a frame or more after the HTML shows it.
 */
export async function postDrawn(page: Page, text: string): Promise<boolean> {
  const squeezed = (t: string) => t.replace(/\s+/g, '').replace(/…$/, '');
  const wanted = squeezed(text);
  const drawn = async () =>
    (await canvasTexts(page))
      .flat()
      .some((t) => squeezed(t.text).length > 6 && wanted.startsWith(squeezed(t.text).slice(0, 12)));
  return expect
    .poll(drawn, { timeout: 3000, interval: 100 })
    .toBe(true)
    .then(
      () => true,
      () => false,
    );
}
