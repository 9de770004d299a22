// The game in progress as HTML, for screen readers, keyboards and tests: the feed as a log, the choices as
// buttons, the meters as meters. Updated in place so that a screen reader hears only what is new.
import { METERS } from '../content/schema.ts';
import { findingsFor, findPost, replyCost } from '../core/engine.ts';
import { type App, currentChoices, isHeld } from '../state/store.ts';
import {
  answerShown,
  CHECK_ACTIONS,
  CHECK_KEYS,
  findingText,
  chapterName,
  hourText,
  hoursLeft,
  hoursText,
  kindWords,
  outlastsPost,
  METER_LABELS,
  shares,
} from '../view/format.ts';
import { button, h, setText } from './h.ts';
import { responseOf } from '../core/level-index.ts';

const LOG_LIMIT = 60;

export function createPlayLayer() {
  const status = h('p', { class: 'status', role: 'status' });
  const meters = METERS.map((m) =>
    h('div', {
      role: 'meter',
      'aria-label': METER_LABELS[m],
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'data-meter': m,
    }),
  );
  const feed = h('div', { role: 'log', 'aria-label': 'Feed' });
  const articles = new Map<string, HTMLElement>();
  const checks = h('div', { role: 'group', 'aria-label': 'Checks', class: 'checks', hidden: true });
  const choices = h('div', { role: 'group', 'aria-label': 'Responses', class: 'responses' });
  const pause = h('button', { type: 'button' });
  const menuButton = h('button', { type: 'button' }, 'Menu');
  const menu = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': 'Game menu',
    class: 'panel game-menu',
    hidden: true,
  });
  const root = h(
    'section',
    { class: 'play', 'aria-label': 'Game' },
    h('h2', { class: 'chapter' }),
    status,
    h('div', { class: 'meters' }, ...meters),
    feed,
    checks,
    choices,
    h('div', { class: 'controls' }, pause, menuButton),
    menu,
  );
  let choicesKey = '';
  let menuKey = '';

  function update(s: App) {
    const { game, level } = s;
    if (!game || !level) return;
    setText(root.querySelector('h2')!, `Chapter ${chapterName(level)}`);
    setText(status, `${hourText(game.hour, level.hours)}${s.paused ? '. Paused' : ''}`);
    meters.forEach((el, i) => {
      const v = Math.round(game.values[METERS[i]!]);
      if (el.getAttribute('aria-valuenow') !== String(v)) el.setAttribute('aria-valuenow', String(v));
      setText(el, `${METER_LABELS[METERS[i]!]}: ${v}`);
    });

    for (const item of game.feed.slice(-LOG_LIMIT)) {
      const post = findPost(level, item.id)!;
      let a = articles.get(item.id);
      if (!a) {
        a = h(
          'article',
          { 'aria-label': `${post.author.name} ${post.author.handle}` },
          h('p', { class: 'author', text: `${post.author.name} ${post.author.handle}` }),
          h('p', { class: 'text', text: post.text }),
          post.quote ? h('blockquote', { text: post.quote }) : null,
          h('ul', { class: 'findings', 'aria-label': 'What your checks found' }),
          h('p', { class: 'shares' }),
        );
        articles.set(item.id, a);
        feed.append(a);
      }
      const found = findingsFor(level, game, item.id);
      const list = a.querySelector('.findings')!;
      if (list.children.length !== found.length)
        list.replaceChildren(...found.map((c) => h('li', { text: findingText(c) })));
      const answer = responseOf(post, item.answer);
      const state =
        item.status === 'open'
          ? `waiting for your reply, ${hoursLeft(item, post, game.hour)} to reply`
          : answer
            ? `answered. ${answerShown(answer, level.persona.handle)}`
            : 'expired unanswered';
      setText(a.querySelector('.shares')!, `${shares(item.shares)} shares, ${state}`);
      if (a.dataset.status !== item.status) a.dataset.status = item.status;
    }
    // The log keeps the latest posts; a storm of a thousand would only bury the new ones.
    const kept = new Set(game.feed.slice(-LOG_LIMIT).map((f) => f.id));
    for (const [id, a] of articles) {
      if (kept.has(id)) continue;
      a.remove();
      articles.delete(id);
    }

    const current = currentChoices(s);
    const options = current?.responses ?? [];
    const costs = options.map((r) => `${r.id}:${replyCost(r, game)}`).join();
    const held = isHeld(s);
    const left = current ? hoursLeft(current.item, current.post, game.hour) : '';
    const open = current?.checks ?? [];
    const key = `${current?.item.id}|${left}|${costs}|${held}|${open.map((c) => c.check)}|${s.settings.showKinds}`;
    if (key !== choicesKey) {
      choicesKey = key;
      checks.hidden = open.length === 0;
      checks.replaceChildren(
        ...(open.length ? [h('p', { text: 'Before you answer, you can check:' })] : []),
        ...open.map((c) =>
          h(
            'button',
            { type: 'button', onclick: () => s.runCheck(c.check), disabled: held, 'data-check': c.check },
            `${CHECK_KEYS[c.check]}. ${CHECK_ACTIONS[c.check]}`,
            h('span', {
              class: 'meta',
              text: ` — takes ${hoursText(c.hours)}${outlastsPost(c, current!.item, current!.post, game.hour) ? ', and the post expires first' : ''}`,
            }),
          ),
        ),
      );
      const focused = choices.contains(document.activeElement)
        ? [...choices.children].indexOf(document.activeElement!)
        : -1;
      choices.replaceChildren(
        ...(current
          ? [h('p', { text: `Replying to ${current.post.author.handle}, ${left} to reply: ${current.post.text}` })]
          : []),
        // Each reply with its kind and the hours it takes, read with its name.
        ...options.map((r, i) =>
          h(
            'button',
            { type: 'button', onclick: () => s.reply(r.id), disabled: held, 'data-kind': r.kind },
            `${i + 1}. ${r.label}`,
            h('span', {
              class: 'meta',
              text: ` — ${s.settings.showKinds ? `${kindWords(r.kind)}, ` : ''}takes ${hoursText(replyCost(r, game))}`,
            }),
          ),
        ),
      );
      if (focused >= 0)
        (choices.children[Math.min(focused, choices.children.length - 1)] as HTMLElement | undefined)?.focus();
    }

    setText(pause, s.paused ? 'Resume' : 'Pause');
    pause.onclick = () => s.setPaused(!s.paused);
    menuButton.onclick = () => s.setMenu(true);
    const mk = `${s.menuOpen}`;
    if (mk !== menuKey) {
      menuKey = mk;
      menu.hidden = !s.menuOpen;
      menu.replaceChildren(
        h('h2', { text: 'Game menu' }),
        button('Resume', () => s.setMenu(false)),
        button('Settings', () => s.show('settings')),
        button('Quit to title', () => s.quitToTitle()),
      );
      if (s.menuOpen) (menu.querySelector('button') as HTMLElement).focus();
    }
  }

  /** A new chapter: forget the old articles. */
  function reset() {
    articles.clear();
    feed.replaceChildren();
    choicesKey = '';
  }
  return { root, update, reset };
}
