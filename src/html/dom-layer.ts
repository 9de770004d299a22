// src/html is all of the game's HTML: the menus, dialogs and debrief, and during play an accessible mirror
// of the canvas (for screen readers, keyboards and the end-to-end tests). This file mounts it and keeps it
// equal to the store. It reads the store only, never the scenes.
import { t } from '../i18n/i18n.ts';
import { TEXT_SIZES } from '../state/settings.ts';
import type { AppStore } from '../state/store.ts';
import { h } from './h.ts';
import { debriefPanel } from './debrief-panel.ts';
import { menuPanel } from './menus.ts';
import { createAlerts } from './alerts.ts';
import { createHelp } from './help-panels.ts';
import { createMeterFloats } from './meter-floats.ts';
import { createPlayLayer } from './play-layer.ts';
import { createTicker } from './ticker.ts';
import { createWorkshopView } from './workshop-view.ts';

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
  let panelKey: unknown[] = [];
  let gameKey = '';
  let noticeShown: string | null = null;

  const render = () => {
    const s = store.getState();
    // Menus are rebuilt only when what they show changes, so focus is not lost on every clock tick.
    const key = [
      s.screen,
      s.level,
      s.save === null,
      s.settings,
      s.progress,
      s.screen === 'debrief' || s.screen === 'ending' ? s.game : null,
      s.caseLesson,
      s.screen === 'room-check' ? s.workshop : null,
      // The content arriving after the title shows (the chapters, the check, the trainer's scenarios).
      s.levels,
      s.check,
      s.scenarios,
    ];
    if (key.some((k, i) => k !== panelKey[i])) {
      panelKey = key;
      const hadFocus = panelHost.contains(document.activeElement);
      const panel = s.screen === 'debrief' && s.level && s.game ? debriefPanel(s, s.level, s.game) : menuPanel(s);
      panelHost.replaceChildren(...(panel ? [panel] : []));
      // A page opened at a place starts there; long read-outs (the debrief, the case, each item of the check)
      // start at their heading; menus at their first control.
      const reading = ['debrief', 'check', 'case'].some((c) => panel?.classList.contains(c));
      const target =
        panel?.querySelector<HTMLElement>('.focus-target') ??
        panel?.querySelector<HTMLElement>(reading ? 'h2' : 'button, select, input');
      if (target && (hadFocus || document.activeElement === document.body)) target.focus();
    }
    // Only when it changes: a live alert rebuilt on every clock tick would be read out again and again.
    if (s.notice !== noticeShown) {
      noticeShown = s.notice;
      notice.replaceChildren(
        ...(s.notice
          ? [
              h('p', { text: s.notice }),
              h('button', { type: 'button', onclick: () => s.dismissNotice() }, t('play.ok')),
            ]
          : []),
      );
    }
    // Written only when they change: this runs at every clock tick, and a change on the root restyles the page.
    if (document.body.dataset.screen !== s.screen) document.body.dataset.screen = s.screen;
    const scale = String(TEXT_SIZES[s.settings.textSize]);
    const rootStyle = document.documentElement.style;
    if (rootStyle.getPropertyValue('--text-scale') !== scale) rootStyle.setProperty('--text-scale', scale);
    document.body.classList.toggle('reduced-motion', s.settings.reducedMotion);
    const thisGame = s.game ? `${s.game.level}:${s.game.seed}` : '';
    if (thisGame !== gameKey) {
      play.reset();
      alerts.reset();
    }
    gameKey = thisGame;
    play.root.hidden = ticker.root.hidden = s.screen !== 'play';
    if (s.screen === 'play') {
      play.update(s);
      ticker.update(s);
    }
    workshop.update(s);
    help.update(s);
    alerts.update(s);
    floats.update(s);
  };
  render();
  store.subscribe(render);
  return { showFloats: floats.show };
}
