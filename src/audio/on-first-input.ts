// Sound is created on the player's first input: browsers will not play before it anyway, and the game
// then boots without downloading its music. Calls made before that are remembered and applied.
import type { GameAudio } from './sound.ts';

export function audioOnFirstInput(create: () => GameAudio, target: EventTarget = window): GameAudio {
  let real: GameAudio | null = null;
  const wanted = { muted: false, volume: 1, heat: 0, music: false };
  const events = ['pointerdown', 'keydown', 'touchstart'];
  const start = () => {
    events.forEach((e) => target.removeEventListener(e, start, true));
    real = create();
    real.setMuted(wanted.muted);
    real.setVolume(wanted.volume);
    real.setHeat(wanted.heat);
    if (wanted.music) real.startMusic();
  };
  events.forEach((e) => target.addEventListener(e, start, { capture: true }));
  return {
    play: (name) => real?.play(name),
    setHeat: (heat) => {
      wanted.heat = heat;
      real?.setHeat(heat);
    },
    setMuted: (muted) => {
      wanted.muted = muted;
      real?.setMuted(muted);
    },
    setVolume: (volume) => {
      wanted.volume = volume;
      real?.setVolume(volume);
    },
    startMusic: () => {
      wanted.music = true;
      real?.startMusic();
    },
    stopMusic: () => {
      wanted.music = false;
      real?.stopMusic();
    },
  };
}
