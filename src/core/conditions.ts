import type { Condition } from '../content/schema.ts';
import type { ValueName } from '../content/terms.ts';
import type { GameState } from './state.ts';

/** What a condition reads of a game. */
export type Tested = Pick<GameState, 'flags' | 'values' | 'chosen'>;
/** A condition as a function of the state. */
type Test = (s: Tested) => boolean;

// Each condition is turned into a function once and kept: the simulator tests the endings every crisis hour,
// and reading a condition's fields anew each time (a different set in every condition) was a tenth of its work.
const tests = new WeakMap<Condition, Test>();

/** A level's condition as a function of the state. The schema guarantees exactly one test is present. */
export function testOf(c: Condition): Test {
  let test = tests.get(c);
  if (!test) {
    test = compile(c);
    tests.set(c, test);
  }
  return test;
}

/** Whether a level's condition holds in this state. */
export const holds = (c: Condition, s: Tested): boolean => testOf(c)(s);

function compile(c: Condition): Test {
  if (c.flag !== undefined) {
    const flag = c.flag;
    return (s) => s.flags.includes(flag);
  }
  if (c.notFlag !== undefined) {
    const flag = c.notFlag;
    return (s) => !s.flags.includes(flag);
  }
  if (c.value !== undefined) return valueTest(c.value, c.atLeast ?? -Infinity, c.atMost ?? Infinity);
  if (c.chose !== undefined) {
    const chose = c.chose;
    return (s) => s.chosen.includes(chose);
  }
  if (c.all) {
    const all = c.all.map(compile);
    return (s) => {
      for (const t of all) if (!t(s)) return false;
      return true;
    };
  }
  if (c.any) {
    const any = c.any.map(compile);
    return (s) => {
      for (const t of any) if (t(s)) return true;
      return false;
    };
  }
  const not = compile(c.not!);
  return (s) => !not(s);
}

/**
 * Whether a value lies in [least, most]: a function of its own for each value, each reading its own
 * property (a shared one would look the value up by its name, the commonest test of the busiest path).
 */
function valueTest(name: ValueName, least: number, most: number): Test {
  switch (name) {
    case 'trust':
      return ({ values: { trust: v } }) => v >= least && v <= most;
    case 'loyalty':
      return ({ values: { loyalty: v } }) => v >= least && v <= most;
    case 'heat':
      return ({ values: { heat: v } }) => v >= least && v <= most;
    case 'composure':
      return ({ values: { composure: v } }) => v >= least && v <= most;
    case 'promiseDebt':
      return ({ values: { promiseDebt: v } }) => v >= least && v <= most;
    case 'personaDependence':
      return ({ values: { personaDependence: v } }) => v >= least && v <= most;
  }
}

/** The tests of a condition, leaf by leaf through `all` (an `any` or a `not` is one test). */
export function testsOf(c: Condition, out: Condition[] = []): Condition[] {
  if (c.all) for (const x of c.all) testsOf(x, out);
  else out.push(c);
  return out;
}

/** The tests of a condition that do not hold: why an ending was missed. */
export const failing = (c: Condition, s: Tested): Condition[] => testsOf(c).filter((x) => !holds(x, s));
