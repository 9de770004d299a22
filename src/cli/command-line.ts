// The command line of the Node tools: --help prints the usage and exits 0; a mistake (an unknown option, a
// missing or bad value) is one plain line on stderr and exit code 2, never a stack trace. Level files named on
// a command line are loaded here too, their problems printed as the validator prints them.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { formatProblem } from '../content/problems.ts';
import type { Level } from '../content/schema.ts';
import { loadLevelFile, unreadable, unreadLine } from '../data-files/load.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A mistake on the command line, said in one line. */
export class UsageError extends Error {}

/**
 * Reads the arguments with node:util's parseArgs (add an option by adding it to `options`). Prints `usage`
 * and exits 0 on --help or -h.
 */
export function readArgs<O extends Options>(usage: string, options: O, positionals = false) {
  const argv = process.argv.slice(2);
  if (argv.some((a) => a === '--help' || a === '-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    throw new UsageError(`${plainParseError(e as Error & { code?: string })} (see --help)`);
  }
}

/** parseArgs's messages, cut to what matters. */
function plainParseError(e: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${quoted.split(' ')[0]} ${e.message.includes('argument missing') ? 'needs a value' : 'takes no value'}`;
    default:
      return e.message.split('\n')[0]!;
  }
}

/**
 * Runs a tool's main function: a UsageError becomes one line on stderr and exit code 2. Anything else is a
 * bug in the tool and keeps its stack.
 */
export async function runTool(name: string, main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${name}: ${e.message}`);
    process.exitCode = 2;
  }
}

/**
 * Level files named on a command line. A file that cannot be read throws UsageError; a level with problems
 * prints them on stderr as the validator does, sets exit code 1 and gives null.
 */
export function loadGivenLevels(files: string[]): Level[] | null {
  const results = files.map(loadLevelFile);
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  const unread = results.find((r) => !r.ok && unreadable(r.problems));
  if (unread && !unread.ok) throw new UsageError(unreadLine(unread.problems[0]!));
  if (problems.length) {
    problems.forEach((p) => console.error(formatProblem(p)));
    process.exitCode = 1;
    return null;
  }
  return results.map((r) => (r as { level: Level }).level);
}
