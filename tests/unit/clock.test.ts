// The game's one clock, in the store, on fake timers: a live game's hours pass at the speed set and only
// while nothing holds the game; a reply starts the hour afresh; the workshop's countdown counts seconds
// while its vote runs and the tab is seen, and ends the vote at zero.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { secondsPerHour } from '../../src/state/settings.ts';
import { createAppStore, currentChoices } from '../../src/state/store.ts';

const levels = loadAllLevels();
const judgementBank = readJudgementBank();

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const storeWithClock = () =>
  createAppStore({
    levels,
    judgementBank,
    storage: memoryStorage(),
    newSeed: () => 5,
    timers: { setInterval, clearInterval, now: () => Date.now() },
  });

function liveGame() {
  const store = storeWithClock();
  store.getState().openChapter(levels[0]!.id);
  store.getState().start('live');
  store.getState().skipTutorial();
  return store;
}

describe('the clock', () => {
  it('moves a live game one hour per hour of its speed, and not while paused or hidden', () => {
    const store = liveGame();
    const hour = secondsPerHour(store.getState().settings.speed, 0) * 1000;
    vi.advanceTimersByTime(hour - 200);
    expect(store.getState().game!.hour).toBe(0);
    vi.advanceTimersByTime(300);
    expect(store.getState().game!.hour).toBe(1);
    store.getState().setPaused(true);
    vi.advanceTimersByTime(hour * 3);
    expect(store.getState().game!.hour).toBe(1);
    store.getState().setPaused(false);
    store.getState().tabHidden(true);
    vi.advanceTimersByTime(hour * 3);
    expect(store.getState().game!.hour).toBe(1);
  });

  it('starts the hour afresh after a reply', () => {
    const store = liveGame();
    const hour = secondsPerHour(store.getState().settings.speed, 0) * 1000;
    vi.advanceTimersByTime(hour - 500);
    const before = store.getState().game!.hour;
    const current = currentChoices(store.getState())!;
    const cheap = current.responses.find((r) => r.cost === 0) ?? current.responses[0]!;
    store.getState().reply(cheap.id);
    const after = store.getState().game!.hour;
    vi.advanceTimersByTime(hour - 500);
    // Without the fresh start the old half-hour would have tipped it over.
    expect(store.getState().game!.hour).toBe(after);
    expect(after).toBeGreaterThanOrEqual(before);
  });

  it('counts the workshop’s seconds while its vote runs and is seen, and ends the vote at zero', () => {
    const store = storeWithClock();
    store.getState().startWorkshop({ teams: ['A', 'B'], seconds: 30, chapters: [levels[0]!.id], seed: 3 });
    vi.advanceTimersByTime(5000);
    expect(store.getState().workshop!.secondsLeft).toBe(25);
    store.getState().toggleCountdown();
    vi.advanceTimersByTime(5000);
    expect(store.getState().workshop!.secondsLeft).toBe(25);
    store.getState().toggleCountdown();
    store.getState().tabHidden(true);
    vi.advanceTimersByTime(5000);
    expect(store.getState().workshop!.secondsLeft).toBe(25);
    store.getState().tabHidden(false);
    vi.advanceTimersByTime(25_000);
    expect(store.getState().workshop!.phase).toBe('result');
  });

  it('stops its timer when nothing needs time to pass', () => {
    const store = liveGame();
    expect(vi.getTimerCount()).toBe(1);
    store.getState().quitToTitle();
    expect(vi.getTimerCount()).toBe(0);
  });
});
