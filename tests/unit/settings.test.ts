// Settings kept between visits: sensible defaults, a faithful round trip, and damage that costs only
// what was damaged.
import { readJudgementBank } from '../../src/data-files/load.ts';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { defaultSettings, loadSettings, saveSettings, type Settings, SETTINGS_KEY } from '../../src/state/settings.ts';
import { createAppStore } from '../../src/state/store.ts';

const judgementBank = readJudgementBank();

const DEFAULTS: Settings = {
  textSize: 'normal',
  reducedMotion: false,
  pacing: 'turn',
  speed: 'normal',
  muted: false,
  volume: 0.7,
  tutorial: true,
  tipsSeen: [],
  showKinds: false,
};
const CHOSEN: Settings = {
  textSize: 'huge',
  reducedMotion: true,
  pacing: 'live',
  speed: 'fast',
  muted: true,
  volume: 0.25,
  tutorial: false,
  tipsSeen: ['meters', 'replies'],
  showKinds: true,
};

describe('defaults', () => {
  it('are normal text, turn pacing, normal speed, sound on at 0.7, the tutorial on', () => {
    expect(defaultSettings()).toEqual(DEFAULTS);
    expect(loadSettings(memoryStorage())).toEqual(DEFAULTS);
  });

  it('reduced motion follows the system preference', () => {
    expect(defaultSettings(true)).toEqual({ ...DEFAULTS, reducedMotion: true });
    expect(loadSettings(memoryStorage(), true).reducedMotion).toBe(true);
    expect(loadSettings(memoryStorage(), false).reducedMotion).toBe(false);
    const store = createAppStore({
      judgementBank,
      levels: [],
      storage: memoryStorage(),
      newSeed: () => 1,
      prefersReducedMotion: true,
    });
    expect(store.getState().settings.reducedMotion).toBe(true);
  });

  it("the player's own choice of motion wins over the system preference", () => {
    const storage = memoryStorage();
    saveSettings(storage, { ...DEFAULTS, reducedMotion: false });
    expect(loadSettings(storage, true).reducedMotion).toBe(false);
  });
});

describe('persistence', () => {
  it('every setting survives a round trip', () => {
    const storage = memoryStorage();
    saveSettings(storage, CHOSEN);
    expect(loadSettings(storage)).toEqual(CHOSEN);
  });

  it('a change made in the store is there on the next visit', () => {
    const storage = memoryStorage();
    const first = createAppStore({ judgementBank, levels: [], storage, newSeed: () => 1 });
    first.getState().updateSettings({ textSize: 'large', volume: 0.3 });
    first.getState().updateSettings({ speed: 'slow' });
    const again = createAppStore({ judgementBank, levels: [], storage, newSeed: () => 1 });
    expect(again.getState().settings).toEqual({ ...DEFAULTS, textSize: 'large', volume: 0.3, speed: 'slow' });
  });
});

describe('damaged settings', () => {
  it.each([
    ['not JSON', '{textSize: huge'],
    ['JSON cut short', JSON.stringify(CHOSEN).slice(0, 20)],
    ['JSON null', 'null'],
    ['a JSON number', '7'],
    ['a JSON array', '["huge", true]'],
    ['a JSON string', '"huge"'],
  ])('%s falls back to the defaults without throwing', (_name, raw) => {
    const storage = memoryStorage({ [SETTINGS_KEY]: raw });
    expect(() => loadSettings(storage)).not.toThrow();
    expect(loadSettings(storage)).toEqual(DEFAULTS);
    expect(loadSettings(storage, true)).toEqual({ ...DEFAULTS, reducedMotion: true });
    expect(() => createAppStore({ judgementBank, levels: [], storage, newSeed: () => 1 })).not.toThrow();
  });

  it('a bad reduced-motion value falls back to the system preference, not to motion', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ reducedMotion: 'yes', textSize: 'huge' }) });
    expect(loadSettings(storage, true)).toMatchObject({ reducedMotion: true, textSize: 'huge' });
  });

  it('one bad field falls back alone, and the good ones are kept', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ ...CHOSEN, volume: 7 }) });
    expect(loadSettings(storage)).toEqual({ ...CHOSEN, volume: 0.7 });
  });

  it.each([
    ['textSize', 'gigantic', 'normal'],
    ['pacing', 'sometimes', 'turn'],
    ['speed', 11, 'normal'],
    ['muted', 'yes', false],
    ['volume', -1, 0.7],
    ['volume', '0.5', 0.7],
  ])('a bad %s (%j) falls back to %j and nothing else changes', (field, bad, fallback) => {
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ ...CHOSEN, [field]: bad }) });
    expect(loadSettings(storage)).toEqual({ ...CHOSEN, [field]: fallback });
  });

  it('a missing field takes its default, and unknown fields are dropped', () => {
    const { speed: _speed, ...rest } = CHOSEN;
    const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ ...rest, colourScheme: 'neon' }) });
    expect(loadSettings(storage)).toEqual({ ...CHOSEN, speed: 'normal' });
  });
});
