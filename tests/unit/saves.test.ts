// Saves: the seed plus the action log. Any legal play written and read back rebuilds the same game;
// any save that cannot be used is refused in plain words, kept under the backup key, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { loadAllLevels, loadLevelFile, readJudgementBank, readStorm } from '../../src/data-files/load.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { Level } from '../../src/content/schema.ts';
import { available, findPost, newGame, openPosts, replay, step } from '../../src/core/engine.ts';
import type { Action, Pacing } from '../../src/core/state.ts';
import { buildStorm, STORM_ID } from '../../src/core/storm.ts';
import {
  BACKUP_KEY,
  GameLogSchema,
  type LevelResolver,
  loadSave,
  SAVE_KEY,
  SAVE_VERSION,
  type Save,
  SaveSchema,
  writeSave,
} from '../../src/state/saves.ts';
import { createAppStore } from '../../src/state/store.ts';

const judgementBank = readJudgementBank();

const campaign = loadAllLevels();
const storm = readStorm();
const miniResult = loadLevelFile('tests/fixtures/mini.yaml');
if (!miniResult.ok) throw new Error(miniResult.problems.map(formatProblem).join('\n'));
const mini = miniResult.level;
const levels: Level[] = [...campaign, mini];
/** As the game resolves a save's level: the endless storm is dealt again from the save's seed. */
const resolve: LevelResolver = (id, seed) =>
  id === STORM_ID ? buildStorm(campaign, storm, seed) : levels.find((l) => l.id === id);

const KEPT = ' A copy was kept, and a fresh game is ready.';
const LOOKS_DAMAGED = 'Your saved game could not be read: it looks damaged.';
const INCOMPLETE = 'Your saved game could not be read: it is incomplete or damaged.';
const NEWER = 'Your saved game comes from a newer version of Hot Seat.';
const NO_CHAPTER = 'Your saved game belongs to a chapter this version does not have.';
const NO_FIT = 'Your saved game no longer fits its chapter.';

const goodSave = (more: Partial<Save> = {}): Save => ({
  v: SAVE_VERSION,
  level: 'mini',
  seed: 7,
  pacing: 'turn',
  actions: [],
  ...more,
});

describe('replay property', () => {
  // A carry shifts the hidden values by what the previous chapter did to them (half of it, so fractions).
  const shift = fc.double({ min: -100, max: 100, noNaN: true });
  const carry = fc.option(
    fc.record({ promiseDebt: shift, personaDependence: shift, composure: shift }, { requiredKeys: [] }),
    {
      nil: undefined,
    },
  );
  const move = fc.record({ kind: fc.nat(9), a: fc.nat(), b: fc.nat() });

  it('any legal play of any chapter, written and read back, rebuilds a deep-equal game', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Level | typeof STORM_ID>(...levels, STORM_ID),
        fc.integer(),
        fc.constantFrom<Pacing>('turn', 'live'),
        carry,
        fc.array(move, { maxLength: 40 }),
        (chosen, seed, pacing, carried, moves) => {
          const level = chosen === STORM_ID ? buildStorm(campaign, storm, seed) : chosen;
          const save: Save = { v: SAVE_VERSION, level: level.id, seed, pacing, carry: carried, actions: [] };
          let s = newGame(level, save);
          for (const m of moves) {
            if (s.ending) break;
            const open = openPosts(s);
            let a: Action;
            if (m.kind === 0 || !open.length) a = { type: 'tick', hours: 1 + (m.a % 3) };
            else if (m.kind === 1) a = { type: 'pacing', pacing: s.pacing === 'turn' ? 'live' : 'turn' };
            else {
              const target = open[m.a % open.length]!;
              const options = available(findPost(level, target.id)!, s);
              a = options.length
                ? { type: 'reply', post: target.id, response: options[m.b % options.length]!.id }
                : { type: 'tick', hours: 1 };
            }
            s = step(level, s, a);
            save.actions.push(a);
          }
          const focus = openPosts(s)[0]?.id;
          const storage = memoryStorage();
          writeSave(storage, { ...save, focus });

          const loaded = loadSave(storage, resolve);
          // The store clears the save when a chapter ends; a save that replays to an ending is stale.
          if (s.ending) {
            expect(loaded).toEqual({
              status: 'damaged',
              problem: 'Your saved game had already ended. A copy was kept, and a fresh game is ready.',
            });
            return;
          }
          expect(loaded.status).toBe('loaded');
          if (loaded.status !== 'loaded') return;
          expect(loaded.state).toEqual(s);
          expect(loaded.save.actions).toEqual(save.actions);
          expect(loaded.save.focus).toBe(focus);
          expect(storage.getItem(BACKUP_KEY)).toBeNull();
        },
      ),
      { numRuns: 250 },
    );
  });

  it('a version 1 save (actions named by "t") is upgraded and continues the same game', () => {
    const actions: Action[] = [
      { type: 'reply', post: 'poster', response: 'numbers' },
      { type: 'tick', hours: 1 },
    ];
    const old = { ...goodSave(), v: 1, actions: actions.map(({ type, ...rest }) => ({ t: type, ...rest })) };
    const loaded = loadSave(memoryStorage({ [SAVE_KEY]: JSON.stringify(old) }), resolve);
    expect(loaded.status).toBe('loaded');
    if (loaded.status !== 'loaded') return;
    expect(loaded.save.v).toBe(SAVE_VERSION);
    expect(loaded.save.actions).toEqual(actions);
    expect(loaded.state).toEqual(replay(mini, goodSave(), actions));
  });

  it('no save at all is "none", and nothing is written', () => {
    const storage = memoryStorage();
    expect(loadSave(storage, resolve)).toEqual({ status: 'none' });
    expect(storage.map.size).toBe(0);
  });
});

describe('a save and a finished game in the progress', () => {
  it('check their action log with one schema: a save is the log and a few fields more, its carry-over strict', () => {
    const shared = Object.keys(GameLogSchema.shape);
    expect(shared).toEqual(['seed', 'pacing', 'carry', 'actions']);
    for (const key of shared.filter((k) => k !== 'carry'))
      expect(SaveSchema.shape[key as keyof typeof SaveSchema.shape], key).toBe(GameLogSchema.shape[key as 'seed']);
    const carry = { seed: 1, pacing: 'turn', carry: { composure: 3, unknown: 1 }, actions: [] };
    expect(GameLogSchema.safeParse(carry).success).toBe(true);
    expect(SaveSchema.safeParse({ v: SAVE_VERSION, level: 'mini', ...carry }).success).toBe(false);
  });
});

describe('a save that cannot be used', () => {
  /** Loads `raw` and checks the whole refusal: the message, the backup, the removed save, no throw. */
  function refused(raw: string, message: string) {
    const storage = memoryStorage({ [SAVE_KEY]: raw });
    let loaded: ReturnType<typeof loadSave> | undefined;
    expect(() => (loaded = loadSave(storage, resolve))).not.toThrow();
    expect(loaded).toEqual({ status: 'damaged', problem: message + KEPT });
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    // Once refused, the next boot starts clean rather than complaining again.
    expect(loadSave(storage, resolve)).toEqual({ status: 'none' });
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
  }

  it('is not JSON', () => refused('this is not a save', LOOKS_DAMAGED));

  it('is refused even when storage is too full to keep a copy, so the next boot starts fresh', () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{oops' });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(loadSave(storage, resolve)).toEqual({
      status: 'damaged',
      problem: `${LOOKS_DAMAGED} There was no room to keep a copy, and a fresh game is ready.`,
    });
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(() => createAppStore({ judgementBank, levels, storage, newSeed: () => 1 })).not.toThrow();
  });

  it('replays to a chapter that had already ended', () => {
    refused(
      JSON.stringify(goodSave({ actions: [{ type: 'tick', hours: 1000 }] })),
      'Your saved game had already ended.',
    );
  });

  it('is JSON cut short', () => {
    const whole = JSON.stringify(goodSave({ actions: [{ type: 'reply', post: 'poster', response: 'numbers' }] }));
    refused(whole.slice(0, whole.length - 9), LOOKS_DAMAGED);
  });

  it('is an empty string', () => refused('', LOOKS_DAMAGED));

  it('is JSON of the wrong shape', () => {
    refused(JSON.stringify({ level: 'mini', seed: 7 }), INCOMPLETE);
    refused(JSON.stringify({ ...goodSave(), seed: 'seven' }), INCOMPLETE);
    refused(JSON.stringify({ ...goodSave(), actions: [{ type: 'jump', hours: 1 }] }), INCOMPLETE);
    refused(JSON.stringify({ ...goodSave(), actions: [{ type: 'tick', hours: 0 }] }), INCOMPLETE);
    refused(JSON.stringify({ ...goodSave(), carry: { promiseDebt: 400 } }), INCOMPLETE);
    refused(JSON.stringify({ ...goodSave(), cheat: true }), INCOMPLETE);
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[1,2,3]'],
    ['a string', '"save"'],
    ['true', 'true'],
  ])('is JSON %s', (_name, raw) => refused(raw, INCOMPLETE));

  it('comes from a future version', () => refused(JSON.stringify({ ...goodSave(), v: 99 }), NEWER));

  it('belongs to a chapter this version does not have', () => {
    refused(JSON.stringify(goodSave({ level: 'chapter-that-was-cut' })), NO_CHAPTER);
  });

  it('replies to a post that never arrived', () => {
    // In mini.yaml, "backlash" only arrives as a follow-up to the "everyone" reply.
    refused(JSON.stringify(goodSave({ actions: [{ type: 'reply', post: 'backlash', response: 'sorry' }] })), NO_FIT);
  });

  it('gives a reply the post does not offer', () => {
    refused(JSON.stringify(goodSave({ actions: [{ type: 'reply', post: 'poster', response: 'joke' }] })), NO_FIT);
  });

  it('keeps playing after the chapter has ended', () => {
    const actions: Action[] = [
      { type: 'tick', hours: 1000 },
      { type: 'tick', hours: 1 },
    ];
    refused(JSON.stringify(goodSave({ actions })), NO_FIT);
  });

  it('is huge: 100,001 actions are refused quickly, before any replay', () => {
    // Alternating pacing changes would all replay legally; only the size limit refuses them.
    const actions: Action[] = Array.from({ length: 100_001 }, (_, i) => ({
      type: 'pacing',
      pacing: i % 2 ? 'turn' : 'live',
    }));
    const t0 = performance.now();
    refused(JSON.stringify(goodSave({ actions })), INCOMPLETE);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('is huge: a 5 MB string is refused quickly', () => {
    const t0 = performance.now();
    refused(`{${'x'.repeat(5_000_000)}`, LOOKS_DAMAGED);
    refused(JSON.stringify('x'.repeat(5_000_000)), INCOMPLETE);
    refused(JSON.stringify({ ...goodSave(), junk: 'x'.repeat(5_000_000) }), INCOMPLETE);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
