// The game in progress as HTML, for screen readers, keyboards and tests: the feed as a log, the choices as
// buttons, the meters as meters. Updated in place so that a screen reader hears only what is new.
import { type Kind, METERS } from '../content/terms.ts';
import { findingsFor, findPost, replyCost } from '../core/engine.ts';
import { t } from '../i18n/i18n.ts';
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
import { createPostPicker } from './post-picker.ts';
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
  const feed = h('div', { role: 'log', 'aria-label': t('play.aria.feed') });
  const articles = new Map<string, HTMLElement>();
  const posts = createPostPicker();
  const checks = h('div', { role: 'group', 'aria-label': t('play.aria.checks'), class: 'checks', hidden: true });
  const choices = h('div', { role: 'group', 'aria-label': t('play.aria.responses'), class: 'responses' });
  const pause = h('button', { type: 'button' });
  const menuButton = h('button', { type: 'button' }, t('play.buttons.menu'));
  const menu = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': t('play.menu.title'),
    class: 'panel game-menu',
    hidden: true,
  });
  const root = h(
    'section',
    { class: 'play', 'aria-label': t('play.aria.game') },
    h('h2', { class: 'chapter' }),
    status,
    h('div', { class: 'meters' }, ...meters),
    feed,
    posts.root,
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
    setText(root.querySelector('h2')!, t('play.chapter', { name: chapterName(level) }));
    const clock = hourText(game.hour, level.hours);
    setText(status, s.paused ? t('play.clock.statusPaused', { clock }) : clock);
    meters.forEach((el, i) => {
      const v = Math.round(game.values[METERS[i]!]);
      if (el.getAttribute('aria-valuenow') !== String(v)) el.setAttribute('aria-valuenow', String(v));
      setText(el, t('play.meterValue', { meter: METER_LABELS[METERS[i]!], value: v }));
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
          h('ul', { class: 'findings', 'aria-label': t('play.aria.found') }),
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
      const count = shares(item.shares);
      const state =
        item.status === 'open'
          ? t('play.post.waiting', { shares: count, left: hoursLeft(item, post, game.hour) })
          : answer
            ? t('play.post.answered', { shares: count, answer: answerShown(answer, level.persona.handle) })
            : t('play.post.expired', { shares: count });
      setText(a.querySelector('.shares')!, state);
      if (a.dataset.status !== item.status) a.dataset.status = item.status;
    }
    // The log keeps the latest posts; a storm of a thousand would only bury the new ones.
    const kept = new Set(game.feed.slice(-LOG_LIMIT).map((f) => f.id));
    for (const [id, a] of articles) {
      if (kept.has(id)) continue;
      a.remove();
      articles.delete(id);
    }

    posts.update(s);
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
        ...(open.length ? [h('p', { text: t('play.checks.intro') })] : []),
        ...open.map((c) =>
          h(
            'button',
            { type: 'button', onclick: () => s.runCheck(c.check), disabled: held, 'data-check': c.check },
            `${CHECK_KEYS[c.check]}. ${CHECK_ACTIONS[c.check]}`,
            h('span', {
              class: 'meta',
              text: ` — ${t(outlastsPost(c, current!.item, current!.post, game.hour) ? 'play.checks.takesExpires' : 'play.takes', { hours: hoursText(c.hours) })}`,
            }),
          ),
        ),
      );
      const focused = choices.contains(document.activeElement)
        ? [...choices.children].indexOf(document.activeElement!)
        : -1;
      choices.replaceChildren(
        ...(current
          ? [
              h('p', {
                text: t('play.replyingToPost', { handle: current.post.author.handle, left, text: current.post.text }),
              }),
            ]
          : []),
        // Each reply with its kind and the hours it takes, read with its name.
        ...options.map((r, i) =>
          h(
            'button',
            { type: 'button', onclick: () => s.reply(r.id), disabled: held, 'data-kind': r.kind },
            `${i + 1}. ${r.label}`,
            h('span', {
              class: 'meta',
              text: ` — ${replyMeta(r.kind, replyCost(r, game), s.settings.showKinds)}`,
            }),
          ),
        ),
      );
      if (focused >= 0)
        (choices.children[Math.min(focused, choices.children.length - 1)] as HTMLElement | undefined)?.focus();
    }

    setText(pause, t(s.paused ? 'play.buttons.resume' : 'play.buttons.pause'));
    pause.onclick = () => s.setPaused(!s.paused);
    menuButton.onclick = () => s.setMenu(true);
    const mk = `${s.menuOpen}`;
    if (mk !== menuKey) {
      menuKey = mk;
      menu.hidden = !s.menuOpen;
      menu.replaceChildren(
        h('h2', { text: t('play.menu.title') }),
        button(t('play.buttons.resume'), () => s.setMenu(false)),
        button(t('play.menu.settings'), () => s.show('settings')),
        button(t('play.menu.quit'), () => s.quitToTitle()),
      );
      if (s.menuOpen) (menu.querySelector('button') as HTMLElement).focus();
    }
  }

  /** A new chapter: forget the old articles. */
  function reset() {
    articles.clear();
    feed.replaceChildren();
    posts.reset();
    choicesKey = '';
  }
  return { root, update, reset };
}

/** A reply's hours, after its kind when the settings name the kinds: "evidence, takes 2 hours". */
function replyMeta(kind: Kind, hours: number, showKinds: boolean) {
  const took = hoursText(hours);
  return showKinds ? t('play.kindTakes', { kind: kindWords(kind), hours: took }) : t('play.takes', { hours: took });
}
