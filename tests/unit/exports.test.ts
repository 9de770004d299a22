// The debrief's downloads: CSV quoted so that any spreadsheet reads it back, one row per decision (per team
// in a workshop), and JSON that holds enough to replay the game.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { play, postInGame } from '../../src/core/engine.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { Dice, seedState } from '../../src/core/rng.ts';
import type { Action } from '../../src/core/state.ts';
import { encodeReplay, replayFromCode, type ReplaySession } from '../../src/state/replay-code.ts';
import { teamPicks } from '../../src/state/workshop.ts';
import { itemsOf } from '../../src/content/judgement-items.ts';
import { judgementReport } from '../../src/view/judgement.ts';
import { csvField, decisionRows, decisionsCsv, sessionJson } from '../../src/view/exports.ts';
import { bank as judgementBank } from './judgement-bank.ts';

const chapters = loadAllLevels().sort((a, b) => a.number - b.number);
const level = chapters[0]!;

function session(seed: number): ReplaySession {
  const dice = new Dice(seedState(seed));
  const game = play(level, { seed, pacing: 'turn' });
  const actions: Action[] = [];
  while (!game.state.ending) {
    const a = policyNamed('careful-reader')!.choose(level, game.state, dice);
    actions.push(a);
    game.act(a);
  }
  return { level: level.id, seed, pacing: 'turn', actions };
}
const s = session(2024);
const code = encodeReplay(level, s);
const replayed = replayFromCode(code, chapters);
if ('error' in replayed) throw new Error(replayed.error);
const { game } = replayed;

/** A small RFC 4180 reader, to read back what the writer wrote: a field is quoted or runs to the next comma. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n)/y;
  while (field.lastIndex < text.length) {
    const m = field.exec(text);
    if (!m) throw new Error(`not CSV at ${field.lastIndex}`);
    row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
    if (m[3] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('CSV', () => {
  it('quotes a field only when it must, doubling its quotes', () => {
    expect(csvField('plain words')).toBe('plain words');
    expect(csvField(42)).toBe('42');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });

  it('has one row per decision, each read back exactly as written', () => {
    const rows = decisionRows(level, game);
    expect(rows).toHaveLength(game.decisions.length);
    const csv = decisionsCsv(rows);
    const back = parseCsv(csv);
    expect(back[0]).toEqual([
      'team',
      'decision',
      'hour',
      'post',
      'author',
      'post text',
      'response',
      'reply',
      'kind',
      'lesson',
      'fair or false',
      'verdict',
      'checked first',
      'trust after',
      'loyalty after',
      'heat after',
    ]);
    expect(back).toHaveLength(rows.length + 1);
    rows.forEach((r, i) => expect(back[i + 1]).toEqual(Object.values(r).map(String)));
    // Post texts hold commas and quotes: the reader must get them back whole.
    expect(rows.some((r) => /[,"]/.test(r.postText))).toBe(true);
  });

  it('says what each decision was, with the meters after it, for the solo player', () => {
    const rows = decisionRows(level, game);
    rows.forEach((r, i) => {
      const d = game.decisions[i]!;
      const post = postInGame(level, game, d.post);
      expect(r).toMatchObject({
        team: 'Solo',
        decision: i + 1,
        hour: d.hour,
        post: d.post,
        response: d.response,
        kind: d.kind,
        trust: Math.round(d.after.trust),
        loyalty: Math.round(d.after.loyalty),
        heat: Math.round(d.after.heat),
      });
      expect(r.fairOrFalse).toBe(post.claim === 'fair' ? 'fair' : post.claim && post.claim !== 'none' ? 'false' : '');
      expect(Boolean(r.verdict)).toBe(Boolean(r.fairOrFalse));
    });
    expect(rows.some((r) => r.lesson)).toBe(true);
  });

  it('has a row per team per decision in a workshop, with each team’s own pick', () => {
    const other = (i: number) => {
      const post = level.posts.find((p) => p.id === game.decisions[i]!.post)!;
      return post.responses.find((r) => r.id !== game.decisions[i]!.response)!.id;
    };
    const teams = [
      { name: 'Red, "the loud ones"', picks: game.decisions.map((d) => d.response) },
      { name: 'Blue', picks: game.decisions.map((_, i) => (i === 0 ? null : other(i))) },
    ];
    const rows = decisionRows(level, game, teams);
    expect(rows).toHaveLength(game.decisions.length * 2);
    expect(rows[0]).toMatchObject({ team: teams[0]!.name, response: game.decisions[0]!.response });
    expect(rows[1]).toMatchObject({ team: 'Blue', response: '', reply: '', kind: '', verdict: '' });
    expect(rows[3]).toMatchObject({ team: 'Blue', response: other(1), trust: rows[2]!.trust });
    expect(parseCsv(decisionsCsv(rows))[1]![0]).toBe(teams[0]!.name);
  });
});

describe('JSON', () => {
  it('holds the session, which replays to the same ending, and the decisions as in the CSV', () => {
    const data = JSON.parse(sessionJson({ level, game, session: s }));
    expect(data).toMatchObject({
      app: 'Hot Seat',
      version: 1,
      replayCode: code,
      seed: 2024,
      chapter: { id: level.id, number: 1, title: level.title },
      pacing: 'turn',
      carry: null,
      teams: ['Solo'],
      actions: s.actions,
      ending: game.ending,
    });
    expect(data.decisions).toEqual(decisionRows(level, game));
    const again = play(level, { seed: data.seed, pacing: data.pacing });
    for (const a of data.actions) again.act(a);
    expect(again.result().ending).toBe(data.ending);
    expect(data.final).toEqual({
      trust: Math.round(game.values.trust),
      loyalty: Math.round(game.values.loyalty),
      heat: Math.round(game.values.heat),
    });
  });
});

describe("the player's judgement check in the JSON", () => {
  it('carries each time taken with its date, set and scores; none taken is an empty list', () => {
    const bank = judgementBank();
    const items = itemsOf(bank, 'B');
    const answers = items.map((x) => ({ rating: x.fair ? 6 : 3, reply: x.replies.findIndex((r) => r.best) }));
    const at = Date.UTC(2026, 11, 6, 9, 30);
    const judgement = judgementReport(bank, { skipped: [], before: { set: 'B', answers, at } });
    const data = JSON.parse(sessionJson({ level, game, session: s, judgement }));
    expect(data.judgementCheck).toEqual([
      {
        point: 'before',
        date: '2026-12-06T09:30:00.000Z',
        set: 'B',
        discernment: 3,
        bestReplies: { right: 8, of: 8 },
        sure: { right: 4, of: 4 },
        leaning: { right: 4, of: 4 },
        undecided: 0,
      },
    ]);
    expect(JSON.parse(sessionJson({ level, game, session: s })).judgementCheck).toEqual([]);
  });
});

describe('a workshop’s teams in the exports', () => {
  it('are each team’s picks at the decisions the room played, parallel to the game’s decisions', () => {
    const decisions = [
      { post: 'a', picks: ['x', 'y'], played: 'x' },
      { post: 'b', picks: [null, null], played: null },
      { post: 'c', picks: ['z', null], played: 'z' },
    ];
    expect(teamPicks({ teams: ['Red', 'Blue'], decisions })).toEqual([
      { name: 'Red', picks: ['x', 'z'] },
      { name: 'Blue', picks: ['y', null] },
    ]);
  });
});
