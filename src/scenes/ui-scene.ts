// The base of every scene: access to the store, sizes in CSS pixels scaled to the device, text that stays
// sharp, a redraw whenever the window changes, and a way to follow what a scene shows of the store. Scenes
// hold no rules.
import * as Phaser from 'phaser';
import { shallow } from 'zustand/vanilla/shallow';
import { TEXT_SIZES } from '../state/settings.ts';
import type { App, AppStore } from '../state/store.ts';
import { COLORS, FONT, css } from '../view/theme.ts';
import { KEEP_AWAKE } from './render-on-demand.ts';

/**
 * Each font's metrics, measured by the first text in it. A new text measures its font on a canvas of its
 * own otherwise, and a storm's tick makes a card's worth of new texts. (The fonts are the system's: they
 * do not change once the page runs.)
 */
const fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

export abstract class UiScene extends Phaser.Scene {
  protected root!: Phaser.GameObjects.Container;
  /** Where new objects go: the root, or a group being built (see `group`). */
  private layer!: Phaser.GameObjects.Container;
  private readonly spares = new SpareTexts();

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
  /** True during the first build after the scene starts: the one moment for an entrance animation. Later
   * builds (a resize) show the scene at rest, so that the canvas can sleep. */
  protected entering = false;

  create() {
    this.setup();
  }

  /** Builds the scene and keeps it in step with the window until the scene shuts down. */
  protected setup() {
    this.root = this.add.container(0, 0);
    this.layer = this.root;
    this.entering = true;
    this.redraw();
    this.entering = false;
    const onResize = () => this.redraw();
    this.scale.on('resize', onResize);
    // A lost WebGL context comes back with the textures of texts and images but not what was drawn into
    // the still layer's texture: the whole scene is built and painted again, as after a resize.
    const onRestored = () => {
      this.redraw();
      this.keepAwake();
    };
    this.game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, onRestored);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.game.renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, onRestored);
      this.spares.destroyAll();
    });
  }

  /**
   * Until the scene shuts down, calls `changed` whenever what `select` picks from the store (a selector of
   * what the scene shows, state/selectors.ts) changes, compared shallowly: not at every change of the store.
   * The canvas then draws what changed (see render-on-demand.ts).
   */
  protected follow<T>(select: (s: App) => T, changed: (now: T, before: T) => void) {
    const unsubscribe = this.store.subscribe(
      select,
      (now, before) => {
        changed(now, before);
        this.keepAwake();
      },
      { equalityFn: shallow },
    );
    this.events.once('shutdown', unsubscribe);
  }

  /** Asks for frames a while longer, for motion that is not a tween (see render-on-demand.ts). */
  protected keepAwake() {
    this.game.events.emit(KEEP_AWAKE);
  }

  /** Rebuilds the scene's objects from the store, reusing the texts of the last build (see SpareTexts). */
  protected redraw() {
    this.tweens.killAll();
    this.fitScale = null;
    this.spares.startBuild();
    for (const t of leavesOf(this.root)) if (t instanceof Phaser.GameObjects.Text) this.spares.keep(t);
    this.root.removeAll(true);
    this.root.setScale(this.dpr);
    this.layer = this.root;
    this.draw();
    this.spares.endBuild();
    forgetDestroyedInput(this.input);
  }

  protected abstract draw(): void;

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
    const spare = this.spares.take(styleKey, value);
    const font = `${full.fontStyle ?? ''} ${full.fontSize} ${full.fontFamily}`;
    const t = spare
      ? spare.setText(value).setPosition(x, y).setOrigin(0).setAlpha(1).setVisible(true)
      : this.add.text(x, y, value, { ...full, metrics: fontMetrics.get(font) });
    if (!fontMetrics.has(font)) fontMetrics.set(font, t.style.getTextMetrics());
    this.spares.shown(t, styleKey, value);
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
    const c = this.add.existing(new Group(this, this.spares));
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
 * Texts kept for the next builds to reuse: making a text means a canvas, a style measured and a GPU texture,
 * and destroying one frees them again; at a storm's tick, with hours and share counts changing on every
 * card, that was most of a rebuild. A build takes the spare with the same style and words if there is one;
 * else a stale one of the same style, given the new words: one the last build did not show either. Not any
 * spare: a spare taken for other words is often wanted as it stands later in the same build, and giving
 * a text new words draws and uploads it again. Texts shown in neither of the last two builds are destroyed.
 */
class SpareTexts {
  /** By style, then by words. */
  private readonly spares = new Map<string, Map<string, Phaser.GameObjects.Text[]>>();
  /** The style and the words each text was asked for: a scene may give it other words after (a meter that
   * measures '100' then shows its value); the next build asks for the same words again. */
  private readonly asked = new WeakMap<Phaser.GameObjects.Text, { style: string; words: string }>();
  private readonly shownIn = new WeakMap<Phaser.GameObjects.Text, number>();
  private build = 0;

  startBuild() {
    this.build++;
  }

  /** Takes a text out of the scene (it is not drawn) and keeps it. */
  keep(t: Phaser.GameObjects.Text) {
    t.parentContainer?.remove(t);
    t.removeFromDisplayList();
    const { style, words } = this.asked.get(t) ?? { style: '', words: t.text };
    const byWords = this.spares.get(style) ?? new Map<string, Phaser.GameObjects.Text[]>();
    this.spares.set(style, byWords);
    const list = byWords.get(words) ?? [];
    byWords.set(words, list);
    list.push(t);
  }

  /** A spare of this style that was asked for `words`; else a stale one. The caller gives it the words
   * (which draws it again only if it shows others now). */
  take(style: string, words: string): Phaser.GameObjects.Text | undefined {
    const byWords = this.spares.get(style);
    if (!byWords) return undefined;
    const stale = () =>
      [...byWords.keys()].find((k) => (this.shownIn.get(byWords.get(k)!.at(-1)!) ?? 0) < this.build - 1);
    const key = byWords.has(words) ? words : stale();
    if (key === undefined) return undefined;
    const list = byWords.get(key)!;
    const t = list.pop();
    if (!list.length) byWords.delete(key);
    return t;
  }

  shown(t: Phaser.GameObjects.Text, style: string, words: string) {
    this.asked.set(t, { style, words });
    this.shownIn.set(t, this.build);
  }

  endBuild() {
    this.destroyWhere((t) => (this.shownIn.get(t) ?? 0) < this.build - 1);
  }

  destroyAll() {
    this.destroyWhere(() => true);
  }

  private destroyWhere(drop: (t: Phaser.GameObjects.Text) => boolean) {
    for (const [style, byWords] of this.spares) {
      for (const [words, list] of byWords) {
        const kept: Phaser.GameObjects.Text[] = [];
        for (const t of list) {
          if (drop(t)) t.destroy();
          else kept.push(t);
        }
        if (kept.length) byWords.set(words, kept);
        else byWords.delete(words);
      }
      if (!byWords.size) this.spares.delete(style);
    }
  }
}

/** A container built by `UiScene.group`: thrown away, it hands its texts to the spares, not to destruction. */
class Group extends Phaser.GameObjects.Container {
  constructor(
    scene: Phaser.Scene,
    private readonly spares: SpareTexts,
  ) {
    super(scene, 0, 0);
  }

  protected override preDestroy() {
    for (const o of leavesOf(this)) if (o instanceof Phaser.GameObjects.Text) this.spares.keep(o);
    super.preDestroy();
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
