// Runs the balance of the latest valid text only, its players shared out among workers side by side (one a
// core the browser reports, up to MAX_WORKERS). Each worker plays its players to the quick look's runs, then
// on to the full table's; once every worker has sent a pass, the pass is shown. A newer text stops a worker
// still at work at once (a calculation under way cannot be interrupted any other way), and a reply for an
// older text is dropped. A text whose full table was worked out a moment ago gets it again at once.
import type { Level } from '../content/schema.ts';
import { type BalanceReport, type PlayerPart, reportOf } from '../core/balance.ts';
import { POLICIES } from '../core/policies.ts';
import { type BalanceReply, type BalanceRequest, FULL_RUNS } from './balance-messages.ts';

export interface Timed {
  report: BalanceReport;
  /** False for the quick look, true for the full table. */
  done: boolean;
  /** From the text being sent to this pass arriving, worker start included. */
  sinceChange: number;
}

/** More workers than this start slower than they save, for a few dozen players. */
const MAX_WORKERS = 4;
/** Full tables kept for texts seen lately (typing a word and taking it back, a comment changed). */
const KEPT = 8;

export function balanceRunner(onReply: (reply: Timed) => void) {
  const count = Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 2);
  // Player i plays in worker i % count: neighbours in POLICIES' order play alike, and the slow readers
  // come first, so this shares the work out about evenly.
  const shares = Array.from({ length: count }, (_, w) => POLICIES.flatMap((_, i) => (i % count === w ? [i] : [])));
  const kept = new Map<string, BalanceReport>();
  let latest = 0;
  let sentAt = 0;
  let level: Level;
  let key = '';
  /** Each pass's parts so far, by its runs, then by worker. */
  let passes = new Map<number, PlayerPart[][]>();

  function received(w: number, reply: BalanceReply) {
    const pass = passes.get(reply.runs) ?? [];
    passes.set(reply.runs, pass);
    pass[w] = reply.parts;
    if (pass.filter(Boolean).length < count) return;
    const parts: PlayerPart[] = [];
    shares.forEach((players, w) => players.forEach((p, k) => (parts[p] = pass[w]![k]!)));
    const report = reportOf(level, reply.runs, parts);
    const done = reply.runs === FULL_RUNS;
    if (done) keep(key, report);
    onReply({ report, done, sinceChange: performance.now() - sentAt });
  }

  function keep(text: string, report: BalanceReport) {
    kept.delete(text);
    kept.set(text, report);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  }

  const lanes = shares.map((players, w) => {
    let worker: Worker | null = null;
    let busy = false;
    return {
      send() {
        if (busy) {
          worker?.terminate();
          worker = null;
        }
        if (!worker) {
          worker = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module', name: 'balance' });
          worker.onmessage = (e: MessageEvent<BalanceReply>) => {
            if (e.data.runs === FULL_RUNS) busy = false;
            if (e.data.id === latest) received(w, e.data);
          };
        }
        busy = true;
        worker.postMessage({ id: latest, level, players } satisfies BalanceRequest);
      },
    };
  });

  return {
    run(next: Level) {
      latest++;
      sentAt = performance.now();
      level = next;
      key = JSON.stringify(next);
      passes = new Map();
      const report = kept.get(key);
      if (report) {
        keep(key, report);
        onReply({ report, done: true, sinceChange: performance.now() - sentAt });
        return;
      }
      for (const lane of lanes) lane.send();
    },
    /** The text no longer loads: whatever is being worked out is no longer wanted. */
    cancel() {
      latest++;
    },
  };
}
