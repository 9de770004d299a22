// The game's one clock: the live hours of a solo game and the workshop's countdown, both on real time. The
// store starts it when something needs time to pass (a live game in play, a workshop's countdown running)
// and stops it otherwise; the scenes and the HTML only show what it moved. The timers are handed in (the
// browser's, or a test's fake ones), so the state layer reads no clock of its own.
import { secondsPerHour } from './settings.ts';
import type { App } from './app-state.ts';
import { isHeld } from './selectors.ts';

/** Where the clock gets its time from. */
export interface Timers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
  /** Milliseconds, any origin. */
  now(): number;
}

/** How often the clock looks at the time. */
const STEP_MS = 100;
/** A longer stall (a machine asleep) counts as this much, never as many hours at once. */
const MAX_STEP_MS = 1000;

/** A live game's hours pass while it is on screen and nothing holds it (a pause, a menu, a tip, a hidden tab). */
const liveRuns = (s: App) => s.game?.pacing === 'live' && s.screen === 'play' && !isHeld(s);
/** The workshop's countdown runs while its vote is on screen, counting, and the tab is seen. */
const countdownRuns = (s: App) =>
  s.screen === 'workshop' &&
  s.workshop?.phase === 'vote' &&
  s.workshop.running &&
  s.workshop.secondsLeft !== null &&
  !s.hidden;

const clockRuns = (s: App) => liveRuns(s) || countdownRuns(s);

interface ClockStore {
  getState(): App;
  subscribe(listener: (s: App, prev: App) => void): () => void;
}

/** Runs the clock for this store from now on. */
export function runClock(store: ClockStore, timers: Timers) {
  let id: unknown = null;
  let last = 0;
  /** Milliseconds of the live hour, and of the countdown's second, already gone by. */
  let hour = 0;
  let second = 0;

  const step = () => {
    const now = timers.now();
    const delta = Math.min(now - last, MAX_STEP_MS);
    last = now;
    const s = store.getState();
    if (liveRuns(s)) {
      hour += delta;
      if (hour >= secondsPerHour(s.settings.speed, s.game!.hour) * 1000) {
        hour = 0;
        s.tick();
      }
    }
    if (countdownRuns(s)) {
      second += delta;
      if (second >= 1000) {
        second -= 1000;
        s.countdownSecond();
      }
    }
  };

  const follow = (s: App, prev?: App) => {
    // A reply starts the live hour afresh: the player's thinking time is not carried over.
    if (s.game !== prev?.game && s.game?.events.some((e) => e.type === 'replied')) hour = 0;
    // The countdown's part of a second starts afresh whenever it stops (a pause, the end of a vote).
    if (!countdownRuns(s)) second = 0;
    const runs = clockRuns(s);
    if (runs && id === null) {
      last = timers.now();
      id = timers.setInterval(step, STEP_MS);
    } else if (!runs && id !== null) {
      timers.clearInterval(id);
      id = null;
    }
  };
  follow(store.getState());
  return store.subscribe(follow);
}
