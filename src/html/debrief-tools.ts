// What every debrief offers to take away: its replay code (to copy, as a code or a link) and the downloads
// (the decisions as CSV, the session as JSON, the chart as a PNG), and the chart as a picture for the
// printed handout. A workshop's debrief passes its teams' picks; a solo game's has none.
import type { Level } from '../content/schema.ts';
import type { GameState } from '../core/state.ts';
import { encodeReplay } from '../state/replay-code.ts';
import { decisionRows, decisionsCsv, type ExportSource, exportName, sessionJson } from '../view/exports.ts';
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
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      said.textContent = `${what} copied.`;
    } catch {
      // No clipboard without the page's permission (or a secure address): the code is selected instead.
      field.select();
      said.textContent = 'Your browser did not let the game copy: the code is selected, ready to copy.';
    }
  };
  return h(
    'section',
    { class: 'debrief-tools', 'aria-label': 'Replay and downloads' },
    h('h3', { text: 'Replay and hand out' }),
    h('label', { for: 'replay-code', text: 'Replay code' }),
    h(
      'div',
      { class: 'code-row' },
      field,
      button('Copy', () => copy(code, 'The code')),
      button('Copy link', () => copy(replayLink(code), 'The link')),
    ),
    h('p', {
      id: 'replay-code-help',
      class: 'code-help',
      text: 'The code holds this game, move by move: its link opens this debrief on any copy of Hot Seat, without touching the player’s own save.',
    }),
    h(
      'div',
      { class: 'downloads' },
      button('Download CSV', () =>
        download(
          `${name}.csv`,
          new Blob([decisionsCsv(decisionRows(src.level, src.game, src.teams), src.roomCheck)], { type: 'text/csv' }),
        ),
      ),
      button('Download JSON', () =>
        download(`${name}.json`, new Blob([sessionJson(src)], { type: 'application/json' })),
      ),
      button('Download image', () => {
        chartPng(drawChart(src.level, src.game, 'screen')).then(
          (png) => download(`${name}.png`, png),
          () => (said.textContent = 'The chart could not be made into an image in this browser.'),
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
      alt: `The meters hour by hour in ${chapterName(level)}`,
    }),
  );
}
