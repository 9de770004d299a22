// The endless storm's content (data/storm.yaml): its title, briefing, questions and endings, the meters it
// starts from, and how many waves it deals and how fast. Its posts are the campaign's, dealt by src/core/storm.ts;
// this file holds the schema of the rest and the audit of what a schema cannot state.
import { z } from 'zod';
import { auditEndings } from './level-audit.ts';
import { type Loaded, loadYaml } from './loader.ts';
import type { Finding, Path } from './problems.ts';
import { type Condition, LevelSchema } from './schema.ts';

const StormSchema = LevelSchema.pick({
  number: true,
  title: true,
  briefing: true,
  start: true,
  questions: true,
  endings: true,
}).extend({
  waves: z.number().int().min(1).max(50).describe('how many times the campaign is dealt'),
  firstGap: z
    .number()
    .int()
    .min(1)
    .max(24)
    .describe('hours between two dealt posts in the first waves: every third wave an hour less, down to one'),
  hoursAfter: z.number().int().min(1).max(100).describe('hours the storm goes on after its last dealt post'),
});

export type Storm = z.output<typeof StormSchema>;

/** The tests that name a post's flag or reply, with the path of each in `c`. */
function namedTests(c: Condition, path: Path): Path[] {
  return [
    ...(['flag', 'notFlag', 'chose'] as const).filter((k) => c[k] !== undefined).map((k) => [...path, k]),
    ...(c.all ?? []).flatMap((x, i) => namedTests(x, [...path, 'all', i])),
    ...(c.any ?? []).flatMap((x, i) => namedTests(x, [...path, 'any', i])),
    ...(c.not ? namedTests(c.not, [...path, 'not']) : []),
  ];
}

/** Endings as a chapter's, each reading only values: the dealt posts' flags and replies are renamed in each wave. */
function auditStorm(storm: Storm): Finding[] {
  const named = storm.endings.flatMap((e, i) => (e.when ? namedTests(e.when, ['endings', i, 'when']) : []));
  return [
    ...auditEndings(storm),
    ...named.map((path) => ({
      path,
      message: "a storm's ending can test only values: the dealt posts' flags and replies are renamed in each wave",
    })),
  ];
}

export function loadStorm(text: string, file: string): Loaded<Storm> {
  return loadYaml(text, file, {
    schema: StormSchema,
    mapping: 'the storm must be a YAML mapping with title, briefing, questions, endings, start and waves',
    audit: auditStorm,
  });
}
