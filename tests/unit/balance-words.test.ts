// The balance report's words, built from its data: why an ending was missed and every warning, word for
// word in English (the editor's panel and `npm run simulate` print them), and in Chinese when chosen.
import { afterAll, describe, expect, it } from 'vitest';
import type { BalanceWarning, FailedCondition, MissedEnding } from '../../src/core/balance.ts';
import { useLanguage } from '../../src/i18n/i18n.ts';
import { missedLine, reasonText, warningText } from '../../src/state/balance-words.ts';

const failed: FailedCondition[] = [
  { test: { value: 'trust', atLeast: 60 }, missedShare: 0.81 },
  { test: { flag: 'rates-restored' }, missedShare: 0.64 },
  { test: { notFlag: 'fine-print' }, missedShare: 0.2 },
  { test: { chose: 'poster.numbers' }, missedShare: 0.1 },
  { test: { any: [{ value: 'heat', atMost: 30 }, { not: { chose: 'poster.deny' } }] }, missedShare: 0.05 },
  { test: { all: [{ value: 'promiseDebt', atLeast: 10, atMost: 40 }, { notFlag: 'leak' }] }, missedShare: 0.004 },
  { cameFirst: 'Meltdown', missedShare: 0 },
];
const fairDeal: MissedEnding = { ending: 'fair-deal', title: 'Fair deal', reachedShare: 0.02, failed };

const warnings: BalanceWarning[] = [
  { kind: 'ending-unreached', title: 'Spotless', failed: failed.slice(0, 2) },
  { kind: 'post-unseen', post: 'reporter' },
  { kind: 'blind-wins', player: 'always-apologise', rate: 1, target: 0.25 },
  { kind: 'kind-order-wins', rate: 0.3, target: 0.25 },
  { kind: 'guessing-wins', assumes: 'fair', rate: 0.5, target: 0.35 },
  { kind: 'guessing-wins', assumes: 'false', rate: 0.4, target: 0.35 },
  { kind: 'lesson-aligned-low', rate: 0.6, target: 0.7 },
  { kind: 'careful-reader-low', rate: 0.55, target: 0.7 },
  { kind: 'checking-reader-low', rate: 0.5, target: 0.7 },
];

describe('the balance report in English', () => {
  it('says what failed: a flag or a reply as the run ended, another test as what it asked', () => {
    expect(failed.map(reasonText)).toEqual([
      'trust ≥ 60',
      'flag rates-restored unset',
      'flag fine-print set',
      'reply poster.numbers not chosen',
      'any of (heat ≤ 30, not (reply poster.deny chosen))',
      'all of (10 ≤ promiseDebt ≤ 40, flag leak unset)',
      '"Meltdown" came first',
    ]);
  });

  it('says why an ending was missed, most frequent first, a tiny share as under 1%', () => {
    expect(missedLine(fairDeal)).toBe(
      'Fair deal: trust ≥ 60 failed in 81% of missed runs, flag rates-restored unset in 64%, flag fine-print set in 20%, ' +
        'reply poster.numbers not chosen in 10%, any of (heat ≤ 30, not (reply poster.deny chosen)) failed in 5%, ' +
        'all of (10 ≤ promiseDebt ≤ 40, flag leak unset) failed in under 1%, "Meltdown" came first in 0%',
    );
    expect(missedLine({ ...fairDeal, failed: [] })).toBe('Fair deal: no condition failed');
  });

  it('puts every warning in a sentence', () => {
    expect(warnings.map(warningText)).toEqual([
      'No run reaches the ending "Spotless": trust ≥ 60 failed in 81%, flag rates-restored unset in 64% of the runs.',
      'The post "reporter" never appears in any run: check its hour, its "when" and the replies that follow up with it.',
      'The blind player "always-apologise", who never reads a word, reaches a good ending in 100% of runs (at most 25% is the target).',
      'A player who never reads and prefers some kinds of reply over others reaches a good ending in 30% of runs (at most 25% is the target): some kind of reply is right too often.',
      'A careful reader who takes every criticism as fair without checking reaches a good ending in 50% of runs (at most 35% is the target): give some posts variants whose truth differs, and make a wrong call cost the good ending.',
      'A careful reader who takes every criticism as false without checking reaches a good ending in 40% of runs (at most 35% is the target): give some posts variants whose truth differs, and make a wrong call cost the good ending.',
      "The lesson-aligned player, who follows the case's lessons, reaches a good ending in only 60% of runs (at least 70% is the target).",
      'The careful reader, who sees whether each criticism is fair, reaches a good ending in only 55% of runs (at least 70% is the target).',
      'A reader who checks a criticism when in doubt reaches a good ending in only 50% of runs (at least 70% is the target): give the criticism posts checks whose findings tell fair from false, and time to run them.',
    ]);
  });
});

describe('the balance report in Chinese', () => {
  afterAll(() => useLanguage('en'));

  it('keeps ids and titles as written and leaves no English words around them', async () => {
    await useLanguage('zh-CN');
    expect(reasonText(failed[0]!)).toBe('公众信任 ≥ 60');
    expect(missedLine(fairDeal)).toMatch(
      /^Fair deal：在未达成的局中，81% 的局“公众信任 ≥ 60”不成立，64% 的局标记 rates-restored 未设置，/,
    );
    const ids =
      /Fair deal|Spotless|Meltdown|rates-restored|fine-print|poster\.\w+|leak|reporter|always-apologise|lesson-aligned|careful-reader|checks-in-doubt|when/g;
    for (const text of [missedLine(fairDeal), ...warnings.map(warningText)]) {
      expect(text, text).toMatch(/\p{Script=Han}/u);
      expect(text.replace(ids, ''), text).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
