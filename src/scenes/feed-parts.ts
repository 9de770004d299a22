// Drawing pieces of the feed screen: a post card, a meter, a response button. Each takes plain data.
import type * as Phaser from 'phaser';
import type { Check, Post } from '../content/schema.ts';
import { METERS, type MeterName } from '../content/terms.ts';
import type { FeedItem } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { answerShown, findingText, shares } from '../view/format.ts';
import { type Marker, marker } from '../view/meter-styles.ts';
import { COLORS, avatarColor, initials } from '../view/theme.ts';
import type { UiScene } from './ui-scene.ts';
import { responseOf } from '../core/level-index.ts';
import { wrapAt } from './wrap.ts';

type Graphics = Phaser.GameObjects.Graphics;

/** Fills a meter's marker in the graphics' fill style: a circle, a square or a triangle (view/meter-styles.ts). */
function fillMarker(g: Graphics, k: Marker) {
  if (k.kind === 'circle') g.fillCircle(k.x, k.y, k.r);
  else if (k.kind === 'rect') g.fillRect(k.x, k.y, k.w, k.h);
  else g.fillTriangle(...k.points);
}

/** Each meter's marker, centred on (x, y), r its half width: METER_SHAPES.trust(g, x, y, r). */
export const METER_SHAPES = Object.fromEntries(
  METERS.map((m) => [m, (g: Graphics, x: number, y: number, r: number) => fillMarker(g, marker(m, x, y, r))]),
) as Record<MeterName, (g: Graphics, x: number, y: number, r: number) => void>;

export interface CardOptions {
  /** The post the replies answer, outlined. */
  selected: boolean;
  /** The game's hour, for the time left to reply. */
  hour: number;
  /** The player's handle, shown on the reply that went out. */
  persona: string;
  /** Cut the text to this many lines (0: no limit) on a small screen. */
  maxLines: number;
  /** The checks run on the post, with what they found. */
  findings: readonly Check[];
}

/** A post card at (0, 0), width w; returns its height and its share counter, which the scene animates. */
export function drawCard(
  p: UiScene,
  w: number,
  post: Post,
  item: FeedItem,
  { selected, hour, persona, maxLines, findings }: CardOptions,
): { height: number; sharesText: Phaser.GameObjects.Text; cut: boolean } {
  const open = item.status === 'open';
  const bg = p.graphics();
  const pad = 12;
  // The avatar grows with the text, so that its initials stay inside it.
  const av = Math.round(40 * p.textScale);
  const name = p.text(pad + av + 10, pad, post.author.name, 16, COLORS.text, { fontStyle: 'bold' });
  // The handle goes beside the name, or under it when the two do not fit on one line.
  const handle = p.text(name.x + name.width + 8, pad, post.author.handle, 16, COLORS.muted);
  if (handle.x + handle.width > w - pad) handle.setPosition(name.x, name.y + name.height);
  const body = p.text(pad + av + 10, handle.y + handle.height + 4, post.text, 16, open ? COLORS.text : COLORS.muted, {
    wordWrap: wrapAt(w - pad * 2 - av - 10),
    lineSpacing: 4,
    maxLines,
  });
  // A post cut short says so: its last line ends in an ellipsis.
  const wrapped = maxLines ? body.getWrappedText(post.text) : [];
  const cut = wrapped.length > maxLines || Boolean(maxLines && post.quote);
  if (wrapped.length > maxLines) {
    const last = wrapped[maxLines - 1]!.trimEnd();
    body.setText([...wrapped.slice(0, maxLines - 1), `${last.slice(0, Math.max(0, last.length - 2)).trimEnd()}…`]);
  }
  let bottom = body.y + body.height;
  if (post.quote && !maxLines) {
    const q = p.text(body.x + 12, bottom + 8, post.quote, 16, COLORS.muted, {
      wordWrap: wrapAt(w - pad * 2 - av - 34),
      fontStyle: 'italic',
    });
    bg.lineStyle(2, COLORS.line).strokeRoundedRect(body.x, bottom + 2, w - pad * 2 - av - 10, q.height + 12, 8);
    bottom = q.y + q.height + 6;
  }
  // What the checks found, each under the post it is about (a cut card leaves them to its dialog).
  for (const c of maxLines ? [] : findings) {
    const f = p.text(body.x + 12, bottom + 8, findingText(c), 16, COLORS.text, {
      wordWrap: wrapAt(w - pad * 2 - av - 22),
      fontStyle: 'italic',
    });
    bg.fillStyle(COLORS.finding).fillRect(body.x, bottom + 8, 3, f.height);
    bottom = f.y + f.height;
  }
  const answer = item.answer && responseOf(post, item.answer);
  if (answer) {
    // The reply as it went out (or the silence kept), under the post it answers.
    const silent = answer.kind === 'silence' || !answer.reply;
    const a = p.text(
      body.x + 12,
      bottom + 8,
      `↳ ${answerShown(answer, persona)}`,
      16,
      silent ? COLORS.muted : COLORS.text,
      {
        wordWrap: wrapAt(w - pad * 2 - av - 22),
      },
    );
    bg.fillStyle(COLORS.accent).fillRect(body.x, bottom + 8, 3, a.height);
    bottom = a.y + a.height;
  }
  // A post cut short is read whole with a tap (the feed opens it in a dialog).
  if (cut) {
    const hint = p.text(
      body.x,
      bottom + 4,
      t(findings.length ? 'play.post.tapToReadFound' : 'play.post.tapToRead'),
      16,
      COLORS.accent,
      { wordWrap: wrapAt(w - pad * 2 - av - 10) },
    );
    bottom = hint.y + hint.height;
  }
  const sharesText = p.text(
    body.x,
    bottom + 8,
    t('play.post.shares', { shares: shares(item.shares) }),
    16,
    item.viral >= 4 && open ? COLORS.heat : COLORS.muted,
  );
  const hoursLeft = Math.max(0, item.arrivedAt + post.window - hour);
  // The last hour to reply is a warning, in the heat colour and with words that say so.
  const urgent = open && hoursLeft <= 1;
  const status = open
    ? urgent
      ? t('play.post.lastHour')
      : t('play.post.hoursLeft', { hours: hoursLeft })
    : t(item.status === 'answered' ? 'play.post.answeredStatus' : 'play.post.expiredStatus');
  const statusColor = urgent ? COLORS.heat : open ? COLORS.accent : COLORS.muted;
  const st = p.text(w - pad, bottom + 8, status, 16, statusColor).setOrigin(1, 0);
  const height = st.y + st.height + pad;

  bg.fillStyle(open ? COLORS.cardOpen : COLORS.card, open ? 1 : 0.7).fillRoundedRect(0, 0, w, height, 12);
  if (selected) bg.lineStyle(3, COLORS.accent).strokeRoundedRect(0, 0, w, height, 12);
  if (open) {
    // The reply window: how much of it is left.
    bg.fillStyle(statusColor, 0.9).fillRect(12, height - 4, ((w - 24) * hoursLeft) / post.window, 3);
  }
  bg.fillStyle(avatarColor(post.author.handle)).fillCircle(pad + av / 2, pad + av / 2, av / 2);
  p.text(pad + av / 2, pad + av / 2, initials(post.author.name), 16, COLORS.text, {
    fontStyle: 'bold',
  }).setOrigin(0.5);
  return { height, sharesText, cut };
}

/** A response button; `tempting` marks the angry reply that a tired CEO reaches for. Compact on phones.
 * Returns its height and the zone that takes the pointer. */
export function drawChoice(
  p: UiScene,
  x: number,
  y: number,
  w: number,
  badgeText: string,
  text: string,
  meta: string,
  tempting: boolean,
  compact: boolean,
  onPick: () => void,
  minHeight = 48,
) {
  const g = p.graphics();
  const wrap = { wordWrap: wrapAt(w - 64) };
  const label = p.text(
    x + 52,
    y + (compact ? 8 : 12),
    compact ? `${text} · ${meta}` : text,
    compact ? 16 : 18,
    COLORS.text,
    wrap,
  );
  const kind = compact
    ? label
    : p.text(x + 52, label.y + label.height + 2, meta, 16, tempting ? COLORS.heat : COLORS.muted);
  const height = Math.max(minHeight, kind.y + kind.height + (compact ? 8 : 10) - y);
  // The badge (a reply's number, a check's letter) fits its text at any text size.
  const digit = p.text(x + 26, y + height / 2, badgeText, 18, COLORS.night, { fontStyle: 'bold' }).setOrigin(0.5);
  const badge = Math.max(32, digit.height + 6);
  g.fillStyle(COLORS.card)
    .fillRoundedRect(x, y, w, height, 10)
    .lineStyle(2, tempting ? COLORS.heat : COLORS.line)
    .strokeRoundedRect(x, y, w, height, 10)
    .fillStyle(COLORS.accent)
    .fillRoundedRect(x + 26 - badge / 2, y + height / 2 - badge / 2, badge, badge, 8);
  return { height, zone: pickZone(p, x, y, w, height, onPick) };
}

/**
 * A check as a chip, one of a row (a phone with many choices): its key and name centred over its cost, in a
 * narrow box at least 44 px tall. Returns its height.
 */
export function drawCheckChip(
  p: UiScene,
  x: number,
  y: number,
  w: number,
  key: string,
  text: string,
  meta: string,
  onPick: () => void,
) {
  const box = p.graphics(); // first, so that the text is drawn over it
  const label = p
    .text(x + w / 2, y + 6, `${key} ${text}\n${meta}`, 16, COLORS.text, { wordWrap: wrapAt(w - 12), align: 'center' })
    .setOrigin(0.5, 0);
  const height = Math.max(44, label.height + 12);
  box
    .fillStyle(COLORS.card)
    .fillRoundedRect(x, y, w, height, 10)
    .lineStyle(2, COLORS.accent)
    .strokeRoundedRect(x, y, w, height, 10);
  return { height, zone: pickZone(p, x, y, w, height, onPick) };
}

/**
 * A small labelled button in the top bar, at least `minW` wide and as wide as its label needs; its label
 * grows with the text size up to 1.25×, so that three buttons still fit a phone. Returns its width and the
 * zone that takes the pointer.
 */
export function drawButton(p: UiScene, x: number, y: number, minW: number, label: string, onPick: () => void) {
  const g = p.graphics();
  const size = 16 * Math.min(1, 1.25 / p.textScale);
  const text = p.text(x, y, label, size, COLORS.text).setOrigin(0.5);
  const w = Math.max(minW, text.width + 16);
  const h = Math.max(34, text.height + 10);
  text.setPosition(x + w / 2, y + h / 2);
  g.fillStyle(COLORS.card).fillRoundedRect(x, y, w, h, 8).lineStyle(2, COLORS.line).strokeRoundedRect(x, y, w, h, 8);
  return { width: w, height: h, zone: pickZone(p, x, y, w, h, onPick) };
}

/** An invisible area that picks on pointer up. */
export function pickZone(p: UiScene, x: number, y: number, w: number, h: number, onPick: () => void) {
  return p.adopt(p.add.zone(x, y, w, h).setOrigin(0).setInteractive({ useHandCursor: true })).on('pointerup', onPick);
}
