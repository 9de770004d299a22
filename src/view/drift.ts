// What the hours did to the meters on their own, between replies, in words: so that what the replies moved
// and what the clock moved add up to where the meters ended.
import { HIDDEN, METERS, type MeterName } from '../content/terms.ts';
import { BRAND_VOICE_UNLOCK, TIRED_BELOW } from '../core/rules.ts';
import { DRIFT_CAUSES, type Drift, type GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { listSeparator, METER_LABELS, roundedSteps, signed } from './format.ts';

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

/**
 * "−3 (unkept promises −2, posts that expired −1)" for one meter, its causes adding up to it; null when it
 * moved less than a point. `after` is what moved the meter before, when the hours are shown as its sequel.
 */
function hoursMoved(drift: Drift, m: MeterName, after = 0): string | null {
  const steps = roundedSteps(
    DRIFT_CAUSES.map((c) => drift[c]?.[m] ?? 0),
    after,
  );
  const sum = steps.reduce((a, b) => a + b, 0);
  if (!sum) return null;
  const causes = DRIFT_CAUSES.flatMap((c, i) => {
    const v = steps[i]!;
    return v ? [t('debrief.drift.cause', { cause: t(`debrief.drift.causes.${c}`), change: signed(v) })] : [];
  });
  return t('debrief.drift.moved', { change: signed(sum), causes: causes.join(listSeparator()) });
}

/** "Public trust −3 (unkept promises −2, posts that expired −1)" for one meter; null when it moved less than a point. */
export function meterDrift(drift: Drift, m: MeterName): string | null {
  const moved = hoursMoved(drift, m);
  return moved && t('debrief.drift.meter', { meter: METER_LABELS[m], moved });
}

/** "Public trust −3 (unkept promises −2, …); Media heat +4 (…)", or null when the hours moved nothing. */
export function driftText(drift: Drift): string | null {
  const lines = METERS.flatMap((m) => meterDrift(drift, m) ?? []);
  return lines.length ? lines.join(t('debrief.list.semicolon')) : null;
}

/**
 * For each meter: what the replies moved, what the hours moved, and the net, so that they add up.
 * "Public trust: your replies +46, the hours between them −18 (unkept promises −10, posts that expired −8); +28 in all."
 */
export function movedSummary(g: GameState): string[] {
  const hours = sumDrift([...g.decisions.map((d) => d.drift), g.drift]);
  const change = (n: number) => (n ? signed(n) : '±0');
  return METERS.map((m) => {
    const replies = g.decisions.reduce((n, d) => n + d.after[m] - d.before[m], 0);
    const net = Math.round(g.values[m] - g.start[m]);
    return t('debrief.drift.summary', {
      meter: METER_LABELS[m],
      replies: change(Math.round(replies)),
      hours: hoursMoved(hours, m, replies) ?? '±0',
      net: change(net),
    });
  });
}

/** The hidden values, one sentence each on what they did this chapter. */
export function hiddenLines(g: GameState): string[] {
  return HIDDEN.map((v) => {
    const from = Math.round(g.start[v]);
    const to = Math.round(g.values[v]);
    const way = to > from ? 'up' : to < from ? 'down' : 'still';
    return t(`debrief.drift.hidden.${v}.${way}`, { from, to, unlock: BRAND_VOICE_UNLOCK, tired: TIRED_BELOW });
  });
}
