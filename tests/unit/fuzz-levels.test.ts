// The level loader against broken, hostile and random files: whatever a level author (or a bad merge, or
// a binary file dropped into levels/) feeds it, it either loads the level or refuses it with problems a
// person can act on, `file:line: path: reason`, with a line that exists in the file. It never throws.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadLevel } from '../../src/content/loader.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { ALIAS_BOMB } from './yaml-bomb.ts';

const SOURCES = [
  ...readdirSync('levels')
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join('levels', f)),
  'tests/fixtures/mini.yaml',
].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** Lines as any YAML reader might count them (\r\n, \r and \n all end a line), so an upper bound. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** What a person must be able to act on: the verdict, and for a refusal every problem's place and reason. */
function checkVerdict(text: string, file: string) {
  let result: ReturnType<typeof loadLevel>;
  try {
    result = loadLevel(text, file);
  } catch (e) {
    throw new Error(`loadLevel threw instead of reporting a problem: ${String(e)}`);
  }
  if (result.ok) {
    expect(result.level.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(result.level.posts.length).toBeGreaterThan(0);
    return;
  }
  expect(result.problems.length, 'a refused file names at least one problem').toBeGreaterThan(0);
  const lines = Math.max(1, lineCount(text));
  for (const p of result.problems) {
    const printed = formatProblem(p);
    expect(p.file, printed).toBe(file);
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines, `${printed} (the file has ${lines} lines)`).toBe(
      true,
    );
    expect(typeof p.path === 'string' && p.path.trim().length > 0, printed).toBe(true);
    expect(typeof p.message === 'string' && p.message.trim().length > 0, printed).toBe(true);
    expect(printed).toBe(`${file}:${p.line}: ${p.path}: ${p.message}`);
  }
}

// ---- mutations of real level text -------------------------------------------------------------------

/** Small YAML/JSON fragments a value could be replaced with: wrong types, flow collections, anchors, tags. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.jsonValue({ maxDepth: 3 }).map((v) => stringify(v, { lineWidth: 0 }).trimEnd().replace(/\n/g, ' ')),
  fc.constantFrom(
    '',
    '~',
    'null',
    '[]',
    '{}',
    '-1',
    '1e309',
    '.nan',
    '.inf',
    '0x1F',
    'yes',
    'no',
    'true',
    '"',
    "'",
    '[',
    '{',
    '}',
    '|',
    '>-',
    '&a x',
    '*a',
    '*nope',
    '!!binary aGk=',
    '!!str',
    '!!map',
    '!custom 1',
    '? complex',
    '- item',
    '#',
    ' #tag',
    '"unterminated',
    '@handle',
    '`tick`',
    '%YAML 1.2',
    '---',
    '...',
    '<script>alert(1)</script>',
    '\t',
    '\u0000',
    '\uFEFF',
  ),
);

/** Unicode that trips parsers: controls, BOM, line/paragraph separators, surrogates, combining marks, RTL. */
const awkwardChar = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0007',
    '\t',
    '\r',
    '\n',
    '\uFEFF',
    '\u2028',
    '\u2029',
    '\u200B',
    '\u202E',
    '\uD800',
    '\uDFFF',
    '\u0301',
    '\u00A0',
    '𝕏',
    '🔥',
    ':',
    '#',
    '-',
    '"',
    "'",
    '&',
    '*',
    '!',
    '|',
    '>',
    '%',
    '@',
    '`',
    '{',
    '[',
    ',',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

type Mutation = (lines: string[]) => string[];
const at = (lines: string[], i: number) => (lines.length ? i % lines.length : 0);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i) => (ls: string[]) => ls.filter((_, j) => j !== at(ls, i))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(
    ([i, n]) =>
      (ls: string[]) =>
        ls.filter((_, j) => j < at(ls, i) || j >= at(ls, i) + n),
  ),
  fc
    .nat()
    .map(
      (i) => (ls: string[]) =>
        ls.length ? [...ls.slice(0, at(ls, i) + 1), ls[at(ls, i)]!, ...ls.slice(at(ls, i) + 1)] : ls,
    ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (ls: string[]) => {
    const out = [...ls];
    if (out.length) [out[at(ls, i)], out[at(ls, j)]] = [out[at(ls, j)]!, out[at(ls, i)]!];
    return out;
  }),
  // Flip one character: to a neighbouring code point, or to an awkward one.
  fc
    .tuple(
      fc.nat(),
      fc.nat(),
      fc.oneof(
        fc
          .integer({ min: -3, max: 3 })
          .map((d) => (c: string) => String.fromCharCode(Math.max(0, c.charCodeAt(0) + d))),
        awkwardChar.map((a) => () => a),
      ),
    )
    .map(([i, k, flip]) => (ls: string[]) => {
      if (!ls.length) return ls;
      const line = ls[at(ls, i)]!;
      if (!line.length) return ls;
      const p = k % line.length;
      const out = [...ls];
      out[at(ls, i)] = line.slice(0, p) + flip(line[p]!) + line.slice(p + 1);
      return out;
    }),
  fc.tuple(fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 12 })).map(([i, k, s]) => (ls: string[]) => {
    if (!ls.length) return [s];
    const line = ls[at(ls, i)]!;
    const p = line.length ? k % (line.length + 1) : 0;
    const out = [...ls];
    out[at(ls, i)] = line.slice(0, p) + s + line.slice(p);
    return out;
  }),
  // Replace the value after a key (or a list item) with a random fragment.
  fc.tuple(fc.nat(), fragment).map(([i, frag]) => (ls: string[]) => {
    if (!ls.length) return ls;
    const out = [...ls];
    const line = out[at(ls, i)]!;
    const m = line.match(/^(\s*(?:- )?[\w$-]+:\s?|\s*- )/);
    out[at(ls, i)] = m ? m[1] + frag : frag;
    return out;
  }),
  // Re-indent a line, which moves a field into another mapping.
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([i, d]) => (ls: string[]) => {
    if (!ls.length) return ls;
    const out = [...ls];
    const line = out[at(ls, i)]!;
    out[at(ls, i)] = d >= 0 ? ' '.repeat(d) + line : line.replace(new RegExp(`^ {0,${-d}}`), '');
    return out;
  }),
  // Truncate the file anywhere (mid-line, mid-quote, mid-character).
  fc.nat().map((k) => (ls: string[]) => {
    const text = ls.join('\n');
    return text.slice(0, text.length ? k % text.length : 0).split('\n');
  }),
  // Insert a line of random unicode, or a random YAML document, somewhere.
  fc
    .tuple(
      fc.nat(),
      fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fragment),
    )
    .map(([i, s]) => (ls: string[]) => [...ls.slice(0, at(ls, i)), s, ...ls.slice(at(ls, i))]),
);

const mutatedLevel = fc
  .tuple(fc.constantFrom(...SOURCES), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
  .map(([src, muts, eol]) => ({ file: src.file, text: muts.reduce((ls, m) => m(ls), src.text.split('\n')).join(eol) }));

// ---- random files -------------------------------------------------------------------------------------

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...'abc:-[]{}#&*!|>\'"?,% \n\t@0123'.split('')), maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder('utf-8', { fatal: false }).decode(b)),
);

/** Random YAML documents: any JSON value, and mappings that borrow the level's own field names. */
const levelKey = fc.constantFrom(
  'id',
  'number',
  'title',
  'persona',
  'briefing',
  'hours',
  'start',
  'questions',
  'endings',
  'posts',
  'bonus',
  '$schema',
  'responses',
  'when',
);
const randomYaml = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }).map((v) => stringify(v)),
  fc.dictionary(levelKey, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 14 }).map((v) => stringify(v)),
  fc.dictionary(levelKey, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 14 }).map((v) => JSON.stringify(v)),
  fc
    .array(fc.jsonValue({ maxDepth: 3 }), { minLength: 2, maxLength: 4 })
    .map((docs) => docs.map((d) => stringify(d)).join('---\n')),
);

const FILE = 'levels/fuzzed.yaml';

describe('level loader under fuzzing', () => {
  it('loads or refuses 900 mutated real level files, never throwing', () => {
    fc.assert(
      fc.property(mutatedLevel, ({ file, text }) => checkVerdict(text, file)),
      { numRuns: 900 },
    );
  }, 600_000);

  it('refuses 600 random strings and random YAML documents in file:line: path: reason form', () => {
    fc.assert(
      fc.property(fc.oneof(randomText, randomYaml), (text) => checkVerdict(text, FILE)),
      { numRuns: 600 },
    );
  }, 600_000);

  it('the unmutated sources still load, so the mutations start from valid files', () => {
    for (const { file, text } of SOURCES) expect(loadLevel(text, file).ok, file).toBe(true);
  });

  it('refuses an alias bomb (the "billion laughs" of YAML) with a problem instead of throwing', () => {
    checkVerdict(ALIAS_BOMB, FILE);
  });

  it('refuses nesting thousands of levels deep with a problem instead of throwing', () => {
    checkVerdict(`id: ${'['.repeat(5000)}${']'.repeat(5000)}`, FILE);
    checkVerdict(`posts:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x`, FILE);
  });
});
