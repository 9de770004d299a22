// Replay codes: a finished game as a short, URL-safe string that anyone can open (`?replay=CODE`) or replay in
// Node (`npm run simulate -- --replay CODE`). A game is its chapter, seed, pacing, carry-over and action log
// (the engine is deterministic), so that is all a code holds.
//
// Format: a version letter ("B"), then base64url of a bit string and its checksum:
//   chapter number (gamma of number + 1) · shape of the chapter (16 bits) · seed (sign + 32 bits) · live (1 bit)
//   · carry-over (1 bit, then per hidden value: present? exact hundredths in 15 bits, or a 64-bit float)
//   · actions: 0 + post + response (indexes into the level, as few bits as its size needs) │ 10 + gamma(run of
//     one-hour ticks) │ 110 + gamma(hours of one longer tick) │ 1110 + live? (pacing) │ 11110 + post + check
//     (2 bits: its place in CHECKS) │ 11111 (end)
//   · zeros to the byte · CRC-32 (4 bytes) of the version letter and everything before it.
// Version "A" had no checks: its end was 1111. A codes are still read.
// Every later version keeps the letter first and the CRC-32 last, so that an older game can tell a newer
// code from a damaged one. The chapter's shape is a hash of its post and reply ids in order: a code made
// before the chapter's posts changed is refused rather than replayed into different numbers.
import type { Level } from '../content/schema.ts';
import type { Storm } from '../content/storm.ts';
import { CHECKS, HIDDEN } from '../content/terms.ts';
import { IllegalAction, replay } from '../core/engine.ts';
import { hashKey } from '../core/rng.ts';
import type { Action, Carry, GameLog, GameState } from '../core/state.ts';
import { buildStorm } from '../core/storm.ts';
import { t } from '../i18n/i18n.ts';
import { BitReader, BitWriter, crc32, Damaged, fromBase64Url, toBase64Url, widthFor } from './bits.ts';

export const REPLAY_VERSION = 'B';

/** A game as it can be replayed: its action log and the chapter's id. */
export interface ReplaySession extends GameLog {
  level: string;
}

export type Decoded = { level: Level; session: ReplaySession } | { error: string };

/** Codes longer than this are not read: a storm of thousands of replies takes a few thousand characters. */
const MAX_LENGTH = 200_000;
const CARRY_SCALE = 100;
const CARRY_OFFSET = 100 * CARRY_SCALE;

/** 16 bits that change when a chapter's posts or replies are added, removed, renamed or reordered. */
export function shapeOf(level: Level): number {
  const ids = level.posts.flatMap((p) => [
    p.id,
    ...p.responses.map((r) => r.id),
    ...p.checks.map((c) => `?${c.check}`),
    ...p.variants.map((v) => `=${v.id}`),
  ]);
  return hashKey(level.number, level.id, ...ids) & 0xffff;
}

const widths = (level: Level) => ({
  post: widthFor(level.posts.length),
  response: widthFor(Math.max(...level.posts.map((p) => p.responses.length))),
});

export function encodeReplay(level: Level, session: ReplaySession): string {
  if (session.level !== level.id) throw new Error(`the session is of "${session.level}", not "${level.id}"`);
  const { seed } = session;
  if (!Number.isInteger(seed) || Math.abs(seed) >= 2 ** 32)
    throw new RangeError(`seed ${seed} is not a 32-bit integer`);
  const w = new BitWriter().gamma(level.number + 1).bits(shapeOf(level), 16);
  w.bit(seed < 0).bits(Math.abs(seed), 32);
  w.bit(session.pacing === 'live');
  writeCarry(w, session.carry);
  writeActions(w, level, session.actions);
  const body = w.finish();
  const sum = crc32(Uint8Array.from([REPLAY_VERSION.charCodeAt(0), ...body]));
  return (
    REPLAY_VERSION +
    toBase64Url(Uint8Array.from([...body, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255]))
  );
}

function writeCarry(w: BitWriter, carry: Carry | undefined) {
  w.bit(carry !== undefined);
  if (!carry) return;
  for (const v of HIDDEN) {
    const x = carry[v];
    w.bit(x !== undefined);
    if (x === undefined) continue;
    // A chapter hands on hundredths (engine.carryFrom): 15 bits. Anything else keeps every bit of its float.
    const scaled = Math.round(x * CARRY_SCALE);
    const exact = scaled / CARRY_SCALE === x && Math.abs(scaled) <= CARRY_OFFSET;
    w.bit(!exact);
    if (exact) w.bits(scaled + CARRY_OFFSET, 15);
    else for (const b of new Uint8Array(new Float64Array([x]).buffer)) w.bits(b, 8);
  }
}

function writeActions(w: BitWriter, level: Level, actions: readonly Action[]) {
  const width = widths(level);
  const postIndex = new Map(level.posts.map((p, i) => [p.id, i]));
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    if (a.type === 'reply') {
      const p = postIndex.get(a.post);
      const r = p === undefined ? -1 : level.posts[p]!.responses.findIndex((x) => x.id === a.response);
      if (p === undefined || r < 0) throw new Error(`"${a.post}.${a.response}" is not in "${level.id}"`);
      w.bit(0).bits(p, width.post).bits(r, width.response);
    } else if (a.type === 'check') {
      const p = postIndex.get(a.post);
      if (p === undefined) throw new Error(`"${a.post}" is not in "${level.id}"`);
      w.bits(0b11110, 5).bits(p, width.post).bits(CHECKS.indexOf(a.check), 2);
    } else if (a.type === 'tick' && a.hours === 1) {
      // The live clock ticks an hour at a time: a run of them is one count.
      let run = 1;
      while (actions[i + run]?.type === 'tick' && (actions[i + run] as { hours: number }).hours === 1) run++;
      w.bits(0b10, 2).gamma(run);
      i += run - 1;
    } else if (a.type === 'tick') {
      w.bits(0b110, 3).gamma(a.hours);
    } else {
      w.bits(0b1110, 4).bit(a.pacing === 'live');
    }
  }
  w.bits(0b11111, 5);
}

/**
 * The chapter and session a code holds, or what is wrong with it in plain words. A storm's game is found only
 * with the storm's data, to deal it from `levels`.
 */
export function decodeReplay(code: string, levels: readonly Level[], storm: Storm | null = null): Decoded {
  const text = fromLink(code.trim());
  if (!text) return { error: t('menus.replay.empty') };
  if (text.length > MAX_LENGTH) return { error: t('menus.replay.tooLong') };
  if (!/^[A-Z]/.test(text)) return { error: t('menus.replay.notCode') };
  const bytes = fromBase64Url(text.slice(1));
  // Base64url's last character can carry unused bits: a code must be exactly as the game writes it.
  if (!bytes || toBase64Url(bytes) !== text.slice(1)) {
    return { error: /^[A-Za-z0-9_-]*$/.test(text) ? t('menus.replay.cutShort') : t('menus.replay.strangeCharacters') };
  }
  if (bytes.length < 5) return { error: t('menus.replay.tooShort') };
  const body = bytes.subarray(0, -4);
  const sum = bytes.subarray(-4).reduce((n, b) => n * 256 + b, 0);
  if (crc32(Uint8Array.from([text.charCodeAt(0), ...body])) !== sum) return { error: t('menus.replay.checksum') };
  if (text[0]! > REPLAY_VERSION) return { error: t('menus.replay.newer') };
  try {
    return read(new BitReader(body), levels, storm, text[0] === 'A');
  } catch (e) {
    if (e instanceof Damaged) return { error: t(`menus.replay.damaged.${e.reason}`) };
    throw e;
  }
}

/** A whole link pasted where a code was asked for: its `replay` parameter. */
function fromLink(text: string): string {
  const m = /[?&]replay=([^&#\s]*)/.exec(text);
  return m ? decodeURIComponent(m[1]!) : text;
}

function read(r: BitReader, levels: readonly Level[], storm: Storm | null, noChecks: boolean): Decoded {
  const number = r.gamma() - 1;
  const shape = r.bits(16);
  const negative = r.bit();
  const magnitude = r.bits(32);
  const seed = negative ? -magnitude : magnitude;
  const pacing = r.bit() ? 'live' : 'turn';
  const carry = readCarry(r);
  const found = findLevel(levels, storm, number, shape, seed);
  if ('error' in found) return found;
  const { level } = found;
  const actions = readActions(r, level, noChecks);
  if (!r.atEnd()) throw new Damaged('goesOnAfterEnd');
  return { level, session: { level: level.id, seed, pacing, ...(carry && { carry }), actions } };
}

function findLevel(
  levels: readonly Level[],
  storm: Storm | null,
  number: number,
  shape: number,
  seed: number,
): { level: Level } | Decoded {
  const same = levels.filter((l) => l.number === number);
  // The endless storm is dealt from the seed (from the campaign's chapters, so only when there are some).
  if (storm && levels.some((l) => !l.bonus) && storm.number === number) same.push(buildStorm(levels, storm, seed));
  const level = same.find((l) => shapeOf(l) === shape);
  if (level) return { level };
  if (!same.length) return { error: t('menus.replay.unknownChapter') };
  return { error: t('menus.replay.otherVersion', { title: same[0]!.title }) };
}

function readCarry(r: BitReader): Carry | undefined {
  if (!r.bit()) return undefined;
  const carry: Carry = {};
  for (const v of HIDDEN) {
    if (!r.bit()) continue;
    if (!r.bit()) {
      carry[v] = (r.bits(15) - CARRY_OFFSET) / CARRY_SCALE;
      continue;
    }
    const bytes = Uint8Array.from({ length: 8 }, () => r.bits(8));
    const x = new Float64Array(bytes.buffer)[0]!;
    if (!Number.isFinite(x)) throw new Damaged('carryNotNumber');
    carry[v] = x;
  }
  return carry;
}

function readActions(r: BitReader, level: Level, noChecks: boolean): Action[] {
  const width = widths(level);
  const actions: Action[] = [];
  const most = noChecks ? 4 : 5;
  for (;;) {
    // Each action opens with as many ones as its place in the list: 0 reply, 10 ticks, 110, 1110, 11110
    // check, 11111 end (an "A" code ends at 1111).
    let ones = 0;
    while (ones < most && r.bit()) ones++;
    switch (ones) {
      case 0: {
        const post = level.posts[r.bits(width.post)];
        const response = post?.responses[r.bits(width.response)];
        if (!post || !response) throw new Damaged('unknownReply');
        actions.push({ type: 'reply', post: post.id, response: response.id });
        break;
      }
      case 1: {
        const run = r.gamma();
        if (actions.length + run > MAX_LENGTH * 8) throw new Damaged('tooManyHours');
        for (let i = 0; i < run; i++) actions.push({ type: 'tick', hours: 1 });
        break;
      }
      case 2:
        actions.push({ type: 'tick', hours: r.gamma() });
        break;
      case 3:
        actions.push({ type: 'pacing', pacing: r.bit() ? 'live' : 'turn' });
        break;
      case 4: {
        if (noChecks) return actions;
        const post = level.posts[r.bits(width.post)];
        const check = CHECKS[r.bits(2)];
        if (!post || !check) throw new Damaged('unknownCheck');
        actions.push({ type: 'check', post: post.id, check });
        break;
      }
      default:
        return actions;
    }
  }
}

export type Replayed = { level: Level; session: ReplaySession; game: GameState } | { error: string };

/** Decodes a code and plays its game to its ending, or says in plain words why it cannot (see decodeReplay). */
export function replayFromCode(code: string, levels: readonly Level[], storm: Storm | null = null): Replayed {
  const decoded = decodeReplay(code, levels, storm);
  if ('error' in decoded) return decoded;
  const { level, session } = decoded;
  let game: GameState;
  try {
    game = replay(level, session, session.actions);
  } catch (e) {
    if (!(e instanceof IllegalAction)) throw e;
    return { error: t('menus.replay.doesNotFit', { title: level.title }) };
  }
  if (!game.ending) return { error: t('menus.replay.notEnded', { title: level.title }) };
  return { level, session, game };
}

/** Where a game ended, as the debrief shows it (whole numbers) and as `simulate --replay --json` prints it. */
export function replayResult(game: GameState): {
  final: { trust: number; loyalty: number; heat: number };
  ending: string;
} {
  const { trust, loyalty, heat } = game.values;
  return {
    final: { trust: Math.round(trust), loyalty: Math.round(loyalty), heat: Math.round(heat) },
    ending: game.ending ?? '',
  };
}
