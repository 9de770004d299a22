// The JSON Schema that editors use to autocomplete level files: checked in, current, and in agreement
// with the loader about what a level file looks like.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JSON_SCHEMA_FILE, jsonSchemaText, levelJsonSchema } from '../../src/content/json-schema.ts';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(JSON_SCHEMA_FILE, 'utf8')) as Schema;

const IGNORED = new Set(['$schema', 'title', 'description', 'default', 'examples', '$defs']);
const HANDLED = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'propertyNames',
  '$ref',
]);

/**
 * A small JSON Schema checker for the keywords the level schema uses. It refuses keywords it does not
 * know, so that a schema change cannot make it silently lenient.
 */
function validate(s: Schema, data: unknown, at = '', root: Schema = s): string[] {
  for (const k of Object.keys(s))
    if (!IGNORED.has(k) && !HANDLED.has(k)) throw new Error(`unsupported keyword ${k} at ${at}`);
  if (typeof s.$ref === 'string') {
    const target = s.$ref
      .replace(/^#\/?/, '')
      .split('/')
      .filter(Boolean)
      .reduce<unknown>((o, k) => (o as Schema)[k], root);
    return validate(target as Schema, data, at, root);
  }
  const out: string[] = [];
  const fail = (why: string) => out.push(`${at || '/'}: ${why}`);
  const type = s.type as string | undefined;
  const actual = Array.isArray(data)
    ? 'array'
    : data === null
      ? 'null'
      : Number.isInteger(data)
        ? 'integer'
        : typeof data;
  if (type && !(type === actual || (type === 'number' && actual === 'integer')))
    return [`${at || '/'}: expected ${type}, got ${actual}`];
  if (Array.isArray(s.enum) && !s.enum.includes(data)) fail(`${JSON.stringify(data)} is not in the enum`);
  if (typeof data === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test(data)) fail(`does not match ${s.pattern}`);
    if (typeof s.minLength === 'number' && data.length < s.minLength) fail('too short');
    if (typeof s.maxLength === 'number' && data.length > s.maxLength) fail('too long');
  }
  if (typeof data === 'number') {
    if (typeof s.minimum === 'number' && data < s.minimum) fail('too small');
    if (typeof s.maximum === 'number' && data > s.maximum) fail('too big');
  }
  if (Array.isArray(data)) {
    if (typeof s.minItems === 'number' && data.length < s.minItems) fail('too few items');
    if (typeof s.maxItems === 'number' && data.length > s.maxItems) fail('too many items');
    if (s.items) data.forEach((x, i) => out.push(...validate(s.items as Schema, x, `${at}/${i}`, root)));
  }
  if (actual === 'object') {
    const obj = data as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const k of (s.required ?? []) as string[]) if (!(k in obj)) fail(`missing ${k}`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) out.push(...validate(props[k], v, `${at}/${k}`, root));
      else if (s.additionalProperties === false) fail(`unknown property ${k}`);
      else if (typeof s.additionalProperties === 'object')
        out.push(...validate(s.additionalProperties as Schema, v, `${at}/${k}`, root));
      if (s.propertyNames) out.push(...validate(s.propertyNames as Schema, k, `${at}/${k} (name)`, root));
    }
  }
  return out;
}

const miniData = () => parse(readFileSync('tests/fixtures/mini.yaml', 'utf8')) as Record<string, unknown>;

describe('levels/level.schema.json', () => {
  it('is current with the zod schema', () => {
    expect(
      readFileSync(JSON_SCHEMA_FILE, 'utf8'),
      'levels/level.schema.json is out of date: run `npm run schema`',
    ).toBe(jsonSchemaText());
  });

  it('is a titled draft 2020-12 schema for an object', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      title: 'Hot Seat level',
    });
    expect(levelJsonSchema()).toEqual(schema);
  });

  it('requires what the loader requires, and not the fields that have defaults', () => {
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'hours', 'endings', 'posts']));
    expect(schema.required).not.toContain('bonus');
    expect(schema.required).not.toContain('start');
    const post = (schema.properties as Record<string, Schema>).posts!.items as Schema;
    expect(post.required).toEqual(expect.arrayContaining(['id', 'scenario', 'author', 'text', 'responses']));
    for (const optional of ['at', 'viral', 'window', 'shares', 'when', 'ignored'])
      expect(post.required).not.toContain(optional);
    const response = (post.properties as Record<string, Schema>).responses!.items as Schema;
    expect(response.required).toEqual(expect.arrayContaining(['id', 'kind', 'label']));
    // A reply's note may come from each of its post's variants instead (the loader checks that one does).
    for (const optional of ['cost', 'effects', 'sets', 'followups', 'trap', 'note'])
      expect(response.required).not.toContain(optional);
  });

  it('accepts mini.yaml as written', () => {
    expect(validate(schema, miniData())).toEqual([]);
  });

  it('rejects the mistakes an editor should underline', () => {
    const bad = miniData();
    const posts = bad.posts as Record<string, unknown>[];
    posts[3]!.scenario = 'S99';
    posts[0]!.virall = 3;
    delete bad.hours;
    (posts[0]!.responses as Record<string, unknown>[])[0]!.effects = { trsut: 8 };
    expect(validate(schema, bad).sort()).toEqual([
      '/: missing hours',
      '/posts/0/responses/0/effects/trsut (name): "trsut" is not in the enum',
      '/posts/0: unknown property virall',
      '/posts/3/scenario: "S99" is not in the enum',
    ]);
  });

  it('describes conditions recursively (all/any/not refer back to the condition)', () => {
    const data = miniData();
    const endings = data.endings as Record<string, unknown>[];
    endings[1]!.when = { all: [{ not: { flag: 'Bad Flag' } }] };
    expect(validate(schema, data)).toEqual(['/endings/1/when/all/0/not/flag: does not match ^[a-z0-9][a-z0-9-]*$']);
  });
});
