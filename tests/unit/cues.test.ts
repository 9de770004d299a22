// Sound follows the store: the settings' mute and volume at once, the music while a chapter is on screen,
// one cue of each kind per action, and nothing more once the cues are stopped.
import { describe, expect, it } from 'vitest';
import { playCues } from '../../src/audio/cues.ts';
import type { GameAudio } from '../../src/audio/sound.ts';
import { loadLevelFile, readJudgementBank, readStorm } from '../../src/data-files/load.ts';
import { available, findPost } from '../../src/core/engine.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { createAppStore, currentPost } from '../../src/state/store.ts';

const loaded = loadLevelFile('tests/fixtures/mini.yaml');
if (!loaded.ok) throw new Error('tests/fixtures/mini.yaml does not load');
const mini = loaded.level;

/** What the game asked of the sound, in order. */
function heard() {
  const calls: string[] = [];
  const audio: GameAudio = {
    play: (name) => calls.push(`play ${name}`),
    setHeat: (heat) => calls.push(`heat ${heat}`),
    setMuted: (m) => calls.push(`muted ${m}`),
    setVolume: (v) => calls.push(`volume ${v}`),
    startMusic: () => calls.push('music on'),
    stopMusic: () => calls.push('music off'),
  };
  return { calls, audio };
}

function titleScreen() {
  const storage = memoryStorage();
  storage.setItem(SETTINGS_KEY, JSON.stringify({ tutorial: false, volume: 0.4 }));
  return createAppStore({
    judgementBank: readJudgementBank(),
    levels: [mini],
    storm: readStorm(),
    storage,
    newSeed: () => 7,
  });
}

describe('the sound follows the game', () => {
  it('applies the settings at once, plays music while a chapter is on screen, and one cue per kind per action', () => {
    const store = titleScreen();
    const { calls, audio } = heard();
    const stop = playCues(store, audio);
    expect(calls.splice(0)).toEqual(['muted false', 'volume 0.4']);

    store.getState().updateSettings({ muted: true });
    expect(calls.splice(0)).toEqual(['muted true', 'volume 0.4']);

    store.getState().openChapter('mini');
    store.getState().start('turn');
    const started = calls.splice(0);
    expect(started).toContain('music on');
    expect(started.filter((c) => c === 'play notify')).toHaveLength(1);
    expect(started).toContain(`heat ${store.getState().game!.values.heat}`);

    const s = store.getState();
    s.reply(available(findPost(mini, currentPost(s)!.item.id)!, s.game!)[0]!.id);
    expect(calls.filter((c) => c.startsWith('play '))).toContain('play send');
    calls.length = 0;

    store.getState().quitToTitle();
    expect(calls.splice(0)).toEqual(['music off']);

    stop();
    store.getState().updateSettings({ muted: false });
    store.getState().continueGame();
    expect(calls).toEqual([]);
  });
});
