// src/html is all of the game's HTML: the menus, dialogs and debrief, and during play an accessible mirror
// of the canvas (for screen readers, keyboards and the end-to-end tests). This file mounts it and keeps it
// equal to the store: each part follows what it shows through a selector (watch.ts), in the order below. It
// reads the store only, never the scenes.
import { t } from '../i18n/i18n.ts';
import { TEXT_SIZES } from '../state/settings.ts';
import { tickerLine } from '../view/ticker.ts';
import { helpShown } from '../state/selectors.ts';
import type { App, AppStore } from '../state/store.ts';
import { h } from './h.ts';
import { debriefPanel } from './debrief-panel.ts';
import { menuPanel } from './menus.ts';
import { createAlerts } from './alerts.ts';
import { createHelp } from './help-panels.ts';
import { createMeterFloats } from './meter-floats.ts';
import { createPlayLayer } from './play-layer.ts';
import { createTicker } from './ticker.ts';
import { watch } from './watch.ts';
import { createWorkshopView } from './workshop-view.ts';

/** What the menu or debrief on screen shows: it is rebuilt only when this changes, so that focus is not lost. */
const panelShown = (s: App) => ({
  screen: s.screen,
  level: s.level,
  saved: s.save !== null,
  settings: s.settings,
  progress: s.progress,
  game: s.screen === 'debrief' || s.screen === 'ending' ? s.game : null,
  caseLesson: s.caseLesson,
  workshop: s.screen === 'room-judgement' ? s.workshop : null,
  // The content arriving after the title shows (the chapters, the judgement check, the trainer's scenarios).
  levels: s.levels,
  judgementBank: s.judgementBank,
  scenarios: s.scenarios,
});

/** A new game (its chapter and its dice) starts the play layer and the alerts afresh. */
const gameShown = (s: App) => ({ level: s.game?.level, seed: s.game?.seed });

/** What the page's own look follows: the screen, the text size and reduced motion. */
const pageShown = (s: App) => [s.screen, TEXT_SIZES[s.settings.textSize], s.settings.reducedMotion];

/** Mounts the HTML layer; what it returns lets the feed scene float the meters' changes over the canvas. */
export function mountDomLayer(root: HTMLElement, store: AppStore) {
  const notice = h('div', { class: 'notice', role: 'alert' });
  const panelHost = h('div', { class: 'panel-host' });
  const play = createPlayLayer();
  const ticker = createTicker();
  const help = createHelp();
  const alerts = createAlerts();
  const workshop = createWorkshopView();
  const floats = createMeterFloats();
  root.append(notice, panelHost, play.root, workshop.root, ticker.root, floats.root, help.root, alerts.root);

  const onPlay = (s: App) => s.screen === 'play';
  watch(store, panelShown, (s) => showPanel(panelHost, s));
  watch(
    store,
    (s) => s.notice,
    (s) => showNotice(notice, s),
  );
  watch(store, pageShown, restyle);
  watch(store, gameShown, () => {
    play.reset();
    alerts.reset();
  });
  watch(store, onPlay, (s) => {
    play.root.hidden = ticker.root.hidden = !onPlay(s);
  });
  play.follow(store);
  watch(store, tickerLine, (_, line) => ticker.show(line));
  workshop.follow(store);
  watch(store, helpShown, help.show);
  watch(store, (s) => [s.screen, s.level, s.game], alerts.update);
  watch(store, (s) => [s.screen, s.paused, s.menuOpen], floats.update);
  return { showFloats: floats.show };
}

/** The menu or the debrief on screen, focused where a reader starts. */
function showPanel(panelHost: HTMLElement, s: App) {
  const hadFocus = panelHost.contains(document.activeElement);
  const panel = s.screen === 'debrief' && s.level && s.game ? debriefPanel(s, s.level, s.game) : menuPanel(s);
  panelHost.replaceChildren(...(panel ? [panel] : []));
  // A page opened at a place starts there; long read-outs (the debrief, the case, each item of the judgement
  // check) start at their heading; menus at their first control.
  const reading = ['debrief', 'judgement', 'case'].some((c) => panel?.classList.contains(c));
  const target =
    panel?.querySelector<HTMLElement>('.focus-target') ??
    panel?.querySelector<HTMLElement>(reading ? 'h2' : 'button, select, input');
  if (target && (hadFocus || document.activeElement === document.body)) target.focus();
}

/** The notice, shown only when it changes: a live alert written again would be read out again. */
function showNotice(notice: HTMLElement, s: App) {
  notice.replaceChildren(
    ...(s.notice
      ? [h('p', { text: s.notice }), h('button', { type: 'button', onclick: () => s.dismissNotice() }, t('play.ok'))]
      : []),
  );
}

/** The page's look, written only when it changes: a change on the root restyles the page. */
function restyle(s: App) {
  document.body.dataset.screen = s.screen;
  document.documentElement.style.setProperty('--text-scale', String(TEXT_SIZES[s.settings.textSize]));
  document.body.classList.toggle('reduced-motion', s.settings.reducedMotion);
}
