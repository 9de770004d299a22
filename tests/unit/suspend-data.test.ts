// What an LMS keeps between sessions: the game, the progress and the settings packed into SCORM 1.2's
// 4,096 characters of suspend data, measured on the largest progress a whole campaign makes (every chapter
// finished twice, the judgement check at all four points, a game under way), and read back as it was.
import { describe, expect, it } from 'vitest';
import { loadAllLevels, readStorm } from '../../src/data-files/load.ts';
import type { Level } from '../../src/content/schema.ts';
import { play } from '../../src/core/engine.ts';
import { chapterResolver } from '../../src/core/storm.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { Dice, seedState } from '../../src/core/rng.ts';
import type { Action } from '../../src/core/state.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { emptyProgress, PROGRESS_KEY, recordEnding, saveProgress } from '../../src/state/progress.ts';
import { SAVE_KEY, SAVE_VERSION, writeSave } from '../../src/state/saves.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { packSuspend, SUSPEND_LIMIT, unpackSuspend } from '../../src/state/suspend-data.ts';

const levels = loadAllLevels();
const storm = readStorm();
const resolve = chapterResolver(levels, storm);
/** Text that does not compress (a linear congruential generator's printable characters). */
const noise = (n: number) => {
  let x = 1;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(33 + (x % 90));
  }).join('');
};

/** A chapter played to its end by a scripted player, with the actions that replay it. */
function played(level: Level, policy: string, seed: number, stopAfter = Number.POSITIVE_INFINITY) {
  const dice = new Dice(seedState(seed));
  const game = play(level, { seed, pacing: 'turn' });
  const actions: Action[] = [];
  while (!game.state.ending && actions.length < stopAfter) {
    const a = policyNamed(policy)!.choose(level, game.state, dice);
    actions.push(a);
    game.act(a);
  }
  return { state: game.result(), actions, seed };
}

/** The storage of a learner who has played the whole campaign twice over and is in a game now. */
function wholeCampaign() {
  const storage = memoryStorage();
  let progress = emptyProgress();
  for (const level of levels)
    for (const [policy, seed] of [
      ['random', 11],
      ['careful-reader', 12],
    ] as const) {
      const g = played(level, policy, seed + level.number * 101);
      progress = recordEnding(progress, level, g.state, { seed: g.seed, pacing: 'turn', actions: g.actions });
    }
  const answers = Array.from({ length: 8 }, (_, i) => ({ rating: (i % 7) + 1, reply: i % 3 }));
  const at = Date.UTC(2026, 0, 1);
  progress = {
    ...progress,
    judgement: {
      ...progress.judgement,
      before: { set: 'A', answers, at },
      after: { set: 'B', answers, at: at + 1e9 },
      week: { set: 'C', answers, at: at + 2e9 },
      month: { set: 'D', answers, at: at + 5e9 },
    },
  };
  saveProgress(storage, progress);
  const last = levels.at(-1)!;
  const now = played(last, 'random', 99, 12);
  writeSave(storage, { v: SAVE_VERSION, level: last.id, seed: 99, pacing: 'turn', actions: now.actions });
  storage.setItem(SETTINGS_KEY, JSON.stringify({ textSize: 'large' }));
  return storage;
}

describe('suspend data for an LMS', () => {
  it('keeps a whole campaign under SCORM 1.2’s 4,096 characters, and gives it back as it was', () => {
    const storage = wholeCampaign();
    const raw = [SAVE_KEY, PROGRESS_KEY, SETTINGS_KEY].reduce((n, k) => n + (storage.getItem(k)?.length ?? 0), 0);
    const packed = packSuspend(storage, resolve)!;
    console.log(`suspend data of a whole campaign: ${packed.length} characters (storage: ${raw})`);
    expect(packed.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const back = unpackSuspend(packed, levels, storm)!;
    for (const key of [SAVE_KEY, PROGRESS_KEY, SETTINGS_KEY])
      expect(JSON.parse(back[key]!), key).toEqual(JSON.parse(storage.getItem(key)!));
  });

  it('drops the settings before the progress, and the progress before the game, when they do not fit', () => {
    const storage = memoryStorage({
      [SAVE_KEY]: '{"v":2}',
      [PROGRESS_KEY]: 'x',
      // Pseudo-random text does not compress: far over the limit on its own.
      [SETTINGS_KEY]: noise(8000),
    });
    expect(unpackSuspend(packSuspend(storage, resolve)!, levels, storm)).toEqual({
      [SAVE_KEY]: '{"v":2}',
      [PROGRESS_KEY]: 'x',
    });
    expect(packSuspend(memoryStorage({ [SAVE_KEY]: noise(8000) }), resolve)).toBeNull();
  });

  it('reads nothing from text that is not its own', () => {
    for (const text of ['', 'hello', 'A!!!', 'Bxyz', `A${btoa('not deflate')}`])
      expect(unpackSuspend(text, levels, storm)).toBeNull();
  });
});
