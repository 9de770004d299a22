// The level format as a level author meets it: every mistake comes back as `file:line: path: reason`,
// all of them at once, and a good file loads with the defaults filled in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';
import { loadLevelFile } from '../../src/data-files/load.ts';
import { loadLevel } from '../../src/content/loader.ts';
import { formatProblem } from '../../src/content/problems.ts';

const BAD = 'tests/fixtures/bad';
const MINI = 'tests/fixtures/mini.yaml';

/** The lines a level author would see for a file, in the order the loader reports them. */
function printed(file: string): string[] {
  const r = loadLevelFile(file);
  if (r.ok) throw new Error(`${file} loaded without problems`);
  return r.problems.map(formatProblem);
}

const KINDS_LIST =
  '"refute", "apologise", "evidence", "invite", "humour", "brand-voice", "silence", "anger", "deflect", "hype"';
const SCENARIO_LIST = '"S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11"';
const NOT_A_MAPPING = '(top): a level file must be a YAML mapping with id, title, endings and posts';
const NEVER_ARRIVES =
  'posts[2]: post "backlash" never arrives: give it an "at" hour or make a response follow up with it';

// [fixture, what is wrong, exact printed lines (after "file:")]
const CASES: [string, string, string[]][] = [
  [
    'not-yaml',
    'not YAML at all: a quote that is never closed, named where it opens',
    [
      '1: (yaml): column 19: a value opens with a quote mark (") that is never closed: close it at the end of the value, or leave the quotes out',
    ],
  ],
  ['list', 'a list, not a mapping', [`2: ${NOT_A_MAPPING}`]],
  ['empty', 'an empty file', [`1: ${NOT_A_MAPPING}`]],
  ['binary', 'binary garbage (a PNG header)', [`1: ${NOT_A_MAPPING}`]],
  ['missing-field', 'a missing required field (hours), reported at its parent', ['2: hours: is required']],
  ['wrong-type', 'a string where a number belongs', ['7: hours: must be a number, not string "twenty"']],
  [
    'unknown-field',
    'an unknown field (typo), reported at the typo',
    ['20: posts[0].virall: unknown field "virall" (check the spelling; allowed fields are listed in the level schema)'],
  ],
  ['bad-scenario', 'scenario S99', [`60: posts[3].scenario: must be one of ${SCENARIO_LIST}, not "S99"`]],
  ['bad-kind', 'response kind "shout"', [`25: posts[0].responses[0].kind: must be one of ${KINDS_LIST}, not "shout"`]],
  [
    'hashtag',
    'a hashtag in plain text, which YAML reads as a comment',
    [
      '45: posts[1].text: "#BreakfastClub" was read as a YAML comment, not text: put the text in quotes or in a >- block',
    ],
  ],
  ['bad-handle', 'a handle without @', ['18: posts[0].author.handle: must look like @handle (letters, digits, _)']],
  ['too-few-responses', 'a post with one response', ['67: posts[3].responses: needs at least 2 responses']],
  ['duplicate-post', 'two posts with one id', ['59: posts[3].id: duplicate post id "fan" (also posts[1])']],
  [
    'duplicate-response',
    'two responses with one id',
    ['68: posts[3].responses[1].id: duplicate response id "proof" in post "late"'],
  ],
  [
    'unknown-followup',
    'a follow-up to an unknown post (which also leaves backlash unreachable)',
    ['37: posts[0].responses[1].followups[0].post: unknown post id "backlsh"', `50: ${NEVER_ARRIVES}`],
  ],
  [
    'unset-flag',
    'a condition reading a flag nothing sets',
    ['68: posts[3].responses[1].requires.notFlag: flag "ignored-backlsh" is never set by any response'],
  ],
  [
    'unknown-chose',
    'chose names a missing response',
    ['12: endings[1].when.all[1].chose: no response "poster.numbrs" exists'],
  ],
  [
    'no-fallback',
    'no fallback ending',
    ['11: endings: needs a fallback: an ending with timing: end and no "when", listed last'],
  ],
  [
    'after-fallback',
    'an end ending after the fallback',
    ['14: endings[3]: ending "late-end" is unreachable: the fallback ending "quiet-survival" comes before it'],
  ],
  ['never-arrives', 'a post without at that nothing follows up with', [`50: ${NEVER_ARRIVES}`]],
  [
    'at-beyond-hours',
    'a post at the chapter end',
    ["61: posts[3].at: hour 24 is not before the chapter's end (hours: 24)"],
  ],
  [
    'two-tests',
    'a condition with two tests',
    ['62: posts[3].when: needs exactly one of flag, notFlag, value, chose, all, any, not (found flag, value)'],
  ],
  [
    'value-no-bound',
    'a value test without atLeast/atMost',
    ['62: posts[3].when: a value test needs atLeast or atMost'],
  ],
];

describe('malformed level files are reported as file:line: path: reason', () => {
  it.each(CASES)('%s (%s)', (name, _what, lines) => {
    const file = `${BAD}/${name}.yaml`;
    expect(printed(file)).toEqual(lines.map((l) => `${file}:${l}`));
  });

  it('never stops at the first schema problem: a file with three mistakes reports all three', () => {
    const file = `${BAD}/several.yaml`;
    expect(printed(file)).toEqual([
      `${file}:7: hours: must be a number, not string "lots"`,
      `${file}:18: posts[0].author.handle: must look like @handle (letters, digits, _)`,
      `${file}:60: posts[3].scenario: must be one of ${SCENARIO_LIST}, not "S99"`,
    ]);
  });

  it('never stops at the first audit finding either', () => {
    const file = `${BAD}/several-audit-findings.yaml`;
    expect(printed(file)).toEqual([
      `${file}:59: posts[3].id: duplicate post id "fan" (also posts[1])`,
      `${file}:37: posts[0].responses[1].followups[0].post: unknown post id "backlsh"`,
      `${file}:50: ${NEVER_ARRIVES}`,
    ]);
  });

  it('reports a file that cannot be read instead of throwing', () => {
    expect(printed(`${BAD}/no-such-file.yaml`)).toEqual([
      'tests/fixtures/bad/no-such-file.yaml:1: (file): cannot read: no such file',
    ]);
  });

  it('inline text: an atLeast above atMost can never hold', () => {
    const text = readFileSync(MINI, 'utf8').replace(
      'when: { value: heat, atLeast: 30 }',
      'when: { value: heat, atLeast: 30, atMost: 10 }',
    );
    const r = loadLevel(text, 'inline.yaml');
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'inline.yaml:67: posts[3].when: can never hold: atLeast 30 is above atMost 10',
    ]);
  });

  it('inline text: a post whose every response is gated leaves the player no choice', () => {
    const text = readFileSync(MINI, 'utf8').replace('kind: humour, label: Joke', 'kind: brand-voice, label: Joke');
    const r = loadLevel(text, 'inline.yaml');
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'inline.yaml:51: posts[1].responses: needs one response without "requires" that is not brand-voice, so there is always a choice',
    ]);
  });

  it('inline text: a duplicate key is a YAML error, not a silent overwrite', () => {
    const r = loadLevel('id: a\nid: b\n', 'inline.yaml');
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'inline.yaml:2: (yaml): column 1: the key "id" appears twice in the same mapping: keep one of them',
    ]);
  });

  it('inline text: a field whose name is blank or holds a dot is quoted in the path, so the line still reads', () => {
    const r = loadLevel('" ": null\nposts:\n  - "a.b": 1\n', 'inline.yaml');
    const lines = r.ok ? [] : r.problems.map(formatProblem);
    expect(lines).toContain(
      'inline.yaml:1: " ": unknown field " " (check the spelling; allowed fields are listed in the level schema)',
    );
    expect(lines).toContain(
      'inline.yaml:3: posts[0]."a.b": unknown field "a.b" (check the spelling; allowed fields are listed in the level schema)',
    );
  });
});

describe('a valid level file', () => {
  const r = loadLevelFile(MINI);

  it('loads without problems', () => {
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it('gets the defaults a level author may leave out', () => {
    if (!r.ok) throw new Error('mini.yaml does not load');
    const level = r.level;
    expect(level.bonus).toBe(false);
    const fan = level.posts.find((p) => p.id === 'fan')!;
    expect(fan).toMatchObject({ shares: 100, window: 6 }); // neither is written in mini.yaml
    const backlash = level.posts.find((p) => p.id === 'backlash')!;
    expect(backlash.viral).toBe(4);
    expect(backlash.window).toBe(6);
    expect(backlash.shares).toBe(100);
    expect(backlash.author.verified).toBe(false);
    const late = level.posts.find((p) => p.id === 'late')!;
    expect(late.viral).toBe(3);
    expect(late.window).toBe(6);
    const joke = fan.responses.find((x) => x.id === 'joke')!;
    expect(joke).toMatchObject({ cost: 1, sets: [], clears: [], followups: [], trap: false });
    const proof = late.responses.find((x) => x.id === 'proof')!;
    expect(proof.cost).toBe(1);
    // the written values are kept, not overwritten by defaults
    const numbers = level.posts[0]!.responses[0]!;
    expect(numbers.cost).toBe(2);
    expect(level.posts[0]!.window).toBe(4);
  });

  it('fills in viral 2 when a post leaves it out', () => {
    const text = readFileSync(MINI, 'utf8').replace('    viral: 3\n    window: 4\n', '    window: 4\n');
    const loaded = loadLevel(text, 'inline.yaml');
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    expect(loaded.level.posts[0]!.viral).toBe(2);
  });
});

describe('a level whose endings give their timing as `check`, as files did before', () => {
  // Until a check came to be what a player runs on a post, an ending's `timing` was its `check`: a trainer's
  // file or scenario saved then says `check: anytime` or `check: end`, and reads as it always did.
  const current = readFileSync(MINI, 'utf8');
  const former = current.replaceAll('timing: ', 'check: ');

  it('loads as the same level, with no problem or warning', () => {
    expect(former).not.toBe(current);
    const then = loadLevel(former, 'former.yaml');
    const now = loadLevel(current, 'current.yaml');
    if (!then.ok || !now.ok) throw new Error('mini.yaml does not load');
    expect(then.warnings).toEqual(now.warnings);
    expect(then.level).toEqual(now.level);
    expect(then.level.endings.map((e) => e.timing)).toEqual(['anytime', 'end', 'end']);
  });

  it('is refused when an ending names its timing both ways, as any unknown field is', () => {
    const both = current.replace('timing: anytime,', 'timing: anytime, check: anytime,');
    const r = loadLevel(both, 'both.yaml');
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'both.yaml:11: endings[0].check: unknown field "check" (check the spelling; allowed fields are listed in the level schema)',
    ]);
  });
});

describe('the validate-levels command', () => {
  const run = (file: string) => runTool('validate-levels', [file], { timeout: 60_000 });

  it('exits 1 and prints the problem line on stderr for a bad file', { timeout: 60_000 }, () => {
    const file = `${BAD}/bad-scenario.yaml`;
    const out = run(file);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe(`${file}:60: posts[3].scenario: must be one of ${SCENARIO_LIST}, not "S99"\n`);
    expect(out.stdout).toBe('0 of 1 level files are valid\n');
  });

  it('exits 0 on a valid file', { timeout: 60_000 }, () => {
    // Not mini.yaml: it takes chapter 1's number, which the validator names as a clash.
    const out = run('tests/fixtures/own-scenario.yaml');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toBe('1 of 1 level files are valid\n');
  });
});
