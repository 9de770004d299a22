// npm run sounds: synthesises every game sound into assets/audio/ (sfx.wav + sfx.json sprite map,
// music-calm.wav, music-tense.wav). Deterministic: tests/unit/audio.test.ts checks the committed
// files equal what this produces, so rerun it after changing any recipe below.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addNoise, addTone, encodeWav, noise, normalize, packSprite, silence, type SpriteMap } from '../audio/synth.ts';

export const AUDIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/audio');

/** MIDI note number to Hz (69 = A4 = 440 Hz). */
const hz = (midi: number): number => 440 * 2 ** ((midi - 69) / 12);

// ---------------------------------------------------------------- sound effects

function notify(): Float64Array {
  // Soft rising fourth (B5 -> E6), nearly pure sines: a "new post" ping that doesn't nag.
  const out = silence(0.25);
  const ping = { attack: 0.004, decay: 0.07, release: 0.03, gain: 0.5, partials: [1, 0.12, 0, 0.03] };
  addTone(out, { ...ping, at: 0, dur: 0.16, freq: hz(83) });
  addTone(out, { ...ping, at: 0.07, dur: 0.18, freq: hz(88) });
  return out;
}

function send(): Float64Array {
  // Whoosh: noise through a band-pass swept upwards, with a faint rising glide for body.
  const out = silence(0.3);
  addNoise(out, {
    at: 0,
    dur: 0.3,
    gain: 1,
    rand: noise(7),
    filter: 'band',
    freq: 500,
    to: 5000,
    q: 1.4,
    attack: 0.12,
    release: 0.17,
  });
  addTone(out, { at: 0, dur: 0.3, freq: 300, to: 900, gain: 0.06, attack: 0.1, release: 0.18 });
  return out;
}

function alarm(): Float64Array {
  // Two square-ish beeps (odd harmonics only, band-limited) at A5: urgent but not harsh.
  const out = silence(0.5);
  const beep = {
    dur: 0.19,
    freq: hz(81),
    gain: 0.5,
    attack: 0.006,
    release: 0.02,
    partials: [1, 0, 1 / 3, 0, 1 / 5, 0, 1 / 7],
  };
  addTone(out, { ...beep, at: 0.02 });
  addTone(out, { ...beep, at: 0.28 });
  return out;
}

/** Arpeggio whose notes all ring to the end of the sting. */
function arpeggio(
  notes: readonly number[],
  step: number,
  len: number,
  partials: readonly number[],
  lastTo?: number,
): Float64Array {
  const out = silence(len);
  notes.forEach((m, i) => {
    const at = i * step;
    const last = i === notes.length - 1;
    addTone(out, {
      at,
      dur: len - at,
      freq: hz(m),
      to: last && lastTo !== undefined ? hz(lastTo) : undefined,
      gain: last ? 0.4 : 0.3,
      attack: 0.008,
      decay: last ? 0.6 : 0.45,
      release: 0.35,
      partials,
    });
  });
  return out;
}

// Rising C major (C5 E5 G5 C6), bright bell-ish partials.
const stingGood = () => arpeggio([72, 76, 79, 84], 0.1, 1.5, [1, 0.3, 0.12, 0.05]);
// Falling C minor (C5 G4 Eb4 C4), slower, hollow triangle-ish timbre; the last note sags a semitone.
const stingBad = () => arpeggio([72, 67, 63, 60], 0.18, 1.5, [1, 0, 0.11, 0, 0.04], 59);

function tick(): Float64Array {
  const out = silence(0.05);
  addTone(out, { at: 0, dur: 0.05, freq: 2400, gain: 0.5, attack: 0.001, decay: 0.008, release: 0.01 });
  addNoise(out, {
    at: 0,
    dur: 0.03,
    gain: 0.4,
    rand: noise(11),
    filter: 'high',
    freq: 4000,
    attack: 0.001,
    decay: 0.005,
    release: 0.01,
  });
  return out;
}

/** Each sound normalised to its own peak (dBFS): this sets their relative loudness in the game. */
const SFX: readonly [string, () => Float64Array, number][] = [
  ['notify', notify, -7],
  ['send', send, -6],
  ['alarm', alarm, -9],
  ['sting-good', stingGood, -4],
  ['sting-bad', stingBad, -4],
  ['tick', tick, -10],
];

export const SPRITE_GAP_SEC = 0.1;

function sfx(): { audio: Float64Array; map: SpriteMap } {
  return packSprite(
    SFX.map(([name, make, db]) => {
      const buf = make();
      normalize([buf], db);
      return [name, buf];
    }),
    SPRITE_GAP_SEC,
  );
}

// ---------------------------------------------------------------- music

// 120 bpm, 4 bars of 4/4 = exactly 8 s. Both loops share tempo, length and chords so Howler can play
// them together and crossfade by heat.
const BEAT = 0.5;
const BAR = 4 * BEAT;
export const LOOP_SEC = 4 * BAR;

// Am - F - C - G, pads voiced for smooth voice leading (A3 C4 E4 -> A3 C4 F4 -> G3 C4 E4 -> G3 B3 D4).
const CHORDS: readonly { root: number; pad: readonly number[] }[] = [
  { root: 45, pad: [57, 60, 64] },
  { root: 41, pad: [57, 60, 65] },
  { root: 48, pad: [55, 60, 64] },
  { root: 43, pad: [55, 59, 62] },
];

// All music notes are added with wrap=true: whatever rings past 8 s is folded back onto the start,
// so the file is one period of a periodic signal and loops without a seam or click.
function pads(out: Float64Array): void {
  CHORDS.forEach((c, bar) => {
    for (const m of c.pad) {
      for (const cents of [-4, 4]) {
        // Two slightly detuned voices per note beat slowly against each other: a soft chorus.
        addTone(
          out,
          {
            at: bar * BAR,
            dur: BAR + 0.4,
            freq: hz(m) * 2 ** (cents / 1200),
            gain: 0.1,
            attack: 0.4,
            release: 0.6,
            partials: [1, 0.3, 0.12, 0.05, 0.02],
          },
          true,
        );
      }
    }
  });
}

function calm(): Float64Array {
  const out = silence(LOOP_SEC);
  pads(out);
  CHORDS.forEach((c, bar) => {
    const t0 = bar * BAR;
    // Soft bass on beats 1 and 3, and a gentle mallet pulse on every beat walking the chord an octave up.
    for (const beat of [0, 2])
      addTone(
        out,
        {
          at: t0 + beat * BEAT,
          dur: 0.95,
          freq: hz(c.root),
          gain: 0.22,
          attack: 0.02,
          decay: 0.5,
          release: 0.2,
          partials: [1, 0.25],
        },
        true,
      );
    [0, 1, 2, 1].forEach((v, beat) => {
      addTone(
        out,
        {
          at: t0 + beat * BEAT,
          dur: 0.6,
          freq: hz(c.pad[v]! + 12),
          gain: 0.1,
          attack: 0.005,
          decay: 0.18,
          release: 0.1,
          partials: [1, 0.15, 0.04],
        },
        true,
      );
    });
  });
  return out;
}

function tense(): Float64Array {
  const out = silence(LOOP_SEC);
  pads(out);
  const rand = noise(1234);
  CHORDS.forEach((c, bar) => {
    const t0 = bar * BAR;
    // Driving eighth-note bass, saw-ish, accented on the beat.
    for (let k = 0; k < 8; k++) {
      addTone(
        out,
        {
          at: t0 + (k * BEAT) / 2,
          dur: 0.22,
          freq: hz(c.root),
          gain: k % 2 ? 0.13 : 0.2,
          attack: 0.004,
          decay: 0.09,
          release: 0.05,
          partials: [1, 0.5, 0.33, 0.25, 0.2, 0.16],
        },
        true,
      );
    }
    // Closed hi-hat ticking sixteenths, louder on the off-beat eighths.
    for (let s = 0; s < 16; s++) {
      addNoise(
        out,
        {
          at: t0 + (s * BEAT) / 4,
          dur: 0.06,
          gain: s % 4 === 2 ? 0.25 : 0.1,
          rand,
          filter: 'high',
          freq: 7000,
          q: 0.8,
          attack: 0.001,
          decay: 0.012,
          release: 0.01,
        },
        true,
      );
    }
  });
  return out;
}

// ---------------------------------------------------------------- files

const spriteJson = (map: SpriteMap): string =>
  `{\n${Object.entries(map)
    .map(([k, v]) => `  ${JSON.stringify(k)}: [${v[0]}, ${v[1]}]`)
    .join(',\n')}\n}\n`;

/** Every file for assets/audio, by name. Pure: writes nothing. */
export function makeSoundFiles(): Record<string, Uint8Array> {
  const { audio, map } = sfx();
  const music = [calm(), tense()] as const;
  // One shared gain for both loops keeps the common pads at the same level, so the crossfade is even.
  normalize(music, -4);
  return {
    'sfx.wav': encodeWav(audio),
    'sfx.json': new TextEncoder().encode(spriteJson(map)),
    'music-calm.wav': encodeWav(music[0]),
    'music-tense.wav': encodeWav(music[1]),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(AUDIO_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(makeSoundFiles())) {
    writeFileSync(join(AUDIO_DIR, name), bytes);
    console.log(`${join('assets/audio', name)}  ${(bytes.length / 1024).toFixed(1)} KB`);
  }
}
