// npm run simulate -- [--level ID] [--file PATH]... [--runs N] [--policy NAME] [--live SECONDS] [--json]
//                   | [--level ID] [--file PATH]... [--runs N] --kind-order
//                   | --replay CODE [--json]
// Plays levels with every scripted player and prints the outcome table, and under it why the endings that
// some player rarely reaches were missed. With --live, each run is played in live pacing at the middle
// speed, the player taking SECONDS to read and decide each reply.
import type { Level } from '../content/schema.ts';
import { type MissedEnding, MissTally } from '../core/missed.ts';
import { bestKindOrder, orderRate } from '../core/kind-order.ts';
import { POLICIES, type Policy } from '../core/policies.ts';
import { playLive, playOnce, simulate } from '../core/simulate.ts';
import { missedLine, reasonText } from '../state/balance-words.ts';
import { secondsPerHour } from '../state/settings.ts';
import { loadGivenLevels, readArgs, runTool, UsageError } from './command-line.ts';
import { printReplay } from './replay.ts';
import { loadAllLevels, readStorm } from '../data-files/load.ts';

const USAGE = `Usage: npm run simulate -- [options]

Plays levels with the scripted players and prints, for each level, how often each player reaches a good
ending (good), reaches the chapter's end rather than an early collapse (end), how well it told fair
criticism from false attacks (disc, 0-100), and its endings; then why the endings that some player
reaches in under 10% of its runs were missed.

Options:
  --level ID        only the level with this id
  --file PATH       play this level file instead of the built-in chapters (repeat for several files)
  --runs N          runs per player (default 1000)
  --policy NAME     only this player: ${POLICIES.map((p) => p.name).join(', ')}
  --live SECONDS    play in live pacing at the middle speed, SECONDS of thinking per reply (half that
                    per check)
  --kind-order      search for the fixed order of reply kinds that wins most often over the levels
                    (a hill-climb at 60 runs a level), and print it with its rate in each level at --runs
  --json            print JSON: {"levels": [{id, policies: [{name, runs, goodRate, completeRate, endings}]}],
                    "missed": [{id, endings: [{ending, title, reachedShare, failed: [{condition, missedShare}]}]}]}
  --replay CODE     replay a debrief's replay code and print its final meters and ending
                    (with --json: {"final":{"trust":…,"loyalty":…,"heat":…},"ending":"…"})
  --help            print this and exit`;

const wholeNumber = (name: string, text: string): number => {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new UsageError(`${name} must be a whole number above 0, not "${text}"`);
  return Number(text);
};

function main() {
  const { values: args } = readArgs(USAGE, {
    level: { type: 'string' },
    file: { type: 'string', multiple: true },
    runs: { type: 'string', default: '1000' },
    policy: { type: 'string' },
    json: { type: 'boolean', default: false },
    live: { type: 'string' },
    replay: { type: 'string' },
    'kind-order': { type: 'boolean', default: false },
  });
  if (args.replay !== undefined) {
    process.exitCode = printReplay(args.replay, loadAllLevels(), readStorm(), args.json);
    return;
  }
  const runs = wholeNumber('--runs', args.runs);
  const think = args.live === undefined ? null : Number(args.live);
  if (think !== null && !(args.live!.trim() !== '' && think >= 0))
    throw new UsageError(`--live must be a number of seconds, not "${args.live}"`);
  const policies = POLICIES.filter((p) => !args.policy || p.name === args.policy);
  if (!policies.length) throw new UsageError(`--policy: no player named "${args.policy}" (see --help for the names)`);

  const all = args.file ? loadGivenLevels(args.file) : loadAllLevels();
  if (!all) return;
  const levels = all.filter((l) => !args.level || l.id === args.level);
  if (!levels.length)
    throw new UsageError(`--level: no level with id "${args.level}" (there are: ${all.map((l) => l.id).join(', ')})`);

  if (args['kind-order']) {
    printKindOrder(levels, runs);
    return;
  }

  const play = (level: Level, p: Policy) => (seed: number) =>
    think === null
      ? playOnce(level, p, seed, false)
      : playLive(level, p, seed, think, (hour) => secondsPerHour('normal', hour));
  const report = levels.map((level) => {
    const tally = new MissTally(level);
    const outcomes = policies.map((p) =>
      simulate(level, p, runs, 1, (seed) => {
        const s = play(level, p)(seed);
        tally.observe(s);
        return s;
      }),
    );
    const shares = outcomes.map((o) => Object.fromEntries(Object.entries(o.endings).map(([id, n]) => [id, n / runs])));
    return { level, outcomes, missed: tally.missed(shares) };
  });

  if (args.json) {
    // The JSON keeps the shape other tools read: one entry per player with its rates and endings; why
    // endings were missed comes under a key of its own.
    const levels = report.map(({ level, outcomes }) => ({
      id: level.id,
      policies: outcomes.map(({ name, runs, goodRate, completeRate, endings }) => ({
        name,
        runs,
        goodRate,
        completeRate,
        endings,
      })),
    }));
    const missed = report.map(({ level, missed }) => ({ id: level.id, endings: missed.map(inWords) }));
    console.log(JSON.stringify({ levels, missed }));
    return;
  }
  for (const { level, outcomes, missed } of report) printTable(level, outcomes, missed, runs);
}

/** A missed ending as the JSON gives it: each reason in plain words. */
function inWords({ failed, ...m }: MissedEnding) {
  return { ...m, failed: failed.map((f) => ({ condition: reasonText(f), missedShare: f.missedShare })) };
}

/** The best fixed order of kinds for these levels, and how often it wins each of them. */
function printKindOrder(levels: Level[], runs: number) {
  const found = bestKindOrder(levels);
  console.log(`best order found: ${found.order.join(', ')}`);
  for (const level of levels)
    console.log(`  ${level.id.padEnd(24)}${(orderRate([level], found.order, runs) * 100).toFixed(0).padStart(4)}%`);
}

function printTable(level: Level, outcomes: ReturnType<typeof simulate>[], missed: MissedEnding[], runs: number) {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
  console.log(`\n${level.id} (${runs} runs per policy)\n${'policy'.padEnd(20)} good   end  disc  endings`);
  for (const p of outcomes) {
    const family = POLICIES.find((x) => x.name === p.name)!.family;
    const endings = Object.entries(p.endings)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
    const disc = p.discernment === null ? '   —' : p.discernment.toFixed(0).padStart(4);
    console.log(`${p.name.padEnd(20)}${pct(p.goodRate)}${pct(p.completeRate)}  ${disc}  ${endings}  [${family}]`);
  }
  if (!missed.length) return;
  console.log('\nwhy endings were missed (some player reaches them in under 10% of its runs):');
  for (const m of missed) console.log(`  ${missedLine(m)}`);
}

runTool('simulate', main);
