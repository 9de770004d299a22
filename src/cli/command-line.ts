// The command line of the Node tools: --help prints the usage and exits 0; a mistake (an unknown option, a
// missing or bad value) is one plain line on stderr and exit code 2, never a stack trace.
import { type ParseArgsConfig, parseArgs } from 'node:util';

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
