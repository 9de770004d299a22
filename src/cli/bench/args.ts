// The bench's command line (its usage below, `npm run bench -- --help`) and the order of its stages.
import { readArgs, UsageError } from '../command-line.ts';

/** The stages, in the order they run. The throttled ones repeat a measurement with the CPU slowed. */
export const STAGES = ['sizes', 'sim', 'editor', 'boot', 'throttled-boot', 'storm', 'throttled-storm', 'heap'] as const;
export type Stage = (typeof STAGES)[number];

const USAGE = `Usage: npm run bench -- [options]

Builds the game and a bare Phaser page, and measures them side by side in headless Chromium: the bundle
sizes, the simulator's speed, the editor's balance table, the boot, a storm (plain and with the CPU
slowed), and the heap's growth over 1,000 posts answered; then prints each measurement beside its target.

Options:
  --json            print one JSON object (progress goes to stderr)
  --loads N         cold loads of each page (default 5, at least 5)
  --storms N        storm windows of each page (default 3)
  --profile         profile 5 s of each storm and print the self time by function
  --only STAGES     a comma list of the stages to run: ${STAGES.join(', ')}
  --room            the room server under simulated phones, instead of everything else
  --help            print this and exit`;

/**
 * The arguments; --help prints the usage and exits 0. A mistake is one line and exit code 2, as in the
 * other tools (command-line.ts): this runs as the bench's modules load, before any tool's main.
 */
function benchArgs() {
  try {
    const { values } = readArgs(USAGE, {
      json: { type: 'boolean', default: false },
      loads: { type: 'string', default: '5' },
      storms: { type: 'string', default: '3' },
      profile: { type: 'boolean', default: false },
      only: { type: 'string' },
      room: { type: 'boolean', default: false },
    });
    const only = values.only?.split(',');
    const unknown = only?.filter((s) => !(STAGES as readonly string[]).includes(s));
    if (unknown?.length)
      throw new UsageError(`unknown stage ${unknown.join(', ')}; the stages are ${STAGES.join(', ')}`);
    return { ...values, only };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`bench: ${e.message}`);
    process.exit(2);
  }
}

const { only, ...args } = benchArgs();

export const want = (stage: Stage): boolean => !only || only.includes(stage);
export const JSON_OUTPUT = args.json;
export const ROOM = args.room;
export const PROFILE = args.profile;
/** Cold loads of each page (at least 5: a median of fewer says little on a shared machine). */
export const LOADS = Math.max(5, Number(args.loads) || 5);
/** Storm windows of each page. */
export const STORMS = Math.max(1, Number(args.storms) || 3);

/** How many times slower the throttled stages make Chromium's CPU: a low-end school laptop. */
export const CPU_SLOWDOWN = 4;

/** Progress goes to stderr; stdout carries only the report. */
export const log = (...xs: unknown[]) => console.error('[bench]', ...xs);
