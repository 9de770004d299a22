// A level file may come from anyone (a file dropped onto the page, a download): it is read within limits,
// and its YAML slips come back in plain words, once each, with the line, the column and the usual fix.
// The same problems come out of the loader the browser editor calls and out of validate-levels.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';
import { lessonText } from '../../src/view/story.ts';
import { loadLevel } from '../../src/content/loader.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { ALIAS_BOMB } from './yaml-bomb.ts';

const OWN = 'tests/fixtures/own-scenario.yaml';
const own = readFileSync(OWN, 'utf8');

/** What a trainer reads for a text: every problem's printed line. */
function printed(text: string): string[] {
  const r = loadLevel(text, 'mine.yaml');
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('size limits', () => {
  it('refuses a file over 512 KB in one line, before reading it as YAML', () => {
    const big = `${own}\n# ${'padding '.repeat(70_000)}\n`;
    expect(printed(big)).toEqual(['mine.yaml:1: (file): the file is 552 KB; a level file may be at most 512 KB']);
  });

  it('refuses more than 300 posts', () => {
    const post = own.slice(own.indexOf('  - id: regular'), own.indexOf('  - id: reporter'));
    const many = Array.from({ length: 300 }, (_, i) => post.replace('id: regular', `id: regular-${i}`)).join('');
    const problems = printed(own.replace('  - id: reporter', `${many}  - id: reporter`));
    expect(problems).toEqual([expect.stringMatching(/^mine\.yaml:\d+: posts: allows at most 300 posts$/)]);
  });

  it('refuses a text field longer than the screen can hold', () => {
    const long = own.replace('text: Still the best rye in town.', `text: ${'Still the best rye. '.repeat(30)}`);
    expect(printed(long)).toEqual(['mine.yaml:55: posts[2].text: must be at most 400 characters long']);
  });
});

describe('YAML that would blow up', () => {
  it('refuses an alias bomb in plain words', () => {
    expect(printed(ALIAS_BOMB)).toEqual([
      'mine.yaml:2: (yaml): aliases (*name) repeat too much of the file: write the values out instead of using & and *',
    ]);
  });

  it('still reads an anchor reused a few times', () => {
    const reused = own
      .replace(
        'author: { name: Kit Marlow, handle: "@kitbakes", kind: owner }',
        'author: &kit { name: Kit Marlow, handle: "@kitbakes", kind: owner }',
      )
      .replace('author: { name: Sunday Regular, handle: "@sundayloaf", kind: fan }', 'author: *kit');
    expect(printed(reused)).toEqual([]);
  });
});

describe('YAML slips in plain words, once each', () => {
  it('a tab used for indenting: one line for the whole block, with the fix', () => {
    const tabbed = own.replace(/\n {4}(author|text|viral|window|responses):/g, '\n\t$1:');
    expect(printed(tabbed)).toEqual([
      expect.stringMatching(
        /^mine\.yaml:\d+: \(yaml\): column 1: a tab is used for indenting \(here and on \d+ more lines\): indent with spaces$/,
      ),
    ]);
  });

  it('a tab and an unclosed quote together: one line each, never a crash (found by the fuzz test)', () => {
    expect(printed('\t"')).toEqual([
      'mine.yaml:1: (yaml): column 2: a value opens with a quote mark (") that is never closed: close it at the end of the value, or leave the quotes out',
    ]);
    expect(printed('a: "x" y\n\tb: 2\n')).toEqual([
      'mine.yaml:1: (yaml): column 8: a value starts with a quote mark and goes on after the closing quote: quote the whole value or leave the quotes out',
      'mine.yaml:2: (yaml): column 1: a tab is used for indenting: indent with spaces',
    ]);
  });

  it('a value that starts with a quote mark and goes on after it', () => {
    const slip = own.replace(
      'text: Still the best rye in town. See you Saturday!',
      'text: "Still the best rye" in town.',
    );
    expect(printed(slip)).toEqual([
      'mine.yaml:55: (yaml): column 32: a value starts with a quote mark and goes on after the closing quote: quote the whole value or leave the quotes out',
    ]);
  });

  it('a quote that is never closed, named where it opens, not at the end of the file', () => {
    const slip = own.replace(
      'text: Still the best rye in town. See you Saturday!',
      'text: "Still the best rye in town.',
    );
    expect(printed(slip)).toEqual([
      'mine.yaml:55: (yaml): column 11: a value opens with a quote mark (") that is never closed: close it at the end of the value, or leave the quotes out',
    ]);
  });

  it('a colon and a space inside a value', () => {
    const slip = own.replace('text: Still the best rye in town.', 'text: Verdict: still the best rye in town.');
    expect(printed(slip)).toEqual([
      'mine.yaml:55: (yaml): column 11: a value holds ": " (a colon and a space), which YAML reads as a new key: put the whole value in quotes',
    ]);
  });
});

describe("a trainer's own lessons", () => {
  it('a response may name a lesson the file defines, and the debrief words come from the file', () => {
    const r = loadLevel(own, OWN);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.level.posts[0]!.responses[0]!.lesson).toBe('A1');
    expect(lessonText(r.level, 'A1')).toBe('Own a real fault at once, and say what you are doing about it.');
    expect(lessonText(r.level, 'L10')).toMatch(/^Make claims checkable/);
  });

  it('a lesson code defined nowhere is named at the response', () => {
    expect(printed(own.replace('lesson: A2', 'lesson: A3'))).toEqual([
      'mine.yaml:37: posts[0].responses[1].lesson: unknown lesson "A3": use one of the case\'s, L1–L12, or define it under "lessons" at the top of the file',
    ]);
  });

  it("a file may not redefine one of the case's lessons", () => {
    expect(printed(own.replace('  A2: A denial', '  L3: A denial').replace('lesson: A2', 'lesson: L3'))).toEqual([
      "mine.yaml:20: lessons.L3: L3 is one of the case's lessons (L1–L12): give your own lesson another code, like A1",
    ]);
  });
});

describe('validate-levels checks one file against the built-in chapters', () => {
  it('names the chapter, or the endless storm, whose id and number a file takes', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'hot-seat-'));
    const [copy, storm] = [join(dir, 'copy.yaml'), join(dir, 'storm.yaml')];
    writeFileSync(copy, own.replace('id: bakery-recall', 'id: fine-print').replace('number: 40', 'number: 3'));
    writeFileSync(storm, own.replace('id: bakery-recall', 'id: endless-storm').replace('number: 40', 'number: 99'));
    const out = runTool('validate-levels', [copy, storm]);
    expect(out.status).toBe(1);
    expect(out.stderr.split('\n').filter(Boolean)).toEqual([
      `${copy}:1: id: "fine-print" clashes with built-in chapter 3 'The fine print': give it an id of its own`,
      `${copy}:1: number: 3 clashes with built-in chapter 3 'The fine print': pick another number`,
      `${storm}:1: id: "endless-storm" clashes with the Endless storm (chapter 99): give it an id of its own`,
      `${storm}:1: number: 99 clashes with the Endless storm (chapter 99): pick another number`,
    ]);
  });
});
