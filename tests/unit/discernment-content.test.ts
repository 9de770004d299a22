// The campaign asks for judgement, not habits (issue 17): the truth of many criticisms varies with the
// seed, no kind of reply is always right, and every button shows what its reply posts.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { labelProblems } from '../../src/content/label-rules.ts';
import type { Post } from '../../src/content/schema.ts';
import type { Kind } from '../../src/content/terms.ts';
import { isRight, verdict } from '../../src/core/discernment.ts';
import { truths } from './truths.ts';

const levels = loadAllLevels();
const isCriticism = (p: Post) =>
  p.variants.length ? p.variants.some((v) => v.claim !== 'none') : p.claim !== undefined && p.claim !== 'none';
/** Posts whose variants disagree on whether the criticism is fair. */
const varies = (p: Post) => new Set(p.variants.map((v) => v.claim === 'fair')).size > 1;
describe('the truth varies with the seed', () => {
  it('in at least a third of the criticism posts across the campaign', () => {
    const criticism = levels.flatMap((l) => l.posts.filter(isCriticism));
    expect(criticism.filter(varies).length).toBeGreaterThanOrEqual(criticism.length / 3);
  });

  it.each(levels.map((l) => [l.id, l] as const))('in at least two criticism posts of %s', (_, level) => {
    expect(level.posts.filter(varies).length).toBeGreaterThanOrEqual(2);
  });
});

describe('no kind of reply is always right', () => {
  const right = new Set<Kind>();
  const wrong = new Set<Kind>();
  for (const level of levels)
    for (const post of level.posts)
      for (const p of truths(post))
        for (const r of p.responses) {
          const good = !r.trap && (p.claim === undefined || p.claim === 'none' || isRight(verdict(p, r)));
          (good ? right : wrong).add(r.kind);
        }

  it.each(['refute', 'silence', 'humour', 'invite', 'evidence', 'apologise', 'brand-voice'] as Kind[])(
    '%s is the right reply somewhere and a trap somewhere else',
    (kind) => {
      expect(right.has(kind)).toBe(true);
      expect(wrong.has(kind)).toBe(true);
    },
  );
});

describe('every button shows what its reply posts', () => {
  it.each(levels.map((l) => [l.id, l] as const))('%s', (_, level) => {
    const broken = level.posts.flatMap((p) =>
      p.responses.flatMap((r) => labelProblems(r).map((m) => `${p.id}.${r.id} "${r.label}": ${m}`)),
    );
    expect(broken).toEqual([]);
  });
});
