// Plays a level many times with a policy, in Node or anywhere: the balance of the campaign in numbers.
import type { Level } from '../content/schema.ts';
import { newGame, step } from './engine.ts';
import type { Policy } from './policies.ts';
import { Dice, seedState } from './rng.ts';
import type { GameState } from './state.ts';

export interface Outcome {
  name: string;
  runs: number;
  goodRate: number;
  completeRate: number;
  endings: Record<string, number>;
}

/** Plays one chapter to its ending in turn pacing. */
export function playOnce(level: Level, policy: Policy, seed: number): GameState {
  const dice = new Dice(seedState(seed ^ 0x5bd1e995));
  let s = newGame(level, { seed, pacing: 'turn' });
  while (!s.ending) s = step(level, s, policy.choose(level, s, dice));
  return s;
}

export function simulate(level: Level, policy: Policy, runs: number, firstSeed = 1): Outcome {
  const endings: Record<string, number> = Object.fromEntries(level.endings.map((e) => [e.id, 0]));
  let good = 0;
  let complete = 0;
  for (let i = 0; i < runs; i++) {
    const id = playOnce(level, policy, firstSeed + i).ending!;
    const ending = level.endings.find((e) => e.id === id)!;
    endings[id]! += 1;
    if (ending.good) good++;
    if (ending.check === 'end') complete++;
  }
  return { name: policy.name, runs, goodRate: good / runs, completeRate: complete / runs, endings };
}
