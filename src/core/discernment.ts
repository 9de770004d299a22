// Discernment: telling fair criticism from a false attack, and answering each in its own way (CASEFILE
// section 6, lesson L8). Fair criticism is owned; a misleading or fabricated attack is corrected, unless it
// is low-reach bait, which a reply would only spread. A player who apologises for everything, or refutes
// everything, scores low whatever the meters say. Whether the player checked before answering is kept too:
// a right answer after a check is verified, one without is a guess that happened to land.
import type { Level, Post, Response } from '../content/schema.ts';
import { type Claim, stanceOf } from '../content/terms.ts';
import { wasChecked } from './engine.ts';
import { indexOf } from './level-index.ts';
import type { GameState } from './state.ts';
import { postFor } from './variants.ts';
import { responseOf } from './level-index.ts';

/** What a reply (or no reply) did with a post's claim. */
export type Verdict =
  | 'owned'
  | 'denied'
  | 'corrected'
  | 'conceded'
  | 'dodged'
  | 'attacked'
  | 'let go'
  /** Bait left to starve: not answered, or answered without engaging. */
  | 'starved'
  /** Bait answered with a correction, which spread it. */
  | 'amplified';

export interface Tally {
  /** Fair criticisms that arrived and were answered or let go. */
  fair: number;
  owned: number;
  /** Misleading or fabricated attacks that arrived and were answered or let go. */
  false: number;
  /** False attacks corrected, or (bait) starved. */
  corrected: number;
  /** Right and wrong verdicts, with and without a check on the post first. */
  verifiedRight: number;
  verifiedWrong: number;
  guessedRight: number;
  guessedWrong: number;
}

export const EMPTY_TALLY: Tally = {
  fair: 0,
  owned: 0,
  false: 0,
  corrected: 0,
  verifiedRight: 0,
  verifiedWrong: 0,
  guessedRight: 0,
  guessedWrong: 0,
};

export const isFalse = (claim: Claim | undefined) => claim === 'misleading' || claim === 'fabricated';
const counts = (claim: Claim | undefined) => claim === 'fair' || isFalse(claim);

/** The verdict on a post with a claim (as it is in this game), for the reply given (null: it expired unanswered). */
export function verdict(post: Post, response: Response | null): Verdict {
  const bait = post.bait && isFalse(post.claim);
  if (!response) return bait ? 'starved' : 'let go';
  const stance = stanceOf(response);
  if (stance === 'attack') return 'attacked';
  if (bait) return stance === 'dodge' ? 'starved' : stance === 'counter' ? 'amplified' : 'conceded';
  if (stance === 'dodge') return 'dodged';
  if (post.claim === 'fair') return stance === 'admit' ? 'owned' : 'denied';
  return stance === 'counter' ? 'corrected' : 'conceded';
}

export const isRight = (v: Verdict) => v === 'owned' || v === 'corrected' || v === 'starved';

export interface Judged {
  /** The post as it was in this game (its variant's claim). */
  post: Post;
  response: Response | null;
  verdict: Verdict;
  /** Whether any check was run on the post before it was answered or expired. */
  checked: boolean;
}

/** Each answered or expired post of a game that carries a claim, in the order they arrived. */
function eachJudged(
  level: Level,
  g: GameState,
  judge: (post: Post, response: Response | null, checked: boolean) => void,
) {
  const { byId } = indexOf(level);
  for (const item of g.feed) {
    if (item.status === 'open') continue;
    const post = postFor(byId.get(item.id)!, g.seed);
    if (counts(post.claim)) judge(post, responseOf(post, item.answer) ?? null, wasChecked(g, item.id));
  }
}

/** Each answered or expired post that carries a claim, with its verdict, in the order they arrived. */
export function verdicts(level: Level, g: GameState): Judged[] {
  const out: Judged[] = [];
  eachJudged(level, g, (post, response, checked) =>
    out.push({ post, response, verdict: verdict(post, response), checked }),
  );
  return out;
}

/** The tally of a game's verdicts, counted as they are found (the simulator tallies every run it plays). */
export function tally(level: Level, g: GameState): Tally {
  const t: Tally = { ...EMPTY_TALLY };
  eachJudged(level, g, (post, response, checked) => countIn(t, post, verdict(post, response), checked));
  return t;
}

/** Counts judged posts; posts without a fair or false claim are left out. */
export function tallyOf(judged: readonly Pick<Judged, 'post' | 'verdict' | 'checked'>[]): Tally {
  const t: Tally = { ...EMPTY_TALLY };
  for (const { post, verdict: v, checked } of judged) if (counts(post.claim)) countIn(t, post, v, checked);
  return t;
}

/** Counts one judged post with a fair or false claim into a tally. */
function countIn(t: Tally, post: Post, v: Verdict, checked: boolean) {
  const right = isRight(v);
  if (post.claim === 'fair') {
    t.fair++;
    if (right) t.owned++;
  } else {
    t.false++;
    if (right) t.corrected++;
  }
  if (checked) t[right ? 'verifiedRight' : 'verifiedWrong']++;
  else t[right ? 'guessedRight' : 'guessedWrong']++;
}

/** Two tallies added up; a tally saved before checks existed has no check counts, read as 0. */
export function addTallies(a: Tally, b: Partial<Tally>): Tally {
  const out = { ...a };
  for (const key of Object.keys(EMPTY_TALLY) as (keyof Tally)[]) out[key] += b[key] ?? 0;
  return out;
}

/**
 * 0–100: the share of fair criticism owned plus the share of false attacks corrected, less one, so that
 * owning everything (or refuting everything) scores 0 and telling them apart scores 100. Null when the
 * chapter held only one of the two kinds: there was nothing to tell apart.
 */
export function discernmentScore(t: Pick<Tally, 'fair' | 'owned' | 'false' | 'corrected'>): number | null {
  if (!t.fair || !t.false) return null;
  return Math.round(100 * Math.max(0, t.owned / t.fair + t.corrected / t.false - 1));
}
