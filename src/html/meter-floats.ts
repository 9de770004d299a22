// The change of each meter after a reply, floating down from under its bar. They are HTML over the canvas,
// animated by CSS on the compositor: drawn on the canvas, they kept it painting every frame for a second and
// a half after each tick, which a slow laptop pays for in a storm. The feed scene says where (main.ts wires it).
import type { App } from '../state/store.ts';
import type { FloatingText } from '../view/layout.ts';
import { h } from './h.ts';

export function createMeterFloats() {
  const root = h('div', { class: 'meter-floats', 'aria-hidden': 'true' });
  // A resize moves the meters: a change still floating would point at nothing.
  window.addEventListener('resize', () => root.replaceChildren());
  function show(floats: readonly FloatingText[]) {
    for (const f of floats) {
      const el = h('span', { text: f.text });
      el.style.setProperty('left', `${f.x}px`);
      el.style.setProperty('top', `${f.y}px`);
      el.style.setProperty('color', f.color);
      el.addEventListener('animationend', () => el.remove());
      root.append(el);
    }
  }
  /** Nothing floats over a menu, a pause or another screen. */
  function update(s: App) {
    if (s.screen !== 'play' || s.paused || s.menuOpen) root.replaceChildren();
  }
  return { root, show, update };
}
