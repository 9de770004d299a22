// Bits in and out of bytes, for the replay code's compact binary: fixed-width fields, Elias gamma codes for
// counts that are usually small, CRC-32 for a checksum, and base64url to carry the bytes in a URL.

/** What a reader finds wrong with the bits it was given; replay-code.ts says each reason in words. */
export type DamagedReason =
  | 'endsTooSoon'
  | 'numberTooLarge'
  | 'goesOnAfterEnd'
  | 'carryNotNumber'
  | 'unknownReply'
  | 'tooManyHours'
  | 'unknownCheck';

export class Damaged extends Error {
  constructor(readonly reason: DamagedReason) {
    super(reason);
  }
}

export class BitWriter {
  private readonly bytes: number[] = [];
  private acc = 0;
  private count = 0;

  bit(b: boolean | number): this {
    this.acc = (this.acc << 1) | (b ? 1 : 0);
    if (++this.count === 8) {
      this.bytes.push(this.acc);
      this.acc = 0;
      this.count = 0;
    }
    return this;
  }

  /** `value` (0 ≤ value < 2^width, width up to 53) in `width` bits, most significant first. */
  bits(value: number, width: number): this {
    for (let i = width - 1; i >= 0; i--) this.bit(Math.floor(value / 2 ** i) % 2);
    return this;
  }

  /** Elias gamma: n ≥ 1 in 2·⌊log2 n⌋ + 1 bits, so 1 takes one bit and 5 takes five. */
  gamma(n: number): this {
    const width = n.toString(2).length;
    this.bits(0, width - 1);
    return this.bits(n, width);
  }

  /** The bits so far, the last byte filled with zeros. */
  finish(): Uint8Array {
    while (this.count) this.bit(0);
    return Uint8Array.from(this.bytes);
  }
}

export class BitReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  bit(): number {
    const byte = this.bytes[this.at >> 3];
    if (byte === undefined) throw new Damaged('endsTooSoon');
    return (byte >> (7 - (this.at++ & 7))) & 1;
  }

  bits(width: number): number {
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bit();
    return v;
  }

  gamma(): number {
    let zeros = 0;
    while (this.bit() === 0) if (++zeros > 40) throw new Damaged('numberTooLarge');
    return 2 ** zeros + this.bits(zeros);
  }

  /** Whether what is left is only the zeros that fill the last byte. */
  atEnd(): boolean {
    if (this.bytes.length - (this.at >> 3) > 1) return false;
    while (this.at < this.bytes.length * 8) if (this.bit()) return false;
    return true;
  }
}

/** Bits needed to number `n` things: 0 … n−1 (at least one). */
export const widthFor = (n: number) => Math.max(1, (n - 1).toString(2).length);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of zip and PNG. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
