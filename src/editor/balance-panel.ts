// The balance panel: for every scripted player, how often it reaches a good ending, how often it lasts to
// the end and which endings it reaches; then the warnings and why rarely reached endings are missed, in
// the report's own plain words. It shows the quick look while the full table is worked out.
import type { Level } from '../content/schema.ts';
import { missedLine } from '../core/balance-words.ts';
import type { BalanceReport, PlayerRow } from '../core/balance.ts';
import { FULL_RUNS, QUICK_RUNS } from './balance-messages.ts';
import type { Timed } from './balance-runner.ts';
import { h as el } from '../html/h.ts';
import { endingOf } from '../core/level-index.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The campaign's targets (README, "Balance"): a player outside them is marked. */
const offTarget = (r: PlayerRow) =>
  (r.family === 'blind' && r.goodRate > 0.25) || (r.family === 'reading' && r.goodRate < 0.7);

function table(level: Level, report: BalanceReport): HTMLElement {
  const title = (id: string) => endingOf(level, id)?.title ?? id;
  const row = (r: PlayerRow) => {
    const reached = Object.entries(r.endings)
      .filter(([, share]) => share > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([id, share]) => `${title(id)} ${pct(share)}`)
      .join(', ');
    return el(
      'tr',
      { class: offTarget(r) ? 'off-target' : undefined },
      el('th', { scope: 'row', text: r.name }),
      el('td', { text: r.family }),
      el('td', { text: `${pct(r.goodRate)}${offTarget(r) ? ' (off target)' : ''}` }),
      el('td', { text: pct(r.completeRate) }),
      el('td', { text: reached }),
    );
  };
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': 'Balance table', tabindex: 0 },
    el(
      'table',
      { class: 'balance-table' },
      el('caption', { text: `Every scripted player, ${report.runs.toLocaleString('en')} runs each` }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Player', 'Family', 'Good ending', 'Finished', 'Endings reached'].map((t) =>
            el('th', { scope: 'col', text: t }),
          ),
        ),
      ),
      el('tbody', {}, ...report.rows.map(row)),
    ),
  );
}

export function createBalancePanel() {
  const status = el('p', { class: 'balance-status', role: 'status' });
  const progress = el('progress', { 'aria-label': 'Balance being worked out', hidden: true });
  const body = el('div', { class: 'balance-body' });
  const root = el(
    'section',
    { class: 'editor-balance', 'aria-labelledby': 'balance-heading', 'data-state': 'waiting' },
    el('h2', { id: 'balance-heading', text: 'Balance' }),
    status,
    progress,
    body,
  );
  status.textContent = 'The balance shows here once the scenario has no problems.';

  return {
    root,
    /** A valid text went to the worker. */
    working() {
      root.dataset.state = 'working';
      progress.hidden = false;
      progress.removeAttribute('value');
      status.textContent = `Playing it ${QUICK_RUNS} times with every scripted player…`;
    },
    /** The text has problems: the table shown is for an earlier text. */
    stale() {
      root.dataset.state = 'stale';
      progress.hidden = true;
      status.textContent = body.childElementCount
        ? 'Fix the problems to update the balance: the table below is for the last version without problems.'
        : 'Fix the problems to see the balance.';
    },
    show(level: Level, reply: Timed) {
      const { report, done } = reply;
      root.dataset.state = done ? 'full' : 'quick';
      if (done) root.dataset.ms = String(Math.round(reply.sinceChange));
      progress.hidden = done;
      progress.max = 2;
      progress.value = done ? 2 : 1;
      status.textContent = done
        ? `Full table: ${report.runs.toLocaleString('en')} runs for each player, ready in ${seconds(reply.sinceChange)}.`
        : `Quick look from ${report.runs} runs each; the full table of ${FULL_RUNS.toLocaleString('en')} runs each is on its way…`;
      const warnings = report.warnings.map((w) => w.text);
      const missed = report.missed.map(missedLine);
      body.replaceChildren(
        table(level, report),
        el('h3', { text: 'Warnings' }),
        warnings.length
          ? el('ul', { class: 'warnings' }, ...warnings.map((t) => el('li', { text: t })))
          : el('p', { text: 'None: every player is within its target, every ending and every post comes up.' }),
        el('h3', { text: 'Endings rarely reached, and why' }),
        missed.length
          ? el('ul', { class: 'missed' }, ...missed.map((t) => el('li', { text: t })))
          : el('p', { text: 'Every player reaches every ending now and then.' }),
      );
    },
  };
}
