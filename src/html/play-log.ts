// During play, the feed as a log for screen readers: the latest posts, each with what the checks found and
// where it stands (waiting, answered, let go). Articles are kept and written only where they change, so that
// a screen reader hears only what is new.
import type { Level, Post } from '../content/schema.ts';
import { findingsFor, findPost } from '../core/engine.ts';
import type { FeedItem, GameState } from '../core/state.ts';
import { responseOf } from '../core/level-index.ts';
import { t } from '../i18n/i18n.ts';
import { answerShown, findingText, hoursLeft, shares } from '../view/format.ts';
import { h, setText } from './h.ts';

/** The log keeps the latest posts; a storm of a thousand would only bury the new ones. */
const LOG_LIMIT = 60;

export function createPlayLog() {
  const root = h('div', { role: 'log', 'aria-label': t('play.aria.feed') });
  const articles = new Map<string, HTMLElement>();

  function show(level: Level, game: GameState) {
    const latest = game.feed.slice(-LOG_LIMIT);
    for (const item of latest) {
      const post = findPost(level, item.id)!;
      let a = articles.get(item.id);
      if (!a) {
        a = article(post);
        articles.set(item.id, a);
        root.append(a);
      }
      const found = findingsFor(level, game, item.id);
      const list = a.querySelector('.findings')!;
      if (list.children.length !== found.length)
        list.replaceChildren(...found.map((c) => h('li', { text: findingText(c) })));
      setText(a.querySelector('.shares')!, standing(level, game, item, post));
      if (a.dataset.status !== item.status) a.dataset.status = item.status;
    }
    const kept = new Set(latest.map((f) => f.id));
    for (const [id, a] of articles) {
      if (kept.has(id)) continue;
      a.remove();
      articles.delete(id);
    }
  }

  /** A new chapter: forget the old articles. */
  function reset() {
    articles.clear();
    root.replaceChildren();
  }
  return { root, show, reset };
}

/** A post's article, its findings and standing still empty. */
const article = (post: Post) =>
  h(
    'article',
    { 'aria-label': `${post.author.name} ${post.author.handle}` },
    h('p', { class: 'author', text: `${post.author.name} ${post.author.handle}` }),
    h('p', { class: 'text', text: post.text }),
    post.quote ? h('blockquote', { text: post.quote }) : null,
    h('ul', { class: 'findings', 'aria-label': t('play.aria.found') }),
    h('p', { class: 'shares' }),
  );

/** Where a post stands: its shares, and the hours it has left, the answer it got or that it was let go. */
function standing(level: Level, game: GameState, item: FeedItem, post: Post) {
  const answer = responseOf(post, item.answer);
  const count = shares(item.shares);
  if (item.status === 'open') return t('play.post.waiting', { shares: count, left: hoursLeft(item, post, game.hour) });
  return answer
    ? t('play.post.answered', { shares: count, answer: answerShown(answer, level.persona.handle) })
    : t('play.post.expired', { shares: count });
}
