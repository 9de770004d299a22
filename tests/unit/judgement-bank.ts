// A small judgement check bank for tests of the scores and the store, made in code so that those tests do
// not hang on the wording of data/judgement-check.yaml. It passes the bank's own validation.
import { stringify } from 'yaml';
import { type JudgementBank, loadJudgementBank } from '../../src/content/judgement-check.ts';
import { JUDGEMENT_SETS } from '../../src/content/judgement-items.ts';

/** Four pairs per set, shown twin apart: pair, truth. Pairs 2 and 3 carry a finding. */
const ORDER: [number, boolean][] = [
  [1, true],
  [2, false],
  [1, false],
  [3, true],
  [2, true],
  [4, false],
  [3, false],
  [4, true],
];

function item(set: string, pair: number, fair: boolean) {
  // Pair 4 is a low-reach post: not amplifying is best when it is false.
  const kinds = pair === 4 ? ['correct', 'own', 'starve'] : ['own', 'correct'];
  const best = fair ? 'own' : pair === 4 ? 'starve' : 'correct';
  return {
    id: `${set.toLowerCase()}-${pair}-${fair ? 'fair' : 'false'}`,
    set,
    pair: `${set.toLowerCase()}-${pair}`,
    fair,
    post: {
      author: `Critic ${pair}`,
      handle: `@critic${pair}`,
      about: 'Customer · joined 2019',
      text: `Claim ${pair}.`,
    },
    ...(pair === 2 || pair === 3 ? { finding: { check: 'coverage', text: `Finding ${pair}.` } } : {}),
    replies: kinds.map((kind) => ({ kind, text: `Reply: ${kind}.`, ...(kind === best ? { best: true } : {}) })),
    why: `Why ${pair}.`,
  };
}

/** The bank as plain data, to be changed by a test before it is written out as YAML. */
export const bankData = () => ({
  scale: { question: 'How likely is this criticism to be fair?', low: 'Surely false', high: 'Surely fair' },
  replyQuestion: 'Which reply would you post?',
  items: JUDGEMENT_SETS.flatMap((set) => ORDER.map(([pair, fair]) => item(set, pair, fair))),
});

export const BANK_YAML = stringify(bankData());

export function bank(): JudgementBank {
  const r = loadJudgementBank(BANK_YAML, 'bank.yaml');
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.data;
}
