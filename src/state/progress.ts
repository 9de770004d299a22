// Campaign progress: which chapters ended how (the last ending, the best one, the tries, and the games
// themselves as replays, so that their debriefs reopen), the hidden values each chapter hands to the next,
// how well each chapter told fair criticism from false attacks, and the judgement check before and after.
// Each part is read on its own: a damaged part falls back to empty without losing the others.
import * as z from 'zod/mini';
import { withCurrentNames } from '../content/former-names.ts';
import { JUDGEMENT_SETS, ITEMS_PER_SET } from '../content/judgement-items.ts';
import { JudgementAnswerSchema } from '../content/judgement-scores.ts';
import type { Level } from '../content/schema.ts';
import { addTallies, EMPTY_TALLY, type Tally, tally } from '../core/discernment.ts';
import { carryFrom } from '../core/engine.ts';
import type { GameLog, GameState } from '../core/state.ts';
import { CARRY_FIELDS, GameLogSchema, type KeyValueStorage } from './saves.ts';
import { JUDGEMENT_POINTS } from './judgement-points.ts';
import { isScenario } from './scenario-id.ts';
import { endingOf } from '../core/level-index.ts';

export const PROGRESS_KEY = 'hot-seat/progress';

const count = z.int().check(z.minimum(0));
/** A judgement check finished: its set, the answers in the set's order, and when (ms since 1970). */
const JudgementTakenSchema = z.object({
  set: z.enum(JUDGEMENT_SETS),
  answers: z.array(JudgementAnswerSchema).check(z.length(ITEMS_PER_SET)),
  at: z.int().check(z.minimum(0)),
});

const CurrentProgressSchema = z.object({
  /** The last ending reached in each chapter. */
  endings: z.catch(z.record(z.string(), z.string()), {}),
  /** Each finished chapter: how many times, the best ending, and the last and best games. */
  records: z.catch(
    z.record(
      z.string(),
      z.object({ tries: count, best: z.string(), bestGame: GameLogSchema, lastGame: GameLogSchema }),
    ),
    {},
  ),
  carry: z.catch(z.record(z.string(), z.object(CARRY_FIELDS)), {}),
  // Progress kept before checks existed has no check counts: they read as 0.
  discernment: z.catch(
    z.record(
      z.string(),
      z.object({
        fair: count,
        owned: count,
        false: count,
        corrected: count,
        verifiedRight: z._default(count, 0),
        verifiedWrong: z._default(count, 0),
        guessedRight: z._default(count, 0),
        guessedWrong: z._default(count, 0),
      }),
    ),
    {},
  ),
  // The judgement check at its points in time (judgement-points.ts). Progress kept from the first item bank, whose
  // answers were ratings only, does not fit and reads as none taken: the old bank is not scored.
  judgement: z.catch(
    z.object({
      before: z.optional(JudgementTakenSchema),
      after: z.optional(JudgementTakenSchema),
      week: z.optional(JudgementTakenSchema),
      month: z.optional(JudgementTakenSchema),
      /** Points the player said no to: they are not offered again. */
      skipped: z._default(z.array(z.enum(JUDGEMENT_POINTS)), []),
      /** A judgement check being taken: the answers so far, kept so that a reload resumes it. */
      taking: z.optional(
        z.object({
          point: z.enum(JUDGEMENT_POINTS),
          set: z.enum(JUDGEMENT_SETS),
          answers: z.array(JudgementAnswerSchema).check(z.maxLength(ITEMS_PER_SET)),
        }),
      ),
    }),
    { skipped: [] },
  ),
});

/** The name progress kept its judgement check under before "check" came to mean what a player runs on a post. */
const FORMER_NAMES = { check: 'judgement' } as const;

/** Progress as stored, under its current names or its former ones. */
const ProgressSchema = z.pipe(z.transform(withCurrentNames(FORMER_NAMES)), CurrentProgressSchema);

export type JudgementTaken = z.output<typeof JudgementTakenSchema>;
export type Progress = z.output<typeof CurrentProgressSchema>;
export const emptyProgress = (): Progress => ({
  endings: {},
  records: {},
  carry: {},
  discernment: {},
  judgement: { skipped: [] },
});

export function loadProgress(storage: KeyValueStorage): Progress {
  try {
    return ProgressSchema.parse(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}'));
  } catch {
    return emptyProgress();
  }
}

export const saveProgress = (storage: KeyValueStorage, p: Progress) => storage.setItem(PROGRESS_KEY, JSON.stringify(p));

/** How good an ending is: a good one, then one survived to the end, then a collapse. */
function rank(level: Level, id: string): number {
  const e = endingOf(level, id);
  return !e ? -1 : e.good ? 2 : e.timing === 'end' ? 1 : 0;
}

/** Records a finished chapter: its ending and game, what it hands on, and how it told fair from false. */
export function recordEnding(p: Progress, level: Level, g: GameState, game: GameLog): Progress {
  const was = p.records[level.id];
  const better = !was || rank(level, g.ending!) > rank(level, was.best);
  const record = {
    tries: (was?.tries ?? 0) + 1,
    best: better ? g.ending! : was.best,
    bestGame: better ? game : was.bestGame,
    lastGame: game,
  };
  // A trainer's own scenario keeps its record, but hands nothing on and stays out of the campaign's tally.
  const campaign = !isScenario(level.id);
  return {
    ...p,
    endings: { ...p.endings, [level.id]: g.ending! },
    records: { ...p.records, [level.id]: record },
    carry: campaign ? { ...p.carry, [level.id]: carryFrom(level, g.values) } : p.carry,
    discernment: campaign ? { ...p.discernment, [level.id]: tally(level, g) } : p.discernment,
  };
}

/** Discernment over every chapter played (each chapter's latest play). */
export const campaignTally = (p: Progress): Tally => Object.values(p.discernment).reduce(addTallies, EMPTY_TALLY);
