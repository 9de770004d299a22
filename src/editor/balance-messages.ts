// What the page and the balance workers say to each other.
import type { Level } from '../content/schema.ts';
import { BALANCE_RUNS } from '../core/balance-targets.ts';
import type { PlayerPart } from '../core/balance.ts';

export interface BalanceRequest {
  /** Which change of the text this is for: a reply for an older one is dropped. */
  id: number;
  level: Level;
  /** The players this worker plays, by their place in POLICIES. */
  players: number[];
}

/** A worker's players played to `runs` runs each: first the quick look, then the full table. */
export interface BalanceReply {
  id: number;
  runs: number;
  /** In the order of the request's players. */
  parts: PlayerPart[];
}

/** The quick look first, then the full table, over the runs the balance targets are measured on. */
export const QUICK_RUNS = 200;
export const FULL_RUNS = BALANCE_RUNS;
