// What the debrief says about telling fair criticism from false attacks, in plain words.
import type { Claim } from '../content/schema.ts';
import { discernmentScore, isRight, type Tally, type Verdict } from '../core/discernment.ts';

const CLAIM_WORDS: Record<Exclude<Claim, 'none'>, string> = {
  fair: 'Fair criticism',
  misleading: 'Misleading attack',
  fabricated: 'Fabricated attack',
};

const VERDICT_WORDS: Record<Verdict, string> = {
  owned: 'you owned it',
  denied: 'you denied it',
  corrected: 'you corrected it',
  conceded: 'you conceded it',
  dodged: 'you dodged it',
  attacked: 'you hit back in anger',
  'let go': 'you let it go unanswered',
  starved: 'you left the bait to starve',
  amplified: 'you spread it by correcting it',
};

/** "Fair criticism: you owned it ✓", "Fabricated attack: you conceded it ✗". */
export const verdictText = (claim: Exclude<Claim, 'none'>, v: Verdict) =>
  `${CLAIM_WORDS[claim]}: ${VERDICT_WORDS[v]} ${isRight(v) ? '✓' : '✗'}`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "You owned 4 of 5 fair criticisms and corrected 1 of 3 false attacks." */
export function tallyText(t: Tally, who = 'You'): string {
  return `${who} owned ${t.owned} of ${plural(t.fair, 'fair criticism', 'fair criticisms')} and corrected ${t.corrected} of ${plural(t.false, 'false attack', 'false attacks')}.`;
}

/** "Right after checking: 3. Right without checking: 2. Wrong after checking: 1. Wrong without checking: 2." */
export function checkingText(t: Tally): string {
  const checked = t.verifiedRight + t.verifiedWrong;
  const guessed = t.guessedRight + t.guessedWrong;
  if (!checked && !guessed) return '';
  return `Checked first: ${t.verifiedRight} right, ${t.verifiedWrong} wrong. Answered without checking: ${t.guessedRight} right, ${t.guessedWrong} wrong.`;
}

/** The score and what it means; or why there is none. */
export function scoreText(t: Tally): string {
  const score = discernmentScore(t);
  if (score === null) {
    return t.fair || t.false
      ? 'Only one kind of criticism came up, so there was nothing to tell apart yet.'
      : 'No criticism was settled, so there is nothing to score yet.';
  }
  return `Discernment: ${score} out of 100: the share of fair criticism owned plus the share of false attacks corrected, less one. Telling every one apart scores 100; answering them all the same way (always apologising, or always refuting) scores 0, and so does anything no better than that.`;
}
