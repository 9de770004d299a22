// The change of each meter after a reply, on its bar for a moment, clear of every text. They are HTML over the
// canvas, faded by CSS on the compositor: drawn on the canvas, they kept it painting every frame for a second
// and a half after each tick, which a slow laptop pays for in a storm. The feed scene says where (main.ts wires it).
import type { App } from '../state/store.ts';
import type { FloatingText } from '../view/layout.ts';
import { h } from './h.ts';

export function createMeterFloats() {
  const root = h('div', { class: 'meter-floats', 'aria-hidden': 'true' });
  // A resize moves the meters: a change still floating would point at nothing.
  window.addEventListener('resize', () => root.replaceChildren());
  function show(floats: readonly FloatingText[]) {
    const shown = floats.map((f) => {
      const el = h('span', { text: f.text });
      el.style.setProperty('top', `${f.y}px`);
      el.style.setProperty('color', f.color);
      el.addEventListener('animationend', () => el.remove());
      root.append(el);
      return el;
    });
    // Measured once all are in, so that the page lays out once.
    const sizes = shown.map((el) => {
      const style = getComputedStyle(el);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return { font: parseFloat(style.fontSize), padding, width: el.offsetWidth };
    });
    shown.forEach((el, i) => {
      const f = floats[i]!;
      const { font, padding, width } = sizes[i]!;
      // Large text on a phone leaves a short bar: a change wider than its room is set smaller to fit, and one
      // that would run past either end moves in.
      const scale = Math.min(1, (f.to - f.from - padding) / (width - padding));
      if (scale < 1) el.style.setProperty('font-size', `${font * scale}px`);
      const w = scale < 1 ? f.to - f.from : width;
      el.style.setProperty('left', `${Math.min(Math.max(f.x, f.from + w / 2), f.to - w / 2)}px`);
    });
  }
  /** Nothing floats over a menu, a pause or another screen. */
  function update(s: App) {
    if (s.screen !== 'play' || s.paused || s.menuOpen) root.replaceChildren();
  }
  return { root, show, update };
}
