// The judgement check's scores, as the research games on misinformation report them: discernment (how much
// more likely the fair items were rated fair than the false ones), the share of best replies, and
// confidence against correctness (were the sure answers right more often than the hesitant ones?).
import * as z from 'zod/mini';
import type { JudgementItem } from './judgement-check.ts';
import { bestOf, MAX_REPLIES, RATING_MAX, RATING_MIN } from './judgement-items.ts';

/** One item answered: the rating (1–7) and the reply chosen, by its place among the item's replies. */
export const JudgementAnswerSchema = z.strictObject({
  rating: z.int().check(z.minimum(RATING_MIN), z.maximum(RATING_MAX)),
  reply: z.int().check(z.minimum(0), z.maximum(MAX_REPLIES - 1)),
});
export type JudgementAnswer = z.output<typeof JudgementAnswerSchema>;

/** The mean of some numbers; null for none. */
export const meanOf = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export interface RightOf {
  right: number;
  of: number;
}

export interface JudgementScores {
  /** Mean rating of the fair items minus that of the false ones: −6 to 6, 0 for rating them alike. */
  discernment: number;
  /** Items whose best reply was chosen, of those answered. */
  bestReplies: RightOf;
  /** Ratings at the ends of the scale (1, 2, 6, 7) on the right side, and the ones a step from the middle (3, 5). */
  sure: RightOf;
  leaning: RightOf;
  /** Ratings in the middle: could not tell. */
  undecided: number;
}

const MIDDLE = (RATING_MIN + RATING_MAX) / 2;

/**
 * The scores of a set's answers (parallel to its items; null: not answered, as a team that did not answer
 * in a room). Null when there is not a fair and a false item answered, as discernment needs both.
 */
export function scoreJudgement(
  items: readonly JudgementItem[],
  answers: readonly (JudgementAnswer | null)[],
): JudgementScores | null {
  const answered = items.flatMap((item, i) => (answers[i] ? [{ item, answer: answers[i] }] : []));
  const mean = (fair: boolean) => meanOf(answered.filter((x) => x.item.fair === fair).map((x) => x.answer.rating));
  const fair = mean(true);
  const unfair = mean(false);
  if (fair === null || unfair === null) return null;
  const tally = (xs: typeof answered, hit: (x: (typeof answered)[number]) => boolean): RightOf => ({
    right: xs.filter(hit).length,
    of: xs.length,
  });
  const rightSide = ({ item, answer }: (typeof answered)[number]) =>
    item.fair ? answer.rating > MIDDLE : answer.rating < MIDDLE;
  const distance = (x: (typeof answered)[number]) => Math.abs(x.answer.rating - MIDDLE);
  return {
    discernment: fair - unfair,
    bestReplies: tally(answered, ({ item, answer }) => item.replies[answer.reply] === bestOf(item)),
    sure: tally(
      answered.filter((x) => distance(x) >= 2),
      rightSide,
    ),
    leaning: tally(
      answered.filter((x) => distance(x) === 1),
      rightSide,
    ),
    undecided: answered.filter((x) => distance(x) === 0).length,
  };
}

/** The highest discernment there is: every fair item rated 7 and every false one 1. */
export const MAX_DISCERNMENT = RATING_MAX - RATING_MIN;
