// Runs the balance worker for the latest valid text only: a newer text stops the worker at once (a
// calculation under way cannot be interrupted any other way) and a reply for an older text is dropped.
import type { Level } from '../content/schema.ts';
import type { BalanceReply, BalanceRequest } from './balance-messages.ts';

export interface Timed extends BalanceReply {
  /** From the text being sent to this reply arriving, worker start included. */
  sinceChange: number;
}

export function balanceRunner(onReply: (reply: Timed) => void) {
  let worker: Worker | null = null;
  let busy = false;
  let latest = 0;
  let sentAt = 0;
  const spawn = () => {
    const w = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module', name: 'balance' });
    w.onmessage = (e: MessageEvent<BalanceReply>) => {
      if (e.data.id !== latest) return;
      if (e.data.done) busy = false;
      onReply({ ...e.data, sinceChange: performance.now() - sentAt });
    };
    return w;
  };
  return {
    run(level: Level) {
      latest++;
      if (busy) {
        worker?.terminate();
        worker = null;
      }
      worker ??= spawn();
      busy = true;
      sentAt = performance.now();
      worker.postMessage({ id: latest, level } satisfies BalanceRequest);
    },
    /** The text no longer loads: whatever is being worked out is no longer wanted. */
    cancel() {
      latest++;
    },
  };
}
