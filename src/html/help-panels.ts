// During play: the first chapter's tips, the legend, and a post cut short on a small screen read whole, as
// visible dialogs over the canvas. While one is open the game waits (see isHeld), and the focus is inside it.
import { findingsFor, findPost } from '../core/engine.ts';
import { t } from '../i18n/i18n.ts';
import { type App, dueTip } from '../state/store.ts';
import { legendEntries, tipWords } from '../view/help.ts';
import { findingText } from '../view/format.ts';
import { button, h } from './h.ts';

export function createHelp() {
  const tip = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': t('story.help.tip'),
    class: 'panel help tip',
    hidden: true,
  });
  const legend = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': t('story.help.legend'),
    class: 'panel help legend',
    hidden: true,
  });
  const reader = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': t('story.help.post'),
    class: 'panel help reader',
    hidden: true,
  });
  const root = h('div', { class: 'help-host' }, tip, legend, reader);
  let shown = '';

  function update(s: App) {
    const due = s.screen === 'play' ? dueTip(s) : null;
    const post = s.screen === 'play' && s.readingPostId && s.level ? findPost(s.level, s.readingPostId) : undefined;
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
          button(t('story.help.close'), () => s.readPost(null)),
        ),
        h('h2', { text: `${post.author.name} ${post.author.handle}` }),
        h('p', { text: post.text }),
        ...(post.quote ? [h('blockquote', { text: post.quote })] : []),
        ...(found.length
          ? [
              h('h3', { text: t('story.help.found') }),
              h('ul', {}, ...found.map((c) => h('li', { text: findingText(c) }))),
            ]
          : []),
      );
      reader.querySelector('button')!.focus();
    }
    if (due) {
      const words = tipWords(due);
      tip.replaceChildren(
        h('h2', { text: words.title }),
        h('p', { text: words.text }),
        h(
          'div',
          { class: 'menu row' },
          button(t('story.help.gotIt'), () => s.dismissTip()),
          button(t('story.help.skipTutorial'), () => s.skipTutorial()),
        ),
      );
      tip.querySelector('button')!.focus();
    }
    if (!legend.hidden) {
      legend.replaceChildren(
        h('h2', { text: t('story.help.legend') }),
        h(
          'div',
          { class: 'menu row' },
          button(t('story.help.close'), () => s.setLegend(false)),
          button(t('story.help.case'), () => s.openCase()),
        ),
        h(
          'dl',
          {},
          ...legendEntries().flatMap(({ term, means }) => [h('dt', { text: term }), h('dd', { text: means })]),
        ),
      );
      legend.querySelector('button')!.focus();
    }
  }
  return { root, update };
}
