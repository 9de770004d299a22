// The look of Hot Seat: one palette, one type scale. Colours never carry meaning alone: every meter also
// has its own shape, its label and its number.
export const COLORS = {
  night: 0x0f1420,
  panel: 0x1a2233,
  card: 0x222c40,
  cardOpen: 0x2b3852,
  line: 0x3a4766,
  text: 0xf2f4f8,
  muted: 0xa8b3c7,
  accent: 0xff7a1a, // Kestrel's signature orange
  trust: 0x4fb3ff,
  loyalty: 0xffc83d,
  heat: 0xff5a5f,
  /** What a check found, beside the post it is about (style.css --finding). */
  finding: 0xffc83d,
  good: 0x4cd08a,
  bad: 0xff5a5f,
} as const;

export const css = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

export const FONT = 'system-ui, "Segoe UI", "DejaVu Sans", Roboto, sans-serif';

/** Avatar colours, picked by a hash of the handle so that each account keeps its face. */
const AVATAR = [0x7b61ff, 0x00a6a6, 0xe4572e, 0x4f9d2d, 0xd63af9, 0x3d7dd8, 0xc98a00, 0x9c5b3c];
export function avatarColor(handle: string): number {
  let h = 0;
  for (const ch of handle) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR[h % AVATAR.length]!;
}

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
