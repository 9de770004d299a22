// The projector's side of a room with phones, through the store: each team plays its phones' majority (ties
// by the order shown), a team without phone votes keeps the facilitator's key, the vote ends by itself once
// every joined phone has voted (unless the facilitator turned that off), and the phones' counts reach the
// debrief's CSV and JSON.
import { describe, expect, it } from 'vitest';
import type { Tally } from '../../src/state/room-protocol.ts';
import { currentChoices } from '../../src/state/store.ts';
import { decisionNumber, teamPicks } from '../../src/state/workshop.ts';
import { decisionRows, decisionsCsv, sessionJson } from '../../src/view/exports.ts';
import { shownSession } from '../../src/state/selectors.ts';
import { projectorStore } from './room-server.ts';

const tallyOf = (store: ReturnType<typeof projectorStore>, teams: Tally['teams']): Tally => ({
  decision: decisionNumber(store.getState().workshop!),
  teams,
  seq: 1,
});

function opened() {
  const store = projectorStore();
  store.getState().roomOpened({ code: 'ABCDEF', token: 'f'.repeat(48), join: 'http://127.0.0.1/join?code=ABCDEF' });
  const [a, b, c] = currentChoices(store.getState())!.responses;
  return { store, a: a!.id, b: b!.id, c: c!.id };
}

describe('phones in the room, on the projector', () => {
  it('opens with the countdown waiting and the room linked', () => {
    const { store } = opened();
    const w = store.getState().workshop!;
    expect(w.running).toBe(false);
    expect(w.room).toMatchObject({ code: 'ABCDEF', autoEnd: true });
  });

  it('gives each team its phones’ majority, ties to the reply shown first, and keeps a keyed vote', () => {
    const { store, a, b, c } = opened();
    store.getState().setTeamUp(2);
    store.getState().vote(c);
    store.getState().phoneTally(
      tallyOf(store, [
        { joined: 3, voted: 3, counts: { [b]: 2, [a]: 1 } },
        { joined: 3, voted: 2, counts: { [b]: 1, [a]: 1 } },
        { joined: 0, voted: 0, counts: {} },
      ]),
    );
    // Team 2's tie goes to the reply shown first (a); team 3 had no phones: its keyed vote stands.
    expect(store.getState().workshop!.picks).toEqual([b, a, c]);
    expect(store.getState().workshop!.phase).toBe('vote');
  });

  it('ends the vote once every joined phone has voted, and keeps the counts with the decision', () => {
    const { store, a, b } = opened();
    const teams = [
      { joined: 2, voted: 2, counts: { [a]: 2 } },
      { joined: 1, voted: 1, counts: { [b]: 1 } },
      { joined: 0, voted: 0, counts: {} },
    ];
    store.getState().phoneTally(tallyOf(store, teams));
    const w = store.getState().workshop!;
    expect(w.phase).toBe('result');
    expect(w.decisions[0]!.phones).toEqual(teams.map((t) => t.counts));
    expect(w.decisions[0]!.played).toBe(a);
  });

  it('waits for the facilitator when the vote should not end by itself, and ignores a tally of another decision', () => {
    const { store, a } = opened();
    store.getState().setRoomAutoEnd(false);
    const all = [
      { joined: 1, voted: 1, counts: { [a]: 1 } },
      { joined: 0, voted: 0, counts: {} },
      { joined: 0, voted: 0, counts: {} },
    ];
    store.getState().phoneTally({ ...tallyOf(store, all), decision: 5 });
    expect(store.getState().workshop!.picks).toEqual([null, null, null]);
    store.getState().phoneTally(tallyOf(store, all));
    expect(store.getState().workshop!.phase).toBe('vote');
    expect(store.getState().workshop!.picks[0]).toBe(a);
  });

  it('puts each team’s phone votes in the CSV and the JSON', () => {
    const { store, a, b } = opened();
    store.getState().phoneTally(
      tallyOf(store, [
        { joined: 2, voted: 2, counts: { [a]: 1, [b]: 1 } },
        { joined: 1, voted: 1, counts: { [b]: 1 } },
        { joined: 0, voted: 0, counts: {} },
      ]),
    );
    const s = store.getState();
    const teams = teamPicks(s.workshop!);
    const rows = decisionRows(s.level!, s.game!, teams);
    expect(rows.map((r) => [r.team, r.phonesVoted])).toEqual([
      ['Ravens', 2],
      ['Otters', 1],
      ['Foxes', 0],
    ]);
    const csv = decisionsCsv(rows).split('\r\n');
    expect(csv[0]).toMatch(/,phones voted,phone votes$/);
    expect(csv[2]).toMatch(/,1,1 phone: .+ 1$/);
    const json = JSON.parse(
      sessionJson({
        level: s.level!,
        game: s.game!,
        session: shownSession(s) ?? { ...s.save!, actions: s.save!.actions },
        teams,
      }),
    );
    expect(json.phoneVotes[0]).toEqual({ team: 'Ravens', decisions: [{ [a]: 1, [b]: 1 }] });
  });
});
