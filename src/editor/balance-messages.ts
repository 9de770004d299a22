// What the page and the balance worker say to each other.
import type { Level } from '../content/schema.ts';
import type { BalanceReport } from '../core/balance.ts';

export interface BalanceRequest {
  /** Which change of the text this is for: a reply for an older one is dropped. */
  id: number;
  level: Level;
  /** Runs for each player. */
  runs: number;
}

export interface BalanceReply {
  id: number;
  report: BalanceReport;
  /** False for the quick look, true for the full table. */
  done: boolean;
  /** How long the worker took for this pass. */
  ms: number;
}

/** The quick look first, then the full table. */
export const QUICK_RUNS = 200;
export const FULL_RUNS = 2000;
