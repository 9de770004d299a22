// Player settings, kept between visits. Anything unreadable falls back to the defaults.
import { z } from 'zod';
import type { KeyValueStorage } from './saves';

export const SETTINGS_KEY = 'hot-seat/settings';

export const TEXT_SIZES = { normal: 1, large: 1.25, huge: 1.5 } as const;
/** Real seconds per crisis hour in live pacing: a facilitator's hand on the pace. */
export const SPEEDS = { slow: 6, normal: 4, fast: 2 } as const;

const SettingsSchema = z.object({
  textSize: z.enum(['normal', 'large', 'huge']).catch('normal'),
  reducedMotion: z.boolean().catch(false),
  pacing: z.enum(['live', 'turn']).catch('turn'),
  speed: z.enum(['slow', 'normal', 'fast']).catch('normal'),
  muted: z.boolean().catch(false),
  volume: z.number().min(0).max(1).catch(0.7),
});
export type Settings = z.output<typeof SettingsSchema>;

/** Defaults; reduced motion follows the system preference when the player has not chosen. */
export const defaultSettings = (prefersReducedMotion = false): Settings =>
  SettingsSchema.parse({ reducedMotion: prefersReducedMotion });

export function loadSettings(storage: KeyValueStorage, prefersReducedMotion = false): Settings {
  const base = defaultSettings(prefersReducedMotion);
  try {
    const raw = storage.getItem(SETTINGS_KEY);
    return raw ? SettingsSchema.parse({ ...base, ...JSON.parse(raw) }) : base;
  } catch {
    return base;
  }
}

export const saveSettings = (storage: KeyValueStorage, s: Settings) => storage.setItem(SETTINGS_KEY, JSON.stringify(s));
