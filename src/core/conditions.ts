import type { Condition } from '../content/schema.ts';
import type { GameState } from './state.ts';

/** Whether a level's condition holds in this state. The schema guarantees exactly one test is present. */
export function holds(c: Condition, s: Pick<GameState, 'flags' | 'values' | 'chosen'>): boolean {
  if (c.flag !== undefined) return s.flags.includes(c.flag);
  if (c.notFlag !== undefined) return !s.flags.includes(c.notFlag);
  if (c.value !== undefined) {
    const v = s.values[c.value];
    return (c.atLeast === undefined || v >= c.atLeast) && (c.atMost === undefined || v <= c.atMost);
  }
  if (c.chose !== undefined) return s.chosen.includes(c.chose);
  if (c.all) return c.all.every((x) => holds(x, s));
  if (c.any) return c.any.some((x) => holds(x, s));
  return !holds(c.not!, s);
}

/** The tests of a condition, leaf by leaf through `all` (an `any` or a `not` is one test). */
export function testsOf(c: Condition, out: Condition[] = []): Condition[] {
  if (c.all) for (const x of c.all) testsOf(x, out);
  else out.push(c);
  return out;
}

/** The tests of a condition that do not hold: why an ending was missed. */
export const failing = (c: Condition, s: Pick<GameState, 'flags' | 'values' | 'chosen'>): Condition[] =>
  testsOf(c).filter((x) => !holds(x, s));
