// Sound follows the store: what the last action caused plays its cue, music intensity follows heat,
// and the settings' mute and volume apply at once.
import type { AppStore } from '../state/store.ts';
import type { GameAudio, SoundName } from './sound.ts';
import type { GameEvent } from '../core/state.ts';
import { endingOf } from '../core/level-index.ts';

function cueFor(e: GameEvent, goodEnding: (id: string) => boolean): SoundName | null {
  switch (e.type) {
    case 'arrived':
      return 'notify';
    case 'replied':
      return 'send';
    case 'alarm':
      return 'alarm';
    case 'ended':
      return goodEnding(e.ending) ? 'sting-good' : 'sting-bad';
    default:
      return null;
  }
}

/** Follows the store from now on: each part of the sound when what it hangs on changes; gives back the stop. */
export function playCues(store: AppStore, audio: GameAudio): () => void {
  const stops = [
    store.subscribe(
      (s) => s.settings,
      (settings) => {
        audio.setMuted(settings.muted);
        audio.setVolume(settings.volume);
      },
      { fireImmediately: true },
    ),
    store.subscribe(
      (s) => s.screen === 'play',
      (playing) => (playing ? audio.startMusic() : audio.stopMusic()),
    ),
    store.subscribe(
      (s) => s.game,
      (game) => {
        if (!game) return;
        audio.setHeat(game.values.heat);
        const { level } = store.getState();
        const good = (id: string) => (level && endingOf(level, id)?.good) ?? false;
        // One of each cue per action: a burst of arrivals pings once.
        new Set(game.events.map((e) => cueFor(e, good))).forEach((cue) => cue && audio.play(cue));
      },
    ),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
