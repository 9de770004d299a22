// What every debrief offers to take away: its replay code (to copy, as a code or a link) and the downloads
// (the decisions as CSV, the session as JSON, the chart as a PNG), and the chart as a picture for the
// printed handout. A workshop's debrief passes its teams' picks; a solo game's has none.
import type { Level } from '../content/schema.ts';
import type { GameState } from '../core/state.ts';
import { encodeReplay } from '../state/replay-code.ts';
import { decisionRows, decisionsCsv, type ExportSource, exportName, sessionJson } from '../view/exports.ts';
import { t } from '../i18n/i18n.ts';
import { chapterName } from '../view/format.ts';
import { chartPng, drawChart } from './chart-image.ts';
import { button, h } from './h.ts';

/** Hands a file to the browser's downloads. */
function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob after the click returns: it is let go a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The link that opens this replay: this page's address with `?replay=CODE`. */
const replayLink = (code: string) => `${location.origin}${location.pathname}?replay=${code}`;

export function debriefTools(src: ExportSource): HTMLElement {
  const code = encodeReplay(src.level, src.session);
  const name = exportName(src.session);
  const said = h('p', { class: 'tools-status', role: 'status' });
  const field = h('input', {
    id: 'replay-code',
    class: 'replay-code',
    type: 'text',
    readonly: true,
    value: code,
    spellcheck: 'false',
    'aria-describedby': 'replay-code-help',
  });
  const copy = async (text: string, copied: string) => {
    try {
      await navigator.clipboard.writeText(text);
      said.textContent = copied;
    } catch {
      // No clipboard without the page's permission (or a secure address): the code is selected instead.
      field.select();
      said.textContent = t('debrief.tools.noClipboard');
    }
  };
  return h(
    'section',
    { class: 'debrief-tools', 'aria-label': t('debrief.tools.label') },
    h('h3', { text: t('debrief.tools.heading') }),
    h('label', { for: 'replay-code', text: t('debrief.tools.code') }),
    h(
      'div',
      { class: 'code-row' },
      field,
      button(t('debrief.tools.copy'), () => copy(code, t('debrief.tools.codeCopied'))),
      button(t('debrief.tools.copyLink'), () => copy(replayLink(code), t('debrief.tools.linkCopied'))),
    ),
    h('p', { id: 'replay-code-help', class: 'code-help', text: t('debrief.tools.help') }),
    h(
      'div',
      { class: 'downloads' },
      button(t('debrief.tools.csv'), () =>
        download(
          `${name}.csv`,
          new Blob([decisionsCsv(decisionRows(src.level, src.game, src.teams), src.roomJudgement)], {
            type: 'text/csv',
          }),
        ),
      ),
      button(t('debrief.tools.json'), () =>
        download(`${name}.json`, new Blob([sessionJson(src)], { type: 'application/json' })),
      ),
      button(t('debrief.tools.image'), () => {
        chartPng(drawChart(src.level, src.game, 'screen')).then(
          (png) => download(`${name}.png`, png),
          () => (said.textContent = t('debrief.tools.noImage')),
        );
      }),
    ),
    said,
  );
}

/** The chart on white, shown only when the debrief is printed (the canvas does not print). */
export function printedChart(level: Level, game: GameState): HTMLElement {
  return h(
    'figure',
    { class: 'print-only' },
    h('img', {
      src: drawChart(level, game, 'paper').toDataURL('image/png'),
      alt: t('debrief.chart.alt', { chapter: chapterName(level) }),
    }),
  );
}
