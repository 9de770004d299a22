// Campaign progress: which chapters ended how, and the hidden values each chapter hands to the next.
import { z } from 'zod';
import { carryFrom } from '../core/engine.ts';
import type { Level } from '../content/schema.ts';
import type { Carry, Values } from '../core/state.ts';
import { CARRY_FIELDS, type KeyValueStorage } from './saves.ts';

export const PROGRESS_KEY = 'hot-seat/progress';

const ProgressSchema = z.object({
  endings: z.record(z.string(), z.string()).catch({}),
  carry: z.record(z.string(), z.object(CARRY_FIELDS)).catch({}),
});
export type Progress = { endings: Record<string, string>; carry: Record<string, Carry> };

export function loadProgress(storage: KeyValueStorage): Progress {
  try {
    return ProgressSchema.parse(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}'));
  } catch {
    return { endings: {}, carry: {} };
  }
}

export const saveProgress = (storage: KeyValueStorage, p: Progress) => storage.setItem(PROGRESS_KEY, JSON.stringify(p));

/** Records a finished chapter and what it hands on. */
export function recordEnding(p: Progress, level: Level, ending: string, end: Values): Progress {
  return { endings: { ...p.endings, [level.id]: ending }, carry: { ...p.carry, [level.id]: carryFrom(level, end) } };
}
