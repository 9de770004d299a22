// The balance report in words, in the interface's language: why an ending was missed ("Fair deal: trust ≥
// 60 failed in 81% of missed runs, flag rates-restored unset in 64%") and the warnings, built from the
// report's data (src/core/balance.ts); shared by `npm run simulate` and the scenario editor's balance panel.
import type { Condition } from '../content/schema.ts';
import type { BalanceWarning, FailedCondition, MissedEnding, MissReason } from '../core/balance.ts';
import { t } from '../i18n/i18n.ts';

const list = (tests: Condition[]) => tests.map(asked).join(t('editor.separators.values'));

/** "trust ≥ 60", "20 ≤ heat ≤ 60". */
function range(c: Condition): string {
  const value = t(`editor.balance.values.${c.value!}`);
  if (c.atLeast !== undefined && c.atMost !== undefined)
    return t('editor.balance.asked.between', { min: c.atLeast, value, max: c.atMost });
  if (c.atLeast !== undefined) return t('editor.balance.asked.atLeast', { value, min: c.atLeast });
  return t('editor.balance.asked.atMost', { value, max: c.atMost });
}

/** What a condition asks for: "trust ≥ 60", "flag rates-restored set", "any of (…)". */
function asked(c: Condition): string {
  if (c.value !== undefined) return range(c);
  if (c.flag !== undefined) return t('editor.balance.asked.flagSet', { flag: c.flag });
  if (c.notFlag !== undefined) return t('editor.balance.asked.flagUnset', { flag: c.notFlag });
  if (c.chose !== undefined) return t('editor.balance.asked.chosen', { reply: c.chose });
  if (c.all) return t('editor.balance.asked.all', { tests: list(c.all) });
  if (c.any) return t('editor.balance.asked.any', { tests: list(c.any) });
  return t('editor.balance.asked.not', { test: asked(c.not!) });
}

/**
 * Why runs missed an ending, in plain words: a flag or a reply as the state the run ended in ("flag
 * rates-restored unset", "reply poster.numbers not chosen"), another test as what it asked ("trust ≥ 60"),
 * or the ending that came first ("\"Meltdown\" came first").
 */
export function reasonText(r: MissReason): string {
  if ('cameFirst' in r) return t('editor.balance.reason.cameFirst', { title: r.cameFirst });
  const c = r.test;
  if (c.flag !== undefined) return t('editor.balance.asked.flagUnset', { flag: c.flag });
  if (c.notFlag !== undefined) return t('editor.balance.asked.flagSet', { flag: c.notFlag });
  if (c.chose !== undefined) return t('editor.balance.reason.notChosen', { reply: c.chose });
  return asked(c);
}

/** Whether a reason's words already say what happened, or name a test that then "failed". */
const saysWhatHappened = (r: MissReason) =>
  'cameFirst' in r || r.test.flag !== undefined || r.test.notFlag !== undefined || r.test.chose !== undefined;

/** A share in whole percent; a share too small to round up still shows. */
const share = (x: number) => (x > 0 && x < 0.005 ? t('editor.balance.underOnePercent') : `${Math.round(x * 100)}%`);

/** "trust ≥ 60 failed in 81%" (or, as the first of a missed line, "… in 81% of missed runs"). */
function clause(f: FailedCondition, first = false): string {
  const what = saysWhatHappened(f) ? reasonText(f) : t('editor.balance.reason.failed', { condition: reasonText(f) });
  return t(first ? 'editor.balance.clause.first' : 'editor.balance.clause.other', {
    what,
    share: share(f.missedShare),
  });
}

/** "Fair deal: trust ≥ 60 failed in 81% of missed runs, flag rates-restored unset in 64%". */
export function missedLine(m: MissedEnding): string {
  if (!m.failed.length) return t('editor.balance.missedNone', { title: m.title });
  const clauses = m.failed.map((f, i) => clause(f, i === 0)).join(t('editor.separators.clauses'));
  return t('editor.balance.missedLine', { title: m.title, clauses });
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A warning as a sentence a trainer understands. */
export function warningText(w: BalanceWarning): string {
  if (w.kind === 'ending-unreached') {
    const why = w.failed.map((f) => clause(f)).join(t('editor.separators.clauses'));
    return t('editor.balance.warning.ending-unreached', { title: w.title, why });
  }
  if (w.kind === 'post-unseen') return t('editor.balance.warning.post-unseen', { post: w.post });
  const rates = { rate: pct(w.rate), target: pct(w.target) };
  if (w.kind === 'blind-wins') return t('editor.balance.warning.blind-wins', { ...rates, player: w.player });
  if (w.kind === 'guessing-wins') return t(`editor.balance.warning.guessing-wins.${w.assumes}`, rates);
  return t(`editor.balance.warning.${w.kind}`, rates);
}
