// A level's balance in one report, for the scenario editor's panel and `npm run simulate`: how every
// scripted player fares, which posts come up, which endings are rarely reached and why, and warnings a
// trainer understands, all as data (src/state/balance-words.ts puts them in words). Pure: it only plays the
// level with the seeded simulator.
import type { Level } from '../content/schema.ts';
import { BALANCE_RUNS, BALANCE_TARGETS } from './balance-targets.ts';
import { type FailedCondition, type MissCounts, type MissedEnding, MissTally } from './missed.ts';
import { type Family, POLICIES, type Policy } from './policies.ts';
import { Outcomes, playOnce } from './simulate.ts';

export type { FailedCondition, MissedEnding, MissReason } from './missed.ts';

export interface PlayerRow {
  name: string;
  family: Family;
  runs: number;
  goodRate: number;
  completeRate: number;
  /** Ending id → share of this player's runs (0..1). */
  endings: Record<string, number>;
  discernment: number | null;
}

/**
 * A warning a trainer understands, as data: what it is about and its numbers (shares 0..1); the views put
 * it in words. An unreached ending keeps its two most frequent reasons.
 */
export type BalanceWarning =
  | { kind: 'ending-unreached'; title: string; failed: FailedCondition[] }
  | { kind: 'post-unseen'; post: string }
  | { kind: 'blind-wins'; player: string; rate: number; target: number }
  | { kind: 'kind-order-wins'; rate: number; target: number }
  | { kind: 'guessing-wins'; assumes: 'fair' | 'false'; rate: number; target: number }
  | { kind: ReaderLow; rate: number; target: number };

/** A reading player under its target. */
type ReaderLow = 'lesson-aligned-low' | 'careful-reader-low' | 'checking-reader-low';

export interface BalanceReport {
  /** Runs per player. */
  runs: number;
  rows: PlayerRow[];
  /** Post id → share of all runs it appeared in. */
  postsSeen: Record<string, number>;
  missed: MissedEnding[];
  warnings: BalanceWarning[];
}

/**
 * Plays the level `runs` times (seeds 1…runs) with every player and sums it up; see MissTally for how a
 * missed ending is explained.
 */
export function balanceReport(level: Level, runs = BALANCE_RUNS, players: readonly Policy[] = POLICIES): BalanceReport {
  const parts = playOn(
    players.map((p) => new PlayerRuns(level, p)),
    runs,
  );
  return reportOf(level, runs, parts);
}

/** One player's runs so far as plain data, for a worker to send: its row, the posts it saw, its misses. */
export interface PlayerPart {
  row: PlayerRow;
  /** How many runs each post came up in, in the level's order. */
  seen: number[];
  misses: MissCounts;
}

/**
 * One player's runs from seed 1 on, played further when asked (see playOn): the editor's balance panel plays
 * every player's first runs for its quick look, then plays on to the full table without playing them again.
 */
export class PlayerRuns {
  private readonly outcomes: Outcomes;
  private readonly tally: MissTally;
  private readonly postIndex: Map<string, number>;
  private readonly seen: number[];
  private runs = 0;

  constructor(
    private readonly level: Level,
    private readonly player: Policy,
  ) {
    this.outcomes = new Outcomes(level, player.name);
    this.tally = new MissTally(level);
    this.postIndex = new Map(level.posts.map((p, i) => [p.id, i]));
    this.seen = level.posts.map(() => 0);
  }

  /** How many runs it has played: the next is played from the next seed. */
  get played(): number {
    return this.runs;
  }

  playNext(): void {
    const s = playOnce(this.level, this.player, ++this.runs, false);
    for (const f of s.feed) this.seen[this.postIndex.get(f.id)!]! += 1;
    this.tally.observe(s);
    this.outcomes.add(s);
  }

  /** All its runs so far, as plain data. */
  part(): PlayerPart {
    const o = this.outcomes.outcome();
    const endings = Object.fromEntries(Object.entries(o.endings).map(([id, n]) => [id, n / o.runs]));
    const { name, goodRate, completeRate, discernment } = o;
    const row = { name, family: this.player.family, runs: o.runs, goodRate, completeRate, endings, discernment };
    return { row, seen: [...this.seen], misses: this.tally.counts() };
  }
}

/**
 * Plays players on to `runs` runs each, and gives back all their runs so far in their order. Seed by seed
 * across the players rather than player by player: the engine keeps the last seed's deal of each post
 * (variants.ts), so a seed's posts are dealt once for all the players instead of once a player. Each
 * player still plays its own runs in the order of their seeds, so its part is the same either way.
 */
export function playOn(players: readonly PlayerRuns[], runs: number): PlayerPart[] {
  for (let run = 1; run <= runs; run++) for (const p of players) if (p.played < run) p.playNext();
  return players.map((p) => p.part());
}

/** The report of players played apart, each to `runs` runs: their parts in the players' order. */
export function reportOf(level: Level, runs: number, parts: readonly PlayerPart[]): BalanceReport {
  const rows = parts.map((p) => p.row);
  const tally = new MissTally(level);
  for (const p of parts) tally.add(p.misses);
  const total = runs * rows.length;
  const seen = (i: number) => parts.reduce((n, p) => n + p.seen[i]!, 0);
  const postsSeen = Object.fromEntries(level.posts.map((p, i) => [p.id, total ? seen(i) / total : 0]));
  const missed = tally.missed(rows.map((r) => r.endings));
  return { runs, rows, postsSeen, missed, warnings: warnings(level, rows, postsSeen, missed) };
}

function warnings(
  level: Level,
  rows: PlayerRow[],
  postsSeen: Record<string, number>,
  missed: MissedEnding[],
): BalanceWarning[] {
  const out: BalanceWarning[] = [];
  for (const m of missed) {
    if (m.reachedShare > 0) continue;
    out.push({ kind: 'ending-unreached', title: m.title, failed: m.failed.slice(0, 2) });
  }
  for (const p of level.posts) {
    if (postsSeen[p.id]! > 0) continue;
    out.push({ kind: 'post-unseen', post: p.id });
  }
  for (const r of rows) {
    if (r.family === 'blind' && r.goodRate > BALANCE_TARGETS.blind)
      out.push({ kind: 'blind-wins', player: r.name, rate: r.goodRate, target: BALANCE_TARGETS.blind });
  }
  const row = (name: string) => rows.find((x) => x.name === name);
  const kindOrder = row('kind-order');
  if (kindOrder && kindOrder.goodRate > BALANCE_TARGETS.kindOrder)
    out.push({ kind: 'kind-order-wins', rate: kindOrder.goodRate, target: BALANCE_TARGETS.kindOrder });
  for (const [name, assumes] of [
    ['assumes-fair', 'fair'],
    ['assumes-false', 'false'],
  ] as const) {
    const r = row(name);
    if (r && r.goodRate > BALANCE_TARGETS.assuming)
      out.push({ kind: 'guessing-wins', assumes, rate: r.goodRate, target: BALANCE_TARGETS.assuming });
  }
  const reader = (name: string, kind: ReaderLow) => {
    const r = row(name);
    if (r && r.goodRate < BALANCE_TARGETS.reading)
      out.push({ kind, rate: r.goodRate, target: BALANCE_TARGETS.reading });
  };
  reader('lesson-aligned', 'lesson-aligned-low');
  reader('careful-reader', 'careful-reader-low');
  reader('checks-in-doubt', 'checking-reader-low');
  return out;
}
