// Player settings, kept between visits. Anything unreadable falls back to the defaults.
import * as z from 'zod/mini';
import { PACINGS } from '../core/state.ts';
import { LANGUAGES } from '../i18n/i18n.ts';
import type { KeyValueStorage } from './saves.ts';

export const SETTINGS_KEY = 'hot-seat/settings';

export const TEXT_SIZES = { normal: 1, large: 1.3, huge: 1.75 } as const;
/** Real seconds per crisis hour in live pacing: a facilitator's hand on the pace. */
export const SPEEDS = { slow: 9, normal: 6, fast: 3 } as const;
export type Speed = keyof typeof SPEEDS;
/** The text sizes and the speeds by name, in the order the settings offer them. */
export const TEXT_SIZE_NAMES = Object.keys(TEXT_SIZES) as (keyof typeof TEXT_SIZES)[];
export const SPEED_NAMES = Object.keys(SPEEDS) as Speed[];
/** The live clock starts gently: its first hours take twice as long, while a newcomer finds their feet. */
export const GENTLE_HOURS = 3;
export const secondsPerHour = (speed: Speed, hour: number) => SPEEDS[speed] * (hour < GENTLE_HOURS ? 2 : 1);

/** Each field falls back on its own; reduced motion falls back to the system's preference. */
const settingsSchema = (prefersReducedMotion: boolean) =>
  z.object({
    textSize: z.catch(z.enum(TEXT_SIZE_NAMES), 'normal'),
    reducedMotion: z.catch(z.boolean(), prefersReducedMotion),
    pacing: z.catch(z.enum(PACINGS), 'turn'),
    speed: z.catch(z.enum(SPEED_NAMES), 'normal'),
    muted: z.catch(z.boolean(), false),
    volume: z.catch(z.number().check(z.minimum(0), z.maximum(1)), 0.7),
    /** The first chapter's tips; off once skipped, on again from the settings. */
    tutorial: z.catch(z.boolean(), true),
    tipsSeen: z.catch(z.array(z.string()), []),
    /** For teaching: each reply button names its kind (apologise, evidence…) before it is chosen. */
    showKinds: z.catch(z.boolean(), false),
    /** The language the player chose; none yet means the browser's. */
    language: z.catch(z.optional(z.enum(LANGUAGES)), undefined),
  });
export type Settings = z.output<ReturnType<typeof settingsSchema>>;

export const defaultSettings = (prefersReducedMotion = false): Settings =>
  settingsSchema(prefersReducedMotion).parse({});

export function loadSettings(storage: KeyValueStorage, prefersReducedMotion = false): Settings {
  const schema = settingsSchema(prefersReducedMotion);
  try {
    const raw = storage.getItem(SETTINGS_KEY);
    const data: unknown = raw ? JSON.parse(raw) : {};
    return schema.parse(data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {});
  } catch {
    return schema.parse({});
  }
}

export const saveSettings = (storage: KeyValueStorage, s: Settings) => storage.setItem(SETTINGS_KEY, JSON.stringify(s));
