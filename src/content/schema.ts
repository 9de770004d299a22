// The level format: one zod schema is the single source of truth for level files, their TypeScript
// types and the JSON Schema that editors use for autocompletion (see json-schema.ts). The words it is
// built from (meters, kinds, checks, codes…) are in terms.ts, which the game reads without zod.
import { z } from 'zod';
import { withCurrentNames } from './former-names.ts';
import {
  AUTHOR_KINDS,
  CHECKS,
  CLAIMS,
  KINDS,
  LESSON_CODES,
  POINTS,
  SCENARIO_CODES,
  STANCES,
  VALUES,
  type ValueName,
} from './terms.ts';

const id = z
  .string()
  .max(60, 'must be at most 60 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes, like "fine-print"');
const text = z.string().trim().min(1, 'must not be empty');
/** A text of at most `n` characters: a level file may come from anyone, and the screen has room for so much. */
const maxChars = (n: number) => text.max(n, `must be at most ${n} characters long`);
/** The case's lessons are L1–L12; a level may name its own, like A1 or OWN-2. */
const lessonCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9-]{0,11}$/, 'must be a lesson code: capital letters, digits and dashes, like L3 or A1');
const value = z.enum(VALUES);

/** A condition: exactly one of its tests, e.g. `{ flag: fine-print }` or `{ value: trust, atMost: 30 }`. */
export interface Condition {
  flag?: string;
  notFlag?: string;
  value?: ValueName;
  atLeast?: number;
  atMost?: number;
  chose?: string;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}
const TESTS = ['flag', 'notFlag', 'value', 'chose', 'all', 'any', 'not'] as const;

// One object with optional keys rather than a union, so that a mistake is reported at the field itself.
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      flag: id.optional(),
      notFlag: id.optional(),
      value: value.optional(),
      atLeast: z.number().min(0).max(100).optional(),
      atMost: z.number().min(0).max(100).optional(),
      chose: z
        .string()
        .regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'must be "post-id.response-id"')
        .optional(),
      all: z.array(ConditionSchema).min(1).optional(),
      any: z.array(ConditionSchema).min(1).optional(),
      not: ConditionSchema.optional(),
    })
    .superRefine((c, ctx) => {
      const tests = TESTS.filter((t) => c[t] !== undefined);
      if (tests.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `needs exactly one of ${TESTS.join(', ')} (found ${tests.length ? tests.join(', ') : 'none'})`,
        });
      } else if (c.value !== undefined && c.atLeast === undefined && c.atMost === undefined) {
        ctx.addIssue({ code: 'custom', message: 'a value test needs atLeast or atMost' });
      } else if (c.value === undefined && (c.atLeast !== undefined || c.atMost !== undefined)) {
        ctx.addIssue({ code: 'custom', message: 'atLeast and atMost belong with value' });
      }
    }),
);

/** Changes to meters and hidden values, in points. */
export const EffectsSchema = z.partialRecord(value, z.number().min(-100).max(100));

const FollowUpSchema = z.strictObject({
  post: id,
  after: z.number().int().min(0).max(500).describe('crisis hours after the reply'),
});

export const ResponseSchema = z.strictObject({
  id,
  kind: z.enum(KINDS),
  label: text.max(60, 'must be at most 60 characters: labels are read at a glance'),
  reply: maxChars(600).optional().describe('what the CEO (or the brand) posts'),
  cost: z.number().int().min(0).max(12).default(1).describe('crisis hours the reply takes'),
  effects: EffectsSchema.default({}),
  sets: z.array(id).max(20).default([]),
  clears: z.array(id).max(20).default([]),
  followups: z.array(FollowUpSchema).max(10).default([]),
  headline: maxChars(120).optional().describe('a line for the breaking-news ticker'),
  lesson: lessonCode
    .optional()
    .describe("which lesson it shows: one of the case's, L1–L12, or a code from this file's own lessons")
    .meta({ examples: [...LESSON_CODES] }),
  trap: z.boolean().default(false).describe('this response is the trap the case warns about'),
  stance: z
    .enum(STANCES)
    .optional()
    .describe(
      "towards the post's claim; leave out for the usual one of its kind: apologise admits, evidence and refute counter, anger attacks, the rest dodge",
    ),
  note: maxChars(400)
    .optional()
    .describe(
      "one sentence for the debrief, tying the outcome to the case; a post with variants may give it in each variant's replies",
    ),
  requires: ConditionSchema.optional(),
});

const FindingSchema = z.strictObject({
  text: maxChars(300).describe("what the check turns up, in the post's world"),
  points: z
    .enum(POINTS)
    .default('unclear')
    .describe(
      'which way the finding points: fair, unfounded or unclear (a finding may mislead: say which way it points, not the truth)',
    ),
});

const CheckSchema = z.strictObject({
  check: z.enum(CHECKS).describe('account: who is behind it; coverage: what others report; original: the full source'),
  hours: z.number().int().min(0).max(6).default(1).describe('crisis hours the check takes'),
  finding: FindingSchema.optional().describe('what it finds; a post with variants may give it in each variant instead'),
});

/** What a variant may change about a reply: what it does to the world, never what the player sees on the button. */
const ReplyOutcomeSchema = z.strictObject({
  effects: EffectsSchema.optional(),
  sets: z.array(id).max(20).optional(),
  clears: z.array(id).max(20).optional(),
  followups: z.array(FollowUpSchema).max(10).optional(),
  headline: maxChars(120).optional(),
  lesson: lessonCode.optional(),
  trap: z.boolean().optional(),
  note: maxChars(400).optional(),
});

const IgnoredSchema = z
  .strictObject({
    effects: EffectsSchema.optional().describe('leave out for the default cost'),
    sets: z.array(id).max(20).default([]),
    note: maxChars(400).optional(),
  })
  .describe('what happens when nobody answers in time');

const VariantSchema = z.strictObject({
  id,
  claim: z.enum(CLAIMS).describe('what the criticism is in the games that deal this variant'),
  bait: z.boolean().optional().describe('in this variant, low-reach bait: the right answer is not to feed it'),
  weight: z.number().int().min(1).max(10).default(1).describe('how often the seed deals it, against the others'),
  findings: z
    .partialRecord(z.enum(CHECKS), FindingSchema)
    .default({})
    .describe("what each of the post's checks turns up in this variant"),
  replies: z
    .record(id, ReplyOutcomeSchema)
    .default({})
    .describe("by reply id: what that reply does in this variant (effects, flags, note…), replacing the reply's own"),
  ignored: IgnoredSchema.optional().describe('what letting the post expire does in this variant'),
});

const AuthorSchema = z.strictObject({
  name: text.max(40),
  handle: z.string().regex(/^@[A-Za-z0-9_]{2,24}$/, 'must look like @handle (letters, digits, _)'),
  kind: z.enum(AUTHOR_KINDS),
  verified: z.boolean().default(false),
});

export const PostSchema = z.strictObject({
  id,
  scenario: z.enum(SCENARIO_CODES),
  claim: z
    .enum(CLAIMS)
    .optional()
    .describe(
      'fair criticism, misleading or fabricated attack, or none; posts without it do not count for discernment',
    ),
  bait: z
    .boolean()
    .default(false)
    .describe('low-reach bait: a false claim best starved of attention (no reply, or one that does not engage)'),
  at: z.number().int().min(0).optional().describe('hour it arrives; leave out for follow-up-only posts'),
  when: ConditionSchema.optional().describe('it arrives only once this holds'),
  author: AuthorSchema,
  text: text.max(400),
  quote: text.max(300).optional().describe('a quoted post shown inside this one'),
  shares: z.number().int().min(0).default(100),
  viral: z.number().int().min(0).max(5).default(2).describe('0 calm … 5 explosive'),
  window: z.number().int().min(1).max(48).default(6).describe('hours before it expires unanswered'),
  headline: maxChars(120).optional(),
  ignored: IgnoredSchema.optional(),
  checks: z
    .array(CheckSchema)
    .max(3, 'allows at most 3 checks')
    .default([])
    .describe('what the player may look into before answering'),
  variants: z
    .array(VariantSchema)
    .max(4, 'allows at most 4 variants')
    .default([])
    .describe('the truths the seed deals from: the same post, fair in one game and false in another'),
  responses: z.array(ResponseSchema).min(2, 'needs at least 2 responses').max(5, 'allows at most 5 responses'),
});

/** An ending's former field names: its timing was called `check` until a check came to be what a player runs. */
const ENDING_FORMER_NAMES = { check: 'timing' } as const;

export const EndingSchema = z.preprocess(
  withCurrentNames(ENDING_FORMER_NAMES),
  z.strictObject({
    id,
    title: text.max(40),
    good: z.boolean(),
    text: maxChars(1500),
    timing: z
      .enum(['anytime', 'end'])
      .describe('anytime: as soon as it holds; end: at the chapter end, first match wins'),
    when: ConditionSchema.optional().describe('leave out on the last end ending: the fallback'),
  }),
);

const start = z.strictObject(Object.fromEntries(VALUES.map((v) => [v, z.number().min(0).max(100).optional()])));

export const LevelSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  number: z.number().int().min(1).max(99),
  title: text.max(50),
  persona: z.strictObject({
    name: text.max(30),
    handle: z.string().regex(/^@[A-Za-z0-9_]{2,24}$/),
    role: text.max(60),
  }),
  bonus: z.boolean().default(false),
  briefing: maxChars(2000),
  hours: z.number().int().min(1).max(2000).describe('length of the chapter in crisis hours'),
  start: start.default({}),
  questions: z
    .array(maxChars(400))
    .min(3, 'needs 3 to 5 discussion questions')
    .max(5, 'needs 3 to 5 discussion questions'),
  lessons: z
    .record(lessonCode, maxChars(400))
    .default({})
    .describe("this scenario's own lessons, code: text (e.g. A1: Say what you know and when you will know more)"),
  endings: z.array(EndingSchema).min(1).max(20, 'allows at most 20 endings'),
  posts: z.array(PostSchema).min(1).max(300, 'allows at most 300 posts'),
});

/**
 * Where a level comes from when it is not one of the campaign's files: a trainer's own scenario
 * (src/state/scenarios.ts) or the endless storm dealt from the campaign (src/core/storm.ts). Set by the code
 * that makes the level, never by a level file (the schema has no such field).
 */
export type LevelSource = 'own' | 'storm';

export type Level = z.output<typeof LevelSchema> & { source?: LevelSource };
export type Post = Level['posts'][number];
export type Response = Post['responses'][number];
export type Ending = Level['endings'][number];
export type Check = Post['checks'][number];
export type CheckFinding = NonNullable<Check['finding']>;
export type Variant = Post['variants'][number];
export type Effects = z.output<typeof EffectsSchema>;
