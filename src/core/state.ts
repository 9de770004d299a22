// The shape of a game in progress: plain JSON-friendly data, so that it can be replayed, compared and saved.
import type { CheckKind, HiddenName, Kind, MeterName, ValueName } from '../content/terms.ts';

export type Values = Record<ValueName, number>;
/** Turn by turn: the clock waits for each decision. Live: it runs, and posts expire. */
export const PACINGS = ['turn', 'live'] as const;
export type Pacing = (typeof PACINGS)[number];

export interface FeedItem {
  id: string;
  arrivedAt: number;
  shares: number;
  /** Virality after amplification on arrival (0–6). */
  viral: number;
  status: 'open' | 'answered' | 'expired';
  answer?: string;
}

/**
 * What the hours do to the meters on their own, between replies: unkept promises wear trust away, posts
 * left open spread and heat things up, posts that expire cost what they cost, attention cools, and fans
 * who pile onto critics heat things up.
 */
export const DRIFT_CAUSES = ['debt', 'expired', 'spread', 'cooling', 'fans'] as const;
export type DriftCause = (typeof DRIFT_CAUSES)[number];
/** Meter changes by cause, summed; only causes that moved something appear. */
export type Drift = Partial<Record<DriftCause, Partial<Record<MeterName, number>>>>;

/** One reply, kept for the debrief and its chart. */
export interface Decision {
  hour: number;
  post: string;
  response: string;
  kind: Kind;
  /** The checks run on the post before this reply: a verified answer rather than a guess. */
  checked: CheckKind[];
  /** What the hours since the previous reply did to the meters. */
  drift: Drift;
  before: Values;
  after: Values;
}

export interface Sample {
  hour: number;
  trust: number;
  loyalty: number;
  heat: number;
}

/** What the last action caused, for views to animate and sound; replaced by every action. */
export type GameEvent =
  | { type: 'arrived'; post: string; amplified: boolean }
  | { type: 'replied'; post: string; response: string }
  | { type: 'checked'; post: string; check: CheckKind }
  /** A post nobody answered in time, and what that cost the meters. */
  | { type: 'expired'; post: string; moved: Partial<Record<MeterName, number>> }
  | { type: 'headline'; text: string }
  | { type: 'alarm'; value: ValueName }
  /** No post was waiting, so the clock ran on this many hours to the next one (or to the chapter's end). */
  | { type: 'quiet'; hours: number }
  /** A tired CEO took an hour longer over a reply. */
  | { type: 'tired' }
  /** Brand-team replies opened (persona dependence fell to the unlock) or closed again. */
  | { type: 'brand-voice'; open: boolean }
  | { type: 'ended'; ending: string };

export interface GameState {
  level: string;
  seed: number;
  pacing: Pacing;
  hour: number;
  /** The values the chapter started from, carry-over included. */
  start: Values;
  values: Values;
  flags: string[];
  /** "post.response" for every reply given. */
  chosen: string[];
  /** "post.check" for every check run, in order. */
  checked: string[];
  feed: FeedItem[];
  /** Follow-ups called by replies that have not arrived: their hour has not come or their `when` does not hold yet. */
  pendingFollowups: { post: string; at: number }[];
  decisions: Decision[];
  /** What the hours did to the meters since the last reply. */
  drift: Drift;
  samples: Sample[];
  events: GameEvent[];
  ending: string | null;
  rng: number[];
}

export type Action =
  | { type: 'reply'; post: string; response: string }
  /** Looks into a post before answering it: costs the check's hours, reveals its finding. */
  | { type: 'check'; post: string; check: CheckKind }
  | { type: 'tick'; hours: number }
  | { type: 'pacing'; pacing: Pacing };

/** Shifts to the hidden values that one chapter hands to the next (see rules.CARRY_SHARE). */
export type Carry = Partial<Record<HiddenName, number>>;

/** How a game starts: the dice's seed, the pacing, and the hidden values carried in from the chapter before. */
export interface NewGameOptions {
  seed: number;
  pacing: Pacing;
  carry?: Carry;
}

/**
 * A game as its action log: how it started and every action since, which the engine replays into the same
 * game (event sourcing). A save (state/saves.ts), a replay code's session (state/replay-code.ts) and a
 * finished game kept in the campaign's progress (state/progress.ts) are each this log and a few fields more.
 */
export interface GameLog extends NewGameOptions {
  actions: Action[];
}
