// Saves are the seed plus the action log (event sourcing): replaying them rebuilds the exact state.
// A save that cannot be used is kept under a backup key and reported in plain words, never dropped.
import * as z from 'zod/mini';
import { IllegalAction, replay } from '../core/engine.ts';
import { type GameState, PACINGS } from '../core/state.ts';
import type { Level } from '../content/schema.ts';
import { CHECKS, HIDDEN, type HiddenName } from '../content/terms.ts';
import { t } from '../i18n/i18n.ts';
import type { ReplaySession } from './replay-code.ts';
import { isScenario, ownId } from './scenario-id.ts';

/** 2: an action names its kind in `type` (1 called it `t`; such saves are upgraded on load). */
export const SAVE_VERSION = 2;
export const SAVE_KEY = 'hot-seat/save';
export const BACKUP_KEY = 'hot-seat/save-backup';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const shift = z.number().check(z.minimum(-100), z.maximum(100));
/** The fields of a carry-over (core/state.ts `Carry`): shifts to the hidden values, each optional. */
export const CARRY_FIELDS = Object.fromEntries(HIDDEN.map((v) => [v, z.optional(shift)])) as Record<
  HiddenName,
  z.ZodMiniOptional<typeof shift>
>;
export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('reply'), post: z.string(), response: z.string() }),
  z.strictObject({ type: z.literal('check'), post: z.string(), check: z.enum(CHECKS) }),
  z.strictObject({ type: z.literal('tick'), hours: z.int().check(z.minimum(1)) }),
  z.strictObject({ type: z.literal('pacing'), pacing: z.enum(PACINGS) }),
]);
/**
 * A game as its action log (core/state.ts GameLog), as the campaign's progress keeps its finished games:
 * fields it does not know are dropped, not a reason to lose the record.
 */
export const GameLogSchema = z.object({
  seed: z.int(),
  pacing: z.enum(PACINGS),
  carry: z.optional(z.object(CARRY_FIELDS)),
  actions: z.array(ActionSchema).check(z.maxLength(100_000)),
});
/** A game in play (Save below): its log, strictly, its carry-over too; anything else means a damaged save. */
export const SaveSchema = z.strictObject({
  v: z.literal(SAVE_VERSION),
  level: z.string(),
  ...GameLogSchema.shape,
  carry: z.optional(z.strictObject(CARRY_FIELDS)),
  focus: z.optional(z.string()),
});

/** A game in play, kept in storage: its chapter and action log, the save format's version and where the player was. */
export interface Save extends ReplaySession {
  v: typeof SAVE_VERSION;
  /** The post the player was looking at, so that Continue resumes there. */
  focus?: string;
}

export type LoadedSave =
  | { status: 'loaded'; save: Save; state: GameState }
  | { status: 'damaged'; problem: string }
  | { status: 'none' };

/** Finds the level a save belongs to; the endless storm is rebuilt from the save's seed. */
export type LevelResolver = (id: string, seed: number) => Level | undefined;

/** Reads, validates and replays the saved game; on any problem the raw text is moved to the backup key. */
export function loadSave(storage: KeyValueStorage, resolve: LevelResolver): LoadedSave {
  const raw = storage.getItem(SAVE_KEY);
  if (raw === null) return { status: 'none' };
  const problem = validateSave(raw, resolve);
  if (typeof problem === 'string') {
    // The save goes first, so that a huge one has room to be copied; the fresh start never depends on the copy.
    storage.removeItem(SAVE_KEY);
    let kept = true;
    try {
      storage.setItem(BACKUP_KEY, raw);
    } catch {
      kept = false;
    }
    const outcome = kept ? t('menus.save.kept') : t('menus.save.notKept');
    return { status: 'damaged', problem: t('menus.save.damaged', { problem, outcome }) };
  }
  return { status: 'loaded', ...problem };
}

function validateSave(raw: string, resolve: LevelResolver): string | { save: Save; state: GameState } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return t('menus.save.looksDamaged');
  }
  const v = (data as { v?: unknown } | null)?.v;
  if (typeof v === 'number' && v > SAVE_VERSION) return t('menus.save.newer');
  const parsed = SaveSchema.safeParse(v === 1 ? fromVersion1(data as { actions?: unknown }) : data);
  if (!parsed.success) return t('menus.save.incomplete');
  const save = parsed.data as Save;
  const level = resolve(save.level, save.seed);
  if (!level)
    return isScenario(save.level) ? t('menus.save.scenarioGone', { id: ownId(save.level) }) : t('menus.save.noChapter');
  try {
    const state = replay(level, save, save.actions);
    return state.ending ? t('menus.save.ended') : { save, state };
  } catch (e) {
    if (e instanceof IllegalAction) return t('menus.save.noFit');
    throw e;
  }
}

/** A version 1 save, its actions' `t` renamed to `type`; anything odd is left for the schema to refuse. */
function fromVersion1(data: { actions?: unknown }): unknown {
  if (!Array.isArray(data.actions)) return data;
  const actions = data.actions.map((a: unknown) => {
    if (a === null || typeof a !== 'object' || !('t' in a)) return a;
    const { t, ...rest } = a as { t: unknown };
    return { type: t, ...rest };
  });
  return { ...data, v: SAVE_VERSION, actions };
}

export function writeSave(storage: KeyValueStorage, save: Save): void {
  storage.setItem(SAVE_KEY, JSON.stringify(save));
}

export const clearSave = (storage: KeyValueStorage) => storage.removeItem(SAVE_KEY);
