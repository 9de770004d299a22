// Reads a YAML data file (a level, the judgement check): YAML, then the schema, then the audit.
// Never throws on bad input; every problem comes back with the file, the line and the path of the field.
import { isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { auditLevel } from './level-audit.ts';
import { labelProblems } from './label-rules.ts';
import { type Finding, type Path, type Problem, pathText } from './problems.ts';
import { LevelSchema, type Level } from './schema.ts';
import { yamlProblems } from './yaml-errors.ts';

// A level file may come from anyone (a file dropped onto the page, a download): it is read within limits.
/** The largest file read, in bytes. The campaign's chapters are 20–40 KB. */
export const MAX_FILE_BYTES = 512 * 1024;
/**
 * How far aliases (*name) may repeat what anchors (&name) hold, as the yaml package counts it (uses of an
 * anchor × the aliases inside it): enough to reuse an author block, far too few for a "billion laughs" bomb.
 */
const MAX_ALIAS_COUNT = 50;

export const tooLarge = (bytes: number): string =>
  `the file is ${Math.ceil(bytes / 1024)} KB; a level file may be at most ${MAX_FILE_BYTES / 1024} KB`;

/** A file that loads may still carry warnings: things that work but that the author should know. */
export type Loaded<T> = { ok: true; data: T; warnings: Problem[] } | { ok: false; problems: Problem[] };
export type LoadResult = { ok: true; level: Level; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** How to read one kind of YAML file. */
export interface YamlSpec<T> {
  schema: z.ZodType<T, unknown>;
  /** What the file must be, said when it is not a mapping at all. */
  mapping: string;
  /** The audit: what the schema cannot express (references, reachability). */
  audit?: (data: T) => Finding[];
  /** Things that work but that the author should know. */
  warn?: (data: T) => Finding[];
}

const LEVEL: YamlSpec<Level> = {
  schema: LevelSchema,
  mapping: 'a level file must be a YAML mapping with id, title, endings and posts',
  audit: auditLevel,
  warn: (level) =>
    level.posts.flatMap((p, i) => [
      ...(p.claim || p.variants.length
        ? []
        : [
            {
              path: ['posts', i],
              message: 'has no claim (fair, misleading, fabricated or none): it will not count towards discernment',
            },
          ]),
      ...p.responses.flatMap((r, j) =>
        labelProblems(r).map((message) => ({ path: ['posts', i, 'responses', j, 'label'], message })),
      ),
    ]),
};

export function loadLevel(text: string, file: string): LoadResult {
  const r = loadYaml(text, file, LEVEL);
  return r.ok ? { ok: true, level: r.data, warnings: r.warnings } : r;
}

export function loadYaml<T>(text: string, file: string, spec: YamlSpec<T>): Loaded<T> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES)
    return { ok: false, problems: [{ file, line: 1, path: '(file)', message: tooLarge(bytes) }] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) return { ok: false, problems: yamlProblems(doc.errors, text, lines, file) };
  const lineOf = (path: Path) => lineAt(doc, lines, path);
  const problem = (path: Path, message: string): Problem => ({
    file,
    line: lineOf(path),
    path: pathText(path),
    message,
  });

  const hashtags = swallowedHashtags(doc);
  if (hashtags.length)
    return {
      ok: false,
      problems: hashtags.map(([path, tag]) =>
        problem(path, `"#${tag}" was read as a YAML comment, not text: put the text in quotes or in a >- block`),
      ),
    };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // An alias without its anchor, or aliases multiplying into a "billion laughs" bomb.
    const unresolved = /Unresolved alias.*: (.+)$/.exec((e as Error).message)?.[1];
    const message = unresolved
      ? `the alias *${unresolved} has no anchor &${unresolved} before it`
      : 'aliases (*name) repeat too much of the file: write the values out instead of using & and *';
    return { ok: false, problems: [{ file, line: firstAliasLine(doc, lines), path: '(yaml)', message }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [problem([], spec.mapping)],
    };
  }
  const parsed = spec.schema.safeParse(data, { error: (iss) => plain(iss, data) });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => problem(issuePath(i), i.message)) };
  }
  const findings = spec.audit?.(parsed.data) ?? [];
  if (findings.length) return { ok: false, problems: findings.map((f) => problem(f.path, f.message)) };
  const warnings = (spec.warn?.(parsed.data) ?? []).map((f) => problem(f.path, f.message));
  // A copy: the YAML reader's strings are pieces of the file's text, which the engine reads more slowly
  // than strings of their own when it hashes and compares ids (the simulator ran a third faster on a copy).
  return { ok: true, data: structuredClone(parsed.data), warnings };
}

/**
 * In YAML, " #tag" after plain text starts a comment, so a hashtag silently vanishes from a post. A real
 * comment has a space after its "#"; a comment glued to a word is a hashtag that was lost.
 */
function swallowedHashtags(doc: Document): [Path, string][] {
  const found: [Path, string][] = [];
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (!isScalar(node) || !node.comment || /^\s/.test(node.comment)) return;
      const path: Path = [];
      ancestors.forEach((a, i) => {
        const next = ancestors[i + 1] ?? node;
        if (isSeq(a)) path.push(a.items.indexOf(next));
        else if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
      });
      found.push([path, node.comment.split(/\s/)[0]!]);
    },
  });
  return found;
}

function firstAliasLine(doc: Document, lines: LineCounter): number {
  let line = 1;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = lines.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

/** Unknown fields are reported at the field itself, so that the line points at the typo. */
function issuePath(i: z.core.$ZodIssue): Path {
  const path = i.path as Path;
  return i.code === 'unrecognized_keys' ? [...path, i.keys[0]!] : path;
}

/** Zod's messages, rewritten in plain English for people who write levels. */
function plain(iss: z.core.$ZodRawIssue, root: unknown): string | undefined {
  switch (iss.code) {
    case 'invalid_type': {
      const got = valueAt(root, iss.path as Path);
      return got === undefined ? 'is required' : `must be ${article(iss.expected)}, not ${describe(got)}`;
    }
    case 'unrecognized_keys':
      return `unknown field "${iss.keys[0]}" (check the spelling; allowed fields are listed in the level schema)`;
    case 'invalid_value':
      return `must be one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(iss.input)}`;
    case 'too_small':
      return iss.origin === 'array' ? `needs at least ${iss.minimum} items` : `must be at least ${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'array') return `allows at most ${iss.maximum} items`;
      return iss.origin === 'string'
        ? `must be at most ${iss.maximum} characters long`
        : `must be at most ${iss.maximum}`;
    default:
      return undefined;
  }
}

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
const describe = (v: unknown) =>
  v === null
    ? 'empty'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : `${typeof v} ${JSON.stringify(v)}`;

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    root,
  );
}

/** The line of the deepest node that exists along the path (a missing field points at its parent). */
function lineAt(doc: Document, lines: LineCounter, path: Path): number {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}
