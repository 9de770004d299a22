// Redraws only what moves. What stands still on the feed is baked once into a texture; the canvas keeps
// its last frame (preserveDrawingBuffer), so a frame in which only meters and share counts move repaints
// just their patches: the still texture cropped to each moving object's box, then the object over it.
// Why: in software WebGL the cost of a frame follows the pixels painted. A full feed cost about 40 ms a
// frame (one full-screen image alone about 30 ms), where a few patches cost what an empty scene does.
// The baked objects stay in the scene, hidden, so that their input zones still work.
import * as Phaser from 'phaser';
import { COLORS } from '../view/theme.ts';
import { type UiScene, leavesOf } from './ui-scene.ts';

type Rect = { x: number; y: number; w: number; h: number };

export class StillLayer {
  private readonly texture: Phaser.Textures.DynamicTexture;
  private readonly image: Phaser.GameObjects.Image;
  private readonly outline: Phaser.GameObjects.Graphics;
  private patches: Phaser.GameObjects.Image[] = [];
  /** The next frame paints everything: after a bake, a hover change, the page shown again, or while another scene draws on top. */
  private fullFrame = true;

  constructor(private readonly scene: UiScene) {
    const key = `${scene.sys.settings.key}-still`;
    this.texture = scene.textures.addDynamicTexture(key, scene.scale.width, scene.scale.height, false)!;
    this.image = scene.add.image(0, 0, key).setOrigin(0).setDepth(-2);
    this.outline = scene.add.graphics().setDepth(1);
    const { game } = scene;
    // Both renderers, WebGL and canvas, read this before each frame.
    const config = game.renderer.config as { clearBeforeRender: boolean };
    // Runs before each frame's clear: the canvas is cleared and painted whole only on a full frame.
    const beforeFrame = () => {
      const shared = game.scene.getScenes(true).length > 1;
      const full = this.fullFrame || shared;
      this.fullFrame = shared;
      config.clearBeforeRender = full;
      this.image.setVisible(full);
      this.outline.setVisible(full);
    };
    // A browser may drop a hidden page's kept frame: paint it whole when the page is shown again.
    const shown = () => (this.fullFrame = true);
    game.events.on(Phaser.Core.Events.POST_STEP, beforeFrame);
    game.events.on(Phaser.Core.Events.VISIBLE, shown);
    scene.events.once('shutdown', () => {
      game.events.off(Phaser.Core.Events.POST_STEP, beforeFrame);
      game.events.off(Phaser.Core.Events.VISIBLE, shown);
      config.clearBeforeRender = true;
      this.clearPatches();
      this.image.destroy();
      this.outline.destroy();
      this.texture.destroy();
    });
  }

  /**
   * Paints `root` into the still texture over the background colour, except the `live` objects, then hides
   * what it painted. Each live object gets a patch: its box (given in scene units, or its own bounds).
   * Call it after every rebuild of `root`.
   */
  bake(root: Phaser.GameObjects.Container, live: ReadonlyMap<Phaser.GameObjects.GameObject, Rect | null>) {
    const { width, height } = this.scene.scale;
    this.texture.setSize(width, height, false);
    this.image.setTexture(this.texture.key);
    this.outline.clear();
    this.clearPatches();
    const leaves = leavesOf(root).filter((o) => !(o instanceof Phaser.GameObjects.Zone));
    for (const o of live.keys()) visible(o, false);
    this.texture.fill(COLORS.night).draw(root).render();
    for (const o of leaves) visible(o, live.has(o));
    for (const [o, box] of live) this.live(o, box);
    this.fullFrame = true;
  }

  /**
   * Marks an object drawn after the bake as moving: each frame repaints the still texture over `box`
   * (scene units; by default the object's bounds, widened for a number that grows) before drawing it.
   */
  live(o: Phaser.GameObjects.GameObject, box: Rect | null = null) {
    const { dpr } = this.scene;
    let r: Rect;
    if (box) r = { x: box.x * dpr, y: box.y * dpr, w: box.w * dpr, h: box.h * dpr };
    else {
      const b = (o as unknown as Phaser.GameObjects.Components.GetBounds).getBounds();
      r = { x: b.x - 2 * dpr, y: b.y - 2 * dpr, w: b.width * 1.5 + 4 * dpr, h: b.height + 4 * dpr };
    }
    const patch = this.scene.add.image(0, 0, this.texture.key).setOrigin(0).setDepth(-1);
    patch.setCrop(Math.floor(r.x), Math.floor(r.y), Math.ceil(r.w) + 1, Math.ceil(r.h) + 1);
    this.patches.push(patch);
  }

  /** Outlines `zone` while the pointer is over it (the button under it is part of the still image). */
  hover(zone: Phaser.GameObjects.Zone, radius: number) {
    const { dpr } = this.scene;
    zone.on('pointerover', () => {
      const b = zone.getBounds();
      this.outline
        .clear()
        .lineStyle(2 * dpr, COLORS.accent)
        .strokeRoundedRect(b.x, b.y, b.width, b.height, radius * dpr);
      this.fullFrame = true;
    });
    zone.on('pointerout', () => {
      this.outline.clear();
      this.fullFrame = true;
    });
  }

  private clearPatches() {
    for (const p of this.patches) p.destroy();
    this.patches = [];
  }
}

function visible(o: Phaser.GameObjects.GameObject, on: boolean) {
  (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(on);
}
