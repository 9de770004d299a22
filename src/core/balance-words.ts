// The words of the balance report: a failed condition of an ending, and the line that says why an ending
// was missed ("Fair deal: trust ≥ 60 failed in 81% of missed runs, flag rates-restored unset in 64%"),
// shared by `npm run simulate` and the scenario editor's balance panel.
import type { Condition } from '../content/schema.ts';

const range = (c: Condition) =>
  c.atLeast !== undefined && c.atMost !== undefined
    ? `${c.atLeast} ≤ ${c.value} ≤ ${c.atMost}`
    : c.atLeast !== undefined
      ? `${c.value} ≥ ${c.atLeast}`
      : `${c.value} ≤ ${c.atMost}`;

/** What a condition asks for: "trust ≥ 60", "flag rates-restored set", "any of (…)". */
function asked(c: Condition): string {
  if (c.value !== undefined) return range(c);
  if (c.flag !== undefined) return `flag ${c.flag} set`;
  if (c.notFlag !== undefined) return `flag ${c.notFlag} unset`;
  if (c.chose !== undefined) return `reply ${c.chose} chosen`;
  if (c.all) return `all of (${c.all.map(asked).join(', ')})`;
  if (c.any) return `any of (${c.any.map(asked).join(', ')})`;
  return `not (${asked(c.not!)})`;
}

/**
 * A test that failed, in plain words: a flag or a reply as the state the run ended in ("flag
 * rates-restored unset", "reply poster.numbers not chosen"), anything else as what it asked ("trust ≥ 60").
 */
export function conditionText(c: Condition): string {
  if (c.flag !== undefined) return `flag ${c.flag} unset`;
  if (c.notFlag !== undefined) return `flag ${c.notFlag} set`;
  if (c.chose !== undefined) return `reply ${c.chose} not chosen`;
  return asked(c);
}

/** Whether a failed condition's words already say what happened, or name a test that then "failed". */
const saysWhatHappened = (condition: string) => / (set|unset|not chosen|came first)$/.test(condition);

/** A share in whole percent; a share too small to round up still shows. */
const pct = (x: number) => (x > 0 && x < 0.005 ? 'under 1%' : `${Math.round(x * 100)}%`);

/** "trust ≥ 60 failed in 81%", "flag rates-restored unset in 64%". */
export const failedClause = (f: { condition: string; missedShare: number }): string =>
  `${f.condition}${saysWhatHappened(f.condition) ? '' : ' failed'} in ${pct(f.missedShare)}`;

/** "Fair deal: trust ≥ 60 failed in 81% of missed runs, flag rates-restored unset in 64%". */
export function missedLine(m: { title: string; failed: { condition: string; missedShare: number }[] }): string {
  const [first, ...rest] = m.failed.map(failedClause);
  if (!first) return `${m.title}: no condition failed`;
  return `${m.title}: ${[`${first} of missed runs`, ...rest].join(', ')}`;
}
