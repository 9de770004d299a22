// A workshop kept by the version before its fields were spelled out (`at`, `up`, `left`, `done`, and `check`
// for its judgement check) still loads: from the browser's storage after an update, and from a room server's
// file after a restart.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEMS_PER_SET } from '../../src/content/judgement-items.ts';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import { RoomFiles } from '../../src/room/room-files.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { createAppStore, currentChoices } from '../../src/state/store.ts';
import { WORKSHOP_KEY, type Workshop } from '../../src/state/workshop.ts';
import { playRoomToEnd } from './room-play.ts';

const levels = loadAllLevels();
const judgementBank = readJudgementBank();
const [first, second] = [1, 2].map((n) => levels.find((l) => l.number === n)!);

/**
 * A workshop in its second chapter, its judgement check taken before the first, one team voted, the countdown
 * under way: every renamed field in use.
 */
function workshopUnderWay(): Workshop {
  const store = createAppStore({ levels, judgementBank, storage: memoryStorage(), newSeed: () => 1 });
  const s = () => store.getState();
  const teams = ['A', 'B', 'C'];
  s().startWorkshop({ teams, seconds: 60, chapters: [first!.id, second!.id], seed: 8, roomJudgement: true });
  for (let i = 0; i < ITEMS_PER_SET; i++) s().answerRoomJudgement(teams.map(() => ({ rating: 4, reply: 0 })));
  s().closeRoomJudgement();
  playRoomToEnd(store, first!);
  s().nextWorkshopChapter();
  s().vote(currentChoices(s())!.responses[0]!.id);
  for (let i = 0; i < 3; i++) s().countdownSecond();
  s().toggleCountdown();
  return s().workshop!;
}

/** The workshop as the older version wrote it: the same values under the former names. */
function inFormerNames({ chapterIndex, teamUp, secondsLeft, chaptersPlayed, judgement, ...rest }: Workshop) {
  return { ...rest, at: chapterIndex, up: teamUp, left: secondsLeft, done: chaptersPlayed, check: judgement };
}

describe('a workshop stored under its former names', () => {
  let workshop: Workshop;
  beforeAll(() => {
    workshop = workshopUnderWay();
  });

  it('is one where every renamed field holds something', () => {
    expect(workshop).toMatchObject({ chapterIndex: 1, teamUp: 1, secondsLeft: 57, running: false });
    expect(workshop.chaptersPlayed).toHaveLength(1);
    expect(workshop.judgement?.before?.answers).toHaveLength(ITEMS_PER_SET);
  });

  it('comes back from the browser’s storage, at the same decision of the same chapter', () => {
    const storage = memoryStorage();
    storage.setItem(WORKSHOP_KEY, JSON.stringify(inFormerNames(workshop)));
    const reloaded = createAppStore({ levels, judgementBank, storage, newSeed: () => 1 }).getState();
    expect(reloaded.notice).toBeNull();
    expect(reloaded.screen).toBe('workshop');
    expect(reloaded.level!.id).toBe(second!.id);
    expect(reloaded.workshop).toEqual(workshop);
  });

  it('comes back from a room server’s file, with nothing reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rooms-former-'));
    const record = { code: 'ABCD', tokenHash: 'hash', touched: 1, phones: {}, seq: 2, language: 'en' };
    writeFileSync(join(dir, 'ABCD.json'), JSON.stringify({ ...record, workshop: inFormerNames(workshop) }));
    const logged: string[] = [];
    expect(new RoomFiles(dir, (line) => logged.push(line)).loadAll()).toEqual([{ ...record, workshop }]);
    expect(logged).toEqual([]);
  });

  it('is refused when a field is there under both names, as any unknown field is', () => {
    const storage = memoryStorage();
    storage.setItem(WORKSHOP_KEY, JSON.stringify({ ...workshop, at: 0 }));
    const reloaded = createAppStore({ levels, judgementBank, storage, newSeed: () => 1 }).getState();
    expect(reloaded.workshop).toBeNull();
    expect(reloaded.notice).not.toBeNull();
  });
});
