// Discernment: telling fair criticism from a false attack, and answering each in its own way (CASEFILE
// section 6, lesson L8). Fair criticism is owned; a misleading or fabricated attack is corrected. A player
// who apologises for everything, or refutes everything, scores low whatever the meters say.
import { type Claim, type Level, type Post, type Response, stanceOf } from '../content/schema.ts';
import { findPost } from './engine.ts';
import type { GameState } from './state.ts';

/** What a reply (or no reply) did with a post's claim. */
export type Verdict = 'owned' | 'denied' | 'corrected' | 'conceded' | 'dodged' | 'attacked' | 'let go';

export interface Tally {
  /** Fair criticisms that arrived and were answered or let go. */
  fair: number;
  owned: number;
  /** Misleading or fabricated attacks that arrived and were answered or let go. */
  false: number;
  corrected: number;
}

export const isFalse = (claim: Claim | undefined) => claim === 'misleading' || claim === 'fabricated';
const counts = (claim: Claim | undefined) => claim === 'fair' || isFalse(claim);

/** The verdict on a post with a claim, for the reply given (null: it expired unanswered). */
export function verdict(post: Post, response: Response | null): Verdict {
  if (!response) return 'let go';
  const stance = stanceOf(response);
  if (stance === 'dodge') return 'dodged';
  if (stance === 'attack') return 'attacked';
  if (post.claim === 'fair') return stance === 'admit' ? 'owned' : 'denied';
  return stance === 'counter' ? 'corrected' : 'conceded';
}

export const isRight = (v: Verdict) => v === 'owned' || v === 'corrected';

export interface Judged {
  post: Post;
  response: Response | null;
  verdict: Verdict;
}

/** Each answered or expired post that carries a claim, with its verdict, in the order they arrived. */
export function verdicts(level: Level, g: GameState): Judged[] {
  const out: Judged[] = [];
  for (const item of g.feed) {
    if (item.status === 'open') continue;
    const post = findPost(level, item.id)!;
    if (!counts(post.claim)) continue;
    const response = post.responses.find((r) => r.id === item.answer) ?? null;
    out.push({ post, response, verdict: verdict(post, response) });
  }
  return out;
}

export const tally = (level: Level, g: GameState): Tally => tallyOf(verdicts(level, g));

/** Counts judged posts; posts without a fair or false claim are left out. */
export function tallyOf(judged: readonly Pick<Judged, 'post' | 'verdict'>[]): Tally {
  const t: Tally = { fair: 0, owned: 0, false: 0, corrected: 0 };
  for (const { post, verdict: v } of judged) {
    if (!counts(post.claim)) continue;
    if (post.claim === 'fair') {
      t.fair++;
      if (v === 'owned') t.owned++;
    } else {
      t.false++;
      if (v === 'corrected') t.corrected++;
    }
  }
  return t;
}

export const addTallies = (a: Tally, b: Tally): Tally => ({
  fair: a.fair + b.fair,
  owned: a.owned + b.owned,
  false: a.false + b.false,
  corrected: a.corrected + b.corrected,
});

/**
 * 0–100: the share of fair criticism owned plus the share of false attacks corrected, less one, so that
 * owning everything (or refuting everything) scores 0 and telling them apart scores 100. Null when the
 * chapter held only one of the two kinds: there was nothing to tell apart.
 */
export function discernmentScore(t: Tally): number | null {
  if (!t.fair || !t.false) return null;
  return Math.round(100 * Math.max(0, t.owned / t.fair + t.corrected / t.false - 1));
}
