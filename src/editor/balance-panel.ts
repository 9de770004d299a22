// The balance panel: for every scripted player, how often it reaches a good ending, how often it lasts to
// the end and which endings it reaches; then the warnings and why rarely reached endings are missed, in
// plain words in the interface's language. It shows the quick look while the full table is worked out.
import type { Level } from '../content/schema.ts';
import type { BalanceReport, PlayerRow } from '../core/balance.ts';
import { BALANCE_TARGETS } from '../core/balance-targets.ts';
import { FULL_RUNS, QUICK_RUNS } from './balance-messages.ts';
import type { Timed } from './balance-runner.ts';
import { h as el } from '../html/h.ts';
import { endingOf } from '../core/level-index.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { missedLine, warningText } from '../state/balance-words.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);
/** A number of runs with its thousands marked, as the language marks them ("2,000"). */
const runsText = (n: number) => n.toLocaleString(currentLanguage());

/** The campaign's targets: a player outside them is marked. */
const offTarget = (r: PlayerRow) =>
  (r.family === 'blind' && r.goodRate > BALANCE_TARGETS.blind) ||
  (r.family === 'reading' && r.goodRate < BALANCE_TARGETS.reading);

const COLUMNS = ['player', 'family', 'good', 'finished', 'endings'] as const;

function table(level: Level, report: BalanceReport): HTMLElement {
  const title = (id: string) => endingOf(level, id)?.title ?? id;
  const row = (r: PlayerRow) => {
    const reached = Object.entries(r.endings)
      .filter(([, share]) => share > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([id, share]) => `${title(id)} ${pct(share)}`)
      .join(t('editor.separators.values'));
    return el(
      'tr',
      { class: offTarget(r) ? 'off-target' : undefined },
      el('th', { scope: 'row', text: r.name }),
      el('td', { text: t(`editor.balance.families.${r.family}`) }),
      el('td', { text: offTarget(r) ? t('editor.balance.offTarget', { rate: pct(r.goodRate) }) : pct(r.goodRate) }),
      el('td', { text: pct(r.completeRate) }),
      el('td', { text: reached }),
    );
  };
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': t('editor.balance.table'), tabindex: 0 },
    el(
      'table',
      { class: 'balance-table' },
      el('caption', { text: t('editor.balance.caption', { runs: runsText(report.runs) }) }),
      el(
        'thead',
        {},
        el('tr', {}, ...COLUMNS.map((c) => el('th', { scope: 'col', text: t(`editor.balance.columns.${c}`) }))),
      ),
      el('tbody', {}, ...report.rows.map(row)),
    ),
  );
}

export function createBalancePanel() {
  const status = el('p', { class: 'balance-status', role: 'status' });
  const progress = el('progress', { 'aria-label': t('editor.balance.progress'), hidden: true });
  const body = el('div', { class: 'balance-body' });
  const root = el(
    'section',
    { class: 'editor-balance', 'aria-labelledby': 'balance-heading', 'data-state': 'waiting' },
    el('h2', { id: 'balance-heading', text: t('editor.balance.heading') }),
    status,
    progress,
    body,
  );
  status.textContent = t('editor.balance.waiting');

  return {
    root,
    /** A valid text went to the worker. */
    working() {
      root.dataset.state = 'working';
      progress.hidden = false;
      progress.removeAttribute('value');
      status.textContent = t('editor.balance.working', { runs: QUICK_RUNS });
    },
    /** The text has problems: the table shown is for an earlier text. */
    stale() {
      root.dataset.state = 'stale';
      progress.hidden = true;
      status.textContent = t(body.childElementCount ? 'editor.balance.staleTable' : 'editor.balance.stale');
    },
    show(level: Level, reply: Timed) {
      const { report, done } = reply;
      root.dataset.state = done ? 'full' : 'quick';
      if (done) root.dataset.ms = String(Math.round(reply.sinceChange));
      progress.hidden = done;
      progress.max = 2;
      progress.value = done ? 2 : 1;
      status.textContent = done
        ? t('editor.balance.full', { runs: runsText(report.runs), seconds: seconds(reply.sinceChange) })
        : t('editor.balance.quick', { runs: report.runs, fullRuns: runsText(FULL_RUNS) });
      const warnings = report.warnings.map(warningText);
      const missed = report.missed.map(missedLine);
      body.replaceChildren(
        table(level, report),
        el('h3', { text: t('editor.balance.warnings') }),
        warnings.length
          ? el('ul', { class: 'warnings' }, ...warnings.map((w) => el('li', { text: w })))
          : el('p', { text: t('editor.balance.noWarnings') }),
        el('h3', { text: t('editor.balance.missed') }),
        missed.length
          ? el('ul', { class: 'missed' }, ...missed.map((m) => el('li', { text: m })))
          : el('p', { text: t('editor.balance.noMissed') }),
      );
    },
  };
}
