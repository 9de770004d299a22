// The feed: posts arriving, meters moving, the replies to choose from. It reads the store and sends the
// player's intentions back; the live clock runs in the store (state/clock.ts), every consequence in src/core.
import type * as Phaser from 'phaser';
import type { Level } from '../content/schema.ts';
import { METERS } from '../content/terms.ts';
import { findingsFor, findPost, replyCost } from '../core/engine.ts';
import { ALARMS, TIRED_BELOW } from '../core/rules.ts';
import type { FeedItem, GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { playShown } from '../state/selectors.ts';
import { type App, currentChoices } from '../state/store.ts';
import {
  CHECK_ACTIONS,
  CHECK_TOPICS,
  CHECK_KEYS,
  chapterName,
  hourText,
  kindWords,
  outlastsPost,
  METER_LABELS,
  SHORT_LABELS,
  shares,
  shownMoves,
  signed,
} from '../view/format.ts';
import { type FeedLayout, type FloatingText, feedLayout, fitTopBar, replyPages } from '../view/layout.ts';
import { COLORS, css } from '../view/theme.ts';
import { METER_SHAPES, drawButton, drawCard, drawCheckChip, drawChoice, pickZone } from './feed-parts.ts';
import { StillLayer } from './still-layer.ts';
import { UiScene } from './ui-scene.ts';
import { wrapAt } from './wrap.ts';

type Choices = NonNullable<ReturnType<typeof currentChoices>>;
/** Objects that move, each with the box repainted under it (null: its own bounds). */
type Live = Map<Phaser.GameObjects.GameObject, { x: number; y: number; w: number; h: number } | null>;

/** The game event that carries the meters' changes to float (a FloatingText[]). */
export const METER_FLOATS = 'meter-floats';

export class FeedScene extends UiScene {
  /** Meter values as drawn, easing towards the store's. */
  private shown: Record<string, number> = {};
  /** Share counts as last drawn, per post. */
  private sharesShown = new Map<string, number>();
  private still!: StillLayer;
  /** The page of replies a phone shows, for the post it was turned on (its first reply's index). */
  private replyPage = { post: '', at: 0 };
  private meterViews: {
    bar: Phaser.GameObjects.Graphics;
    value: Phaser.GameObjects.Text;
    x: number;
    y: number;
    w: number;
    m: (typeof METERS)[number];
  }[] = [];

  constructor() {
    super('feed');
  }

  create() {
    this.shown = {};
    this.sharesShown.clear();
    this.still = new StillLayer(this);
    super.create();
    // Redrawn when what the game in play is drawn from changes, not at every change of the store.
    this.follow(playShown, (now, before) => {
      this.redraw();
      if (now.game && before.game && now.game !== before.game) this.floatDeltas(now.game, before.game);
    });
  }

  update() {
    this.easeMeters(this.store.getState(), Math.min(this.game.loop.rawDelta, 250));
  }

  /** Builds the screen; what moves is drawn every frame, the rest is baked into one still image. */
  protected draw() {
    const live: Live = new Map();
    this.drawFeed(this.store.getState(), live);
    this.still.bake(this.root, live);
  }

  private drawFeed(s: App, live: Live) {
    const { game, level } = s;
    if (!game || !level) return;
    const planned = feedLayout(this.cssW, this.cssH, this.textScale);
    // The camera clears to the night colour: only the bars need painting. The top bar is as tall as what
    // it measured to hold, when that is more than planned (large text on a phone).
    const topBar = this.graphics();
    const meterY = this.drawClockAndButtons(s, game, level, planned);
    const layout = fitTopBar(planned, this.drawMeters(game, planned, meterY, live) + 8);
    topBar.fillStyle(COLORS.panel).fillRect(layout.top.x, layout.top.y, layout.top.w, layout.top.h);
    const current = currentChoices(s);
    const feedBottom = current ? this.drawReplies(s, game, current, layout) : layout.feed.y + layout.feed.h;
    this.drawPosts(s, game, level, layout, feedBottom, current?.item.id, live);
    if (s.paused) this.drawPauseShade(layout);
    // The breaking-news ticker is HTML over the reserved strip (src/html/ticker.ts): it scrolls on the
    // compositor, so the canvas can rest.
  }

  /**
   * Chapter, clock, and the pause, menu and legend buttons (keys: Space, Escape and ?); returns where the
   * meters' row starts. Rows follow measured heights, so large text never overlaps. On a phone the title
   * has a row of its own, and the buttons sit beside the clock.
   */
  private drawClockAndButtons(s: App, game: GameState, level: Level, layout: FeedLayout): number {
    const title = this.text(16, 8, chapterName(level), 18, COLORS.text, {
      fontStyle: 'bold',
      wordWrap: wrapAt(this.cssW - 32),
      maxLines: 1,
    });
    // The hour and what the clock is doing: paused, live or turn by turn (a phone says only a pause).
    const mode = t(s.paused ? 'play.clock.paused' : game.pacing === 'live' ? 'play.clock.live' : 'play.clock.turn');
    const short = t('play.clock.hourShort', { hour: game.hour, total: level.hours });
    const clock = layout.portrait
      ? s.paused
        ? `${short} · ${mode}`
        : short
      : `${hourText(game.hour, level.hours)} · ${mode}`;
    const clockText = this.text(16, title.y + title.height + 2, clock, 16, s.paused ? COLORS.accent : COLORS.muted);
    const buttons: [number, string, () => void][] = [
      [76, t(s.paused ? 'play.buttons.resume' : 'play.buttons.pause'), () => s.setPaused(!s.paused)],
      [64, t('play.buttons.menu'), () => s.setMenu(true)],
      [40, '?', () => s.setLegend(true)],
    ];
    let x = 0;
    let height = 0;
    const row = this.group(() => {
      for (const [minW, label, onPick] of buttons) {
        const b = drawButton(this, x, 0, minW, label, onPick);
        this.still.hover(b.zone, 8);
        x += b.width + 8;
        height = b.height;
      }
    });
    const right = layout.portrait ? this.cssW - 16 : this.cssW - 16 - 3 * 186 - 8;
    // On a phone with large text the buttons take the row under the clock when both do not fit on one.
    const besideClock = right - (x - 8) > clockText.x + clockText.width + 8;
    const buttonsY = !layout.portrait ? 18 : besideClock ? clockText.y - 4 : clockText.y + clockText.height + 4;
    row.setPosition(right - (x - 8), buttonsY);
    return layout.portrait ? Math.max(clockText.y + clockText.height, buttonsY + height) + 8 : 8;
  }

  /** Each meter: its shape, label, number and bar; the number and bar repaint as they move. */
  /** Each meter; returns where the meters end. */
  private drawMeters(game: GameState, layout: FeedLayout, meterY: number, live: Live): number {
    this.meterViews = [];
    let bottom = meterY;
    const meterW = layout.portrait ? (this.cssW - 32) / 3 - 8 : 170;
    METERS.forEach((m, i) => {
      const x = layout.portrait ? 16 + i * (meterW + 12) : this.cssW - 16 - (3 - i) * (meterW + 16);
      this.shown[m] ??= game.values[m];
      const icon = this.graphics().fillStyle(COLORS[m]);
      // A phone with large text has no room for a row of names: each meter is its shape, number and bar
      // (the shapes are in the legend). Otherwise the name comes first, and the number and bar under it.
      const named = !layout.portrait || this.textScale <= 1;
      let value: Phaser.GameObjects.Text;
      if (named) {
        const label = this.text(x + 20, meterY, layout.portrait ? SHORT_LABELS[m] : METER_LABELS[m], 16, COLORS.text);
        METER_SHAPES[m](icon, x + 7, meterY + label.height / 2, 7);
        value = this.text(x, label.y + label.height + 2, '100', 18, COLORS.text, { fontStyle: 'bold' });
      } else {
        value = this.text(x + 18, meterY, '100', 18, COLORS.text, { fontStyle: 'bold' });
        METER_SHAPES[m](icon, x + 7, meterY + value.height / 2, 7);
      }
      const barX = value.x + value.width + 6;
      const bar = this.graphics();
      // One patch for the moving parts: the number and the bar with its danger mark.
      live.set(bar, { x: value.x, y: value.y - 4, w: x + meterW - value.x, h: value.height + 8 }).set(value, null);
      this.meterViews.push({ bar, value, x: barX, y: value.y + value.height / 2 - 5, w: x + meterW - barX, m });
      bottom = value.y + value.height;
    });
    this.paintMeters();
    return bottom;
  }

  /**
   * The replies to the current post, numbered in the order shown. On a phone they sit at the bottom and
   * the feed gets what is left: returns where the feed must stop. When even packed they would crowd the post
   * off a phone, they show a page at a time, with a button for the next page (the keys reach every reply).
   */
  private drawReplies(s: App, game: GameState, current: Choices, layout: FeedLayout): number {
    const budget = (layout.ticker.y - layout.feed.y) * 0.62;
    const tooTall = (r: BuiltReplies) => layout.portrait && r.group.getBounds().height / this.dpr > budget;
    const build = (dense = false, page?: ReplyPage) => this.buildReplies(s, game, current, layout, dense, page);
    let replies = build();
    // On a phone the post must stay readable: large text steps down (never below normal) until it fits.
    for (const smaller of [1.25, 1]) {
      if (!tooTall(replies) || smaller >= this.textScale) continue;
      replies.group.destroy();
      this.fitScale = smaller;
      replies = build();
    }
    // Dense: a phone with many choices packs them tighter (40 px rows, still a thumb's width), so that the
    // post being answered keeps room above them.
    if (tooTall(replies)) {
      replies.group.destroy();
      replies = build(true);
    }
    if (tooTall(replies)) {
      // A page: only those replies, and the button to turn it (as tall as a packed row).
      const pages = replyPages(replies.rowHeights, budget - replies.top - 44);
      const at = this.replyPage.post === current.item.id ? this.replyPage.at : 0;
      const index = Math.max(
        0,
        pages.findIndex((p) => p.from === at),
      );
      replies.group.destroy();
      replies = build(true, {
        ...pages[index]!,
        next: pages[(index + 1) % pages.length]!,
        last: index === pages.length - 1,
      });
    }
    const { group } = replies;
    const height = group.getBounds().height / this.dpr;
    group.setPosition(layout.replies.x, layout.portrait ? layout.ticker.y - 8 - height : layout.replies.y);
    return layout.portrait ? group.y - 8 : layout.feed.y + layout.feed.h;
  }

  /** The checks, then the replies (a page of them when `page` says), then the page's button: one group. */
  private buildReplies(
    s: App,
    game: GameState,
    current: Choices,
    layout: FeedLayout,
    dense: boolean,
    page?: ReplyPage,
  ): BuiltReplies {
    const rows = { top: 0, rowHeights: [] as number[] };
    const group = this.group(() => {
      // Dense, the post's own outline says which one is answered: no "Replying to" line.
      const head = dense
        ? null
        : this.text(0, 0, t('play.replyingTo', { handle: current.post.author.handle }), 16, COLORS.muted);
      const gap = dense ? 4 : layout.portrait ? 6 : 8;
      const rowsAt = { y: head ? head.height + 8 : 0, w: layout.replies.w, gap, minHeight: dense ? 40 : 48 };
      // The checks first: looking into a post comes before answering it. Dense, they share one row of chips.
      rows.top =
        dense && current.checks.length > 1
          ? this.drawCheckChips(s, game, current, rowsAt)
          : this.drawCheckRows(s, game, current, rowsAt);
      const drawn = this.drawResponseRows(s, game, current, { ...rowsAt, y: rows.top }, layout.portrait, page);
      rows.rowHeights = drawn.heights;
      if (page) this.drawPageButton(current, page, { ...rowsAt, y: drawn.bottom });
    });
    return { group, ...rows };
  }

  /** The checks as one row of chips, each named by what it looks into; gives back where the replies start. */
  private drawCheckChips(s: App, game: GameState, current: Choices, at: RowsAt): number {
    const w = (at.w - at.gap * (current.checks.length - 1)) / current.checks.length;
    let rowH = 0;
    current.checks.forEach((c, i) => {
      const late = outlastsPost(c, current.item, current.post, game.hour);
      const meta = tags(t('play.hoursShort', { hours: c.hours }), late && t('play.checks.expiresFirst'));
      const chip = drawCheckChip(
        this,
        i * (w + at.gap),
        at.y,
        w,
        CHECK_KEYS[c.check],
        CHECK_TOPICS[c.check],
        meta,
        () => s.runCheck(c.check),
      );
      this.still.hover(chip.zone, 10);
      rowH = Math.max(rowH, chip.height);
    });
    return at.y + rowH + at.gap;
  }

  /** The checks as rows like the replies', each saying what it does; gives back where the replies start. */
  private drawCheckRows(s: App, game: GameState, current: Choices, at: RowsAt): number {
    let y = at.y;
    for (const c of current.checks) {
      const late = outlastsPost(c, current.item, current.post, game.hour);
      const meta = tags(
        t('play.checks.tag'),
        t('play.hoursShort', { hours: c.hours }),
        late && t('play.checks.expiresFirst'),
      );
      y += this.drawRow(at, y, CHECK_KEYS[c.check], CHECK_ACTIONS[c.check], meta, false, true, () =>
        s.runCheck(c.check),
      );
    }
    return y;
  }

  /**
   * The replies (those of `page` only, when given), numbered; gives back each drawn one's height and gap after
   * it, and where the last one's gap ends.
   */
  private drawResponseRows(
    s: App,
    game: GameState,
    current: Choices,
    at: RowsAt,
    portrait: boolean,
    page?: ReplyPage,
  ): { heights: number[]; bottom: number } {
    const tired = game.values.composure < TIRED_BELOW;
    const heights: number[] = [];
    let y = at.y;
    current.responses.forEach((r, i) => {
      if (page && (i < page.from || i >= page.to)) return;
      const tempting = tired && r.kind === 'anger';
      // The no-break space in play.hoursShort keeps the hours with their unit when the line wraps.
      const meta = tags(
        s.settings.showKinds && kindWords(r.kind),
        t('play.hoursShort', { hours: replyCost(r, game) }),
        tempting && t('play.tempting'),
      );
      heights[i] = this.drawRow(at, y, String(i + 1), r.label, meta, tempting, portrait, () => s.reply(r.id));
      y += heights[i];
    });
    return { heights, bottom: y };
  }

  /** One check or reply row at `y` of the column, with its hover outline; gives back its height and the gap after. */
  private drawRow(
    at: RowsAt,
    y: number,
    key: string,
    label: string,
    meta: string,
    tempting: boolean,
    compact: boolean,
    act: () => void,
  ): number {
    const choice = drawChoice(this, 0, y, at.w, key, label, meta, tempting, compact, act, at.minHeight);
    this.still.hover(choice.zone, 10);
    return choice.height + at.gap;
  }

  /** The button that turns a phone's page of replies, under them. */
  private drawPageButton(current: Choices, page: ReplyPage, at: RowsAt) {
    const label = t(page.last ? 'play.repliesBack' : 'play.repliesMore', {
      from: page.next.from + 1,
      to: page.next.to,
    });
    const turn = drawButton(this, 0, at.y, at.w, label, () => {
      this.replyPage = { post: current.item.id, at: page.next.from };
      this.redraw();
    });
    this.still.hover(turn.zone, 8);
  }

  /** The feed: open posts first, newest on top; then the rest, dimmed. Cards that do not fit are left out. */
  private drawPosts(
    s: App,
    game: GameState,
    level: Level,
    layout: FeedLayout,
    bottom: number,
    current: string | undefined,
    live: Live,
  ) {
    // The post being answered comes first, so that it is always on screen; then the other open posts,
    // newest first; then the rest, dimmed.
    const rank = (f: FeedItem) => (f.id === current ? 2 : f.status === 'open' ? 1 : 0);
    const items = [...game.feed].reverse().sort((a, b) => rank(b) - rank(a));
    let y = layout.feed.y;
    for (const [i, item] of items.entries()) {
      const room = bottom - y;
      if (room < 90) break;
      const post = findPost(level, item.id)!;
      const draw = (maxLines: number) => {
        let parts!: ReturnType<typeof drawCard>;
        const card = this.group(() => {
          parts = drawCard(this, layout.feed.w, post, item, {
            selected: item.id === current,
            hour: game.hour,
            persona: level.persona.handle,
            maxLines,
            findings: findingsFor(level, game, item.id),
          });
        });
        return { card, parts };
      };
      // The first card always shows, cut to as many lines as fit a small screen; the others only whole.
      let { card, parts } = draw(0);
      for (let lines = 6; i === 0 && layout.portrait && parts.height > room && lines >= 1; lines--) {
        card.destroy();
        ({ card, parts } = draw(lines));
      }
      if (i > 0 && parts.height > room) {
        card.destroy();
        break;
      }
      this.countUp(item.id, item.shares, parts.sharesText);
      live.set(parts.sharesText, null);
      card.setPosition(layout.feed.x, y);
      if (parts.cut) pickZone(this, layout.feed.x, y, layout.feed.w, parts.height, () => s.readPost(item.id));
      else if (item.status === 'open')
        pickZone(this, layout.feed.x, y, layout.feed.w, parts.height, () => s.select(item.id));
      y += parts.height + 10;
    }
  }

  /** While paused, a shade over the feed that also catches the pointer, so nothing under it can be picked. */
  private drawPauseShade(layout: FeedLayout) {
    const h = layout.ticker.y - layout.top.h;
    this.graphics().fillStyle(COLORS.night, 0.75).fillRect(0, layout.top.h, this.cssW, h);
    this.adopt(this.add.zone(0, layout.top.h, this.cssW, h).setOrigin(0).setInteractive());
    this.text(this.cssW / 2, this.cssH / 2, t('play.clock.pausedShade'), 24, COLORS.text, {
      align: 'center',
      fontStyle: 'bold',
    }).setOrigin(0.5);
  }

  /** A share count that grew since it was last drawn counts up to its new value. */
  private countUp(id: string, to: number, text: Phaser.GameObjects.Text) {
    const from = this.sharesShown.get(id) ?? to;
    this.sharesShown.set(id, to);
    if (from === to || this.reducedMotion) return;
    text.setText(t('play.post.shares', { shares: shares(from) }));
    this.tweens.addCounter({
      from,
      to,
      duration: 600,
      onUpdate: (tween) =>
        text.active && text.setText(t('play.post.shares', { shares: shares(tween.getValue() ?? to) })),
    });
  }

  /** Meters ease towards their new values; with reduced motion they jump. */
  private easeMeters(s: App, delta: number) {
    if (!s.game) return;
    let moved = false;
    let settled = true;
    for (const m of METERS) {
      const target = s.game.values[m];
      const now = this.shown[m] ?? target;
      const next = this.reducedMotion ? target : now + (target - now) * Math.min(1, delta / 150);
      // The last half point is a jump: below a pixel of bar, easing it would only cost frames.
      this.shown[m] = Math.abs(target - next) < 0.5 ? target : next;
      if (this.shown[m] !== now) moved = true;
      if (this.shown[m] !== target) settled = false;
    }
    if (moved) this.paintMeters();
    // Frames until every meter has arrived: a meter must never come to rest short of its value.
    if (!settled) this.keepAwake();
  }

  private paintMeters() {
    for (const v of this.meterViews) {
      const value = this.shown[v.m]!;
      // Text is redrawn and re-uploaded on every change: only when the shown number changes.
      const n = String(Math.round(value));
      if (v.value.text !== n) v.value.setText(n);
      v.bar.clear().fillStyle(COLORS.line).fillRoundedRect(v.x, v.y, v.w, 10, 5);
      // Whole device pixels: a frame that would move the bar by less draws nothing (still-layer.ts).
      const fill = Math.round(Math.max(10, (v.w * value) / 100) * this.dpr) / this.dpr;
      v.bar.fillStyle(COLORS[v.m]).fillRoundedRect(v.x, v.y, fill, 10, 5);
      // The danger line (where the alarm sounds), so the threshold reads without colour.
      const alarm = ALARMS[v.m];
      const at = ('below' in alarm ? alarm.below : alarm.above) / 100;
      v.bar.fillStyle(COLORS.text).fillRect(v.x + v.w * at - 1, v.y - 3, 2, 16);
    }
  }

  /** After a reply, the change of each meter shows on its bar for a moment, drawn by the HTML layer. */
  private floatDeltas(game: GameState, before: GameState) {
    if (this.reducedMotion) return;
    const floats: FloatingText[] = [];
    // The step between the numbers each meter shows, so that the float adds up to them.
    const moved = shownMoves(before.values, game.values);
    for (const [i, v] of this.meterViews.entries()) {
      const d = moved[v.m];
      // On its bar, the one place in the top bar without text (above are the labels, below the posts): from
      // its number, as wide as "100", to the next meter's number or the edge of the screen.
      const to = this.meterViews[i + 1]?.value.x ?? this.cssW;
      if (d !== 0)
        floats.push({
          x: v.x + v.w / 2,
          y: v.y + 5,
          from: v.x - 4,
          to: to - 4,
          text: signed(d),
          color: css(COLORS[v.m]),
        });
    }
    if (floats.length > 0) this.game.events.emit(METER_FLOATS, floats);
  }
}

/** A choice's small print: its tags, those that apply, one after the other ("evidence · 2 h · tempting"). */
const tags = (...words: (string | false)[]) => words.filter(Boolean).join(' · ');

/** Where a column of check or reply rows starts, how wide it is, the gap after each row and a row's least height. */
interface RowsAt {
  y: number;
  w: number;
  gap: number;
  minHeight: number;
}

/** The replies' group, each drawn reply's height and gap after it, and where the first reply starts. */
interface BuiltReplies {
  group: Phaser.GameObjects.Container;
  rowHeights: number[];
  top: number;
}

/** A page of replies on a phone: replies from..to-1 (indexes), and the page its button turns to. */
interface ReplyPage {
  from: number;
  to: number;
  next: { from: number; to: number };
  /** The last page: its button goes back to the first. */
  last: boolean;
}
