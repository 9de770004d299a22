// Sound synthesis (src/audio/synth.ts, src/cli/make-sounds.ts). Node only: howler and sound.ts need a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIO_DIR, LOOP_SEC, makeSoundFiles, SPRITE_GAP_SEC } from '../../src/cli/make-sounds.ts';
import { encodeWav, noise, SAMPLE_RATE } from '../../src/audio/synth.ts';

/** A deliberately independent WAV reader: checks the header field by field rather than trusting encodeWav. */
function parseWav(bytes: Uint8Array) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  expect(tag(0)).toBe('RIFF');
  expect(v.getUint32(4, true)).toBe(bytes.length - 8);
  expect(tag(8)).toBe('WAVE');
  expect(tag(12)).toBe('fmt ');
  expect(v.getUint32(16, true)).toBe(16);
  expect(v.getUint16(20, true)).toBe(1); // PCM
  const channels = v.getUint16(22, true);
  const rate = v.getUint32(24, true);
  const bits = v.getUint16(34, true);
  expect(v.getUint32(28, true)).toBe((rate * channels * bits) / 8); // byte rate
  expect(v.getUint16(32, true)).toBe((channels * bits) / 8); // block align
  expect(tag(36)).toBe('data');
  const dataLen = v.getUint32(40, true);
  expect(dataLen).toBe(bytes.length - 44);
  const pcm = Array.from({ length: dataLen / 2 }, (_, i) => v.getInt16(44 + i * 2, true) / 32768);
  return { channels, rate, bits, pcm };
}

const dbfs = (x: number) => 20 * Math.log10(x);
const peakOf = (xs: readonly number[]) => xs.reduce((p, x) => Math.max(p, Math.abs(x)), 0);
const rmsOf = (xs: readonly number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);

const files = makeSoundFiles();
const file = (name: string) => {
  const f = files[name];
  if (!f) throw new Error(`makeSoundFiles() made no ${name}`);
  return f;
};
const sprite = JSON.parse(new TextDecoder().decode(file('sfx.json'))) as Record<string, [number, number]>;

describe('WAV encoding', () => {
  it('writes 16-bit mono PCM at 22050 Hz with consistent chunk lengths', () => {
    for (const name of ['sfx.wav', 'music-calm.wav', 'music-tense.wav']) {
      const w = parseWav(file(name));
      expect([w.channels, w.rate, w.bits], name).toEqual([1, 22050, 16]);
    }
  });

  it('round-trips samples and clamps out-of-range values', () => {
    const { pcm } = parseWav(encodeWav(Float64Array.from([0, 0.5, -0.5, 2, -2])));
    expect(pcm.map((x) => Math.round(x * 32768))).toEqual([0, 16384, -16383, 32767, -32767]); // x * 32767, rounded;
  });
});

describe('sfx sprite', () => {
  const { pcm } = parseWav(file('sfx.wav'));
  const totalMs = (pcm.length * 1000) / SAMPLE_RATE;
  const entries = Object.entries(sprite).sort((a, b) => a[1][0] - b[1][0]);
  const region = ([off, dur]: [number, number]) =>
    pcm.slice(Math.floor((off * SAMPLE_RATE) / 1000), Math.ceil(((off + dur) * SAMPLE_RATE) / 1000));

  it('maps exactly the six game sounds with plausible lengths', () => {
    const expected = { notify: 250, send: 300, alarm: 500, 'sting-good': 1500, 'sting-bad': 1500, tick: 50 };
    expect(Object.keys(sprite).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, ms] of Object.entries(expected)) {
      expect(sprite[name]![1], name).toBeGreaterThanOrEqual(ms * 0.8);
      expect(sprite[name]![1], name).toBeLessThanOrEqual(ms * 1.2);
    }
  });

  it('has whole-ms entries inside the file that do not overlap and leave ~100 ms gaps', () => {
    entries.forEach(([name, [off, dur]], i) => {
      expect(Number.isInteger(off) && Number.isInteger(dur), name).toBe(true);
      expect(off, name).toBeGreaterThanOrEqual(0);
      expect(dur, name).toBeGreaterThan(0);
      expect(off + dur, name).toBeLessThanOrEqual(totalMs);
      const next = entries[i + 1];
      if (next)
        expect(next[1][0] - (off + dur), `${name} -> ${next[0]}`).toBeGreaterThanOrEqual(SPRITE_GAP_SEC * 1000 - 2);
    });
  });

  it('is silent outside the mapped regions, so every sound lies wholly inside its entry', () => {
    const inside = new Uint8Array(pcm.length);
    for (const [, [off, dur]] of entries) {
      for (
        let i = Math.floor((off * SAMPLE_RATE) / 1000);
        i < Math.min(pcm.length, Math.ceil(((off + dur) * SAMPLE_RATE) / 1000));
        i++
      )
        inside[i] = 1;
    }
    const stray = pcm.findIndex((x, i) => !inside[i] && x !== 0);
    expect(stray).toBe(-1);
  });

  it('makes every sound audible, below -3 dBFS, and starting and ending in silence (no clicks)', () => {
    for (const [name, entry] of entries) {
      const xs = region(entry);
      expect(dbfs(peakOf(xs)), name).toBeLessThanOrEqual(-3);
      expect(dbfs(peakOf(xs)), name).toBeGreaterThan(-14);
      expect(dbfs(rmsOf(xs)), name).toBeGreaterThan(-35);
      expect(Math.abs(xs[0]!), name).toBeLessThan(1e-3);
      expect(Math.abs(xs[xs.length - 1]!), name).toBeLessThan(1e-3);
    }
  });
});

describe('music loops', () => {
  const calm = parseWav(file('music-calm.wav')).pcm;
  const tense = parseWav(file('music-tense.wav')).pcm;

  it('are the same length, a whole number of samples of LOOP_SEC, and under 400 KB', () => {
    expect(calm.length).toBe(tense.length);
    expect(calm.length).toBe(LOOP_SEC * SAMPLE_RATE);
    expect(file('music-calm.wav').length).toBeLessThan(400 * 1024);
    expect(file('music-tense.wav').length).toBeLessThan(400 * 1024);
  });

  it('are audible and peak below -3 dBFS', () => {
    for (const [name, xs] of [
      ['calm', calm],
      ['tense', tense],
    ] as const) {
      expect(dbfs(peakOf(xs)), name).toBeLessThanOrEqual(-3);
      expect(dbfs(rmsOf(xs)), name).toBeGreaterThan(-25);
    }
  });

  it('loop without a seam: the wrap from last to first sample is no bigger a step than the music makes anyway', () => {
    for (const [name, xs] of [
      ['calm', calm],
      ['tense', tense],
    ] as const) {
      const steps = xs.slice(1).map((x, i) => Math.abs(x - xs[i]!));
      const typical = steps.sort((a, b) => a - b)[Math.floor(steps.length * 0.99)]!;
      expect(Math.abs(xs[0]! - xs[xs.length - 1]!), name).toBeLessThanOrEqual(typical);
    }
  });

  it('differ (tense is not just calm)', () => {
    expect(calm.some((x, i) => Math.abs(x - tense[i]!) > 0.05)).toBe(true);
  });
});

describe('determinism', () => {
  it('seeded noise repeats per seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, noise(seed));
    expect(take(3)).toEqual(take(3));
    expect(take(3)).not.toEqual(take(4));
    expect(take(3).every((x) => x >= -1 && x < 1)).toBe(true);
  });

  it('generates the same bytes twice', () => {
    const again = makeSoundFiles();
    for (const [name, bytes] of Object.entries(files))
      expect(Buffer.from(again[name]!).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('matches the committed assets/audio files (run `npm run sounds` after changing a sound)', () => {
    for (const [name, bytes] of Object.entries(files)) {
      const committed = readFileSync(join(AUDIO_DIR, name));
      expect(committed.equals(Buffer.from(bytes)), `assets/audio/${name} is stale: run npm run sounds`).toBe(true);
    }
  });
});
