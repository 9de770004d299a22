// A post as each of its variants deals it, for content tests that must hold whatever truth the seed deals.
import type { Post } from '../../src/content/schema.ts';
import { postFor } from '../../src/core/engine.ts';
import { variantOf } from '../../src/core/variants.ts';

/** The post as each of its variants deals it (a post without variants, as it is). */
export const truths = (p: Post): Post[] => (p.variants.length ? p.variants.map((_, i) => dealt(p, i)) : [p]);

function dealt(p: Post, index: number): Post {
  for (let seed = 1; seed < 10_000; seed++) if (variantOf(p, seed) === p.variants[index]) return postFor(p, seed);
  throw new Error(`no seed deals variant ${index} of ${p.id}`);
}
