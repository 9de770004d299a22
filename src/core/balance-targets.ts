// The balance targets of the campaign (README, "Balance"), as shares of a player's seeded runs: what the
// balance report warns about, the editor's panel marks, and the balance tests hold every chapter to. A
// module of its own, without imports, so that the editor's panel reads them without the simulator.
/** The seeded runs of each player a chapter's balance is measured over (seeds 1…this). */
export const BALANCE_RUNS = 2000;

export const BALANCE_TARGETS = {
  /** A blind player (never reads a word) reaches a good ending in at most this share. */
  blind: 0.25,
  /** A greedy player (takes what pays at once). */
  greedy: 0.4,
  /** A player who never reads and picks by a fixed order of reply kinds. */
  kindOrder: 0.25,
  /** A careful reader who does not check, taking every criticism as fair (or as false). */
  assuming: 0.35,
  /** Readers who see the truth (lesson-aligned, careful-reader) or check when in doubt: at least this share. */
  reading: 0.7,
  /** A reader who checks when in doubt, in live pacing at the middle speed: at least this share. */
  readingLive: 0.5,
  /** A reader who checks everything, in at least half the chapters: at most this share. */
  checksEverything: 0.6,
  angry: 0.1,
  /** Random play finishes (lasts to the end of) this share of runs, at least and at most. */
  randomFinish: [0.2, 0.6],
} as const;
