// The simulator that balances the campaign: its numbers add up, it is repeatable, and every scripted
// player finishes a chapter.
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';
import { levelFiles, loadLevelFile } from '../../src/data-files/load.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { Level } from '../../src/content/schema.ts';
import { POLICIES, policyNamed } from '../../src/core/policies.ts';
import { playOnce, simulate } from '../../src/core/simulate.ts';

const r = loadLevelFile('tests/fixtures/mini.yaml');
if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
const mini: Level = r.level;

describe('simulate on mini.yaml', () => {
  it('returns rates within 0..1 and endings that sum to the runs', () => {
    for (const policy of POLICIES) {
      const o = simulate(mini, policy, 40);
      expect(o.name).toBe(policy.name);
      expect(o.runs).toBe(40);
      expect(o.goodRate).toBeGreaterThanOrEqual(0);
      expect(o.goodRate).toBeLessThanOrEqual(1);
      expect(o.completeRate).toBeGreaterThanOrEqual(0);
      expect(o.completeRate).toBeLessThanOrEqual(1);
      expect(Object.keys(o.endings)).toEqual(mini.endings.map((e) => e.id));
      expect(Object.values(o.endings).reduce((a, b) => a + b, 0)).toBe(40);
    }
  });

  it('rates agree with the endings counted', () => {
    const o = simulate(mini, policyNamed('random')!, 60);
    const count = (pick: (e: Level['endings'][number]) => boolean) =>
      mini.endings.filter(pick).reduce((n, e) => n + o.endings[e.id]!, 0);
    expect(o.goodRate).toBeCloseTo(count((e) => e.good) / 60, 12);
    expect(o.completeRate).toBeCloseTo(count((e) => e.timing === 'end') / 60, 12);
  });

  it('the same seeds give the same outcome', () => {
    for (const name of ['random', 'lesson-aligned', 'angry']) {
      const p = policyNamed(name)!;
      expect(simulate(mini, p, 30, 11)).toEqual(simulate(mini, p, 30, 11));
      expect(playOnce(mini, p, 5)).toEqual(playOnce(mini, p, 5));
    }
  });

  it('a run without the debrief records ends exactly as one with them', () => {
    for (const p of POLICIES)
      for (let seed = 1; seed <= 10; seed++) {
        const { samples, decisions, drift, events, ...full } = playOnce(mini, p, seed);
        const lean = playOnce(mini, p, seed, false);
        expect(lean).toEqual({ ...full, samples: [], decisions: [], drift: {}, events: [] });
        expect(samples.length).toBeGreaterThan(0);
      }
  });

  it('different policies lead to different outcomes (the simulator is not blind to choices)', () => {
    const outcomes = POLICIES.map((p) => JSON.stringify(simulate(mini, p, 30).endings));
    expect(new Set(outcomes).size).toBeGreaterThan(1);
  });

  it.each(POLICIES.map((p) => p.name))('policy %s finishes every chapter it starts', (name) => {
    const p = policyNamed(name)!;
    for (let seed = 1; seed <= 25; seed++) {
      const s = playOnce(mini, p, seed);
      expect(mini.endings.map((e) => e.id)).toContain(s.ending);
      expect(s.hour).toBeLessThanOrEqual(mini.hours);
    }
  });
});

// The CLI reads levels/ and refuses to run if any level there is invalid, so it is run only when every
// level file there loads (and there is at least one).
const files = levelFiles();
const invalid = files.filter((f) => !loadLevelFile(f).ok);
const canRunCli = files.length > 0 && invalid.length === 0;
const reason = !files.length
  ? 'skipped: levels/ has no .yaml level file yet'
  : invalid.length
    ? `skipped: levels/ has invalid level files (${invalid.join(', ')})`
    : '';

describe('npm run simulate -- --json', () => {
  it.skipIf(!canRunCli)(
    `prints {"levels":[{id, policies:[{name, runs, goodRate, completeRate, endings}]}]} ${reason}`,
    { timeout: 120_000 },
    () => {
      const out = runTool('simulate', ['--runs', '20', '--json']);
      expect(out.stderr).toBe('');
      expect(out.status).toBe(0);
      const report = JSON.parse(out.stdout) as { levels: unknown[]; missed: { id: string; endings: unknown[] }[] };
      // Why endings were missed comes under a key of its own, one entry per level, so the levels keep their shape.
      expect(Object.keys(report)).toEqual(['levels', 'missed']);
      expect(report.missed.map((m) => m.id)).toEqual((report.levels as { id: string }[]).map((l) => l.id));
      expect(report.levels.length).toBeGreaterThan(0); // levels/ is being written by others: not an exact count
      for (const level of report.levels as Record<string, unknown>[]) {
        expect(Object.keys(level)).toEqual(['id', 'policies']);
        expect(typeof level.id).toBe('string');
        const policies = level.policies as Record<string, unknown>[];
        expect(policies.map((p) => p.name)).toEqual(POLICIES.map((p) => p.name));
        for (const p of policies) {
          expect(Object.keys(p)).toEqual(['name', 'runs', 'goodRate', 'completeRate', 'endings']);
          expect(p.runs).toBe(20);
          expect(p.goodRate).toEqual(expect.any(Number));
          expect(p.completeRate).toEqual(expect.any(Number));
          const endings = p.endings as Record<string, number>;
          expect(Object.values(endings).reduce((a, b) => a + b, 0)).toBe(20);
        }
      }
    },
  );
});
