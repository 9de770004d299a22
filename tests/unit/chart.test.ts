// The debrief chart ends where the meters ended, also when the chapter ended on a reply (a collapse comes
// before the next hour is sampled); the meter summary says the same numbers. Its plan, which both the canvas
// and the image draw, keeps its labels apart, and the three meters read apart without colour.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { METERS } from '../../src/content/terms.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { playOnce } from '../../src/core/simulate.ts';
import { chartPlan, chartSeries } from '../../src/view/chart.ts';
import { meterSummary } from '../../src/view/debrief.ts';
import { movedSummary } from '../../src/view/drift.ts';
import { METER_STYLES, marker } from '../../src/view/meter-styles.ts';

const first = loadAllLevels().find((l) => l.number === 1)!;

describe('the chart’s series', () => {
  it('ends at the final meters, after the last sample when a reply ended the chapter', () => {
    const games = [1, 2, 3, 4, 5, 6].map((seed) => playOnce(first, policyNamed('angry')!, seed));
    const onReply = games.filter((g) => g.samples.at(-1)!.trust !== g.values.trust);
    expect(onReply.length).toBeGreaterThan(0);
    for (const g of games) {
      const series = chartSeries(g);
      const last = series.at(-1)!;
      expect(last).toEqual({ hour: g.hour, trust: g.values.trust, loyalty: g.values.loyalty, heat: g.values.heat });
      expect(series.length - g.samples.length).toBe(onReply.includes(g) ? 1 : 0);
      meterSummary(g).forEach((line, i) => expect(line).toContain(`to ${Math.round(g.values[METERS[i]!])},`));
    }
  });
});

describe('the chart’s plan', () => {
  const box = { x: 80, y: 130, w: 1070, h: 410 };
  const room = { endLabel: 60, digit: 10 };
  const games = [1, 2, 3].map((seed) => playOnce(first, policyNamed('random')!, seed));

  it('lays the meters out in the box, each line through every sample with at most 12 markers from its start', () => {
    for (const g of games) {
      for (const { points, markers } of chartPlan(g, box, room).meters) {
        expect(points).toHaveLength(chartSeries(g).length);
        expect(points[0]).toEqual({ x: box.x, y: expect.any(Number) });
        expect(points.at(-1)!.x).toBeCloseTo(box.x + box.w, 9);
        for (const p of points) expect(p.y >= box.y && p.y <= box.y + box.h).toBe(true);
        expect(markers[0]).toBe(points[0]);
        expect(markers.length).toBeLessThanOrEqual(12);
      }
    }
  });

  it('ends the hour axis at the hour the game ended, leaves its label room, and numbers the replies without printing one label over another', () => {
    for (const g of games) {
      const plan = chartPlan(g, box, room);
      expect(plan.ticks[0]).toEqual({ hour: 0, x: box.x });
      expect(plan.hours).toBe(g.hour);
      for (const t of plan.ticks) expect(t.x).toBeLessThan(box.x + box.w - room.endLabel);
      expect(plan.replies).toHaveLength(g.decisions.length);
      plan.replyNumbers.slice(1).forEach((l, i) => {
        const before = plan.replyNumbers[i]!;
        expect(l.x - before.x).toBeGreaterThanOrEqual((before.text.length + 1) * room.digit);
      });
      for (const d of plan.drifts) expect(d.text).toMatch(/^[+−]\d+$/);
    }
  });

  it('labels what the hours did to trust in whole points that add up to what the debrief says they did', () => {
    // Wide enough for every label between replies an hour or more apart; the hours move nothing within an hour.
    const wide = { ...box, w: 1_000_000 };
    const played = loadAllLevels()
      .slice(0, 4)
      .flatMap((level) => [1, 2, 3, 4, 5].map((seed) => playOnce(level, policyNamed('random')!, seed)));
    for (const g of played) {
      const labels = chartPlan(g, wide, room).drifts.map((d) => Number(d.text.replace('−', '-')));
      const [, hours] = movedSummary(g)[0]!.match(/the hours between them ([+−±]\d+)/)!;
      expect(labels.reduce((a, b) => a + b, 0)).toBe(Number(hours!.replace('−', '-').replace('±', '')));
    }
  });

  it('gives each meter a marker shape and a line of its own', () => {
    const shapes = METERS.map((m) => marker(m, 0, 0, 5).kind);
    expect(new Set(shapes).size).toBe(3);
    const lines = METERS.map((m) => `${METER_STYLES[m].dashed} ${METER_STYLES[m].width.canvas}`);
    expect(new Set(lines).size).toBe(3);
  });
});
