// The debrief's numbers agree with each other as a reader adds them up: each decision's change of a meter
// sums to what the replies moved in all, the replies and the hours to the net change, the causes to the
// hours; and a meter's "lowest" names the first hour the meter read that low. The workshop's result of a
// decision says the change its meters read.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { METERS } from '../../src/content/terms.ts';
import { POLICIES } from '../../src/core/policies.ts';
import { playOnce } from '../../src/core/simulate.ts';
import type { GameState } from '../../src/core/state.ts';
import { decisionLines, meterSummary } from '../../src/view/debrief.ts';
import { driftText, movedSummary } from '../../src/view/drift.ts';
import { movedText, roundedSteps, shownMoves } from '../../src/view/format.ts';

const levels = loadAllLevels().slice(0, 3);
const games = levels.flatMap((level) =>
  POLICIES.slice(0, 4).flatMap((policy) => [1, 2, 3].map((seed) => ({ level, g: playOnce(level, policy, seed) }))),
);
/** "+3" → 3, "−2" → -2, "±0" → 0. */
const n = (x: string) => Number(x.replace('−', '-').replace('±', ''));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the debrief’s changes', () => {
  it('add up whole: changes of +0.4 from 50 read +0, +1, +0, as the meter reads 50, 50, 51, 51', () => {
    expect(roundedSteps([0.4, 0.4, 0.4], 50)).toEqual([0, 1, 0]);
    // Rounded one by one, these would read +1 three times beside a total of +2.
    expect(roundedSteps([0.6, 0.6, 0.6])).toEqual([1, 0, 1]);
  });

  it('each decision’s change of a meter adds up to what the replies moved in all, and the replies and the hours to the net', () => {
    expect(games.some(({ g }) => g.decisions.length > 3)).toBe(true);
    for (const { level, g } of games) {
      const lines = decisionLines(level, g);
      movedSummary(g).forEach((line, i) => {
        const [, replies, hours, causes, net] = line.match(
          /your replies ([+−±]\d+), the hours between them ([+−±]\d+)(?: \((.*)\))?; ([+−±]\d+) in all\./,
        )!;
        const m = METERS[i]!;
        expect(sum(lines.map((l) => l.moved[m] ?? 0)), line).toBe(n(replies!));
        expect(n(replies!) + n(hours!), line).toBe(n(net!));
        expect(n(net!)).toBe(Math.round(g.values[m] - g.start[m]) || 0);
        if (causes) expect(sum([...causes.matchAll(/[+−]\d+/g)].map(([c]) => n(c))), line).toBe(n(hours!));
      });
    }
  });

  it('what the hours did before a reply adds up to its causes', () => {
    for (const { g } of games) {
      for (const d of g.decisions) {
        for (const part of driftText(d.drift)?.split('; ') ?? []) {
          const [, total, causes] = part.match(/ ([+−]\d+) \((.*)\)$/)!;
          expect(sum([...causes!.matchAll(/[+−]\d+/g)].map(([c]) => n(c))), part).toBe(n(total!));
        }
      }
    }
  });
});

describe('the meter summary', () => {
  it('names the first hour a meter read its lowest: 60 at hour 0, not hour 11 where it read 60 again', () => {
    const at = (hour: number, trust: number) => ({ hour, trust, loyalty: 50, heat: 30 });
    const samples = [at(0, 60.2), at(5, 64), at(11, 59.8), at(12, 62)];
    const g = { samples, values: { ...samples[3]!, trust: 62 }, hour: 12 } as unknown as GameState;
    const [trust, loyalty] = meterSummary(g);
    expect(trust).toBe('Public trust went from 60 to 62, lowest 60 at hour 0.');
    expect(loyalty).toBe('Fan loyalty went from 50 to 50, lowest 50 at hour 0.');
  });

  it('names an hour at which the meter read its lowest, in played games', () => {
    for (const { g } of games) {
      meterSummary(g).forEach((line, i) => {
        const [, low, hour] = line.match(/lowest (\d+) at hour (\d+)\./)!;
        const m = METERS[i]!;
        const readings = g.samples.map((s) => Math.round(s[m]));
        expect(Math.min(...readings, Math.round(g.values[m]))).toBe(Number(low));
        const first = g.samples.find((s) => Math.round(s[m]) === Number(low));
        expect(Number(hour)).toBe(first?.hour ?? g.hour);
      });
    }
  });
});

describe('a decision’s change as the workshop’s result says it', () => {
  it('is the step between the numbers its meters read: trust 50.4 to 50.6 is +1, loyalty 40.6 to 41.4 is none', () => {
    const start = games[0]!.g.start;
    const before = { ...start, trust: 50.4, loyalty: 40.6 };
    const after = { ...start, trust: 50.6, loyalty: 41.4 };
    expect(movedText(shownMoves(before, after))).toBe('public trust +1');
    for (const { g } of games) {
      for (const d of g.decisions) {
        const moved = shownMoves(d.before, d.after);
        for (const m of METERS) expect(moved[m]).toBe(Math.round(d.after[m]) - Math.round(d.before[m]));
      }
    }
  });
});
