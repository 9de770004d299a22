// The base of every scene: access to the store, sizes in CSS pixels scaled to the device, text that stays
// sharp, and a redraw whenever the store or the window changes. Scenes hold no rules.
import * as Phaser from 'phaser';
import { TEXT_SIZES } from '../state/settings.ts';
import type { AppStore } from '../state/store.ts';
import { COLORS, FONT, css } from '../view/theme.ts';
import { KEEP_AWAKE } from './render-on-demand.ts';

export abstract class UiScene extends Phaser.Scene {
  protected root!: Phaser.GameObjects.Container;
  /** Where new objects go: the root, or a group being built (see `group`). */
  private layer!: Phaser.GameObjects.Container;
  private unsubscribe: (() => void) | null = null;
  /** Texts of the last build, by style and words, for the next build to reuse (see `redraw`). */
  private spareTexts = new Map<string, Phaser.GameObjects.Text[]>();
  private readonly styleKeys = new WeakMap<Phaser.GameObjects.Text, string>();

  get store(): AppStore {
    return this.game.registry.get('store') as AppStore;
  }
  /** Device pixels per CSS pixel. */
  get dpr(): number {
    return this.game.registry.get('dpr') as number;
  }
  get cssW(): number {
    return this.scale.width / this.dpr;
  }
  get cssH(): number {
    return this.scale.height / this.dpr;
  }
  /** A smaller text scale a scene may use where the chosen one cannot fit (never below normal). */
  protected fitScale: number | null = null;

  get textScale(): number {
    return this.fitScale ?? TEXT_SIZES[this.store.getState().settings.textSize];
  }
  get reducedMotion(): boolean {
    return this.store.getState().settings.reducedMotion;
  }

  create() {
    this.setup();
  }

  /** Builds the scene and keeps it in step with the store and the window until the scene shuts down. */
  protected setup() {
    this.root = this.add.container(0, 0);
    this.layer = this.root;
    this.redraw();
    const onResize = () => this.redraw();
    this.scale.on('resize', onResize);
    this.unsubscribe = this.store.subscribe((s, prev) => this.changed(s, prev));
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.unsubscribe?.();
    });
  }

  /** Asks for frames a while longer, for motion that is not a tween (see render-on-demand.ts). */
  protected keepAwake() {
    this.game.events.emit(KEEP_AWAKE);
  }

  /**
   * Rebuilds the scene's objects from the store. A text with the same words and style as one of the last
   * build is reused rather than made anew: making one means drawing it on a canvas and uploading it to
   * the GPU, which was half the cost of a rebuild.
   */
  protected redraw() {
    this.tweens.killAll();
    this.fitScale = null;
    for (const t of leavesOf(this.root)) {
      if (!(t instanceof Phaser.GameObjects.Text)) continue;
      const key = `${this.styleKeys.get(t)}|${t.text}`;
      t.parentContainer?.remove(t);
      const spare = this.spareTexts.get(key) ?? [];
      this.spareTexts.set(key, spare);
      spare.push(t);
    }
    this.root.removeAll(true);
    this.root.setScale(this.dpr);
    this.layer = this.root;
    this.draw();
    for (const spare of this.spareTexts.values()) for (const t of spare) t.destroy();
    this.spareTexts.clear();
    forgetDestroyedInput(this.input);
  }

  protected abstract draw(): void;

  protected changed(_s: ReturnType<AppStore['getState']>, _prev: ReturnType<AppStore['getState']>) {}

  /** Text in CSS pixels; `size` is scaled by the player's text size. Never below 16 px for reading text. */
  text(
    x: number,
    y: number,
    value: string,
    size = 16,
    color: number = COLORS.text,
    style: Phaser.Types.GameObjects.Text.TextStyle = {},
  ) {
    const full = {
      fontFamily: FONT,
      fontSize: `${Math.round(size * this.textScale)}px`,
      color: css(color),
      resolution: this.dpr,
      ...style,
    };
    const styleKey = JSON.stringify(full);
    const spare = this.spareTexts.get(`${styleKey}|${value}`)?.pop();
    const t = spare
      ? spare.setPosition(x, y).setOrigin(0).setAlpha(1).setVisible(true)
      : this.add.text(x, y, value, full);
    this.styleKeys.set(t, styleKey);
    this.layer.add(t);
    return t;
  }

  adopt<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.layer.add(o);
    return o;
  }

  graphics() {
    const g = this.add.graphics();
    this.layer.add(g);
    return g;
  }

  /** Builds objects into a container of their own (to measure and then place them), at (0, 0). */
  group(build: () => void): Phaser.GameObjects.Container {
    const c = this.add.container(0, 0);
    const outer = this.layer;
    outer.add(c);
    this.layer = c;
    try {
      build();
    } finally {
      this.layer = outer;
    }
    return c;
  }
}

/**
 * Phaser 4.2's input plugin queues a new interactive object and inserts it at the next frame, but handles
 * removals first: an object destroyed before that frame (two rebuilds in one frame, or a group measured
 * and thrown away) is inserted anyway and stays in its list for good. Over a long session that was
 * thousands of dead zones, each one looked at on every pointer move. Drop them from the queue.
 */
function forgetDestroyedInput(input: Phaser.Input.InputPlugin) {
  const queue = (input as unknown as { _pendingInsertion: Phaser.GameObjects.GameObject[] })._pendingInsertion;
  const alive = queue.filter((o) => !o.isDestroyed);
  queue.splice(0, queue.length, ...alive);
}

/** Every object in a tree of containers that is not itself a container. */
export function leavesOf(c: Phaser.GameObjects.Container): Phaser.GameObjects.GameObject[] {
  return c.list.flatMap((o) => (o instanceof Phaser.GameObjects.Container ? leavesOf(o) : [o]));
}
