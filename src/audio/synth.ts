// Pure, dependency-free sound synthesis helpers for `npm run sounds` (src/cli/make-sounds.ts).
// Everything is deterministic: no Math.random, no clocks, only seeded noise, so the generated
// files are byte-identical on every run and the unit test can check the committed assets are current.

export const SAMPLE_RATE = 22050;

/** Seconds to a whole number of samples. */
export const samples = (sec: number): number => Math.round(sec * SAMPLE_RATE);

export const silence = (sec: number): Float64Array => new Float64Array(samples(sec));

/** Tiny seeded PRNG (mulberry32) giving white noise in [-1, 1). */
export function noise(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

/** Note envelope, all times in seconds. Attack and release are raised-cosine ramps that start and end
 * at exactly zero, so no note ever clicks; `decay` (optional) is an exponential time constant. */
export interface Envelope {
  attack?: number;
  release?: number;
  decay?: number;
}

function envelopeAt(i: number, n: number, e: Envelope): number {
  const a = Math.max(1, samples(e.attack ?? 0.005));
  const r = Math.max(1, samples(e.release ?? 0.02));
  let g = 1;
  if (i < a) g *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  if (i > n - r) g *= 0.5 - 0.5 * Math.cos((Math.PI * (n - i)) / r);
  if (e.decay) g *= Math.exp(-i / (e.decay * SAMPLE_RATE));
  return g;
}

/** Adds x at index i; with `wrap` the index runs modulo the buffer, so tails that pass the end of a
 * music loop reappear at its start and the loop is seamless by construction. */
function put(out: Float64Array, i: number, x: number, wrap: boolean): void {
  if (wrap) i = ((i % out.length) + out.length) % out.length;
  else if (i < 0 || i >= out.length) return;
  out[i] = out[i]! + x;
}

export interface Tone extends Envelope {
  at: number; // start, seconds
  dur: number; // seconds, including the release
  freq: number; // Hz
  to?: number; // glide target in Hz (exponential glide over the note)
  gain: number;
  partials?: readonly number[]; // harmonic amplitudes; [1] (default) is a pure sine
}

/** Additive oscillator: mixes a tone into `out`. Partials at or above 0.45 * sample rate are skipped
 * (they would alias into ugly inharmonic whistles at 22050 Hz). */
export function addTone(out: Float64Array, t: Tone, wrap = false): void {
  const n = samples(t.dur);
  const s0 = samples(t.at);
  const partials = t.partials ?? [1];
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const f = t.to === undefined ? t.freq : t.freq * (t.to / t.freq) ** (i / n);
    phase += (2 * Math.PI * f) / SAMPLE_RATE;
    if (phase > 2 * Math.PI) phase -= 2 * Math.PI;
    let v = 0;
    for (let h = 0; h < partials.length && (h + 1) * f < SAMPLE_RATE * 0.45; h++) {
      v += partials[h]! * Math.sin((h + 1) * phase);
    }
    put(out, s0 + i, v * t.gain * envelopeAt(i, n, t), wrap);
  }
}

export interface NoiseBurst extends Envelope {
  at: number;
  dur: number;
  gain: number;
  rand: () => number; // a noise() source; sharing one keeps successive bursts different
  filter: 'low' | 'band' | 'high';
  freq: number; // cutoff / centre, Hz
  to?: number; // sweep target, Hz (exponential)
  q?: number;
}

/** Filtered noise through a state-variable filter (Zavalishin's TPT form: stable at any cutoff,
 * so sweeping it is safe). */
export function addNoise(out: Float64Array, b: NoiseBurst, wrap = false): void {
  const n = samples(b.dur);
  const s0 = samples(b.at);
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: the committed sounds were made with 0.707
  const k = 1 / (b.q ?? 0.707);
  let ic1 = 0;
  let ic2 = 0;
  for (let i = 0; i < n; i++) {
    const f = b.to === undefined ? b.freq : b.freq * (b.to / b.freq) ** (i / n);
    const g = Math.tan((Math.PI * Math.min(f, SAMPLE_RATE * 0.45)) / SAMPLE_RATE);
    const a1 = 1 / (1 + g * (g + k));
    const a2 = g * a1;
    const a3 = g * a2;
    const x = b.rand();
    const v3 = x - ic2;
    const v1 = a1 * ic1 + a2 * v3;
    const v2 = ic2 + a2 * ic1 + a3 * v3;
    ic1 = 2 * v1 - ic1;
    ic2 = 2 * v2 - ic2;
    const y = b.filter === 'low' ? v2 : b.filter === 'band' ? v1 : x - k * v1 - v2;
    put(out, s0 + i, y * b.gain * envelopeAt(i, n, b), wrap);
  }
}

export function peak(buf: Float64Array): number {
  let p = 0;
  for (const x of buf) p = Math.max(p, Math.abs(x));
  return p;
}

/** Scales the buffers together (one shared factor) so the loudest peak sits at `peakDb` dBFS. */
export function normalize(bufs: readonly Float64Array[], peakDb: number): void {
  const p = Math.max(...bufs.map(peak));
  if (p === 0) return;
  const scale = 10 ** (peakDb / 20) / p;
  for (const b of bufs) for (let i = 0; i < b.length; i++) b[i] = b[i]! * scale;
}

/** 16-bit PCM mono RIFF/WAVE file. */
export function encodeWav(buf: Float64Array, sampleRate = SAMPLE_RATE): Uint8Array {
  const bytes = new Uint8Array(44 + buf.length * 2);
  const v = new DataView(bytes.buffer);
  const ascii = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  v.setUint32(4, 36 + buf.length * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  v.setUint32(16, 16, true); // fmt chunk size
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * 2, true); // byte rate
  v.setUint16(32, 2, true); // block align
  v.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  v.setUint32(40, buf.length * 2, true);
  buf.forEach((x, i) => v.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, x)) * 32767), true));
  return bytes;
}

export type SpriteMap = Record<string, [offsetMs: number, durationMs: number]>;

/** Lays sounds end to end with `gapSec` of silence between (and after the last), returning the audio
 * and a Howler sprite map. Offsets and durations are whole milliseconds that always enclose their
 * sound: each sound starts on the first sample at or after its offset, and the duration is rounded up,
 * so Howler may read a fraction of a millisecond of the silent gap but never cuts a sound short. */
export function packSprite(
  parts: readonly [string, Float64Array][],
  gapSec: number,
): { audio: Float64Array; map: SpriteMap } {
  const ms = (n: number) => (n * 1000) / SAMPLE_RATE;
  const map: SpriteMap = {};
  const starts: number[] = [];
  let pos = 0;
  for (const [name, buf] of parts) {
    const offsetMs = Math.ceil(ms(pos));
    const start = Math.ceil((offsetMs * SAMPLE_RATE) / 1000);
    map[name] = [offsetMs, Math.ceil(ms(start + buf.length)) - offsetMs];
    starts.push(start);
    pos = start + buf.length + samples(gapSec);
  }
  const audio = new Float64Array(pos);
  parts.forEach(([, buf], i) => audio.set(buf, starts[i]));
  return { audio, map };
}
