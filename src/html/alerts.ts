// During play, what the clock does to the player's posts, said out loud and shown for a moment: a post
// about to expire, and what an expired one cost. One polite status line, so that a screen reader hears it
// without losing its place.
import { METERS, type MeterName } from '../content/terms.ts';
import { findPost } from '../core/engine.ts';
import type { App } from '../state/store.ts';
import { clockWords } from '../view/clock-words.ts';
import { t } from '../i18n/i18n.ts';
import { listSeparator, movedText } from '../view/format.ts';
import { h } from './h.ts';

/** How long a message stays on screen. */
const SHOW_MS = 6000;

export function createAlerts() {
  const root = h('div', { class: 'alerts', role: 'status', 'aria-live': 'polite' });
  const warned = new Set<string>();
  let lastGame: unknown = null;
  let timer = 0;

  const say = (text: string) => {
    const line = h('p', { text });
    root.replaceChildren(line);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => line.remove(), SHOW_MS);
  };

  function update(s: App) {
    const { game, level } = s;
    if (!game || !level || game === lastGame) return;
    lastGame = game;
    if (s.screen !== 'play') return;
    const why = clockWords(game.events);
    const expired = game.events.flatMap((e) => (e.type === 'expired' ? [e] : []));
    if (expired.length) {
      const handles = expired.map((e) => findPost(level, e.post)!.author.handle).join(listSeparator());
      const cost = movedText(expired.reduce<Moved>((sum, e) => addUp(sum, e.moved), {}));
      const expiredText = cost
        ? t('menus.alerts.expiredCost', { handles, cost })
        : t('menus.alerts.expired', { handles });
      return say(`${why}${expiredText}`.trim());
    }
    const soon = game.feed.filter((f) => {
      if (f.status !== 'open' || warned.has(f.id)) return false;
      return f.arrivedAt + findPost(level, f.id)!.window - game.hour <= 1;
    });
    for (const f of soon) warned.add(f.id);
    const handles = soon.map((f) => findPost(level, f.id)!.author.handle).join(listSeparator());
    const text = `${why}${soon.length ? t('menus.alerts.soon', { handles }) : ''}`.trim();
    if (text) say(text);
  }

  /** A new chapter: nothing warned yet. */
  function reset() {
    warned.clear();
    root.replaceChildren();
  }
  return { root, update, reset };
}

type Moved = Partial<Record<MeterName, number>>;

function addUp(a: Moved, b: Moved): Moved {
  const out = { ...a };
  for (const m of METERS) if (b[m]) out[m] = (out[m] ?? 0) + b[m];
  return out;
}
