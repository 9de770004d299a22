// The balance report a trainer reads beside a scenario: every player's rates, the posts that come up, and
// for an ending that a player rarely or never reaches, which of its conditions failed and how often.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLevelFile } from '../../src/data-files/load.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { Level } from '../../src/content/schema.ts';
import { type BalanceReport, balanceReport, PlayerRuns, playOn, reportOf } from '../../src/core/balance.ts';
import { BALANCE_TARGETS } from '../../src/core/balance-targets.ts';
import { POLICIES, policyNamed } from '../../src/core/policies.ts';
import { missedLine, reasonText, warningText } from '../../src/state/balance-words.ts';

function load(file: string): Level {
  const r = loadLevelFile(file);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.level;
}

const mini = load('tests/fixtures/mini.yaml');
const own = load('tests/fixtures/own-scenario.yaml');

describe('balanceReport on mini.yaml', () => {
  let report: BalanceReport;
  beforeAll(() => {
    report = balanceReport(mini, 200);
  });

  it('has one row per player with rates that add up', () => {
    expect(report.runs).toBe(200);
    expect(report.rows.map((r) => r.name)).toEqual(POLICIES.map((p) => p.name));
    for (const row of report.rows) {
      expect(row.family).toBe(policyNamed(row.name)!.family);
      const shares = Object.values(row.endings);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      const good = mini.endings.filter((e) => e.good).reduce((n, e) => n + row.endings[e.id]!, 0);
      expect(row.goodRate).toBeCloseTo(good, 9);
    }
  });

  it('counts the posts seen: the follow-up comes only after the deflecting reply', () => {
    expect(report.postsSeen.poster).toBe(1);
    expect(report.postsSeen.backlash).toBeGreaterThan(0);
    expect(report.postsSeen.backlash).toBeLessThan(1);
  });

  it('explains the good ending that players miss by its failing tests, most frequent first', () => {
    const verified = report.missed.find((m) => m.ending === 'verified-brand')!;
    expect(verified.failed.map(reasonText)).toEqual(['trust ≥ 55', 'flag numbers-out unset']);
    expect(verified.failed[0]!.missedShare).toBeGreaterThanOrEqual(verified.failed[1]!.missedShare);
    expect(missedLine(verified)).toMatch(
      /^Verified brand: trust ≥ 55 failed in \d+% of missed runs, flag numbers-out unset in \d+%$/,
    );
  });

  it('names the blind players that win, and only those', () => {
    const blindWins = report.warnings.filter((w) => w.kind === 'blind-wins').map(warningText);
    const winners = report.rows.filter((r) => r.family === 'blind' && r.goodRate > BALANCE_TARGETS.blind);
    expect(blindWins).toHaveLength(winners.length);
    expect(blindWins.join('\n')).toContain('"always-evidence"');
  });

  it('plays only the players it is given', () => {
    const two = balanceReport(mini, 50, [policyNamed('random')!, policyNamed('angry')!]);
    expect(two.rows.map((r) => r.name)).toEqual(['random', 'angry']);
    expect(two.warnings.some((w) => w.kind === 'lesson-aligned-low')).toBe(false);
  });
});

describe('balanceReport on a scenario written from scratch', () => {
  let report: BalanceReport;
  beforeAll(() => {
    report = balanceReport(own, 300);
  });

  it('says that no run reaches the ending that asks too much, and why', () => {
    const spotless = report.missed.find((m) => m.ending === 'spotless')!;
    expect(spotless.reachedShare).toBe(0);
    expect(spotless.failed[0]).toEqual({ test: { value: 'trust', atLeast: 95 }, missedShare: 1 });
    expect(reasonText(spotless.failed[0]!)).toBe('trust ≥ 95');
    const warning = report.warnings.find((w) => w.kind === 'ending-unreached' && w.title === 'Spotless')!;
    expect(warningText(warning)).toMatch(
      /^No run reaches the ending "Spotless": trust ≥ 95 failed in 100%, flag recall-done unset in \d+% of the runs\.$/,
    );
  });

  it('does not call a reachable ending unreached', () => {
    const unreached = report.warnings.filter((w) => w.kind === 'ending-unreached').map(warningText);
    expect(unreached.some((t) => t.includes('Steady hands'))).toBe(false);
  });

  it('warns that blind players win it (this scenario rewards apologising for everything)', () => {
    const blind = report.warnings.filter((w) => w.kind === 'blind-wins').map(warningText);
    expect(blind.some((t) => t.includes('"always-apologise"') && t.includes('100%'))).toBe(true);
  });

  it('sees every post, and is the same for the same level and runs', () => {
    expect(Object.values(report.postsSeen).every((share) => share > 0)).toBe(true);
    expect(report.warnings.some((w) => w.kind === 'post-unseen')).toBe(false);
    expect(balanceReport(own, 300)).toEqual(report);
  });

  it('is the same played as the editor plays it: players shared out between workers, the quick look played on', () => {
    // Each "worker" gets its own copy of the level and hands back plain data, as a real worker does.
    const workers = [0, 1].map((w) => POLICIES.filter((_, i) => i % 2 === w));
    const played = workers.map((players) => {
      const level = structuredClone(own);
      return players.map((p) => new PlayerRuns(level, p));
    });
    const pass = (runs: number) => {
      const parts = played.map((players) => structuredClone(playOn(players, runs)));
      const byPlayer = POLICIES.map((_, i) => parts[i % 2]![Math.floor(i / 2)]!);
      return reportOf(own, runs, byPlayer);
    };
    expect(JSON.stringify(pass(30))).toBe(JSON.stringify(balanceReport(own, 30)));
    expect(JSON.stringify(pass(300))).toBe(JSON.stringify(report));
  });

  it('warns about a post that never comes', () => {
    const unseen: Level = {
      ...own,
      posts: own.posts.map((p) => (p.id === 'reporter' ? { ...p, when: { flag: 'recall-done' }, at: 23 } : p)),
    };
    const r = balanceReport(unseen, 20, [policyNamed('angry')!]);
    expect(r.postsSeen.reporter).toBe(0);
    const unseenPost = r.warnings.find((w) => w.kind === 'post-unseen')!;
    expect(unseenPost).toEqual({ kind: 'post-unseen', post: 'reporter' });
    expect(warningText(unseenPost)).toContain('"reporter"');
  });
});
