// What an LMS keeps of a learner between sessions (SCORM 1.2's cmi.suspend_data, at most 4,096 characters):
// the saved game, the campaign's progress and the settings. Every game in them (the one under way, each
// chapter's best and last) is written as its replay code, the whole packed with deflate and written in
// base64, so that a whole campaign fits and any LMS stores it as plain text. A learner who opens the course
// on another computer gets them back into that browser's storage before the game starts.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Level } from '../content/schema.ts';
import type { Storm } from '../content/storm.ts';
import type { GameLog } from '../core/state.ts';
import { PROGRESS_KEY } from './progress.ts';
import { decodeReplay, encodeReplay } from './replay-code.ts';
import { type KeyValueStorage, type LevelResolver, SAVE_KEY } from './saves.ts';
import { SETTINGS_KEY } from './settings.ts';

/** SCORM 1.2's limit on cmi.suspend_data. */
export const SUSPEND_LIMIT = 4096;
/** The keys carried, most precious first: when they do not fit, the last ones are left out. */
const KEYS = [SAVE_KEY, PROGRESS_KEY, SETTINGS_KEY] as const;
/** A version letter, so that a later layout can still read this one. */
const VERSION = 'A';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const parsed = (text: string | null): unknown => {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
};

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A game as its replay code, when its chapter is known and it replays; as it was otherwise. */
function coded(id: string, game: unknown, resolve: LevelResolver): unknown {
  if (!isObject(game) || typeof game.seed !== 'number') return game;
  const level = resolve(id, game.seed);
  try {
    return level ? encodeReplay(level, { ...(game as unknown as GameLog), level: id }) : game;
  } catch {
    return game;
  }
}

/** A replay code back into the game it holds (without its chapter's id, which the place it sits in gives). */
function uncoded(code: unknown, levels: readonly Level[], storm: Storm): unknown {
  if (typeof code !== 'string') return code;
  const d = decodeReplay(code, levels, storm);
  if ('error' in d) return null;
  const { level: _level, ...game } = d.session;
  return game;
}

/** The stored save and progress with each game in them turned by `turn` (into its code, or back). */
function eachGame(entries: Json, turn: (id: string, game: unknown) => unknown, packing: boolean): Json {
  const out = { ...entries };
  const save = parsed(entries[SAVE_KEY] as string);
  if (isObject(save) && typeof save.level === 'string') {
    // A save is its version, chapter and focus around a game: {v, level, focus, game: CODE} when packed.
    const { v, level, focus, game, ...rest } = save;
    const turned = turn(level, packing ? rest : game);
    if (!packing && isObject(turned)) out[SAVE_KEY] = JSON.stringify({ v, level, ...turned, focus });
    else if (packing && typeof turned === 'string') out[SAVE_KEY] = JSON.stringify({ v, level, focus, game: turned });
  }
  const progress = parsed(entries[PROGRESS_KEY] as string);
  if (isObject(progress) && isObject(progress.records)) {
    const records = Object.fromEntries(
      Object.entries(progress.records).map(([id, r]) => [
        id,
        isObject(r) ? { ...r, bestGame: turn(id, r.bestGame), lastGame: turn(id, r.lastGame) } : r,
      ]),
    );
    out[PROGRESS_KEY] = JSON.stringify({ ...progress, records });
  }
  return out;
}

const pack = (entries: [string, string][], resolve: LevelResolver) =>
  VERSION +
  toBase64(
    deflateSync(
      strToU8(JSON.stringify(eachGame(Object.fromEntries(entries), (id, g) => coded(id, g, resolve), true))),
      { level: 9 },
    ),
  );

/**
 * The storage's game, progress and settings packed for the LMS; null when even the saved game alone does
 * not fit (the LMS then keeps what it had).
 */
export function packSuspend(storage: KeyValueStorage, resolve: LevelResolver): string | null {
  const entries = KEYS.flatMap((k) => {
    const v = storage.getItem(k);
    return v === null ? [] : [[k, v] as [string, string]];
  });
  for (let n = entries.length; n > 0; n--) {
    const packed = pack(entries.slice(0, n), resolve);
    if (packed.length <= SUSPEND_LIMIT) return packed;
  }
  return entries.length ? null : pack([], resolve);
}

/**
 * The storage entries an LMS kept, or null for text that is not suspend data of this game; its games are
 * read with these chapters and the storm dealt from them.
 */
export function unpackSuspend(text: string, levels: readonly Level[], storm: Storm): Record<string, string> | null {
  if (!text.startsWith(VERSION)) return null;
  try {
    const data: unknown = JSON.parse(strFromU8(inflateSync(fromBase64(text.slice(1)))));
    if (!isObject(data)) return null;
    const known = Object.fromEntries(
      Object.entries(data).filter(([k, v]) => (KEYS as readonly string[]).includes(k) && typeof v === 'string'),
    );
    return eachGame(known, (_, code) => uncoded(code, levels, storm), false) as Record<string, string>;
  } catch {
    return null;
  }
}
