// The balance of the scenario being written, worked out off the page's thread so that typing never waits:
// this worker's share of the players, to the quick look's runs and then on to the full table's.
import { PlayerRuns, playOn } from '../core/balance.ts';
import { POLICIES } from '../core/policies.ts';
import { type BalanceReply, type BalanceRequest, FULL_RUNS, QUICK_RUNS } from './balance-messages.ts';

self.onmessage = (e: MessageEvent<BalanceRequest>) => {
  const { id, level, players } = e.data;
  const played = players.map((i) => new PlayerRuns(level, POLICIES[i]!));
  for (const runs of [QUICK_RUNS, FULL_RUNS]) {
    const reply: BalanceReply = { id, runs, parts: playOn(played, runs) };
    self.postMessage(reply);
  }
};
