// Completion and hover help from the level schema (levels/level.schema.json, made from the zod schema):
// the fields a mapping may have, the values a field takes, and each field's meaning and range in words.
import schemaJson from '../../levels/level.schema.json';
import type { Segment } from './yaml-place.ts';

interface Node {
  type?: string;
  description?: string;
  enum?: unknown[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  propertyNames?: Node;
  additionalProperties?: Node | boolean;
  anyOf?: Node[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}

const ROOT = schemaJson as Node & { $defs?: Record<string, Node> };

const deref = (n: Node | undefined): Node | undefined =>
  n?.$ref ? deref(ROOT.$defs?.[n.$ref.replace('#/$defs/', '')]) : n;

/** The schema of the field at `path`, through lists, references and mappings keyed by a list of names. */
export function nodeAt(path: Segment[]): Node | undefined {
  let node: Node | undefined = ROOT;
  for (const seg of path) {
    node = deref(node);
    if (!node) return undefined;
    if (seg === '*') node = node.items;
    else if (node.properties) node = node.properties[seg];
    else if (typeof node.additionalProperties === 'object') node = node.additionalProperties;
    else return undefined;
  }
  return deref(node);
}

export interface Suggestion {
  label: string;
  /** What the completion writes. */
  apply: string;
  detail: string;
  info: string;
}

/** The fields a mapping at `path` may have. */
export function keySuggestions(path: Segment[]): Suggestion[] {
  const node = nodeAt(path);
  const names = node?.properties
    ? Object.keys(node.properties).filter((k) => k !== '$schema')
    : ((node?.propertyNames?.enum as string[] | undefined) ?? []);
  return names.map((name) => {
    const field = nodeAt([...path, name]);
    const required = node?.required?.includes(name);
    return {
      label: name,
      apply: `${name}: `,
      detail: [required ? 'required' : '', field ? kindText(field) : ''].filter(Boolean).join(', '),
      info: field ? help(field) : '',
    };
  });
}

/** The values a field at `path` takes, where the schema lists them. */
export function valueSuggestions(path: Segment[]): Suggestion[] {
  const node = nodeAt(path);
  const values = node?.enum ?? (node?.type === 'boolean' ? [true, false] : []);
  return values.map((v) => ({ label: String(v), apply: String(v), detail: '', info: '' }));
}

/** What kind of value a field takes, in a few words: "integer 1–2000", "one of fair, misleading, …". */
function kindText(n: Node): string {
  if (n.enum) return `one of ${n.enum.join(', ')}`;
  const range = (lo?: number, hi?: number, unit = '') =>
    lo !== undefined && hi !== undefined
      ? ` ${lo}–${hi}${unit}`
      : lo !== undefined
        ? ` at least ${lo}${unit}`
        : hi !== undefined
          ? ` at most ${hi}${unit}`
          : '';
  switch (n.type) {
    case 'integer':
    case 'number':
      return `${n.type === 'integer' ? 'whole number' : 'number'}${range(n.minimum, n.maximum)}`;
    case 'string':
      return `text${n.maxLength ? ` up to ${n.maxLength} characters` : ''}`;
    case 'array':
      return `list${range(n.minItems, n.maxItems, ' items')}`;
    case 'object':
      return n.properties ? 'mapping' : `mapping of ${(n.propertyNames?.enum ?? []).join(', ')}`;
    case 'boolean':
      return 'true or false';
    default:
      return n.properties ? 'condition (one test)' : '';
  }
}

/** A field's help: its meaning, the kind of value, and its default. */
export function help(n: Node): string {
  const parts = [n.description, kindText(n)];
  if (n.default !== undefined && !(typeof n.default === 'object')) parts.push(`default ${String(n.default)}`);
  return parts.filter(Boolean).join('. ');
}
