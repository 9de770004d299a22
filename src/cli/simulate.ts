// npm run simulate -- [--level ID] [--runs N] [--policy NAME] [--live SECONDS] [--json] | --replay CODE [--json]
// Plays every level with every scripted policy and prints the outcome distribution. With --live, each run
// is played in live pacing at the middle speed, the player taking SECONDS to read and decide each reply.
import { parseArgs } from 'node:util';
import type { Level } from '../content/schema.ts';
import { POLICIES, type Policy } from '../core/policies.ts';
import { playLive, simulate } from '../core/simulate.ts';
import { secondsPerHour } from '../state/settings.ts';
import { loadAllLevels } from './level-files.ts';
import { printReplay } from './replay.ts';

const { values: args } = parseArgs({
  options: {
    level: { type: 'string' },
    runs: { type: 'string', default: '1000' },
    policy: { type: 'string' },
    json: { type: 'boolean', default: false },
    live: { type: 'string' },
    replay: { type: 'string' },
  },
});
if (args.replay !== undefined) process.exit(printReplay(args.replay, loadAllLevels(), args.json));
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${args.runs}`);
const levels = loadAllLevels().filter((l) => !args.level || l.id === args.level);
if (!levels.length) throw new Error(`no level with id "${args.level}"`);
const policies = POLICIES.filter((p) => !args.policy || p.name === args.policy);

const think = args.live === undefined ? null : Number(args.live);
if (think !== null && !(think >= 0)) throw new Error(`--live must be a number of seconds, not ${args.live}`);
const run = (level: Level, p: Policy) =>
  think === null
    ? simulate(level, p, runs)
    : simulate(level, p, runs, 1, (seed) => playLive(level, p, seed, think, (hour) => secondsPerHour('normal', hour)));

const report = {
  levels: levels.map((level) => ({ id: level.id, policies: policies.map((p) => run(level, p)) })),
};

if (args.json) {
  // The JSON keeps the shape other tools read: one entry per player with its rates and endings.
  const levels = report.levels.map((l) => ({
    id: l.id,
    policies: l.policies.map(({ name, runs, goodRate, completeRate, endings }) => ({
      name,
      runs,
      goodRate,
      completeRate,
      endings,
    })),
  }));
  console.log(JSON.stringify({ levels }));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
  for (const l of report.levels) {
    console.log(`\n${l.id} (${runs} runs per policy)\n${'policy'.padEnd(20)} good   end  disc  endings`);
    for (const p of l.policies) {
      const family = policies.find((x) => x.name === p.name)!.family;
      const endings = Object.entries(p.endings)
        .map(([k, v]) => `${k}:${v}`)
        .join(' ');
      const disc = p.discernment === null ? '   —' : p.discernment.toFixed(0).padStart(4);
      console.log(`${p.name.padEnd(20)}${pct(p.goodRate)}${pct(p.completeRate)}  ${disc}  ${endings}  [${family}]`);
    }
  }
}
