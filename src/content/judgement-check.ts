// The judgement check (data/judgement-check.yaml): short crisis replies from outside the campaign, rated
// 1–7 for how well each would rebuild trust, before the campaign and after it. Two equivalent sets of
// eight, each half good practice and half not, so that nobody rates an item twice. Its score is the mean
// rating of the good replies minus that of the poor ones: rating everything alike scores 0.
import { z } from 'zod';
import { type Loaded, loadYaml } from './loader.ts';
import type { Finding } from './problems.ts';

export const CHECK_SETS = ['A', 'B'] as const;
export type CheckSet = (typeof CHECK_SETS)[number];
/** Items per set, half of them good practice. */
export const ITEMS_PER_SET = 8;
export const RATING_MIN = 1;
export const RATING_MAX = 7;

const text = z.string().trim().min(1, 'must not be empty');

const ItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
  set: z.enum(CHECK_SETS),
  good: z.boolean().describe('good practice (true) or not (false)'),
  situation: text.max(300),
  finding: text
    .max(300)
    .optional()
    .describe('what a check on the post found, shown under the situation: the right rating depends on it'),
  reply: text.max(300),
  why: text.max(200).describe('one sentence shown after the second check'),
});

const CheckSchema = z.strictObject({
  scale: z.strictObject({ question: text.max(80), low: text.max(30), high: text.max(30) }),
  items: z.array(ItemSchema),
});

export type JudgementCheck = z.output<typeof CheckSchema>;
export type CheckItem = JudgementCheck['items'][number];

function checkSets(check: JudgementCheck): Finding[] {
  const out: Finding[] = [];
  const ids = new Map<string, number>();
  check.items.forEach((item, i) => {
    if (ids.has(item.id))
      out.push({ path: ['items', i, 'id'], message: `duplicate id "${item.id}" (also items[${ids.get(item.id)}])` });
    ids.set(item.id, i);
  });
  for (const set of CHECK_SETS) {
    const items = check.items.filter((x) => x.set === set);
    const good = items.filter((x) => x.good).length;
    if (items.length !== ITEMS_PER_SET || good !== ITEMS_PER_SET / 2) {
      out.push({
        path: ['items'],
        message: `set ${set} needs ${ITEMS_PER_SET} items, half of them good: it has ${items.length}, ${good} good`,
      });
    }
  }
  return out;
}

export function loadJudgementCheck(text: string, file: string): Loaded<JudgementCheck> {
  return loadYaml(text, file, {
    schema: CheckSchema,
    mapping: 'the judgement check must be a YAML mapping with scale and items',
    check: checkSets,
  });
}

export const itemsOf = (check: JudgementCheck, set: CheckSet): CheckItem[] => check.items.filter((x) => x.set === set);
export const otherSet = (set: CheckSet): CheckSet => (set === 'A' ? 'B' : 'A');

/**
 * The mean rating of the good replies minus that of the poor ones (−6 to 6): how well a player tells good
 * practice from bad. `ratings` follow the set's items in order.
 */
export function checkScore(items: readonly CheckItem[], ratings: readonly number[]): number {
  const mean = (good: boolean) => {
    const rs = items.flatMap((item, i) => (item.good === good ? [ratings[i]!] : []));
    return rs.reduce((a, b) => a + b, 0) / rs.length;
  };
  return mean(true) - mean(false);
}
