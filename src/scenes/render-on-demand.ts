// The canvas is redrawn only while something on it can change: after a scene shows something new (a change
// of the store it follows, or the scene itself starting), a resize or a pointer movement, and while a tween
// runs. A still feed then costs the browser nothing per frame, which is what keeps a phone cool and a long
// storm smooth; the page itself stays at full frame rate. A change the canvas does not show (a menu, an item
// of the judgement check, a workshop's countdown) draws nothing: in software WebGL each frame of the picture
// behind the menus costs about 30 ms of CPU at 1280×800, and a countdown woke four of them every second.
import * as Phaser from 'phaser';
import type { AppStore } from '../state/store.ts';

export const KEEP_AWAKE = 'keep-awake';
/**
 * How many frames the canvas draws after something happened, for the scenes to react to it (a scene that a
 * change starts is created at the next step and drawn by the one after). Counted in frames rather than time:
 * a slow machine still gets them all, and a software-rendered frame (30 ms here) is not drawn a dozen times
 * over for a change that showed in the first.
 */
const GRACE_FRAMES = 4;

export function renderOnDemand(game: Phaser.Game, store: AppStore, canvasParent: HTMLElement): void {
  let framesLeft = 0;
  let waking = false;
  const wake = () => {
    framesLeft = GRACE_FRAMES;
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
    framesLeft--;
    const moving = game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
    // Loading keeps its frames: the loader reports progress on them.
    if (!moving && store.getState().loading === 1 && framesLeft <= 0) game.loop.sleep();
  });
  window.addEventListener('resize', wake);
  document.addEventListener('visibilitychange', wake);
  for (const type of ['pointermove', 'pointerdown', 'pointerup', 'wheel'])
    canvasParent.addEventListener(type, wake, { passive: true });
}
