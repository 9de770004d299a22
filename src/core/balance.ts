// A level's balance in one report, for the scenario editor's panel and `npm run simulate`: how every
// scripted player fares, which posts come up, which endings are rarely reached and why, and warnings a
// trainer understands. Pure: it only plays the level with the seeded simulator.
import type { Level } from '../content/schema.ts';
import { failedClause } from './balance-words.ts';
import { type MissedEnding, MissTally } from './missed.ts';
import { type Family, POLICIES, type Policy } from './policies.ts';
import { playOnce, simulate } from './simulate.ts';

export type { FailedCondition, MissedEnding } from './missed.ts';

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

export interface BalanceWarning {
  kind:
    | 'ending-unreached'
    | 'post-unseen'
    | 'blind-wins'
    | 'kind-order-wins'
    | 'guessing-wins'
    | 'lesson-aligned-low'
    | 'careful-reader-low'
    | 'checking-reader-low';
  /** A plain-words sentence a trainer understands. */
  text: string;
}

export interface BalanceReport {
  /** Runs per player. */
  runs: number;
  rows: PlayerRow[];
  /** Post id → share of all runs it appeared in. */
  postsSeen: Record<string, number>;
  missed: MissedEnding[];
  warnings: BalanceWarning[];
}

/** The balance targets of the campaign (README, "Balance"). */
const BLIND_AT_MOST = 0.25;
const GUESSING_AT_MOST = 0.35;
const READING_AT_LEAST = 0.7;

/**
 * Plays the level `runs` times (seeds 1…runs) with every player and sums it up; see MissTally for how a
 * missed ending is explained.
 */
export function balanceReport(level: Level, runs = 2000, players: readonly Policy[] = POLICIES): BalanceReport {
  const seen = new Map<string, number>(level.posts.map((p) => [p.id, 0]));
  const tally = new MissTally(level);
  const rows: PlayerRow[] = players.map((p) => {
    const o = simulate(level, p, runs, 1, (seed) => {
      const s = playOnce(level, p, seed, false);
      for (const f of s.feed) seen.set(f.id, seen.get(f.id)! + 1);
      tally.observe(s);
      return s;
    });
    const endings = Object.fromEntries(Object.entries(o.endings).map(([id, n]) => [id, n / runs]));
    const { name, goodRate, completeRate, discernment } = o;
    return { name, family: p.family, runs, goodRate, completeRate, endings, discernment };
  });
  const total = runs * rows.length;
  const postsSeen = Object.fromEntries([...seen].map(([id, n]) => [id, total ? n / total : 0]));
  const missed = tally.missed(rows.map((r) => r.endings));
  return { runs, rows, postsSeen, missed, warnings: warnings(level, rows, postsSeen, missed) };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function warnings(
  level: Level,
  rows: PlayerRow[],
  postsSeen: Record<string, number>,
  missed: MissedEnding[],
): BalanceWarning[] {
  const out: BalanceWarning[] = [];
  for (const m of missed) {
    if (m.reachedShare > 0) continue;
    const why = m.failed.slice(0, 2).map(failedClause).join(', ');
    out.push({ kind: 'ending-unreached', text: `No run reaches the ending "${m.title}": ${why} of the runs.` });
  }
  for (const p of level.posts) {
    if (postsSeen[p.id]! > 0) continue;
    out.push({
      kind: 'post-unseen',
      text: `The post "${p.id}" never appears in any run: check its hour, its "when" and the replies that follow up with it.`,
    });
  }
  for (const r of rows) {
    if (r.family === 'blind' && r.goodRate > BLIND_AT_MOST)
      out.push({
        kind: 'blind-wins',
        text: `The blind player "${r.name}", who never reads a word, reaches a good ending in ${pct(r.goodRate)} of runs (at most ${pct(BLIND_AT_MOST)} is the target).`,
      });
  }
  const row = (name: string) => rows.find((x) => x.name === name);
  const kindOrder = row('kind-order');
  if (kindOrder && kindOrder.goodRate > BLIND_AT_MOST)
    out.push({
      kind: 'kind-order-wins',
      text: `A player who never reads and prefers some kinds of reply over others reaches a good ending in ${pct(kindOrder.goodRate)} of runs (at most ${pct(BLIND_AT_MOST)} is the target): some kind of reply is right too often.`,
    });
  for (const [name, as] of [
    ['assumes-fair', 'fair'],
    ['assumes-false', 'false'],
  ] as const) {
    const r = row(name);
    if (r && r.goodRate > GUESSING_AT_MOST)
      out.push({
        kind: 'guessing-wins',
        text: `A careful reader who takes every criticism as ${as} without checking reaches a good ending in ${pct(r.goodRate)} of runs (at most ${pct(GUESSING_AT_MOST)} is the target): give some posts variants whose truth differs, and make a wrong call cost the good ending.`,
      });
  }
  const reader = (name: string, kind: BalanceWarning['kind'], who: string, fix = '') => {
    const r = row(name);
    if (r && r.goodRate < READING_AT_LEAST)
      out.push({
        kind,
        text: `${who} reaches a good ending in only ${pct(r.goodRate)} of runs (at least ${pct(READING_AT_LEAST)} is the target)${fix}.`,
      });
  };
  reader('lesson-aligned', 'lesson-aligned-low', "The lesson-aligned player, who follows the case's lessons,");
  reader('careful-reader', 'careful-reader-low', 'The careful reader, who sees whether each criticism is fair,');
  reader(
    'checks-in-doubt',
    'checking-reader-low',
    'A reader who checks a criticism when in doubt',
    ': give the criticism posts checks whose findings tell fair from false, and time to run them',
  );
  return out;
}
