// The breaking-news ticker: HTML laid over the strip the feed leaves free at the bottom. It scrolls with a
// CSS animation (the compositor does the work, the canvas can sleep) and stands still with reduced motion.
// Its line is written only when it changes (tickerLine, followed in dom-layer.ts).
import { t } from '../i18n/i18n.ts';
import { h } from './h.ts';

export function createTicker() {
  const track = h('span', { class: 'track' });
  const root = h(
    'div',
    { class: 'ticker', role: 'marquee', 'aria-label': t('play.ticker.aria') },
    h('span', { class: 'label', text: t('play.ticker.label') }),
    h('span', { class: 'window' }, track),
  );
  function show(text: string) {
    track.textContent = text;
    // Longer lines scroll for longer, at the same speed (about 80 px a second).
    track.style.setProperty('--scroll-seconds', String(Math.max(8, Math.round(text.length * 0.12))));
  }
  return { root, show };
}
