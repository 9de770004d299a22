// A chapter's translation: keyed by the chapter's ids, every text given once, nothing else; reported as
// file:line: path: reason when a text is missing, left over or too long; put in place of the English.
import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { loadAllLevels } from '../../src/cli/level-files.ts';
import { loadTranslation, mapTexts, type Translation, translateLevel } from '../../src/content/translation.ts';

const level = loadAllLevels().find((l) => l.number === 1)!;
const ENGLISH = 'levels/01-breakfast-era.yaml';
const FILE = 'levels/zh-CN/01-breakfast-era.yaml';

/** A translation of the chapter whose every text is `f` of the English, as YAML. */
function translated(f: (text: string) => string): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  mapTexts(level, (path, text) => {
    let at = tree;
    path.slice(0, -1).forEach((k, i) => {
      at[k] ??= typeof path[i + 1] === 'number' ? [] : {};
      at = at[k] as Record<string, unknown>;
    });
    at[path.at(-1)!] = f(text);
    return text;
  });
  return tree;
}
const yaml = (tree: unknown) => new Document(tree).toString();
const problems = (tree: unknown) => {
  const r = loadTranslation(yaml(tree), FILE, level, ENGLISH);
  return r.ok ? [] : r.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`);
};

describe('a chapter’s translation', () => {
  it('takes a translation of every text, and puts each in its place', () => {
    const tree = translated((t) => `译：${t.length > 20 ? t.slice(0, 20) : t}`);
    expect(problems(tree)).toEqual([]);
    const zh = translateLevel(level, tree as Translation);
    const first = level.posts[0]!;
    expect(zh.posts[0]!.responses[0]!.label).toBe(`译：${first.responses[0]!.label.slice(0, 20)}`);
    expect(zh.title).toBe(`译：${level.title}`);
    // Nothing but texts changes: ids, numbers and truths are the English file's.
    expect(zh.posts.map((p) => [p.id, p.claim, p.at, p.responses.map((r) => r.effects)])).toEqual(
      level.posts.map((p) => [p.id, p.claim, p.at, p.responses.map((r) => r.effects)]),
    );
  });

  it('names a missing text, a text the chapter does not have, and a text too long, with the line', () => {
    const tree = translated((t) => t) as {
      posts: Record<string, { responses: Record<string, Record<string, string>> }>;
    };
    const post = level.posts[0]!;
    const reply = post.responses[0]!;
    delete tree.posts[post.id]!.responses[reply.id]!.label;
    tree.posts[post.id]!.responses['no-such-reply'] = { label: '多余' };
    tree.posts[post.id]!.responses[post.responses[1]!.id]!.label = '长'.repeat(61);
    const found = problems(tree);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(
      new RegExp(`^\\d+: posts\\.${post.id}\\.responses\\.${reply.id}\\.label: is missing: translate "`),
    );
    expect(
      found.some((p) => /responses\.no-such-reply\.label: is not a text of levels\/01-breakfast-era\.yaml/.test(p)),
    ).toBe(true);
    expect(found.some((p) => /must be at most 60 characters long \(it has 61\)/.test(p))).toBe(true);
    expect(found.every((p) => Number(p.split(':')[0]) > 1)).toBe(true);
  });

  it('refuses an empty text and a file that is not a mapping', () => {
    const tree = translated((t) => t) as { title: string };
    tree.title = '  ';
    expect(problems(tree)).toEqual([expect.stringMatching(/^\d+: title: must not be empty$/)]);
    expect(problems(['a'])[0]).toMatch(/a translation must be a YAML mapping/);
  });
});
