// The open posts as buttons, so that a keyboard can choose which to answer (the canvas draws the posts for
// the pointer and the eyes): Tab reaches them, Enter or Space chooses one, and the replies follow it. The one
// being answered is pressed.
import { findPost, openPosts } from '../core/engine.ts';
import { t } from '../i18n/i18n.ts';
import { type App, currentPost, isHeld } from '../state/store.ts';
import { hoursLeft } from '../view/format.ts';
import { h } from './h.ts';

/** What the picker shows, as one value: the open posts and their hours left, the one answered, a hold. */
export function postsShown(s: App): string {
  const { game, level } = s;
  if (!game || !level) return '';
  const open = openPosts(game).map((f) => `${f.id}:${hoursLeft(f, findPost(level, f.id)!, game.hour)}`);
  return `${open}|${currentPost(s)?.item.id}|${isHeld(s)}`;
}

export function createPostPicker() {
  const root = h('div', { role: 'group', 'aria-label': t('play.aria.posts'), class: 'posts' });

  function show(s: App) {
    const { game, level } = s;
    if (!game || !level) return;
    const current = currentPost(s)?.item.id;
    const held = isHeld(s);
    // The focus stays on the button it was on, or on the one now in its place.
    const focused = root.contains(document.activeElement) ? [...root.children].indexOf(document.activeElement!) : -1;
    root.replaceChildren(
      ...openPosts(game).map((item) => {
        const post = findPost(level, item.id)!;
        const left = hoursLeft(item, post, game.hour);
        return h('button', {
          type: 'button',
          'aria-pressed': String(item.id === current),
          disabled: held,
          onclick: () => s.select(item.id),
          text: t('play.postToAnswer', { handle: post.author.handle, left, text: post.text }),
        });
      }),
    );
    if (focused >= 0) (root.children[Math.min(focused, root.children.length - 1)] as HTMLElement | undefined)?.focus();
  }
  return { root, show };
}
