// What a debrief hands out: one row per decision (per team, in a workshop) as CSV, and the whole session as
// JSON (enough to replay it: seed, chapter, pacing, carry-over, the action log). Pure: the HTML layer turns
// these into downloads.
import type { Level, Post, Response } from '../content/schema.ts';
import type { MeterName } from '../content/terms.ts';
import { isFalse, verdict } from '../core/discernment.ts';
import { postInGame } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import { encodeReplay, type ReplaySession, replayResult } from '../state/replay-code.ts';
import { phoneVotesText, type TeamPicks } from '../state/workshop.ts';
import type { JudgementReport, RoomJudgementReport } from './judgement.ts';
import { endingOf, responseOf } from '../core/level-index.ts';

export type { TeamPicks };

export interface ExportSource {
  level: Level;
  game: GameState;
  session: ReplaySession;
  /** A workshop's teams; a solo game leaves them out and has one team, "Solo". */
  teams?: TeamPicks[];
  /** The player's judgement check: each time taken, its date and scores. */
  judgement?: JudgementReport;
  /** A room's judgement check, each team's scores without names. */
  roomJudgement?: RoomJudgementReport;
}

export const SOLO = 'Solo';

export interface DecisionRow {
  team: string;
  /** 1-based, as the debrief numbers the decisions. */
  decision: number;
  hour: number;
  post: string;
  author: string;
  postText: string;
  /** The reply's id and label; empty when a team did not vote. */
  response: string;
  reply: string;
  kind: string;
  lesson: string;
  /** "fair" criticism, a "false" attack (misleading or fabricated), or empty for a post with no charge. */
  fairOrFalse: string;
  /** What the reply did with the charge: owned, corrected, denied, conceded, dodged, attacked. */
  verdict: string;
  /** The checks run on the post before the decision, space-separated (account, coverage, original). */
  checked: string;
  /** The meters after the decision the game played (in a workshop, the room's). */
  trust: number;
  loyalty: number;
  heat: number;
  /** In a room with phones: how many of the team's phones voted, and for what. */
  phonesVoted?: number;
  phoneVotes?: string;
}

const COLUMNS: [keyof DecisionRow, string][] = [
  ['team', 'team'],
  ['decision', 'decision'],
  ['hour', 'hour'],
  ['post', 'post'],
  ['author', 'author'],
  ['postText', 'post text'],
  ['response', 'response'],
  ['reply', 'reply'],
  ['kind', 'kind'],
  ['lesson', 'lesson'],
  ['fairOrFalse', 'fair or false'],
  ['verdict', 'verdict'],
  ['checked', 'checked first'],
  ['trust', 'trust after'],
  ['loyalty', 'loyalty after'],
  ['heat', 'heat after'],
];
const PHONE_COLUMNS: [keyof DecisionRow, string][] = [
  ['phonesVoted', 'phones voted'],
  ['phoneVotes', 'phone votes'],
];

const fairOrFalse = (post: Post) => (post.claim === 'fair' ? 'fair' : isFalse(post.claim) ? 'false' : '');

function row(team: string, n: number, post: Post, response: Response | null, game: GameState): DecisionRow {
  const d = game.decisions[n]!;
  const after = (m: MeterName) => Math.round(d.after[m]);
  const claimed = fairOrFalse(post);
  return {
    team,
    decision: n + 1,
    hour: d.hour,
    post: post.id,
    author: post.author.handle,
    postText: post.text,
    response: response?.id ?? '',
    reply: response?.label ?? '',
    kind: response?.kind ?? '',
    lesson: response?.lesson ?? '',
    fairOrFalse: claimed,
    verdict: claimed && response ? verdict(post, response) : '',
    checked: d.checked.join(' '),
    trust: after('trust'),
    loyalty: after('loyalty'),
    heat: after('heat'),
  };
}

/** One row per decision, or with teams one row per team per decision (each team's own pick). */
export function decisionRows(level: Level, game: GameState, teams?: readonly TeamPicks[]): DecisionRow[] {
  const picks = teams ?? [{ name: SOLO, picks: game.decisions.map((d) => d.response) }];
  return game.decisions.flatMap((d, n) => {
    const post = postInGame(level, game, d.post);
    return picks.map((t) => {
      const id = t.picks[n] ?? null;
      const r = row(t.name, n, post, responseOf(post, id) ?? null, game);
      if (!t.phones) return r;
      const counts = t.phones[n] ?? {};
      const voted = Object.values(counts).reduce((a, b) => a + b, 0);
      return { ...r, phonesVoted: voted, phoneVotes: phoneVotesText(counts, post) };
    });
  });
}

/** A CSV field: quoted when it holds a comma, a quote, a line break or leading or trailing space. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLines = (lines: readonly (readonly (string | number)[])[]) =>
  `${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;

/**
 * RFC 4180 CSV with a header line and CRLF line ends, which spreadsheets open as they are. A room that took
 * the judgement check gets a second table after a blank line: a row per team and point, without names.
 */
export function decisionsCsv(rows: readonly DecisionRow[], roomJudgement: RoomJudgementReport = []): string {
  // A room with phones adds each team's phone counts to its rows.
  const columns = rows.some((r) => r.phonesVoted !== undefined) ? [...COLUMNS, ...PHONE_COLUMNS] : COLUMNS;
  const decisions = csvLines([
    columns.map(([, title]) => title),
    ...rows.map((r) => columns.map(([key]) => r[key] ?? '')),
  ]);
  if (!roomJudgement.length) return decisions;
  const teams = roomJudgement.flatMap((p) =>
    p.teams.map((t, i) => [p.point, p.set, i + 1, t.discernment, t.bestReplies.right, t.bestReplies.of]),
  );
  const header = ['judgement check', 'set', 'team (unnamed)', 'discernment', 'best replies', 'posts answered'];
  return `${decisions}\r\n${csvLines([header, ...teams])}`;
}

/** The session as JSON: what it was, how to replay it, and where it ended. */
export function sessionJson({ level, game, session, teams, judgement, roomJudgement }: ExportSource): string {
  const ending = endingOf(level, game.ending);
  const data = {
    app: 'Hot Seat',
    /** The layout of this file; a change that breaks readers raises it. */
    version: 1,
    replayCode: encodeReplay(level, session),
    seed: session.seed,
    chapter: { id: level.id, number: level.number, title: level.title },
    pacing: session.pacing,
    carry: session.carry ?? null,
    teams: teams ? teams.map((t) => t.name) : [SOLO],
    // A room with phones: each team's phone votes per reply id, at each decision.
    ...(teams?.some((t) => t.phones) && {
      phoneVotes: teams.map((t) => ({ team: t.name, decisions: t.phones ?? [] })),
    }),
    actions: session.actions,
    decisions: decisionRows(level, game, teams),
    hours: game.hour,
    ...replayResult(game),
    endingTitle: ending?.title ?? null,
    good: ending?.good ?? null,
    judgementCheck: roomJudgement ?? judgement ?? [],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** "hot-seat-breakfast-era-1234567": a file name for the session's downloads, without the extension. */
export const exportName = (session: ReplaySession) => `hot-seat-${session.level}-${session.seed}`;
