// A data file in another language: a file beside the English one (levels/zh-CN/01-breakfast-era.yaml for
// levels/01-breakfast-era.yaml, data/zh-CN/judgement-check.yaml for the judgement check, data/zh-CN/storm.yaml
// for the endless storm) that gives every text of it, keyed by the ids the English file uses (posts by post
// id, replies by reply id, checks by kind, variants by variant id, endings by ending id, the judgement check's items by
// item id), so that an author can keep it up to date by looking up what changed. Numbers, effects, truths and ids stay in the English file alone.
// The validator reports a text the translation lacks, a text it gives that the English file does not have,
// and a text too long for its place, each as file:line: path: reason.
import { z } from 'zod';
import { type Loaded, loadYaml } from './loader.ts';
import type { Finding, Path } from './problems.ts';
import type { JudgementBank } from './judgement-check.ts';
import type { Ending, Level, Post } from './schema.ts';
import type { Storm } from './storm.ts';

/** A translation file: texts, in mappings and lists, as deep as the chapter's. */
type Tree = string | Tree[] | { [key: string]: Tree };
const TreeSchema: z.ZodType<Tree> = z.lazy(() =>
  z.union([z.string().trim().min(1, 'must not be empty'), z.array(TreeSchema), z.record(z.string(), TreeSchema)]),
);
export const TranslationSchema = z.record(z.string(), TreeSchema);
export type Translation = z.infer<typeof TranslationSchema>;

/** The longest text each place takes, as the level schema has it (by the last key of its path). */
const LIMITS: Record<string, number> = {
  label: 60,
  author: 40,
  name: 30,
  role: 60,
  quote: 300,
  headline: 120,
  note: 400,
  ignored: 400,
  reply: 600,
  briefing: 2000,
};

/** How long the text at this path may be. */
function limitOf(path: Path): number {
  const last = String(path.at(-1));
  if (path[0] === 'questions' || path[0] === 'lessons') return 400;
  if (path[0] === 'title') return 50;
  if (path[0] === 'endings') return last === 'title' ? 40 : 1500;
  if (path.includes('checks') || path.includes('findings')) return 300;
  if (last === 'text') return 400;
  return LIMITS[last] ?? 400;
}

/** Visits a text at its path in a translation file, with the most characters it may have; gives the text to keep. */
export type Texts = (path: Path, text: string, max: number) => string;

/** A post with each of its texts passed through `f` (given its path in a translation file). */
function postTexts(p: Post, f: (path: Path, text: string) => string): Post {
  const at: Path = ['posts', p.id];
  return {
    ...p,
    author: { ...p.author, name: f([...at, 'author'], p.author.name) },
    text: f([...at, 'text'], p.text),
    ...(p.quote !== undefined && { quote: f([...at, 'quote'], p.quote) }),
    ...(p.headline !== undefined && { headline: f([...at, 'headline'], p.headline) }),
    ...(p.ignored && {
      ignored: { ...p.ignored, ...(p.ignored.note !== undefined && { note: f([...at, 'ignored'], p.ignored.note) }) },
    }),
    checks: p.checks.map((c) =>
      c.finding ? { ...c, finding: { ...c.finding, text: f([...at, 'checks', c.check], c.finding.text) } } : c,
    ),
    variants: p.variants.map((v) => {
      const vat = [...at, 'variants', v.id];
      return {
        ...v,
        findings: Object.fromEntries(
          Object.entries(v.findings).map(([kind, finding]) => [
            kind,
            { ...finding, text: f([...vat, 'findings', kind], finding.text) },
          ]),
        ),
        replies: Object.fromEntries(
          Object.entries(v.replies).map(([id, r]) => [
            id,
            {
              ...r,
              ...(r.headline !== undefined && { headline: f([...vat, 'replies', id, 'headline'], r.headline) }),
              ...(r.note !== undefined && { note: f([...vat, 'replies', id, 'note'], r.note) }),
            },
          ]),
        ),
        ...(v.ignored && {
          ignored: {
            ...v.ignored,
            ...(v.ignored.note !== undefined && { note: f([...vat, 'ignored'], v.ignored.note) }),
          },
        }),
      };
    }),
    responses: p.responses.map((r) => {
      const rat = [...at, 'responses', r.id];
      return {
        ...r,
        label: f([...rat, 'label'], r.label),
        ...(r.reply !== undefined && { reply: f([...rat, 'reply'], r.reply) }),
        ...(r.headline !== undefined && { headline: f([...rat, 'headline'], r.headline) }),
        ...(r.note !== undefined && { note: f([...rat, 'note'], r.note) }),
      };
    }),
  };
}

/**
 * The chapter with each of its texts passed through `f`, which is given the text's path in a translation
 * file: one walk for listing a chapter's texts and for putting a translation in their place.
 */
export function mapTexts(level: Level, visit: Texts): Level {
  const f = (path: Path, text: string) => visit(path, text, limitOf(path));
  return {
    ...level,
    title: f(['title'], level.title),
    persona: {
      ...level.persona,
      name: f(['persona', 'name'], level.persona.name),
      role: f(['persona', 'role'], level.persona.role),
    },
    briefing: f(['briefing'], level.briefing),
    questions: level.questions.map((q, i) => f(['questions', i], q)),
    lessons: Object.fromEntries(Object.entries(level.lessons).map(([code, t]) => [code, f(['lessons', code], t)])),
    endings: endingTexts(level.endings, f),
    posts: level.posts.map((p) => postTexts(p, f)),
  };
}

/** Endings (a chapter's or the storm's) with their titles and texts passed through `f`, keyed by ending id. */
const endingTexts = (endings: Ending[], f: (path: Path, text: string) => string): Ending[] =>
  endings.map((e) => ({
    ...e,
    title: f(['endings', e.id, 'title'], e.title),
    text: f(['endings', e.id, 'text'], e.text),
  }));

/** The endless storm with each of its texts passed through `visit`, at the paths a chapter's have. */
export function mapStormTexts(storm: Storm, visit: Texts): Storm {
  const f = (path: Path, text: string) => visit(path, text, limitOf(path));
  return {
    ...storm,
    title: f(['title'], storm.title),
    briefing: f(['briefing'], storm.briefing),
    questions: storm.questions.map((q, i) => f(['questions', i], q)),
    endings: endingTexts(storm.endings, f),
  };
}

const keyOf = (path: Path) => path.join('\u0000');

/** Every text of a translation by its path. */
function leaves(tree: Tree, path: Path = [], out = new Map<string, { path: Path; text: string }>()) {
  if (typeof tree === 'string') out.set(keyOf(path), { path, text: tree });
  else if (Array.isArray(tree)) tree.forEach((t, i) => leaves(t, [...path, i], out));
  else for (const [k, t] of Object.entries(tree)) leaves(t, [...path, k], out);
  return out;
}

/** The judgement check with each of its texts passed through `visit`, keyed by item id. */
export function mapJudgementTexts(bank: JudgementBank, visit: Texts): JudgementBank {
  return {
    scale: {
      question: visit(['scale', 'question'], bank.scale.question, 80),
      low: visit(['scale', 'low'], bank.scale.low, 30),
      high: visit(['scale', 'high'], bank.scale.high, 30),
    },
    replyQuestion: visit(['replyQuestion'], bank.replyQuestion, 80),
    items: bank.items.map((item) => {
      const at = ['items', item.id];
      return {
        ...item,
        post: {
          ...item.post,
          author: visit([...at, 'post', 'author'], item.post.author, 40),
          about: visit([...at, 'post', 'about'], item.post.about, 90),
          text: visit([...at, 'post', 'text'], item.post.text, 280),
          ...(item.post.attached !== undefined && {
            attached: visit([...at, 'post', 'attached'], item.post.attached, 120),
          }),
        },
        ...(item.finding && { finding: { ...item.finding, text: visit([...at, 'finding'], item.finding.text, 240) } }),
        replies: item.replies.map((r, i) => ({ ...r, text: visit([...at, 'replies', i], r.text, 240) })),
        why: visit([...at, 'why'], item.why, 260),
      };
    }),
  };
}

/** A walk over an English file's texts (mapTexts, mapJudgementTexts or mapStormTexts, bound to the file). */
type Walk = (visit: Texts) => unknown;

/**
 * A translation file's tree from a walk: every text at its path, as `text` makes it from the English (the
 * English itself for a skeleton to translate).
 */
export function textTree(walk: Walk, text: (english: string) => string = (t) => t): Translation {
  const tree: Record<string, unknown> = {};
  walk((path, english) => {
    let at = tree;
    path.slice(0, -1).forEach((k, i) => {
      at[k] ??= typeof path[i + 1] === 'number' ? [] : {};
      at = at[k] as Record<string, unknown>;
    });
    at[path.at(-1)!] = text(english);
    return english;
  });
  return tree as Translation;
}

/** What is wrong with a translation: texts missing, texts the English file does not have, texts too long. */
export function auditTranslation(tr: Translation, walk: Walk, english: string): Finding[] {
  const given = leaves(tr);
  const findings: Finding[] = [];
  const wanted = new Set<string>();
  walk((path, text, max) => {
    wanted.add(keyOf(path));
    const t = given.get(keyOf(path));
    // A reply another account posted says so at its start, "(@kestrel) …": the feed shows who posted it.
    const poster = /^\(@\w+\) /.exec(text)?.[0];
    if (!t)
      findings.push({ path, message: `is missing: translate "${text.length > 60 ? `${text.slice(0, 57)}…` : text}"` });
    else if (poster && !t.text.startsWith(poster))
      findings.push({ path, message: `must start with "${poster}" as the English does: it says who posted it` });
    else if (t.text.length > max)
      findings.push({ path, message: `must be at most ${max} characters long (it has ${t.text.length})` });
    return text;
  });
  for (const [key, { path }] of given)
    if (!wanted.has(key)) findings.push({ path, message: `is not a text of ${english}: nothing to translate there` });
  return findings;
}

/** The English file's data in the translation's language (a text the translation lacks stays as it was). */
export function translate<T>(map: (visit: Texts) => T, tr: Translation): T {
  const given = leaves(tr);
  return map((path, text) => given.get(keyOf(path))?.text ?? text);
}

/** The chapter in the translation's language. */
export const translateLevel = (level: Level, tr: Translation): Level => translate((f) => mapTexts(level, f), tr);

/** Reads a translation of an English file, walked by `walk`: file:line: path: reason for every problem. */
export function loadTranslation(text: string, file: string, walk: Walk, english: string): Loaded<Translation> {
  return loadYaml(text, file, {
    schema: TranslationSchema,
    mapping: `a translation must be a YAML mapping of the texts of ${english}, keyed by its ids`,
    audit: (tr) => auditTranslation(tr, walk, english),
  });
}
