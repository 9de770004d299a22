// Words of the workshop that the setup, the projector view and the keys share.

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

export const FACILITATOR_KEYS: readonly (readonly [string, string])[] = [
  [WORKSHOP_KEYS.vote, 'the team that is up votes for that reply; the next team is up'],
  [WORKSHOP_KEYS.check, 'the room checks the post: its account (A), other coverage (C), the original (O)'],
  [WORKSHOP_KEYS.team, 'choose which team is up'],
  [WORKSHOP_KEYS.pause, 'pause or resume the countdown'],
  [WORKSHOP_KEYS.extend, 'add 30 seconds'],
  [WORKSHOP_KEYS.end, 'end the vote now: the room plays the majority'],
  [WORKSHOP_KEYS.discuss, 'after a decision: open or close the discussion'],
  [WORKSHOP_KEYS.next, 'go on to the next decision'],
];

/** "1:05" for a countdown. */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
