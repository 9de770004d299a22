// The game in progress as HTML, for screen readers, keyboards and tests: the feed as a log, the choices as
// buttons, the meters as meters. Each part follows what it shows in the store (watch.ts) and is updated in
// place, so that a screen reader hears only what is new.
import type { Level } from '../content/schema.ts';
import type { GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import type { App, AppStore } from '../state/store.ts';
import { chapterName, hourText } from '../view/format.ts';
import { button, h, setText } from './h.ts';
import { createMeters, shownValues } from './meters.ts';
import { choicesShown, createPlayChoices } from './play-choices.ts';
import { createPlayLog } from './play-log.ts';
import { createPostPicker, postsShown } from './post-picker.ts';
import { watch } from './watch.ts';

type InPlay = App & { game: GameState; level: Level };
const playing = (s: App): s is InPlay => s.screen === 'play' && s.game !== null && s.level !== null;

export function createPlayLayer() {
  const chapter = h('h2', { class: 'chapter' });
  const status = h('p', { class: 'status', role: 'status' });
  const meters = createMeters('mirror');
  const log = createPlayLog();
  const posts = createPostPicker();
  const choices = createPlayChoices();
  const controls = createControls();
  const root = h(
    'section',
    { class: 'play', 'aria-label': t('play.aria.game') },
    chapter,
    status,
    meters.root,
    log.root,
    posts.root,
    choices.checks,
    choices.replies,
    controls.buttons,
    controls.menu,
  );

  /** Follows the store from now on, while a game is on the play screen: each part when what it shows changes. */
  function follow(store: AppStore) {
    const inPlay = <T>(select: (s: InPlay) => T, show: (s: InPlay) => void) =>
      watch(
        store,
        (s) => (playing(s) ? select(s) : null),
        (s) => playing(s) && show(s),
      );
    inPlay(
      (s) => ({ level: s.level, hour: s.game.hour, paused: s.paused }),
      (s) => {
        setText(chapter, t('play.chapter', { name: chapterName(s.level) }));
        const clock = hourText(s.game.hour, s.level.hours);
        setText(status, s.paused ? t('play.clock.statusPaused', { clock }) : clock);
      },
    );
    inPlay(
      (s) => shownValues(s.game.values),
      (s) => meters.show(s.game.values),
    );
    inPlay(
      (s) => ({ level: s.level, game: s.game }),
      (s) => log.show(s.level, s.game),
    );
    inPlay(postsShown, posts.show);
    inPlay(choicesShown, choices.show);
    inPlay((s) => s.paused, controls.showPause);
    inPlay((s) => s.menuOpen, controls.showMenu);
    controls.wire(store);
  }

  return { root, follow, reset: log.reset };
}

/** The pause and menu buttons, and the game's menu: resume, settings, quit. */
function createControls() {
  const pause = h('button', { type: 'button' });
  const menuButton = h('button', { type: 'button' }, t('play.buttons.menu'));
  const menu = h('div', {
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': t('play.menu.title'),
    class: 'panel game-menu',
    hidden: true,
  });
  return {
    buttons: h('div', { class: 'controls' }, pause, menuButton),
    menu,
    wire(store: AppStore) {
      pause.onclick = () => store.getState().setPaused(!store.getState().paused);
      menuButton.onclick = () => store.getState().setMenu(true);
    },
    showPause(s: App) {
      setText(pause, t(s.paused ? 'play.buttons.resume' : 'play.buttons.pause'));
    },
    showMenu(s: App) {
      menu.hidden = !s.menuOpen;
      menu.replaceChildren(
        h('h2', { text: t('play.menu.title') }),
        button(t('play.buttons.resume'), () => s.setMenu(false)),
        button(t('play.menu.settings'), () => s.show('settings')),
        button(t('play.menu.quit'), () => s.quitToTitle()),
      );
      if (s.menuOpen) (menu.querySelector('button') as HTMLElement).focus();
    },
  };
}
