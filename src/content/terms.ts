// The level format's vocabulary: meters and hidden values, reply kinds and stances, claims, checks, author
// kinds, scenario and lesson codes. Zod-free, so that the game reads them without loading the level schema
// (schema.ts builds its schema from these lists).

export const METERS = ['trust', 'loyalty', 'heat'] as const;
export const HIDDEN = ['promiseDebt', 'personaDependence', 'composure'] as const;
export const VALUES = [...METERS, ...HIDDEN] as const;
export type ValueName = (typeof VALUES)[number];
export type MeterName = (typeof METERS)[number];
export type HiddenName = (typeof HIDDEN)[number];
export const KINDS = [
  'refute',
  'apologise',
  'evidence',
  'invite',
  'humour',
  'brand-voice',
  'silence',
  'anger',
  'deflect',
  'hype',
] as const;
export type Kind = (typeof KINDS)[number];
/**
 * What a post's criticism is (CASEFILE section 6): deserved (own it), a true fact in a false frame or an
 * invented attack (correct it with evidence), or no criticism at all (a fan's joke, a question).
 */
export const CLAIMS = ['fair', 'misleading', 'fabricated', 'none'] as const;
/** A reply's stance towards the post's claim: it admits it, counters it with facts, dodges it, or attacks the critic. */
export const STANCES = ['admit', 'counter', 'dodge', 'attack'] as const;
export type Claim = (typeof CLAIMS)[number];
/**
 * The checks a player may run on a post before answering, in the fact-checkers' moves: who is behind the
 * account, what other coverage says, and what the original (clip, thread, document, data) shows.
 */
export const CHECKS = ['account', 'coverage', 'original'] as const;
export type CheckKind = (typeof CHECKS)[number];
/**
 * Which way a finding points, for the simulator's reading players and the debrief (never shown in play):
 * towards the criticism being fair, towards it being unfounded (false), or neither way.
 */
export const POINTS = ['fair', 'unfounded', 'unclear'] as const;
export type Points = (typeof POINTS)[number];
export type Stance = (typeof STANCES)[number];
export const AUTHOR_KINDS = [
  'fan',
  'critic',
  'owner',
  'journalist',
  'meme',
  'smear',
  'staff',
  'rival',
  'analyst',
  'public',
] as const;
export const SCENARIO_CODES = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11'] as const;
export const LESSON_CODES = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10', 'L11', 'L12'] as const;
export type Scenario = (typeof SCENARIO_CODES)[number];
export type Lesson = (typeof LESSON_CODES)[number];

/** The stance a reply of each kind usually takes, for responses that do not state one. */
const USUAL_STANCE: Record<Kind, Stance> = {
  apologise: 'admit',
  evidence: 'counter',
  refute: 'counter',
  anger: 'attack',
  invite: 'dodge',
  humour: 'dodge',
  'brand-voice': 'dodge',
  silence: 'dodge',
  deflect: 'dodge',
  hype: 'dodge',
};

/** A response's stance towards the claim of the post it answers. */
export const stanceOf = (r: { kind: Kind; stance?: Stance }): Stance => r.stance ?? USUAL_STANCE[r.kind];
