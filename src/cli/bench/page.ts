// What the bench runs inside the page. Page scripts are strings, so that nothing the Node-side compiler adds
// can leak into the page.
import type { Page } from 'playwright-core';
import { SAVE_KEY, type Save } from '../../state/saves.ts';
import { keyFor } from './parts.ts';

/** Marks the moment the page is ready: the game's "New game" button shown and enabled, or the baseline's create(). */
export const READY_WATCH = `(() => {
  const ready = () => {
    if (document.body && document.body.dataset.ready === 'yes') return true;
    for (const b of document.querySelectorAll('button')) {
      if (b.textContent.trim() === 'New game' && !b.disabled && b.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (window.__readyAt === undefined && ready()) { window.__readyAt = performance.now(); mo.disconnect(); }
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/** requestAnimationFrame stamps over a window, in the page. */
export const countFrames = (ms: number) => `new Promise((done) => {
  const stamps = [];
  let t0;
  const frame = (t) => {
    if (t0 === undefined) t0 = t;
    if (t - t0 >= ${ms}) return done(stamps);
    stamps.push(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

/** Presses up to n number keys in the page, each chosen from the response buttons' kinds; returns the keys. */
export const pressKeys = (n: number) => `(() => {
  const keyFor = ${keyFor.toString()};
  const keys = [];
  for (let i = 0; i < ${n} && document.body.dataset.screen === 'play'; i++) {
    const kinds = [...document.querySelectorAll('.responses button')].map((b) => b.dataset.kind);
    if (!kinds.length) break;
    const key = String(keyFor(kinds));
    const target = document.activeElement || document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, code: 'Digit' + key, bubbles: true, cancelable: true }));
    target.dispatchEvent(new KeyboardEvent('keyup', { key, code: 'Digit' + key, bubbles: true, cancelable: true }));
    keys.push(Number(key));
  }
  return keys;
})()`;

/** The game's save as it stands in the page's storage. */
export async function gameSave(page: Page): Promise<Save | null> {
  const raw = await page.evaluate(`localStorage.getItem(${JSON.stringify(SAVE_KEY)})`);
  return typeof raw === 'string' ? (JSON.parse(raw) as Save) : null;
}
