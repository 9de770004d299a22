// The bench's command line and the order of its stages.
// npm run bench -- [--json] [--loads N] [--storms N] [--profile] [--only sizes,sim,editor,boot,storm,heap,...]
// npm run bench -- --room [--json]: the room server's bench alone (room.ts)
import { parseArgs } from 'node:util';

/** The stages, in the order they run. The throttled ones repeat a measurement with the CPU slowed. */
export const STAGES = ['sizes', 'sim', 'editor', 'boot', 'throttled-boot', 'storm', 'throttled-storm', 'heap'] as const;
export type Stage = (typeof STAGES)[number];

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    loads: { type: 'string', default: '5' },
    storms: { type: 'string', default: '3' },
    /** Profiles 5 s of each storm that runs (plain and throttled) and prints the self time by function. */
    profile: { type: 'boolean', default: false },
    /** For working on the bench: a comma list of the stages to run. */
    only: { type: 'string' },
    /** The room server under simulated phones, instead of everything else (room.ts). */
    room: { type: 'boolean', default: false },
  },
});

const only = args.only?.split(',');
const unknown = only?.filter((s) => !(STAGES as readonly string[]).includes(s));
if (unknown?.length) throw new Error(`unknown stage ${unknown.join(', ')}; the stages are ${STAGES.join(', ')}`);

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
