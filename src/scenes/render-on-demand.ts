// The canvas is redrawn only while something on it can change: after a store change, a resize or a
// pointer movement, and while a tween runs. A still feed then costs the browser nothing per frame, which
// is what keeps a phone cool and a long storm smooth; the page itself stays at full frame rate.
import * as Phaser from 'phaser';
import type { AppStore } from '../state/store.ts';

export const KEEP_AWAKE = 'keep-awake';
/** How long the canvas stays awake after something happened, for the scenes to react to it. */
const GRACE_MS = 250;

export function renderOnDemand(game: Phaser.Game, store: AppStore, canvasParent: HTMLElement): void {
  let awakeUntil = 0;
  let waking = false;
  const wake = () => {
    awakeUntil = performance.now() + GRACE_MS;
    if (waking || game.loop.running) return;
    waking = true;
    // Phaser's wake runs a whole step at once: from a store listener, that drew the frame before the scenes
    // had heard of the change (and a second one at the next frame). Woken in a frame, it draws that frame.
    requestAnimationFrame(() => {
      waking = false;
      game.loop.wake(true);
    });
  };
  game.events.on(KEEP_AWAKE, wake);
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    const moving = game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
    // Loading keeps its frames: the loader reports progress on them.
    if (!moving && store.getState().loading === 1 && performance.now() > awakeUntil) game.loop.sleep();
  });
  store.subscribe(wake);
  window.addEventListener('resize', wake);
  document.addEventListener('visibilitychange', wake);
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'wheel'])
    canvasParent.addEventListener(type, wake, { passive: true });
}
