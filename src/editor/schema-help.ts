// Completion and hover help from the level schema (levels/level.schema.json, made from the zod schema):
// the fields a mapping may have, the values a field takes, and each field's meaning and range in words. The
// meanings are the schema's own (English, as the level files are); the words around them are the player's.
import schemaJson from '../../levels/level.schema.json';
import { t } from '../i18n/i18n.ts';
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
      detail: [required ? t('editor.schema.required') : '', field ? kindText(field) : '']
        .filter(Boolean)
        .join(t('editor.separators.clauses')),
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

const listed = (values: unknown[]) => values.join(t('editor.separators.values'));

/** "1–2000", "at least 1", "at most 5 items"; empty without bounds. */
function range(of: 'value' | 'items', min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return t(`editor.schema.${of}.between`, { min, max });
  if (min !== undefined) return t(`editor.schema.${of}.atLeast`, { min });
  if (max !== undefined) return t(`editor.schema.${of}.atMost`, { max });
  return '';
}

/** A kind of value with its bounds, if it has any. */
const ranged = (kind: string, bounds: string) => (bounds ? t('editor.schema.ranged', { kind, range: bounds }) : kind);

/** What kind of value a field takes, in a few words: "integer 1–2000", "one of fair, misleading, …". */
function kindText(n: Node): string {
  if (n.enum) return t('editor.schema.oneOf', { values: listed(n.enum) });
  switch (n.type) {
    case 'integer':
    case 'number':
      return ranged(
        t(n.type === 'integer' ? 'editor.schema.wholeNumber' : 'editor.schema.number'),
        range('value', n.minimum, n.maximum),
      );
    case 'string':
      return n.maxLength ? t('editor.schema.textUpTo', { max: n.maxLength }) : t('editor.schema.text');
    case 'array':
      return ranged(t('editor.schema.list'), range('items', n.minItems, n.maxItems));
    case 'object':
      return n.properties
        ? t('editor.schema.mapping')
        : t('editor.schema.mappingOf', { keys: listed(n.propertyNames?.enum ?? []) });
    case 'boolean':
      return t('editor.schema.boolean');
    default:
      return n.properties ? t('editor.schema.condition') : '';
  }
}

/** A field's help: its meaning, the kind of value, and its default. */
export function help(n: Node): string {
  const parts = [n.description, kindText(n)];
  if (n.default !== undefined && !(typeof n.default === 'object'))
    parts.push(t('editor.schema.default', { value: String(n.default) }));
  return parts.filter(Boolean).join(t('editor.separators.sentences'));
}
