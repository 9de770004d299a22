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

export function playCues(store: AppStore, audio: GameAudio): () => void {
  const { settings } = store.getState();
  audio.setMuted(settings.muted);
  audio.setVolume(settings.volume);
  return store.subscribe((s, prev) => {
    if (s.settings !== prev.settings) {
      audio.setMuted(s.settings.muted);
      audio.setVolume(s.settings.volume);
    }
    if (s.screen === 'play' && prev.screen !== 'play') audio.startMusic();
    if (s.screen !== 'play' && prev.screen === 'play') audio.stopMusic();
    if (!s.game || s.game === prev.game) return;
    audio.setHeat(s.game.values.heat);
    const good = (id: string) => (s.level && endingOf(s.level, id)?.good) ?? false;
    // One of each cue per action: a burst of arrivals pings once.
    new Set(s.game.events.map((e) => cueFor(e, good))).forEach((cue) => cue && audio.play(cue));
  });
}
