// Plays a level many times with a policy, in Node or anywhere: the balance of the campaign in numbers.
import type { Ending, Level } from '../content/schema.ts';
import { discernmentScore, tally } from './discernment.ts';
import { play } from './engine.ts';
import type { Policy } from './policies.ts';
import { Dice, seedState } from './rng.ts';
import type { GameState } from './state.ts';

export interface Outcome {
  name: string;
  runs: number;
  goodRate: number;
  completeRate: number;
  endings: Record<string, number>;
  /** Mean discernment score (0–100) over the runs that had both fair and false claims to tell apart. */
  discernment: number | null;
}

/** A scripted player's own dice for one run, seeded apart from the game's own chances. */
const policyDice = (seed: number) => new Dice(seedState(seed ^ 0x5bd1e995));

/**
 * Plays one chapter to its ending in turn pacing. With `records` false the result leaves out what only
 * the debrief reads (see engine.play): the simulator's counting needs the ending, values, flags and feed.
 */
export function playOnce(level: Level, policy: Policy, seed: number, records = true): GameState {
  const dice = policyDice(seed);
  const game = play(level, { seed, pacing: 'turn' }, records);
  while (!game.state.ending) game.act(policy.choose(level, game.state, dice));
  return game.result();
}

/**
 * Plays one chapter in live pacing: the clock runs while the player reads and decides, `thinkSeconds` for
 * each reply and half that for a check (a click; reading what it found is part of the reply that follows),
 * at `secondsPerHour(hour)` seconds a crisis hour (the live clock's pace, which may start slower). A reply's
 * or a check's own hours pass at once, and the live clock starts its hour again after it, as in the game.
 */
export function playLive(
  level: Level,
  policy: Policy,
  seed: number,
  thinkSeconds: number,
  secondsPerHour: (hour: number) => number,
): GameState {
  const dice = policyDice(seed);
  const game = play(level, { seed, pacing: 'live' });
  let think = thinkSeconds;
  while (!game.state.ending) {
    while (think > 0 && !game.state.ending) {
      const hour = secondsPerHour(game.state.hour);
      if (think < hour) break;
      think -= hour;
      game.act({ type: 'tick', hours: 1 });
    }
    if (game.state.ending) break;
    const action = policy.choose(level, game.state, dice);
    game.act(action);
    think = action.type === 'check' ? thinkSeconds / 2 : thinkSeconds;
  }
  return game.result();
}

/**
 * How one player's runs ended, counted run by run: what simulate sums up, and what the editor's balance
 * panel keeps between its quick look and its full table.
 */
export class Outcomes {
  private readonly endings: Record<string, number>;
  private readonly byId: Map<string, Ending>;
  private runs = 0;
  private good = 0;
  private complete = 0;
  private scoreSum = 0;
  private scored = 0;

  constructor(
    private readonly level: Level,
    private readonly name: string,
  ) {
    this.endings = Object.fromEntries(level.endings.map((e) => [e.id, 0]));
    this.byId = new Map(level.endings.map((e) => [e.id, e]));
  }

  add(s: GameState): void {
    const ending = this.byId.get(s.ending!)!;
    this.runs++;
    this.endings[ending.id]! += 1;
    if (ending.good) this.good++;
    if (ending.timing === 'end') this.complete++;
    const score = discernmentScore(tally(this.level, s));
    if (score !== null) {
      this.scoreSum += score;
      this.scored++;
    }
  }

  outcome(): Outcome {
    const { name, runs, scored } = this;
    return {
      name,
      runs,
      goodRate: this.good / runs,
      completeRate: this.complete / runs,
      endings: { ...this.endings },
      discernment: scored ? this.scoreSum / scored : null,
    };
  }
}

/**
 * Plays a level `runs` times from consecutive seeds and counts how it ended; each run is played in turn
 * pacing unless `playRun` plays it another way (see playLive).
 */
export function simulate(
  level: Level,
  policy: Policy,
  runs: number,
  firstSeed = 1,
  playRun: (seed: number) => GameState = (seed) => playOnce(level, policy, seed, false),
): Outcome {
  const outcomes = new Outcomes(level, policy.name);
  for (let i = 0; i < runs; i++) outcomes.add(playRun(firstSeed + i));
  return outcomes.outcome();
}
