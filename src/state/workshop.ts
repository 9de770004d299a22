// A workshop: one room, several teams, one feed on a projector. The room plays the majority's reply (see
// `roomChoice`); every team's pick is kept per decision for the room's debrief. The whole workshop is saved
// under its own key, apart from a solo game, so that a reload (or a projector that restarts) loses nothing.
import * as z from 'zod/mini';
import { withCurrentNames } from '../content/former-names.ts';
import type { Level, Post, Response } from '../content/schema.ts';
import { branch } from '../core/branch.ts';
import { type Tally, tallyOf, verdict } from '../core/discernment.ts';
import { findPost, postFor } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import type { JudgementBank } from '../content/judgement-check.ts';
import { JUDGEMENT_SETS, type JudgementSet, ITEMS_PER_SET, itemsOf } from '../content/judgement-items.ts';
import {
  type JudgementAnswer,
  JudgementAnswerSchema,
  type JudgementScores,
  scoreJudgement,
} from '../content/judgement-scores.ts';
import { t } from '../i18n/i18n.ts';
import { type KeyValueStorage, type Save, SaveSchema } from './saves.ts';
import { responseOf } from '../core/level-index.ts';

export const WORKSHOP_KEY = 'hot-seat/workshop';
export const MAX_TEAMS = 8;
export const SECONDS_RANGE = { min: 30, max: 300 } as const;
export const EXTEND_SECONDS = 30;

/** Where the room is in a decision: teams voting, the result shown, a discussion, or the chapter over. */
export type Phase = 'vote' | 'result' | 'discuss' | 'ended';

/** One decision of the room: each team's pick (null: no vote), show-of-hands counts if entered, and what
 * the room played (null: nobody voted in time, so the clock moved on an hour). */
export interface RoomDecision {
  post: string;
  picks: (string | null)[];
  hands?: Record<string, number>;
  /** In a room with phones: each team's phone votes per reply. */
  phones?: Record<string, number>[];
  played: string | null;
}

/**
 * The room server this workshop is linked to, for phones to vote from: its code, the facilitator's token and
 * the address phones join at (null while the room is being opened), and whether a vote ends by itself once
 * every joined phone has voted.
 */
export interface RoomLink {
  code: string | null;
  token: string | null;
  join: string | null;
  autoEnd: boolean;
}

/** The judgement check as a room takes it: each team's answer to each item (null: the team did not answer). */
export interface RoomJudgementTaken {
  set: JudgementSet;
  /** By item, then by team. */
  answers: (JudgementAnswer | null)[][];
}

/** The room's judgement check before the first chapter and after the last; `taking` is the one under way. */
export interface RoomJudgement {
  before?: RoomJudgementTaken;
  after?: RoomJudgementTaken;
  /** The item shown is `item`; answers already given to later items (after going back) are kept. */
  taking?: RoomJudgementTaken & { point: 'before' | 'after'; item: number };
}

export interface Workshop {
  teams: string[];
  /** Seconds per decision; null: no countdown. */
  seconds: number | null;
  /** The chapters to play, in order, and the one being played. */
  chapters: string[];
  chapterIndex: number;
  seed: number;
  phase: Phase;
  /** The team whose vote the number keys record. */
  teamUp: number;
  /** This decision's votes so far. */
  picks: (string | null)[];
  /** Seconds left in this decision's countdown (null: no countdown) and whether it runs. */
  secondsLeft: number | null;
  running: boolean;
  /** The room's game in this chapter, like a solo save. */
  save: Save;
  decisions: RoomDecision[];
  /** Chapters already finished, for a workshop that runs several. */
  chaptersPlayed: { save: Save; decisions: RoomDecision[] }[];
  /** The room's judgement check, when the setup asked for it. */
  judgement?: RoomJudgement;
  room?: RoomLink;
}

export interface WorkshopSetup {
  teams: string[];
  seconds: number | null;
  chapters: string[];
  seed: number;
  /** Run the judgement check for the room before the first chapter and after the last. */
  roomJudgement?: boolean;
  /** Open a room on the room server, for phones to vote from. */
  room?: boolean;
}

const pick = z.nullable(z.string());
const counts = z.record(z.string(), z.int().check(z.minimum(0)));
const RoomAnswersSchema = z.array(z.array(z.nullable(JudgementAnswerSchema))).check(z.maxLength(ITEMS_PER_SET));
const RoomJudgementTakenSchema = z.strictObject({ set: z.enum(JUDGEMENT_SETS), answers: RoomAnswersSchema });
const DecisionSchema = z.strictObject({
  post: z.string(),
  picks: z.array(pick).check(z.maxLength(MAX_TEAMS)),
  hands: z.optional(counts),
  phones: z.optional(z.array(counts).check(z.maxLength(MAX_TEAMS))),
  played: pick,
});
const CurrentWorkshopSchema = z.strictObject({
  teams: z.array(z.string().check(z.maxLength(40))).check(z.minLength(1), z.maxLength(MAX_TEAMS)),
  seconds: z.nullable(z.int().check(z.minimum(SECONDS_RANGE.min), z.maximum(SECONDS_RANGE.max))),
  chapters: z.array(z.string()).check(z.minLength(1)),
  chapterIndex: z.int().check(z.minimum(0)),
  seed: z.int(),
  phase: z.enum(['vote', 'result', 'discuss', 'ended']),
  teamUp: z.int().check(z.minimum(0)),
  picks: z.array(pick),
  secondsLeft: z.nullable(z.number().check(z.minimum(0))),
  running: z.boolean(),
  save: SaveSchema,
  decisions: z.array(DecisionSchema),
  chaptersPlayed: z.array(z.strictObject({ save: SaveSchema, decisions: z.array(DecisionSchema) })),
  judgement: z.optional(
    z.strictObject({
      before: z.optional(RoomJudgementTakenSchema),
      after: z.optional(RoomJudgementTakenSchema),
      taking: z.optional(
        z.extend(RoomJudgementTakenSchema, {
          point: z.enum(['before', 'after']),
          item: z.int().check(z.minimum(0), z.maximum(ITEMS_PER_SET - 1)),
        }),
      ),
    }),
  ),
  room: z.optional(
    z.strictObject({
      code: z.nullable(z.string()),
      token: z.nullable(z.string()),
      join: z.nullable(z.string()),
      autoEnd: z.boolean(),
    }),
  ),
});

/**
 * The names a workshop's fields were stored under before they were spelled out (and before "check" came to mean
 * what a player runs on a post): a workshop kept by an older version (in a browser, in a room server's file, or
 * sent by a projector page loaded before an update) is read with them renamed.
 */
const FORMER_NAMES = {
  at: 'chapterIndex',
  up: 'teamUp',
  left: 'secondsLeft',
  done: 'chaptersPlayed',
  check: 'judgement',
} as const;

/** A workshop as stored or sent, under its current names or its former ones. */
export const WorkshopSchema = z.pipe(z.transform(withCurrentNames(FORMER_NAMES)), CurrentWorkshopSchema);

export function writeWorkshop(storage: KeyValueStorage, w: Workshop | null) {
  if (w) storage.setItem(WORKSHOP_KEY, JSON.stringify(w));
  else storage.removeItem(WORKSHOP_KEY);
}

/** The saved workshop, or null with the reason it cannot be used (the raw text is left where it is). */
export function readWorkshop(storage: KeyValueStorage): { workshop: Workshop | null; problem: string | null } {
  const raw = storage.getItem(WORKSHOP_KEY);
  if (raw === null) return { workshop: null, problem: null };
  try {
    const parsed = WorkshopSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { workshop: parsed.data as Workshop, problem: null };
  } catch {
    // not JSON: reported below
  }
  storage.removeItem(WORKSHOP_KEY);
  return { workshop: null, problem: t('menus.workshop.damaged') };
}

/** How many chose each reply: the teams' picks, or the show-of-hands counts when they were entered. */
export function votesFor(d: Pick<RoomDecision, 'picks' | 'hands'>): Map<string, number> {
  const counts = new Map<string, number>();
  if (d.hands) {
    for (const [r, n] of Object.entries(d.hands)) if (n > 0) counts.set(r, n);
  } else {
    for (const p of d.picks) if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/**
 * The reply the room plays: the one most chose. A tie goes to the tied reply shown first on screen (the
 * order is dealt from the seed, so this favours no kind of reply and is the same for every room). No votes:
 * null.
 */
export function roomChoice(d: Pick<RoomDecision, 'picks' | 'hands'>, shown: readonly Response[]): string | null {
  const counts = votesFor(d);
  let best: string | null = null;
  for (const r of shown) if ((counts.get(r.id) ?? 0) > (best ? counts.get(best)! : 0)) best = r.id;
  return best;
}

/** The split in words: "3 teams chose Publish the numbers, 1 chose Refute." */
export function splitText(d: Pick<RoomDecision, 'picks' | 'hands'>, post: Post): string {
  const counts = [...votesFor(d)].sort((a, b) => b[1] - a[1]);
  if (!counts.length) return t('menus.workshop.nobodyVoted');
  const label = (id: string) => responseOf(post, id)?.label ?? id;
  // The first count names its unit ("3 teams chose …"), the rest go without ("1 chose …") where the language can.
  const chose = ([id, n]: [string, number], i: number) =>
    i === 0
      ? t(d.hands ? 'menus.workshop.people' : 'menus.workshop.teams', { count: n, label: label(id) })
      : t(d.hands ? 'menus.workshop.morePeople' : 'menus.workshop.moreTeams', { votes: n, label: label(id) });
  return t('menus.workshop.split', { choices: counts.map(chose).join(t('menus.format.separator')) });
}

/** Each team's own path: the room's game with the team's picks in place of the room's, where they fit. */
export function teamGame(level: Level, save: Save, decisions: readonly RoomDecision[], team: number): GameState {
  const changes = new Map<number, string>();
  decisions
    .filter((d) => d.played)
    .forEach((d, i) => {
      const p = d.picks[team];
      if (p) changes.set(i, p);
    });
  return branch(level, save, save.actions, changes);
}

/** How a team told fair from false, judged on its own picks. */
export function teamTally(
  level: Level,
  save: Pick<Save, 'seed' | 'actions'>,
  decisions: readonly RoomDecision[],
  team: number,
): Tally {
  // The room checks together: a post the room looked into counts as checked for every team.
  const checked = new Set(save.actions.flatMap((a) => (a.type === 'check' ? [a.post] : [])));
  return tallyOf(
    decisions.map((d) => {
      const post = postFor(findPost(level, d.post)!, save.seed);
      const response = responseOf(post, d.picks[team]) ?? null;
      return { post, verdict: verdict(post, response), checked: checked.has(d.post) };
    }),
  );
}

/**
 * Each team's pick at each decision the room played, parallel to the game's decisions (for the exports); in
 * a room with phones, also the team's phone votes per reply at each of them.
 */
export function teamPicks(w: Pick<Workshop, 'teams' | 'decisions' | 'room'>): TeamPicks[] {
  const played = w.decisions.filter((d) => d.played);
  return w.teams.map((name, t) => ({
    name,
    picks: played.map((d) => d.picks[t] ?? null),
    ...(w.room && { phones: played.map((d) => d.phones?.[t] ?? {}) }),
  }));
}

/** A workshop's team and its pick at each of the game's decisions (null: no vote), parallel to `game.decisions`. */
export interface TeamPicks {
  name: string;
  picks: (string | null)[];
  /** In a room with phones: the team's phone votes per reply at each decision. */
  phones?: Record<string, number>[];
}

/** Phone votes in words: "3 phones: Publish the numbers 2, Refute 1" (empty with none). */
export function phoneVotesText(counts: Record<string, number> | undefined, post: Post): string {
  const entries = Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((n, [, k]) => n + k, 0);
  if (!total) return '';
  const label = (id: string) => responseOf(post, id)?.label ?? id;
  const votes = entries.map(([id, k]) => t('menus.workshop.phoneVote', { label: label(id), votes: k }));
  return t('menus.workshop.phones', { count: total, votes: votes.join(t('menus.format.separator')) });
}

/** Each team's scores on a judgement check the room took, in the teams' order (null: too few answers to score). */
export function teamJudgementScores(
  bank: JudgementBank,
  taken: RoomJudgementTaken,
  teams: number,
): (JudgementScores | null)[] {
  const items = itemsOf(bank, taken.set);
  return Array.from({ length: teams }, (_, t) =>
    scoreJudgement(
      items,
      items.map((_, i) => taken.answers[i]?.[t] ?? null),
    ),
  );
}

/** The decision being voted on, counted across the workshop's chapters, so that a phone's vote names one. */
export const decisionNumber = (w: Pick<Workshop, 'chaptersPlayed' | 'decisions'>) =>
  w.chaptersPlayed.reduce((n, d) => n + d.decisions.length, 0) + w.decisions.length;

/** A room that took the judgement check before its first chapter takes it again once its last chapter has ended. */
export const roomJudgementAfterDue = (w: Workshop | null, ended: boolean) =>
  Boolean(
    w?.judgement?.before &&
      !w.judgement.after &&
      !w.judgement.taking &&
      ended &&
      w.chapterIndex === w.chapters.length - 1,
  );
