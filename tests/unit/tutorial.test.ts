// The first chapter teaches as it goes: each tip once, while the game waits, skippable, and back on
// request. The legend is one key away and holds the clock too.
import { describe, expect, it } from 'vitest';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import { checksFor, openPosts } from '../../src/core/engine.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import type { KeyValueStorage } from '../../src/state/saves.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { createAppStore, currentChoices, dueTip, isHeld } from '../../src/state/store.ts';

const levels = loadAllLevels();
const judgementBank = readJudgementBank();
const boot = (storage: KeyValueStorage = memoryStorage()) =>
  createAppStore({ judgementBank, levels, storage, newSeed: () => 7 });

function startChapter(store: ReturnType<typeof boot>, number: number, pacing: 'turn' | 'live' = 'turn') {
  store.getState().openChapter(levels.find((l) => l.number === number && !l.bonus)!.id);
  store.getState().start(pacing);
}

describe('the tips of the first chapter', () => {
  it('come one at a time, each once, and the game waits while one is shown', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    startChapter(store, 1);
    const s = () => store.getState();
    expect(dueTip(s())).toBe('meters');
    expect(isHeld(s())).toBe(true);
    const hour = s().game!.hour;
    s().tick();
    s().reply(currentChoices(s())!.responses[0]!.id);
    expect(s().game!.hour).toBe(hour);
    expect(s().game!.decisions).toHaveLength(0);
    s().dismissTip();
    expect(dueTip(s())).toBe('replies');
    s().dismissTip();
    expect(dueTip(s())).toBeNull(); // turn pacing: no clock tip
    s().reply(currentChoices(s())!.responses[0]!.id);
    expect(dueTip(s())).toBe('moved');
    s().dismissTip();
    // Seen tips stay seen after a reload.
    const again = boot(storage);
    startChapter(again, 1);
    expect(['expired', 'legend']).toContain(dueTip(again.getState()));
  });

  it('hold a reply no more when its key was pressed over one; a pause still holds it', () => {
    const store = boot();
    startChapter(store, 1);
    const s = () => store.getState();
    const first = currentChoices(s())!.responses[0]!.id;
    s().setPaused(true);
    s().reply(first, true);
    expect(s().game!.decisions).toHaveLength(0);
    s().setPaused(false);
    expect(dueTip(s())).toBe('meters');
    s().reply(first, true);
    expect(s().game!.decisions).toHaveLength(1);
  });

  it('tell about checks once a post offers one, before it is answered', () => {
    const store = boot();
    startChapter(store, 1);
    const s = () => store.getState();
    const checkable = () => openPosts(s().game!).some((f) => checksFor(s().level!, s().game!, f.id).length > 0);
    for (let i = 0; i < 40 && dueTip(s()) !== 'checks' && !s().game!.ending; i++) {
      expect(checkable() && !isHeld(s())).toBe(false);
      if (dueTip(s())) s().dismissTip();
      else s().reply(currentChoices(s())!.responses[0]!.id);
    }
    expect(dueTip(s())).toBe('checks');
    expect(checkable()).toBe(true);
  });

  it('tell about the live clock in live pacing, and only in the first chapter', () => {
    const store = boot();
    startChapter(store, 1, 'live');
    store.getState().dismissTip();
    store.getState().dismissTip();
    expect(dueTip(store.getState())).toBe('clock');
    const other = boot();
    startChapter(other, 2);
    expect(dueTip(other.getState())).toBeNull();
  });

  it('can be skipped for good, and shown again from the settings', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    startChapter(store, 1);
    store.getState().skipTutorial();
    expect(dueTip(store.getState())).toBeNull();
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!).tutorial).toBe(false);
    store.getState().replayTutorial();
    expect(dueTip(store.getState())).toBe('meters');
    expect(store.getState().notice).toMatch(/tips will show again/);
  });
});

describe('the legend', () => {
  it('opens and closes during play, and the clock waits while it is open', () => {
    const store = boot();
    store.getState().skipTutorial();
    startChapter(store, 2, 'live');
    const s = () => store.getState();
    s().setLegend(true);
    const hour = s().game!.hour;
    s().tick();
    expect(s().game!.hour).toBe(hour);
    s().setLegend(false);
    s().tick();
    expect(s().game!.hour).toBe(hour + 1);
  });
});
