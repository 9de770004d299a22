// The workshop on the projector, as HTML large enough for the back of a room (no text under 28 px): the
// post being decided and its replies, the teams' votes, the meters, the countdown (a `timer`) and the
// facilitator's buttons; the rest of the feed beside it, quieter. After each decision the room sees the
// split and what it did, and may stop to discuss it (workshop-decision.ts, workshop-side.ts).
import type { Level } from '../content/schema.ts';
import type { GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { type App, type AppStore, currentChoices } from '../state/store.ts';
import type { Workshop } from '../state/workshop.ts';
import { chapterName, hourText } from '../view/format.ts';
import { clock, WORKSHOP_KEYS } from '../view/workshop.ts';
import { button, h } from './h.ts';
import { createMeters, shownValues } from './meters.ts';
import { createRoomPanel } from './room-panel.ts';
import { watch } from './watch.ts';
import { discussPanel, keyed, resultPanel, votePanel } from './workshop-decision.ts';
import { checksPanel, otherPosts, teamsPanel } from './workshop-side.ts';

type OnScreen = App & { workshop: Workshop; game: GameState; level: Level };
const onScreen = (s: App): s is OnScreen =>
  s.screen === 'workshop' && s.workshop !== null && s.game !== null && s.level !== null;

/** What the stage shows: it is rebuilt only when this changes (the countdown and the meters change apart). */
const stageShown = (s: OnScreen) => ({
  game: s.game,
  level: s.level,
  phase: s.workshop.phase,
  picks: s.workshop.picks,
  teamUp: s.workshop.teamUp,
  running: s.workshop.running,
  teams: s.workshop.teams,
  room: s.workshop.room,
  roomTally: s.roomTally,
  roomOnline: s.roomOnline,
});

export function createWorkshopView() {
  const root = h('section', { class: 'workshop', 'aria-label': t('workshop.view.label'), hidden: true });
  const timer = h('div', { role: 'timer', 'aria-label': t('workshop.view.countdown'), class: 'countdown' });
  const meters = createMeters('projector');
  const room = createRoomPanel();

  /** The whole view again; the focus stays on the control it was on, when that control is still there. */
  function showStage(s: OnScreen) {
    const focused = document.activeElement?.closest('[data-focus]')?.getAttribute('data-focus');
    root.replaceChildren(header(s, timer), meters.root, stage(s, room));
    if (focused) root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
  }

  /** Follows the store from now on: shown while the workshop is on screen, each part when what it shows changes. */
  function follow(store: AppStore) {
    const shown = <T>(select: (s: OnScreen) => T, show: (s: OnScreen) => void) =>
      watch(
        store,
        (s) => (onScreen(s) ? select(s) : null),
        (s) => onScreen(s) && show(s),
      );
    watch(store, onScreen, (s) => {
      root.hidden = !onScreen(s);
    });
    shown(
      ({ workshop: w }) => [w.phase, w.secondsLeft, w.running],
      (s) => showCountdown(timer, s.workshop),
    );
    shown(
      (s) => shownValues(s.game.values),
      (s) => meters.show(s.game.values),
    );
    shown(stageShown, showStage);
  }

  return { root, follow };
}

/** The countdown: its clock, or that it is paused, off or over; urgent in its last ten seconds. */
function showCountdown(timer: HTMLElement, w: Workshop) {
  const counting = w.phase === 'vote' && w.secondsLeft !== null;
  timer.replaceChildren(
    w.phase !== 'vote'
      ? t('workshop.view.voteOver')
      : w.secondsLeft === null
        ? t('workshop.view.noCountdown')
        : w.running
          ? clock(w.secondsLeft)
          : t('workshop.view.paused', { clock: clock(w.secondsLeft) }),
    counting ? h('span', { class: 'sr-only', text: t('workshop.view.secondsLeft', { seconds: w.secondsLeft }) }) : '',
  );
  timer.classList.toggle('urgent', counting && (w.secondsLeft ?? 0) <= 10);
}

/** The chapter, the countdown and the facilitator's buttons for the vote. */
function header(s: OnScreen, timer: HTMLElement) {
  const w = s.workshop;
  const countdown = w.phase === 'vote' && w.secondsLeft !== null;
  return h(
    'header',
    { class: 'workshop-bar' },
    h('h2', { text: t('workshop.view.chapter', { name: chapterName(s.level) }) }),
    timer,
    h(
      'div',
      { class: 'facilitator', role: 'group', 'aria-label': t('workshop.view.facilitator') },
      countdown &&
        keyed(t(w.running ? 'workshop.view.pause' : 'workshop.view.resume'), WORKSHOP_KEYS.pause, () =>
          s.toggleCountdown(),
        ),
      countdown && keyed(t('workshop.view.extend'), WORKSHOP_KEYS.extend, () => s.extendCountdown()),
      w.phase === 'vote' && keyed(t('workshop.view.endVote'), WORKSHOP_KEYS.end, () => s.decide()),
    ),
  );
}

/** The decision in the main column; the room, the teams, the checks and the rest of the feed beside it. */
function stage(s: OnScreen, room: ReturnType<typeof createRoomPanel>) {
  const w = s.workshop;
  const current = w.phase === 'vote' ? currentChoices(s) : null;
  const main = current ? votePanel(s, current) : w.phase === 'discuss' ? discussPanel(s, w) : resultPanel(s, w);
  const side = h(
    'div',
    { class: 'side' },
    room.update(s),
    h('p', {
      class: 'status',
      text: t('workshop.view.status', { hour: hourText(s.game.hour, s.level.hours), decision: w.decisions.length + 1 }),
    }),
    current && teamsPanel(s, w, current.responses),
    current && checksPanel(s, current.checks),
    otherPosts(s, current?.item.id),
    button(t('workshop.view.leave'), () => confirm(t('workshop.view.leaveConfirm')) && s.endWorkshop()),
  );
  return h('div', { class: 'stage' }, main, side);
}
