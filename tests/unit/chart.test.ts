// The debrief chart ends where the meters ended, also when the chapter ended on a reply (a collapse comes
// before the next hour is sampled); the meter summary says the same numbers.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { METERS } from '../../src/content/schema.ts';
import { policyNamed } from '../../src/core/policies.ts';
import { playOnce } from '../../src/core/simulate.ts';
import { chartSeries } from '../../src/view/chart.ts';
import { meterSummary } from '../../src/view/debrief.ts';

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
