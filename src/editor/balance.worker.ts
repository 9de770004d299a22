// The balance of the scenario being written, worked out off the page's thread so that typing never waits.
import type { Level } from '../content/schema.ts';
import { balanceReport } from '../core/balance.ts';
import { type BalanceReply, type BalanceRequest, FULL_RUNS } from './balance-messages.ts';

self.onmessage = (e: MessageEvent<BalanceRequest>) => {
  const { id, level, runs } = e.data;
  const started = performance.now();
  const report = balanceReport(level as Level, runs);
  const reply: BalanceReply = { id, report, done: runs >= FULL_RUNS, ms: performance.now() - started };
  self.postMessage(reply);
};
