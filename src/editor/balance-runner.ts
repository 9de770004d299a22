// Runs the balance of the latest valid text only, in two workers side by side: one plays the quick look
// (200 runs a player), the other the full table (2,000), so that the quick look never delays the full one.
// A newer text stops a worker still at work at once (a calculation under way cannot be interrupted any
// other way), and a reply for an older text is dropped.
import type { Level } from '../content/schema.ts';
import { type BalanceReply, type BalanceRequest, FULL_RUNS, QUICK_RUNS } from './balance-messages.ts';

export interface Timed extends BalanceReply {
  /** From the text being sent to this reply arriving, worker start included. */
  sinceChange: number;
}

export function balanceRunner(onReply: (reply: Timed) => void) {
  let latest = 0;
  let sentAt = 0;
  let fullShown = 0;
  const lane = (runs: number) => {
    let worker: Worker | null = null;
    let busy = false;
    return {
      send(level: Level) {
        if (busy) {
          worker?.terminate();
          worker = null;
        }
        if (!worker) {
          worker = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module', name: 'balance' });
          worker.onmessage = (e: MessageEvent<BalanceReply>) => {
            busy = false;
            // The full table may come first on a machine busy elsewhere: the quick look then stays away.
            if (e.data.id !== latest || fullShown === latest) return;
            if (e.data.done) fullShown = latest;
            onReply({ ...e.data, sinceChange: performance.now() - sentAt });
          };
        }
        busy = true;
        worker.postMessage({ id: latest, level, runs } satisfies BalanceRequest);
      },
    };
  };
  const quick = lane(QUICK_RUNS);
  const full = lane(FULL_RUNS);
  return {
    run(level: Level) {
      latest++;
      sentAt = performance.now();
      quick.send(level);
      full.send(level);
    },
    /** The text no longer loads: whatever is being worked out is no longer wanted. */
    cancel() {
      latest++;
    },
  };
}
