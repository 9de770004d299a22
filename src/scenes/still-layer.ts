// Redraws only what moves. What stands still on the feed is baked once into a texture; the canvas keeps
// its last frame (preserveDrawingBuffer), so a frame in which only meters and share counts move repaints
// just their patches: the still texture cropped to each moving object's box, then the object over it.
// Why: in software WebGL the cost of a frame follows the pixels painted. A full feed cost about 40 ms a
// frame (one full-screen image alone about 30 ms), where a few patches cost what an empty scene does.
// And only the moving objects that changed since they were last drawn are repainted (with any other whose
// box a repainted patch overlaps): a frame in which nothing changed draws nothing, so the browser does not
// copy the canvas out for the page again. On a slow CPU that copy and the drawing were most of a frame.
// The baked objects stay in the scene, hidden, so that their input zones still work.
import * as Phaser from 'phaser';
import { COLORS } from '../view/theme.ts';
import { type UiScene, leavesOf } from './ui-scene.ts';

type Rect = { x: number; y: number; w: number; h: number };
/** A moving object, the patch of still texture under it, and how it looked when last drawn. */
type Moving = { o: Phaser.GameObjects.GameObject; patch: Phaser.GameObjects.Image; box: Rect; drawn: string };

export class StillLayer {
  private readonly texture: Phaser.Textures.DynamicTexture;
  private readonly image: Phaser.GameObjects.Image;
  private readonly outline: Phaser.GameObjects.Graphics;
  private moving: Moving[] = [];
  /** Moving objects hidden for this frame only, because they have not changed. */
  private skipped: Phaser.GameObjects.GameObject[] = [];
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
      this.chooseRepaints(full);
    };
    const afterFrame = () => {
      for (const o of this.skipped) visible(o, true);
      this.skipped = [];
    };
    // A browser may drop a hidden page's kept frame: paint it whole when the page is shown again.
    const shown = () => (this.fullFrame = true);
    game.events.on(Phaser.Core.Events.POST_STEP, beforeFrame);
    game.events.on(Phaser.Core.Events.POST_RENDER, afterFrame);
    game.events.on(Phaser.Core.Events.VISIBLE, shown);
    scene.events.once('shutdown', () => {
      game.events.off(Phaser.Core.Events.POST_STEP, beforeFrame);
      game.events.off(Phaser.Core.Events.POST_RENDER, afterFrame);
      game.events.off(Phaser.Core.Events.VISIBLE, shown);
      config.clearBeforeRender = true;
      afterFrame();
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
    this.background().draw(root).render();
    for (const o of leaves) visible(o, live.has(o));
    for (const [o, box] of live) this.live(o, box);
    this.fullFrame = true;
  }

  /** Starts the still texture over in the background colour. */
  private background(): Phaser.Textures.DynamicTexture {
    // In WebGL a clear in that colour: software WebGL shades every pixel of a full-size fill, while a clear
    // only sets them. The canvas renderer (no drawing context) has no clear colour, and fills.
    const context = this.texture.drawingContext as Phaser.Renderer.WebGL.DrawingContext | null;
    if (!context) return this.texture.fill(COLORS.night);
    const c = Phaser.Display.Color.IntegerToColor(COLORS.night);
    context.setClearColor(c.redGL, c.greenGL, c.blueGL, 1);
    return this.texture.clear();
  }

  /**
   * Marks an object as moving: each frame that redraws it repaints the still texture over `box` first
   * (scene units; by default the object's bounds, widened for a number that grows).
   */
  private live(o: Phaser.GameObjects.GameObject, box: Rect | null) {
    const { dpr } = this.scene;
    let r: Rect;
    if (box) r = { x: box.x * dpr, y: box.y * dpr, w: box.w * dpr, h: box.h * dpr };
    else {
      const b = (o as unknown as Phaser.GameObjects.Components.GetBounds).getBounds();
      r = { x: b.x - 2 * dpr, y: b.y - 2 * dpr, w: b.width * 1.5 + 4 * dpr, h: b.height + 4 * dpr };
    }
    const crop = { x: Math.floor(r.x), y: Math.floor(r.y), w: Math.ceil(r.w) + 1, h: Math.ceil(r.h) + 1 };
    const patch = this.scene.add.image(0, 0, this.texture.key).setOrigin(0).setDepth(-1).setVisible(false);
    patch.setCrop(crop.x, crop.y, crop.w, crop.h);
    this.moving.push({ o, patch, box: crop, drawn: '' });
  }

  /**
   * Before a frame: on a full frame every moving object is drawn over the still image. Otherwise only those
   * that changed since they were last drawn get their patch and are drawn again, and with them every moving
   * object whose box overlaps a repainted patch (the patch paints over it); the others are left out of this
   * frame, their pixels kept from the last.
   */
  private chooseRepaints(full: boolean) {
    const redo = new Set(full ? this.moving : this.moving.filter((m) => looks(m.o) !== m.drawn));
    for (let grew = !full; grew; ) {
      grew = false;
      for (const m of this.moving) {
        if (redo.has(m) || ![...redo].some((d) => overlap(d.box, m.box))) continue;
        redo.add(m);
        grew = true;
      }
    }
    for (const m of this.moving) {
      m.patch.setVisible(!full && redo.has(m));
      if (redo.has(m)) m.drawn = looks(m.o);
      else if (isShown(m.o)) {
        visible(m.o, false);
        this.skipped.push(m.o);
      }
    }
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
    for (const m of this.moving) m.patch.destroy();
    this.moving = [];
  }
}

function visible(o: Phaser.GameObjects.GameObject, on: boolean) {
  (o as unknown as Phaser.GameObjects.Components.Visible).setVisible(on);
}

const isShown = (o: Phaser.GameObjects.GameObject) =>
  Boolean(o.scene) && (o as unknown as Phaser.GameObjects.Components.Visible).visible;

/** What decides how a moving object looks on the canvas: where it is, how, and what it shows. */
function looks(o: Phaser.GameObjects.GameObject): string {
  if (!isShown(o)) return 'hidden';
  const g = o as unknown as Phaser.GameObjects.Text & Phaser.GameObjects.Graphics;
  const shows = o instanceof Phaser.GameObjects.Text ? `${g.text}|${g.style.color}` : '';
  const commands = o instanceof Phaser.GameObjects.Graphics ? g.commandBuffer.join() : '';
  return `${g.x},${g.y},${g.alpha},${g.scaleX},${g.scaleY},${g.rotation},${g.originX},${g.originY}|${shows}|${commands}`;
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
