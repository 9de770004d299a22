// What the debrief says about telling fair criticism from false attacks, in plain words.
import type { Claim } from '../content/terms.ts';
import { discernmentScore, isRight, type Tally, type Verdict } from '../core/discernment.ts';
import { t } from '../i18n/i18n.ts';

/** "Fair criticism: you owned it ✓", "Fabricated attack: you conceded it ✗". */
export const verdictText = (claim: Exclude<Claim, 'none'>, v: Verdict) =>
  t('debrief.discernment.verdict', {
    claim: t(`debrief.discernment.claims.${claim}`),
    verdict: t(`debrief.discernment.verdicts.${v}`),
    mark: isRight(v) ? '✓' : '✗',
  });

/** "You owned 4 of 5 fair criticisms and corrected 1 of 3 false attacks." */
export function tallyText(tally: Tally): string {
  return t('debrief.discernment.tally', {
    owned: tally.owned,
    fair: t('debrief.discernment.fair', { count: tally.fair }),
    corrected: tally.corrected,
    attacks: t('debrief.discernment.attacks', { count: tally.false }),
  });
}

/** "Checked first: 3 right, 1 wrong. Answered without checking: 2 right, 2 wrong." */
export function checkingText(tally: Tally): string {
  const { verifiedRight, verifiedWrong, guessedRight, guessedWrong } = tally;
  if (!verifiedRight && !verifiedWrong && !guessedRight && !guessedWrong) return '';
  return t('debrief.discernment.checking', { verifiedRight, verifiedWrong, guessedRight, guessedWrong });
}

/** The score and what it means; or why there is none. */
export function scoreText(tally: Tally): string {
  const score = discernmentScore(tally);
  if (score === null)
    return tally.fair || tally.false ? t('debrief.discernment.oneKind') : t('debrief.discernment.nothingSettled');
  return t('debrief.discernment.score', { score });
}
