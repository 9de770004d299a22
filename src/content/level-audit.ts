// The level audit: what a schema cannot express. References between posts, flags that nothing sets,
// endings that can never be reached. Each finding names the path of the field at fault.
import type { Condition, Level, Post } from './schema.ts';
import { LESSON_CODES } from './terms.ts';
import type { Finding, Path } from './problems.ts';

/** What a level's parts name and declare, for the audit of the references between them. */
interface Names {
  /** Each post id, at the index of its first post. */
  postIds: Map<string, number>;
  /** "post.response" for every response. */
  answers: Set<string>;
  /** Every flag some response, variant or ignored post sets. */
  setFlags: Set<string>;
  /** The posts some response follows up with. */
  followed: Set<string>;
  /** Every condition in the file (posts' and responses' first, then endings'), where it stands. */
  conditions: { path: Path; c: Condition }[];
}

export function auditLevel(level: Level): Finding[] {
  const out: Finding[] = [];
  const names = nameAll(level, out);
  level.posts.forEach((p, i) => {
    out.push(...auditChecks(p, i), ...auditNotes(p, i), ...auditVariants(p, i, names.postIds));
    out.push(...auditPost(level, p, i, names));
  });
  out.push(...auditEndings(level), ...auditLessons(level), ...auditConditions(names));
  return out;
}

/** Gathers what the level names and declares; a post or response id used twice is a finding in `out`. */
function nameAll(level: Level, out: Finding[]): Names {
  const names: Names = {
    postIds: new Map(),
    answers: new Set(),
    setFlags: new Set(),
    followed: new Set(),
    conditions: [],
  };
  const { postIds, answers, setFlags, followed, conditions } = names;
  level.posts.forEach((p, i) => {
    if (postIds.has(p.id))
      out.push({ path: ['posts', i, 'id'], message: `duplicate post id "${p.id}" (also posts[${postIds.get(p.id)}])` });
    else postIds.set(p.id, i);
    if (p.when) conditions.push({ path: ['posts', i, 'when'], c: p.when });
    p.ignored?.sets.forEach((f) => setFlags.add(f));
    for (const v of p.variants) {
      v.ignored?.sets.forEach((f) => setFlags.add(f));
      for (const o of Object.values(v.replies)) {
        o.sets?.forEach((f) => setFlags.add(f));
        o.followups?.forEach((f) => followed.add(f.post));
      }
    }
    const responseIds = new Set<string>();
    p.responses.forEach((r, j) => {
      if (responseIds.has(r.id))
        out.push({
          path: ['posts', i, 'responses', j, 'id'],
          message: `duplicate response id "${r.id}" in post "${p.id}"`,
        });
      responseIds.add(r.id);
      answers.add(`${p.id}.${r.id}`);
      r.sets.forEach((f) => setFlags.add(f));
      r.followups.forEach((f) => followed.add(f.post));
      if (r.requires) conditions.push({ path: ['posts', i, 'responses', j, 'requires'], c: r.requires });
    });
  });
  level.endings.forEach((e, i) => {
    if (e.when) conditions.push({ path: ['endings', i, 'when'], c: e.when });
  });
  return names;
}

/** A post's follow-ups exist, it always offers a choice, and it arrives before the chapter ends. */
function auditPost(level: Level, p: Post, i: number, { postIds, followed }: Names): Finding[] {
  const out: Finding[] = [];
  p.responses.forEach((r, j) =>
    r.followups.forEach((f, k) => {
      if (!postIds.has(f.post))
        out.push({
          path: ['posts', i, 'responses', j, 'followups', k, 'post'],
          message: `unknown post id "${f.post}"`,
        });
    }),
  );
  if (p.responses.every((r) => r.requires || r.kind === 'brand-voice')) {
    out.push({
      path: ['posts', i, 'responses'],
      message: 'needs one response without "requires" that is not brand-voice, so there is always a choice',
    });
  }
  if (p.at === undefined && !followed.has(p.id)) {
    out.push({
      path: ['posts', i],
      message: `post "${p.id}" never arrives: give it an "at" hour or make a response follow up with it`,
    });
  }
  if (p.at !== undefined && p.at >= level.hours) {
    out.push({
      path: ['posts', i, 'at'],
      message: `hour ${p.at} is not before the chapter's end (hours: ${level.hours})`,
    });
  }
  return out;
}

/** A post's checks: one of each kind, and each finds something in every game. */
function auditChecks(p: Post, i: number): Finding[] {
  const out: Finding[] = [];
  const kinds = new Set<string>();
  p.checks.forEach((c, k) => {
    if (kinds.has(c.check))
      out.push({ path: ['posts', i, 'checks', k, 'check'], message: `a second "${c.check}" check on post "${p.id}"` });
    kinds.add(c.check);
    const missing = p.variants.filter((v) => !v.findings[c.check]).map((v) => v.id);
    if (!c.finding && (!p.variants.length || missing.length))
      out.push({
        path: ['posts', i, 'checks', k],
        message: p.variants.length
          ? `needs a finding, here or in variant ${missing.map((id) => `"${id}"`).join(', ')}`
          : 'needs a finding: what the check turns up',
      });
  });
  return out;
}

/** Two variants or none, the claim in each variant, and a debrief note for every response in every game. */
function auditNotes(p: Post, i: number): Finding[] {
  const out: Finding[] = [];
  if (p.variants.length === 1)
    out.push({ path: ['posts', i, 'variants'], message: 'needs at least 2 variants, or none' });
  if (p.variants.length && p.claim !== undefined)
    out.push({
      path: ['posts', i, 'claim'],
      message: "a post with variants takes its claim from each variant: leave the post's own claim out",
    });
  p.responses.forEach((r, j) => {
    const missing = p.variants.filter((v) => !v.replies[r.id]?.note).map((v) => v.id);
    if (!r.note && (!p.variants.length || missing.length))
      out.push({
        path: ['posts', i, 'responses', j],
        message: p.variants.length
          ? `needs a note for the debrief, here or in variant ${missing.map((id) => `"${id}"`).join(', ')}`
          : 'needs a note: one sentence for the debrief',
      });
  });
  return out;
}

/** A post's variants: each its own id, naming only the post's checks and replies and posts that exist. */
function auditVariants(p: Post, i: number, postIds: Map<string, number>): Finding[] {
  const out: Finding[] = [];
  const kinds = new Set<string>(p.checks.map((c) => c.check));
  const responseIds = new Set(p.responses.map((r) => r.id));
  const variantIds = new Set<string>();
  p.variants.forEach((v, k) => {
    const at = ['posts', i, 'variants', k];
    if (variantIds.has(v.id)) out.push({ path: [...at, 'id'], message: `duplicate variant id "${v.id}"` });
    variantIds.add(v.id);
    for (const check of Object.keys(v.findings))
      if (!kinds.has(check))
        out.push({ path: [...at, 'findings', check], message: `post "${p.id}" offers no "${check}" check` });
    for (const [reply, o] of Object.entries(v.replies)) {
      if (!responseIds.has(reply))
        out.push({ path: [...at, 'replies', reply], message: `post "${p.id}" has no response "${reply}"` });
      o.followups?.forEach((f, n) => {
        if (!postIds.has(f.post))
          out.push({ path: [...at, 'replies', reply, 'followups', n, 'post'], message: `unknown post id "${f.post}"` });
      });
    }
  });
  return out;
}

/** Endings (a chapter's or the storm's): each its own id, an anytime ending with a condition, a fallback last. */
export function auditEndings(level: Pick<Level, 'endings'>): Finding[] {
  const out: Finding[] = [];
  const endingIds = new Set<string>();
  level.endings.forEach((e, i) => {
    if (endingIds.has(e.id)) out.push({ path: ['endings', i, 'id'], message: `duplicate ending id "${e.id}"` });
    endingIds.add(e.id);
    if (!e.when && e.timing === 'anytime')
      out.push({
        path: ['endings', i],
        message: `anytime ending "${e.id}" needs a "when", or it ends the chapter at once`,
      });
  });
  const ends = level.endings.map((e, i) => ({ e, i })).filter(({ e }) => e.timing === 'end');
  const fallback = ends.findIndex(({ e }) => !e.when);
  if (fallback === -1) {
    out.push({ path: ['endings'], message: 'needs a fallback: an ending with timing: end and no "when", listed last' });
  } else {
    for (const { e, i } of ends.slice(fallback + 1)) {
      out.push({
        path: ['endings', i],
        message: `ending "${e.id}" is unreachable: the fallback ending "${ends[fallback]!.e.id}" comes before it`,
      });
    }
  }
  return out;
}

/** A level's own lessons keep their own codes, and every lesson a response names exists. */
function auditLessons(level: Level): Finding[] {
  const out: Finding[] = [];
  const caseCodes = new Set<string>(LESSON_CODES);
  const own = Object.keys(level.lessons);
  for (const code of own)
    if (caseCodes.has(code))
      out.push({
        path: ['lessons', code],
        message: `${code} is one of the case's lessons (L1–L12): give your own lesson another code, like A1`,
      });
  if (own.length > 30) out.push({ path: ['lessons'], message: `allows at most 30 lessons (found ${own.length})` });
  const known = (code: string | undefined) => code === undefined || caseCodes.has(code) || own.includes(code);
  const unknown = (code: string) =>
    `unknown lesson "${code}": use one of the case's, L1–L12, or define it under "lessons" at the top of the file`;
  level.posts.forEach((p, i) => {
    p.responses.forEach((r, j) => {
      if (!known(r.lesson)) out.push({ path: ['posts', i, 'responses', j, 'lesson'], message: unknown(r.lesson!) });
    });
    p.variants.forEach((v, k) => {
      for (const [reply, o] of Object.entries(v.replies))
        if (!known(o.lesson))
          out.push({ path: ['posts', i, 'variants', k, 'replies', reply, 'lesson'], message: unknown(o.lesson!) });
    });
  });
  return out;
}

/** Every condition names flags something sets and responses that exist, and can hold. */
function auditConditions({ conditions, setFlags, answers }: Names): Finding[] {
  const out: Finding[] = [];
  for (const { path, c } of conditions)
    walk(c, path, (c, at) => {
      const flag = c.flag ?? c.notFlag;
      if (flag !== undefined && !setFlags.has(flag))
        out.push({
          path: [...at, c.flag ? 'flag' : 'notFlag'],
          message: `flag "${flag}" is never set by any response`,
        });
      if (c.chose && !answers.has(c.chose))
        out.push({ path: [...at, 'chose'], message: `no response "${c.chose}" exists` });
      if (c.atLeast !== undefined && c.atMost !== undefined && c.atLeast > c.atMost) {
        out.push({ path: at, message: `can never hold: atLeast ${c.atLeast} is above atMost ${c.atMost}` });
      }
    });
  return out;
}

function walk(c: Condition, path: Path, visit: (c: Condition, path: Path) => void) {
  visit(c, path);
  c.all?.forEach((x, i) => walk(x, [...path, 'all', i], visit));
  c.any?.forEach((x, i) => walk(x, [...path, 'any', i], visit));
  if (c.not) walk(c.not, [...path, 'not'], visit);
}
