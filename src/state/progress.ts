// Campaign progress: which chapters ended how, and the hidden values each chapter hands to the next.
import { z } from 'zod';
import type { Values } from '../core/state';
import type { KeyValueStorage } from './saves';

export const PROGRESS_KEY = 'hot-seat/progress';

const hidden = z.number().min(0).max(100);
const ProgressSchema = z.object({
  endings: z.record(z.string(), z.string()).catch({}),
  carry: z.record(z.string(), z.object({ promiseDebt: hidden, personaDependence: hidden, composure: hidden })).catch({}),
});
export type Progress = z.output<typeof ProgressSchema>;
export type Carry = Pick<Values, 'promiseDebt' | 'personaDependence' | 'composure'>;

export function loadProgress(storage: KeyValueStorage): Progress {
  try {
    return ProgressSchema.parse(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}'));
  } catch {
    return { endings: {}, carry: {} };
  }
}

export const saveProgress = (storage: KeyValueStorage, p: Progress) => storage.setItem(PROGRESS_KEY, JSON.stringify(p));

/** Records a finished chapter and what it hands on. */
export function recordEnding(p: Progress, level: string, ending: string, v: Values): Progress {
  const carry: Carry = { promiseDebt: v.promiseDebt, personaDependence: v.personaDependence, composure: v.composure };
  return { endings: { ...p.endings, [level]: ending }, carry: { ...p.carry, [level]: carry } };
}
