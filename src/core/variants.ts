// The truth of a post in one game: a post may come in variants (fair in one game, false in another), and the
// seed deals one. Dealt by a hash of the seed and the post's id, not by the game's dice, so the same seed
// gives every team of a workshop the same truths, whatever they did before the post arrived.
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

const resolved = new WeakMap<Variant, Post>();

/**
 * The post as it is in this game: its variant's claim, findings, reply outcomes and cost of being ignored
 * laid over the post. Labels, reply texts, kinds and costs stay the post's own: what the player sees and
 * does is the same in every variant. A post without variants is returned as it is.
 */
export function postFor(post: Post, seed: number): Post {
  const v = variantOf(post, seed);
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
