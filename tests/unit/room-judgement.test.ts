// The judgement check run for a workshop's room: each team answers before the first chapter and again
// after the last, with the other set; the result names no team, survives a reload, and reaches the exports.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { ITEMS_PER_SET, itemsOf } from '../../src/content/judgement-items.ts';
import type { JudgementAnswer } from '../../src/content/judgement-scores.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import type { KeyValueStorage } from '../../src/state/saves.ts';
import { createAppStore } from '../../src/state/store.ts';
import { roomJudgementReport } from '../../src/view/judgement.ts';
import { decisionRows, decisionsCsv, sessionJson } from '../../src/view/exports.ts';
import { teamPicks } from '../../src/state/workshop.ts';
import { bank } from './judgement-bank.ts';
import { playRoomToEnd } from './room-play.ts';

const judgementBank = bank();
const levels = loadAllLevels();
const first = levels.find((l) => l.number === 1)!;
const TEAMS = ['Ravens', 'Otters', 'Foxes'];

const boot = (storage: KeyValueStorage) => createAppStore({ levels, judgementBank, storage, newSeed: () => 1 });
type Store = ReturnType<typeof boot>;

/** Answers every item: team t rates fair items `fair[t]` and false ones `unfair[t]`; null leaves a team out. */
function answerAll(store: Store, rate: (fair: boolean, team: number) => number | null) {
  for (let i = 0; i < ITEMS_PER_SET; i++) {
    const taking = store.getState().workshop!.judgement!.taking!;
    const item = itemsOf(judgementBank, taking.set)[taking.item]!;
    const best = item.replies.findIndex((r) => r.best);
    store.getState().answerRoomJudgement(
      TEAMS.map((_, t): JudgementAnswer | null => {
        const rating = rate(item.fair, t);
        return rating === null ? null : { rating, reply: t === 0 ? best : 0 };
      }),
    );
  }
}

describe("the room's judgement check", () => {
  it('runs before the first chapter with the countdown held, then the chapter starts', () => {
    const store = boot(memoryStorage());
    store.getState().startWorkshop({ teams: TEAMS, seconds: 60, chapters: [first.id], seed: 5, roomJudgement: true });
    expect(store.getState().screen).toBe('room-judgement');
    expect(store.getState().workshop!.running).toBe(false);
    answerAll(store, (fair, t) => (t === 2 ? null : fair ? 6 - t : 2 + t));
    const w = store.getState().workshop!;
    expect(w.judgement!.taking).toBeUndefined();
    expect(w.judgement!.before!.answers).toHaveLength(ITEMS_PER_SET);
    const [report] = roomJudgementReport(judgementBank, w);
    // Ravens 6 − 2 = 4, Otters 5 − 3 = 2; Foxes did not answer and are not scored.
    expect(report!.teams.map((t) => t.discernment)).toEqual([2, 4]);
    expect(report!.mean).toBe(3);
    expect(report!.bestReplies.of).toBe(16);
    store.getState().closeRoomJudgement();
    expect(store.getState().screen).toBe('workshop');
    expect(store.getState().workshop!.running).toBe(true);
  });

  it('keeps what was answered through a reload, and Previous shows the answers given', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    store.getState().startWorkshop({ teams: TEAMS, seconds: null, chapters: [first.id], seed: 5, roomJudgement: true });
    store.getState().answerRoomJudgement([{ rating: 7, reply: 1 }, null, { rating: 2, reply: 0 }]);
    // A rating off the scale or a reply not on offer is kept as no answer, never saved as it came.
    store.getState().answerRoomJudgement([
      { rating: 3, reply: 0 },
      { rating: 9, reply: 0 },
      { rating: 4, reply: 7 },
    ]);
    const reloaded = boot(storage).getState();
    expect(reloaded.screen).toBe('room-judgement');
    expect(reloaded.workshop!.judgement!.taking!.item).toBe(2);
    reloaded.backRoomJudgement();
    const back = boot(storage).getState().workshop!.judgement!.taking!;
    expect(back.item).toBe(1);
    expect(back.answers[1]).toEqual([{ rating: 3, reply: 0 }, null, null]);
  });

  it('runs again after the last chapter with the other set; the exports carry the scores without names', () => {
    const store = boot(memoryStorage());
    store.getState().startWorkshop({ teams: TEAMS, seconds: null, chapters: [first.id], seed: 5, roomJudgement: true });
    answerAll(store, () => 4);
    const before = store.getState().workshop!.judgement!.before!.set;
    store.getState().closeRoomJudgement();
    // Not before the chapter has ended.
    store.getState().openRoomJudgement();
    expect(store.getState().screen).toBe('workshop');
    playRoomToEnd(store, first);
    store.getState().openRoomJudgement();
    expect(store.getState().screen).toBe('room-judgement');
    expect(store.getState().workshop!.judgement!.taking!.set).not.toBe(before);
    answerAll(store, (fair, t) => (fair ? 7 : 1 + t));
    const s = store.getState();
    const report = roomJudgementReport(judgementBank, s.workshop!);
    expect(report.map((p) => p.point)).toEqual(['before', 'after']);
    expect(report[1]!.teams.map((t) => t.discernment)).toEqual([4, 5, 6]);
    s.closeRoomJudgement();
    expect(store.getState().screen).toBe('debrief');

    const src = { level: s.level!, game: s.game!, teams: teamPicks(s.workshop!), roomJudgement: report };
    const csv = decisionsCsv(decisionRows(src.level, src.game, src.teams), report);
    const table = csv.split('\r\n\r\n')[1]!.trim().split('\r\n');
    expect(table[0]).toBe('judgement check,set,team (unnamed),discernment,best replies,posts answered');
    expect(table.filter((l) => l.startsWith('after,'))).toEqual([
      `after,${report[1]!.set},1,4,${report[1]!.teams[0]!.bestReplies.right},8`,
      `after,${report[1]!.set},2,5,${report[1]!.teams[1]!.bestReplies.right},8`,
      `after,${report[1]!.set},3,6,${report[1]!.teams[2]!.bestReplies.right},8`,
    ]);
    for (const name of TEAMS) expect(csv.split('\r\n\r\n')[1]).not.toContain(name);
    const session = { level: first.id, seed: 5, pacing: 'turn' as const, actions: s.save!.actions };
    const json = JSON.parse(sessionJson({ ...src, session }));
    expect(json.judgementCheck.map((p: { point: string }) => p.point)).toEqual(['before', 'after']);
    expect(json.judgementCheck[1].mean).toBe(5);
  });
});
