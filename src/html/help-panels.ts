// During play: the first chapter's tips, the legend, and a post cut short on a small screen read whole, as
// visible dialogs over the canvas. While one is open the game waits (see isHeld), and the focus is inside it.
import { findingsFor, findPost } from '../core/engine.ts';
import { type App, dueTip } from '../state/store.ts';
import { LEGEND, TIP_WORDS } from '../view/help.ts';
import { findingText } from '../view/format.ts';
import { button, h } from './h.ts';

export function createHelp() {
  const tip = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': 'Tip',
    class: 'panel help tip',
    hidden: true,
  });
  const legend = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': 'Legend',
    class: 'panel help legend',
    hidden: true,
  });
  const reader = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': 'Post',
    class: 'panel help reader',
    hidden: true,
  });
  const root = h('div', { class: 'help-host' }, tip, legend, reader);
  let shown = '';

  function update(s: App) {
    const due = s.screen === 'play' ? dueTip(s) : null;
    const post = s.screen === 'play' && s.reading && s.level ? findPost(s.level, s.reading) : undefined;
    const found = post && s.game ? findingsFor(s.level!, s.game, post.id) : [];
    const key = `${due}|${s.legendOpen && s.screen === 'play'}|${post?.id}|${found.length}`;
    if (key === shown) return;
    shown = key;
    tip.hidden = !due;
    legend.hidden = !(s.legendOpen && s.screen === 'play');
    reader.hidden = !post;
    if (post) {
      // Close comes first, so that the focus on it leaves the post in view from its start.
      reader.replaceChildren(
        h(
          'div',
          { class: 'menu row' },
          button('Close', () => s.readPost(null)),
        ),
        h('h2', { text: `${post.author.name} ${post.author.handle}` }),
        h('p', { text: post.text }),
        ...(post.quote ? [h('blockquote', { text: post.quote })] : []),
        ...(found.length
          ? [
              h('h3', { text: 'What your checks found' }),
              h('ul', {}, ...found.map((c) => h('li', { text: findingText(c) }))),
            ]
          : []),
      );
      reader.querySelector('button')!.focus();
    }
    if (due) {
      const words = TIP_WORDS[due];
      tip.replaceChildren(
        h('h2', { text: words.title }),
        h('p', { text: words.text }),
        h(
          'div',
          { class: 'menu row' },
          button('Got it', () => s.dismissTip()),
          button('Skip the tutorial', () => s.skipTutorial()),
        ),
      );
      tip.querySelector('button')!.focus();
    }
    if (!legend.hidden) {
      legend.replaceChildren(
        h('h2', { text: 'Legend' }),
        h(
          'div',
          { class: 'menu row' },
          button('Close', () => s.setLegend(false)),
          button('The case', () => s.openCase()),
        ),
        h('dl', {}, ...LEGEND.flatMap(({ term, means }) => [h('dt', { text: term }), h('dd', { text: means })])),
      );
      legend.querySelector('button')!.focus();
    }
  }
  return { root, update };
}
