// The judgement check as the game reads it (data/judgement-check.yaml; its schema and audit are in
// judgement-check.ts): the sets and their size, the rating scale, the replies an item offers at most, and
// the helpers that read items and answers. Zod-free, so that the game reads them without the judgement check's schema.

/** The four matched sets, one per point in time (see JUDGEMENT_POINTS). */
export const JUDGEMENT_SETS = ['A', 'B', 'C', 'D'] as const;
export type JudgementSet = (typeof JUDGEMENT_SETS)[number];
/** Items per set: four matched pairs. */
export const ITEMS_PER_SET = 8;
export const RATING_MIN = 1;
export const RATING_MAX = 7;
/** Replies an item offers at most. */
export const MAX_REPLIES = 3;

/** Whether an answer is one the item offers: a whole rating on the scale and one of its replies. */
export const answerFits = (item: { replies: readonly unknown[] }, a: { rating: number; reply: number }) =>
  Number.isInteger(a.rating) &&
  a.rating >= RATING_MIN &&
  a.rating <= RATING_MAX &&
  Number.isInteger(a.reply) &&
  a.reply >= 0 &&
  a.reply < item.replies.length;

/** A set's items, in the bank's order. */
export const itemsOf = <Item extends { set: JudgementSet }>(
  bank: { items: readonly Item[] },
  set: JudgementSet,
): Item[] => bank.items.filter((x) => x.set === set);
/** An item's best reply; undefined only in a bank not yet validated that lacks one. */
export const bestOf = <Reply extends { best?: boolean }>(item: { replies: readonly Reply[] }): Reply | undefined =>
  item.replies.find((r) => r.best);
