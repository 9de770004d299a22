// Words of the workshop that the setup, the projector view and the keys share.
import { t } from '../i18n/i18n.ts';

/** The facilitator's keys, as the setup screen lists them; src/html/keyboard.ts acts on these same keys. */
export const WORKSHOP_KEYS = {
  vote: '1–9',
  check: 'A C O',
  team: '← →',
  pause: 'Space',
  extend: '+',
  end: 'E',
  discuss: 'D',
  next: 'N',
} as const;

/** Each facilitator's key and what it does, in the setup's order. */
export const facilitatorKeys = (): readonly (readonly [string, string])[] =>
  (Object.keys(WORKSHOP_KEYS) as (keyof typeof WORKSHOP_KEYS)[]).map((k) => [
    WORKSHOP_KEYS[k],
    t(`workshop.keys.${k}`),
  ]);

/** "1:05" for a countdown. */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
