// The judgement check (data/judgement-check.yaml): posts from crises outside the campaign, shown as they
// would appear, each asking how likely the criticism is to be fair (1–7) and which reply the player would
// post. Items come in matched pairs, one fair and one false, with the same kind of account, tone and topic:
// only the cues a fact-checker uses (who is behind it, what else is reported, the whole original) tell the
// twins apart. Four matched sets of eight, one per point in time (see JUDGEMENT_POINTS), so that nobody rates an
// item twice. The sets, the scale and the helpers the game reads are in judgement-items.ts.
import { z } from 'zod';
import { type Loaded, loadYaml } from './loader.ts';
import { bestOf, JUDGEMENT_SETS, type JudgementSet, ITEMS_PER_SET, itemsOf, MAX_REPLIES } from './judgement-items.ts';
import type { Finding } from './problems.ts';
import { CHECKS } from './terms.ts';

/** What a reply does; every kind in the bank is the best reply somewhere and not the best somewhere else. */
export const REPLY_KINDS = ['own', 'correct', 'wait', 'starve'] as const;

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');

const ReplySchema = z.strictObject({
  kind: z.enum(REPLY_KINDS).describe('what the reply does: own the fault, correct a falsehood, wait, or starve it'),
  text: text.max(240),
  best: z.literal(true).optional().describe('the one best reply of the item'),
});

const ItemSchema = z.strictObject({
  id,
  set: z.enum(JUDGEMENT_SETS),
  pair: id.describe('the id its twin shares: one fair item and one false, with the same surface'),
  fair: z.boolean().describe('the criticism is fair (true) or a false attack (false)'),
  post: z.strictObject({
    author: text.max(40),
    handle: z.string().regex(/^@[A-Za-z0-9_]{1,24}$/, 'must be @ and up to 24 letters, digits or _'),
    about: text.max(90).describe('what the profile shows: what the account is, since when, how many follow it'),
    text: text.max(280),
    attached: text.max(120).optional().describe('what the post carries: a photo, a clip, a link, a screenshot'),
  }),
  finding: z
    .strictObject({ check: z.enum(CHECKS), text: text.max(240) })
    .optional()
    .describe('what a check on the post found, shown under it'),
  replies: z.array(ReplySchema).min(2).max(MAX_REPLIES),
  why: text.max(260).describe('what tells this one apart from its twin, shown with the answers'),
});

const JudgementBankSchema = z.strictObject({
  scale: z.strictObject({ question: text.max(80), low: text.max(30), high: text.max(30) }),
  replyQuestion: text.max(80),
  items: z.array(ItemSchema),
});

export type JudgementBank = z.output<typeof JudgementBankSchema>;
export type JudgementItem = JudgementBank['items'][number];

/** The audit of what a schema cannot state: ids, answer keys, pairs and sets. */
function auditBank(bank: JudgementBank): Finding[] {
  const out: Finding[] = [];
  const at = (i: number, ...path: (string | number)[]) => ['items', i, ...path];
  const ids = new Map<string, number>();
  bank.items.forEach((item, i) => {
    if (ids.has(item.id))
      out.push({ path: at(i, 'id'), message: `duplicate id "${item.id}" (also items[${ids.get(item.id)}])` });
    ids.set(item.id, i);
    const best = item.replies.filter((r) => r.best).length;
    if (best !== 1) out.push({ path: at(i, 'replies'), message: `needs exactly one best reply, has ${best}` });
    const kinds = item.replies.map((r) => r.kind);
    if (new Set(kinds).size !== kinds.length)
      out.push({ path: at(i, 'replies'), message: 'offers a kind of reply twice' });
  });
  out.push(...auditPairs(bank));
  for (const set of JUDGEMENT_SETS) out.push(...auditSet(bank, set));
  out.push(...auditKinds(bank));
  return out;
}

/** Each pair: one fair and one false item in the same set, offering the same kinds, with different best replies. */
function auditPairs(bank: JudgementBank): Finding[] {
  const out: Finding[] = [];
  const pairs = new Map<string, { item: JudgementItem; i: number }[]>();
  bank.items.forEach((item, i) => pairs.set(item.pair, [...(pairs.get(item.pair) ?? []), { item, i }]));
  for (const [pair, twins] of pairs) {
    const [a, b] = twins;
    const where = ['items', twins.at(-1)!.i, 'pair'];
    if (twins.length !== 2 || !a || !b) {
      out.push({ path: where, message: `pair "${pair}" needs two items, has ${twins.length}` });
      continue;
    }
    if (a.item.fair === b.item.fair)
      out.push({
        path: where,
        message: `pair "${pair}" needs one fair item and one false, both are ${a.item.fair ? 'fair' : 'false'}`,
      });
    if (a.item.set !== b.item.set)
      out.push({ path: where, message: `pair "${pair}" is split across sets ${a.item.set} and ${b.item.set}` });
    if (Math.abs(a.i - b.i) === 1)
      out.push({ path: where, message: `pair "${pair}" is shown back to back; put another item between` });
    const kinds = (x: JudgementItem) => x.replies.map((r) => r.kind).join(' ');
    if (kinds(a.item) !== kinds(b.item))
      out.push({
        path: where,
        message: `pair "${pair}" offers different replies (${kinds(a.item)} / ${kinds(b.item)}): twins offer the same kinds in the same order`,
      });
    else if (bestOf(a.item)?.kind && bestOf(a.item)?.kind === bestOf(b.item)?.kind)
      out.push({
        path: where,
        message: `pair "${pair}" has the same best reply (${bestOf(a.item)?.kind}) for the fair and the false twin: the reply would not depend on the truth`,
      });
    if (Boolean(a.item.finding) !== Boolean(b.item.finding))
      out.push({ path: where, message: `pair "${pair}": one twin has a finding and the other not` });
  }
  return out;
}

/** A set: four whole pairs, as many findings as set A, and the best reply not always in the same place. */
function auditSet(bank: JudgementBank, set: JudgementSet): Finding[] {
  const items = itemsOf(bank, set);
  const out: Finding[] = [];
  if (items.length !== ITEMS_PER_SET)
    out.push({ path: ['items'], message: `set ${set} needs ${ITEMS_PER_SET} items (four pairs), has ${items.length}` });
  const findings = (s: JudgementSet) => itemsOf(bank, s).filter((x) => x.finding).length;
  if (findings(set) !== findings('A'))
    out.push({
      path: ['items'],
      message: `set ${set} has ${findings(set)} items with a finding and set A ${findings('A')}: matched sets have as many`,
    });
  const places = new Set(items.map((x) => x.replies.findIndex((r) => r.best)));
  if (items.length > 1 && places.size === 1)
    out.push({ path: ['items'], message: `set ${set} always has its best reply in place ${[...places][0]! + 1}` });
  return out;
}

/** No kind of reply is always right or never right. */
function auditKinds(bank: JudgementBank): Finding[] {
  return REPLY_KINDS.flatMap((kind) => {
    const offered = bank.items.filter((x) => x.replies.some((r) => r.kind === kind));
    if (!offered.length) return [];
    const best = offered.filter((x) => bestOf(x)?.kind === kind).length;
    if (best === 0)
      return [
        { path: ['items'], message: `the reply kind "${kind}" is never the best: a choice nobody needs to weigh` },
      ];
    if (best === offered.length)
      return [
        {
          path: ['items'],
          message: `the reply kind "${kind}" is the best wherever it is offered: it wins by its wording`,
        },
      ];
    return [];
  });
}

export function loadJudgementBank(text: string, file: string): Loaded<JudgementBank> {
  return loadYaml(text, file, {
    schema: JudgementBankSchema,
    mapping: 'the judgement check must be a YAML mapping with scale, replyQuestion and items',
    audit: auditBank,
  });
}
