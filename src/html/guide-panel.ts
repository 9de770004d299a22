// The facilitator's guide in the game, read from docs/facilitator-guide.md (one text for both).
import guide from '../../docs/facilitator-guide.md?raw';
import type { App } from '../state/store.ts';
import { button, h } from './h.ts';
import { markdown } from './markdown.ts';

export function guidePanel(s: App): HTMLElement {
  const [title, ...body] = markdown(guide);
  return h(
    'section',
    { class: 'panel guide', 'aria-label': 'Facilitator guide' },
    h('h2', { tabindex: -1, text: title?.textContent ?? 'Facilitator guide' }),
    ...body,
    h(
      'div',
      { class: 'menu' },
      button('Back', () => s.show('workshop-setup')),
    ),
  );
}
