// The game's audio, on Howler (Web Audio). Phaser runs with `audio: { noAudio: true }`, so this is the
// only thing that makes sound. Nothing here throws: if audio is missing, blocked or fails to load, the
// game just runs silently. Assets come from `npm run sounds` (src/cli/make-sounds.ts).
import { Howl, Howler } from 'howler';
import calmUrl from '../../assets/audio/music-calm.wav?url';
import tenseUrl from '../../assets/audio/music-tense.wav?url';
import sfxUrl from '../../assets/audio/sfx.wav?url';
import spriteMap from '../../assets/audio/sfx.json';

export type SoundName = 'notify' | 'send' | 'alarm' | 'sting-good' | 'sting-bad' | 'tick';

export interface GameAudio {
  /** Plays a sound effect. Before the sounds load or before the first user input it is dropped, not queued. */
  play(name: SoundName): void;
  /** 0 = all calm music, 100 = all tense music; crossfades smoothly, cheap to call every frame. */
  setHeat(heat0to100: number): void;
  setMuted(m: boolean): void;
  /** Master volume, 0..1. */
  setVolume(v0to1: number): void;
  /** Starts the music (once loaded and unlocked); idempotent. */
  startMusic(): void;
  /** Fades the music out and stops it. */
  stopMusic(): void;
}

// Fails to compile if sfx.json lacks a sound (e.g. someone renamed one in make-sounds.ts).
const sprite = spriteMap satisfies Record<SoundName, number[]> as Record<SoundName, [number, number]>;

const MUSIC_LEVEL = 0.5; // music sits under the effects
const HEAT_FADE_MS = 800;
const START_FADE_MS = 1200;
const STOP_FADE_MS = 500;

const clamp = (x: number, lo: number, hi: number) => (Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo);

const silent: GameAudio = {
  play() {},
  setHeat() {},
  setMuted() {},
  setVolume() {},
  startMusic() {},
  stopMusic() {},
};

/** Wraps every method so an unexpected Howler error is logged, never thrown into a scene. */
function guarded(audio: GameAudio): GameAudio {
  type Method = (arg?: unknown) => void; // every GameAudio method takes at most one argument
  const safe = { ...audio } as unknown as Record<keyof GameAudio, Method>;
  for (const key of Object.keys(audio) as (keyof GameAudio)[]) {
    const fn = audio[key] as Method;
    safe[key] = (arg) => {
      try {
        fn(arg);
      } catch (err) {
        console.warn(`[audio] ${key} failed`, err);
      }
    };
  }
  return safe as unknown as GameAudio;
}

export function createAudio(opts: { muted: boolean; volume: number }): GameAudio {
  try {
    return guarded(howlerAudio(opts));
  } catch (err) {
    console.warn('[audio] unavailable, running silent', err);
    return silent;
  }
}

function howlerAudio(opts: { muted: boolean; volume: number }): GameAudio {
  const loadError = (what: string) => (_id: number, err: unknown) =>
    console.warn(`[audio] ${what} failed to load`, err);
  // format: Vite's hashed URLs end in .wav but a data: URL would not; say it explicitly.
  const sfx = new Howl({
    src: [sfxUrl],
    format: ['wav'],
    sprite,
    html5: false,
    preload: true,
    onloaderror: loadError('sfx'),
  });
  const music = [calmUrl, tenseUrl].map(
    (src) =>
      new Howl({
        src: [src],
        format: ['wav'],
        loop: true,
        volume: 0,
        html5: false,
        preload: true,
        onloaderror: loadError('music'),
      }),
  );
  // After the Howls: creating the first one may replace Howler's AudioContext (and its master gain).
  let muted = opts.muted;
  Howler.mute(muted);
  Howler.volume(clamp(opts.volume, 0, 1));

  // Browsers start the AudioContext suspended until the first input; Howler's autoUnlock resumes it on
  // the first click/touch/key and emits 'unlock'. Until then effects are dropped (otherwise every ping
  // queued while locked would fire at once on the first click) and music waits. Once unlocked, stays
  // true: Howler's own 30 s idle auto-suspend is undone by Howler itself on the next play.
  let unlocked = false;
  const isUnlocked = () => {
    if (!unlocked) unlocked = Howler.ctx?.state === 'running';
    return unlocked;
  };
  sfx.once('unlock', () => {
    unlocked = true;
    tryStartMusic();
  });

  let heat = 0;
  let wantMusic = false;
  let playing = false;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let lastTargets = [-1, -1];
  const targets = () => [MUSIC_LEVEL * (1 - heat / 100), MUSIC_LEVEL * (heat / 100)];

  function fadeMusic(ms: number, force = false): void {
    targets().forEach((to, i) => {
      // setHeat may come every frame: only restart the fade when the target really moved.
      if (!force && Math.abs(to - lastTargets[i]!) < 0.01) return;
      lastTargets[i] = to;
      const howl = music[i]!;
      howl.fade(howl.volume(), to, ms);
    });
  }

  function tryStartMusic(): void {
    if (!wantMusic || playing || !isUnlocked() || music.some((h) => h.state() !== 'loaded')) return;
    playing = true;
    // Both loops start in the same tick, so on the same audio frame: being the same length they stay
    // in step forever, and the crossfade never smears the beat.
    for (const h of music) {
      h.volume(0);
      h.play();
    }
    fadeMusic(START_FADE_MS, true);
  }

  for (const h of music) {
    h.once('load', tryStartMusic);
    // Mostly an HTML5-audio failure, but if the browser refuses playback, retry after the next unlock.
    h.on('playerror', () => {
      playing = false;
      music.forEach((m) => m.stop());
      h.once('unlock', tryStartMusic);
    });
  }

  return {
    play(name) {
      if (muted || sfx.state() !== 'loaded' || !isUnlocked()) return;
      sfx.play(name);
    },
    setHeat(h) {
      heat = clamp(h, 0, 100);
      if (playing && wantMusic) fadeMusic(HEAT_FADE_MS);
    },
    setMuted(m) {
      muted = m;
      Howler.mute(m);
    },
    setVolume(v) {
      Howler.volume(clamp(v, 0, 1));
    },
    startMusic() {
      wantMusic = true;
      clearTimeout(stopTimer);
      if (playing)
        fadeMusic(START_FADE_MS, true); // restarted during a fade-out: fade back in
      else tryStartMusic();
    },
    stopMusic() {
      wantMusic = false;
      if (!playing) return;
      lastTargets = [-1, -1];
      for (const h of music) h.fade(h.volume(), 0, STOP_FADE_MS);
      clearTimeout(stopTimer);
      stopTimer = setTimeout(() => {
        if (wantMusic) return;
        music.forEach((h) => h.stop());
        playing = false;
      }, STOP_FADE_MS + 50);
    },
  };
}
