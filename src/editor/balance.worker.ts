// The balance of the scenario being written, worked out off the page's thread so that typing never waits:
// first a quick look (200 runs a player), then the full table (2,000), each posted back as it is ready.
import type { Level } from '../content/schema.ts';
import { balanceReport } from '../core/balance.ts';
import { type BalanceReply, type BalanceRequest, FULL_RUNS, QUICK_RUNS } from './balance-messages.ts';

self.onmessage = (e: MessageEvent<BalanceRequest>) => {
  const { id, level } = e.data;
  const run = (runs: number, done: boolean) => {
    const started = performance.now();
    const report = balanceReport(level as Level, runs);
    const reply: BalanceReply = { id, report, done, ms: performance.now() - started };
    self.postMessage(reply);
  };
  run(QUICK_RUNS, false);
  run(FULL_RUNS, true);
};
