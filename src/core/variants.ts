// The truth of a post in one game: a post may come in variants (fair in one game, false in another), and the
// seed deals one. Dealt by a hash of the seed and the post's id, not by the game's dice, so the same seed
// gives every team of a workshop the same truths, whatever they did before the post arrived. The seed also
// deals the order its replies are shown in.
import type { Post, Response, Variant } from '../content/schema.ts';
import { hashDone, hashSeed, hashWord } from './rng.ts';

/** The variant the seed deals for a post (undefined for a post without variants). */
export function variantOf(post: Post, seed: number): Variant | undefined {
  const { variants } = post;
  if (!variants.length) return undefined;
  let total = 0;
  for (const v of variants) total += v.weight;
  let roll = hashDone(hashWord(hashWord(hashSeed(seed), 'variant'), post.id)) % total;
  for (const v of variants) {
    if (roll < v.weight) return v;
    roll -= v.weight;
  }
  return variants[variants.length - 1];
}

/** What one seed deals for one post: the post as it is in that game, and its replies in the order shown. */
interface Deal {
  seed: number;
  post: Post;
  /** Worked out when first asked for: the engine asks for the post every hour, for the order only at a decision. */
  shown: Response[] | null;
}

// The last deal of each post, keyed on the post object and checked against the seed: the simulator asks for
// the same post in the same game every hour and at every decision, and hashing the seed and the id each time
// was a tenth of its work. A deal is a pure function of the post and the seed, and a level is never changed
// once loaded (the same holds for `resolved` below), so a deal kept from one game is exactly what another
// game of that seed would work out: nothing carries over from game to game. One seed is kept per post: a
// game of another seed deals again and takes its place.
const deals = new WeakMap<Post, Deal>();

function dealOf(post: Post, seed: number): Deal {
  let deal = deals.get(post);
  if (deal?.seed !== seed) {
    deal = { seed, post: resolve(post, variantOf(post, seed)), shown: null };
    deals.set(post, deal);
  }
  return deal;
}

/**
 * The post as it is in this game: its variant's claim, findings, reply outcomes and cost of being ignored
 * laid over the post. Labels, reply texts, kinds and costs stay the post's own: what the player sees and
 * does is the same in every variant. A post without variants is returned as it is.
 */
export const postFor = (post: Post, seed: number): Post => dealOf(post, seed).post;

/**
 * Every reply of the post as it is in this game, in the order the player sees and numbers them: dealt by a
 * hash of the seed, the post and the reply, so that the order carries no hint (authors write replies in any
 * order), and a save, a replay and every team playing the same seed see the same order. The player is
 * offered those of them available now (engine.choicesFor), each keeping its place when others come and go.
 * The array is shared: read it, do not change it.
 */
export function shownReplies(post: Post, seed: number): readonly Response[] {
  const deal = dealOf(post, seed);
  deal.shown ??= shownOrder(deal.post.responses, hashWord(hashSeed(seed), post.id));
  return deal.shown;
}

/** Replies sorted by the hash of `h` (the seed and the post) and their id; replies with equal keys keep their order. */
function shownOrder(responses: readonly Response[], h: number): Response[] {
  const options = [...responses];
  const keys = options.map((r) => hashDone(hashWord(h, r.id)));
  // An insertion sort: at most five replies, and no objects to allocate for a sort by key.
  for (let i = 1; i < options.length; i++) {
    const r = options[i]!;
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) {
      options[j + 1] = options[j]!;
      keys[j + 1] = keys[j]!;
    }
    options[j + 1] = r;
    keys[j + 1] = key;
  }
  return options;
}

const resolved = new WeakMap<Variant, Post>();

/** The post with a variant laid over it (the same object for the same variant), or the post itself without one. */
function resolve(post: Post, v: Variant | undefined): Post {
  if (!v) return post;
  let p = resolved.get(v);
  if (!p) {
    p = {
      ...post,
      claim: v.claim,
      bait: v.bait ?? post.bait,
      ignored: v.ignored ?? post.ignored,
      checks: post.checks.map((c) => ({ ...c, finding: v.findings[c.check] ?? c.finding })),
      responses: post.responses.map((r) => outcome(r, v)),
    };
    resolved.set(v, p);
  }
  return p;
}

function outcome(r: Response, v: Variant): Response {
  const o = v.replies[r.id];
  if (!o) return r;
  const out = { ...r };
  for (const key in o) {
    const value = o[key as keyof typeof o];
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
