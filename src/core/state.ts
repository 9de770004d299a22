// The shape of a game in progress: plain JSON-friendly data, so that it can be replayed, compared and saved.
import type { HiddenName, Kind, ValueName } from '../content/schema.ts';

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

/** One reply, kept for the debrief and its chart. */
export interface Decision {
  hour: number;
  post: string;
  response: string;
  kind: Kind;
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
  | { type: 'expired'; post: string }
  | { type: 'headline'; text: string }
  | { type: 'alarm'; value: ValueName }
  | { type: 'ended'; ending: string };

export interface GameState {
  level: string;
  seed: number;
  pacing: Pacing;
  hour: number;
  values: Values;
  flags: string[];
  /** "post.response" for every reply given. */
  chosen: string[];
  feed: FeedItem[];
  /** Follow-up posts waiting for their hour. */
  due: { post: string; at: number }[];
  decisions: Decision[];
  samples: Sample[];
  events: GameEvent[];
  ending: string | null;
  rng: number[];
}

export type Action =
  | { type: 'reply'; post: string; response: string }
  | { type: 'tick'; hours: number }
  | { type: 'pacing'; pacing: Pacing };

/** Shifts to the hidden values that one chapter hands to the next (see rules.CARRY_SHARE). */
export type Carry = Partial<Record<HiddenName, number>>;

export interface NewGameOptions {
  seed: number;
  pacing: Pacing;
  carry?: Carry;
}
