// A chapter's translation: keyed by the chapter's ids, every text given once, nothing else; reported as
// file:line: path: reason when a text is missing, left over or too long; put in place of the English.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';
import { Document } from 'yaml';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import {
  loadTranslation,
  mapJudgementTexts,
  mapTexts,
  type Translation,
  textTree,
  translate,
  translateLevel,
} from '../../src/content/translation.ts';

const level = loadAllLevels().find((l) => l.number === 1)!;
const ENGLISH = 'levels/01-breakfast-era.yaml';
const FILE = 'levels/zh-CN/01-breakfast-era.yaml';

/** A translation of the chapter whose every text is `f` of the English, as YAML. */
const translated = (f: (text: string) => string): Record<string, unknown> =>
  textTree((visit) => mapTexts(level, visit), f);
const yaml = (tree: unknown) => new Document(tree).toString();
const problems = (tree: unknown) => {
  const r = loadTranslation(yaml(tree), FILE, (f) => mapTexts(level, f), ENGLISH);
  return r.ok ? [] : r.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`);
};

describe('a chapter’s translation', () => {
  it('takes a translation of every text, and puts each in its place', () => {
    // The translated text keeps who posted a reply, "(@kestrel) ", as the game needs.
    const tree = translated((t) => t.replace(/^(\(@\w+\) )?([\s\S]{0,20})[\s\S]*$/, '$1译：$2'));
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

  it('keeps the account a reply was posted from, as the English says it', () => {
    const post = level.posts.find((p) => p.responses.some((r) => r.reply?.startsWith('(@kestrel) ')))!;
    const reply = post.responses.find((r) => r.reply?.startsWith('(@kestrel) '))!;
    const tree = translated((t) => t) as {
      posts: Record<string, { responses: Record<string, Record<string, string>> }>;
    };
    tree.posts[post.id]!.responses[reply.id]!.reply = '（@kestrel）谢谢！';
    expect(problems(tree)).toEqual([
      expect.stringMatching(
        new RegExp(
          `: posts\\.${post.id}\\.responses\\.${reply.id}\\.reply: must start with "\\(@kestrel\\) " as the English does`,
        ),
      ),
    ]);
  });

  it('refuses an empty text and a file that is not a mapping', () => {
    const tree = translated((t) => t) as { title: string };
    tree.title = '  ';
    expect(problems(tree)).toEqual([expect.stringMatching(/^\d+: title: must not be empty$/)]);
    expect(problems(['a'])[0]).toMatch(/a translation must be a YAML mapping/);
  });
});

describe('the validator and the campaign’s translations', () => {
  const validate = (dir: string) => runTool('validate-levels', [], { env: { ...process.env, HOT_SEAT_LEVELS: dir } });

  it('names a chapter without its translation, and a translation text gone wrong, as file:line: path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'levels-'));
    mkdirSync(join(dir, 'zh-CN'));
    copyFileSync(ENGLISH, join(dir, '01-breakfast-era.yaml'));
    let r = validate(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, '01-breakfast-era.yaml')}:1: (file): has no zh-CN translation`);
    const tree = translated((t) => t) as { title: string };
    tree.title = '长'.repeat(51);
    writeFileSync(join(dir, 'zh-CN', '01-breakfast-era.yaml'), yaml(tree));
    writeFileSync(join(dir, 'zh-CN', '99-nothing.yaml'), 'title: 无\n');
    r = validate(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /zh-CN\/01-breakfast-era\.yaml:1: title: must be at most 50 characters long \(it has 51\)/,
    );
    expect(r.stderr).toMatch(/zh-CN\/99-nothing\.yaml:1: \(file\): translates no chapter of levels\//);
  });
});

describe('the judgement check’s translation', () => {
  const bank = readJudgementBank();
  const tree = () =>
    textTree(
      (visit) => mapJudgementTexts(bank, visit),
      (text) => `译${text.slice(0, 20)}`,
    ) as unknown as {
      items: Record<string, { replies: string[] }>;
    };
  const check = (t: unknown) => {
    const r = loadTranslation(
      yaml(t),
      'data/zh-CN/judgement-check.yaml',
      (f) => mapJudgementTexts(bank, f),
      'data/judgement-check.yaml',
    );
    return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('keys each item by its id and each reply by its place, and puts them in place', () => {
    const t = tree();
    expect(check(t)).toEqual([]);
    const zh = translate((f) => mapJudgementTexts(bank, f), t as Translation);
    expect(zh.items[0]!.replies[1]!.text).toBe(`译${bank.items[0]!.replies[1]!.text.slice(0, 20)}`);
    expect(zh.items.map((i) => [i.id, i.pair, i.fair, i.replies.map((r) => [r.kind, r.best])])).toEqual(
      bank.items.map((i) => [i.id, i.pair, i.fair, i.replies.map((r) => [r.kind, r.best])]),
    );
  });

  it('names a reply missing and a reply too many', () => {
    const t = tree();
    const first = bank.items[0]!;
    t.items[first.id]!.replies.pop();
    t.items[bank.items[1]!.id]!.replies.push('多');
    const found = check(t);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(new RegExp(`^items\\.${first.id}\\.replies\\[${first.replies.length - 1}\\]: is missing`));
    expect(found[1]).toMatch(/is not a text of data\/judgement-check\.yaml/);
  });
});
