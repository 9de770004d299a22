// What the hours did to the meters on their own, between replies, in words: so that what the replies moved
// and what the clock moved add up to where the meters ended.
import { HIDDEN, type HiddenName, METERS, type MeterName } from '../content/schema.ts';
import { BRAND_VOICE_UNLOCK, TIRED_BELOW } from '../core/rules.ts';
import { DRIFT_CAUSES, type Drift, type DriftCause, type GameState } from '../core/state.ts';
import { METER_LABELS, signed } from './format.ts';

export const CAUSE_WORDS: Record<DriftCause, string> = {
  debt: 'unkept promises',
  expired: 'posts that expired',
  spread: 'posts left open',
  cooling: 'attention cooling',
  fans: 'fans piling on',
};

const total = (drift: Drift, m: MeterName) => DRIFT_CAUSES.reduce((n, c) => n + (drift[c]?.[m] ?? 0), 0);

/** Several drifts summed, cause by cause. */
export function sumDrift(drifts: readonly Drift[]): Drift {
  const out: Drift = {};
  for (const d of drifts) {
    for (const c of DRIFT_CAUSES) {
      for (const m of METERS) {
        const v = d[c]?.[m];
        if (!v) continue;
        const moved = out[c] ?? {};
        moved[m] = (moved[m] ?? 0) + v;
        out[c] = moved;
      }
    }
  }
  return out;
}

/** "trust −3 (unkept promises −2, posts that expired −1)" for one meter; null when it moved less than a point. */
export function meterDrift(drift: Drift, m: MeterName): string | null {
  const sum = Math.round(total(drift, m));
  if (!sum) return null;
  const parts = DRIFT_CAUSES.flatMap((c) => {
    const v = Math.round(drift[c]?.[m] ?? 0);
    return v ? [`${CAUSE_WORDS[c]} ${signed(v)}`] : [];
  });
  return `${METER_LABELS[m]} ${signed(sum)} (${parts.join(', ')})`;
}

/** "Public trust −3 (unkept promises −2, …); Media heat +4 (…)", or null when the hours moved nothing. */
export function driftText(drift: Drift): string | null {
  const lines = METERS.flatMap((m) => meterDrift(drift, m) ?? []);
  return lines.length ? lines.join('; ') : null;
}

/**
 * For each meter: what the replies moved, what the hours moved, and the net, so that they add up.
 * "Public trust: your replies +46, the hours between them −18 (unkept promises −10, posts that expired −8); +28 in all."
 */
export function movedSummary(g: GameState): string[] {
  const hours = sumDrift([...g.decisions.map((d) => d.drift), g.drift]);
  return METERS.map((m) => {
    const replies = Math.round(g.decisions.reduce((n, d) => n + d.after[m] - d.before[m], 0));
    const drifted = meterDrift(hours, m)?.replace(`${METER_LABELS[m]} `, '') ?? '±0';
    const net = Math.round(g.values[m] - g.start[m]);
    return `${METER_LABELS[m]}: your replies ${replies ? signed(replies) : '±0'}, the hours between them ${drifted}; ${net ? signed(net) : '±0'} in all.`;
  });
}

const HIDDEN_WORDS: Record<HiddenName, { name: string; up: string; down: string; still: string }> = {
  promiseDebt: {
    name: 'Promise debt',
    up: 'promises ran ahead of what was delivered, and every point of debt wears trust away each hour',
    down: 'claims people could check paid some of it off',
    still: 'nothing was promised or paid off',
  },
  personaDependence: {
    name: 'Persona dependence',
    up: `the brand leaned more on you: your losses hurt it more, and the brand team can answer only below ${BRAND_VOICE_UNLOCK}`,
    down: `the brand leaned less on you; at ${BRAND_VOICE_UNLOCK} or below the brand team can answer for it`,
    still: 'the brand leaned on you as much as before',
  },
  composure: {
    name: 'Composure',
    up: 'you got some rest',
    down: `the pressure wore you down; below ${TIRED_BELOW} every reply but an angry one takes an extra hour`,
    still: 'you held steady',
  },
};

/** The hidden values, one sentence each on what they did this chapter. */
export function hiddenLines(g: GameState): string[] {
  return HIDDEN.map((v) => {
    const from = Math.round(g.start[v]);
    const to = Math.round(g.values[v]);
    const w = HIDDEN_WORDS[v];
    const why = to > from ? w.up : to < from ? w.down : w.still;
    return `${w.name} went from ${from} to ${to}: ${why}.`;
  });
}
