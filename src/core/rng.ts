// Seeded randomness kept as plain numbers in the game state, so that a state can be saved and replayed.
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

/**
 * Neighbouring small seeds (1, 2, 3…) give correlated first outputs from xoroshiro, so the seed is
 * scrambled first with the murmur3 finaliser.
 */
function scramble(seed: number): number {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export const seedState = (seed: number): number[] => [...xoroshiro128plus(scramble(seed)).getState()];

// A well-mixed 32-bit number for a seed and some words, the same anywhere: FNV-1a over the words, from the
// scrambled seed, then scrambled again. In three steps, so that callers can share a first word among many
// keys: hashDone(hashWord(hashWord(hashSeed(seed), a), b)).
export const hashSeed = (seed: number): number => scramble(seed) ^ 0x811c9dc5;
export function hashWord(h: number, w: string): number {
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0x1f, 0x01000193); // a separator, so that ("ab", "c") and ("a", "bc") differ
}
export const hashDone = (h: number): number => scramble(h) >>> 0;
/** The three steps in one call, for a key made once. */
export const hashKey = (seed: number, ...words: string[]): number => hashDone(words.reduce(hashWord, hashSeed(seed)));

/** A random generator that reads and writes one state array, for use inside a single step. */
export class Dice {
  private readonly gen;
  constructor(state: readonly number[]) {
    this.gen = xoroshiro128plusFromState(state);
  }
  /** An integer in [from, to]. */
  int(from: number, to: number): number {
    return uniformInt(this.gen, from, to);
  }
  /** A number in [0, 1) with 1/65536 resolution, plenty for game odds. */
  chance(): number {
    return this.int(0, 65535) / 65536;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  state(): number[] {
    return [...this.gen.getState()];
  }
}
