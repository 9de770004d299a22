// Where the cursor is in a level file, as the schema sees it: the path of keys down to the mapping it is in,
// and whether a key or a value is being typed. Read from the text by indentation and brackets, not by a
// parser: a file being typed is rarely valid YAML, and completion is wanted most exactly then.

/** A key of a mapping, or `'*'` for an item of a list. */
export type Segment = string;

export interface Place {
  /** The keys from the top down to the mapping (for a key) or to the key itself (for a value). */
  path: Segment[];
  kind: 'key' | 'value';
  /** Where the word being typed starts, and the word so far. */
  from: number;
  prefix: string;
}

const LINE = /^(\s*)((?:-\s+)*)(.*)$/;
const KEY_LINE = /^([$\w-]+)\s*:(\s*(#.*)?)?$/;

/** Line `i` split into its indent, list dashes and content; null for blank and comment lines. */
function parts(line: string) {
  const m = LINE.exec(line)!;
  const content = m[3]!;
  if (!content.trim() || content.startsWith('#')) return m[2] ? { indent: m[1]!.length, dashes: m[2], content } : null;
  return { indent: m[1]!.length, dashes: m[2]!, content };
}

const dashCount = (dashes: string) => (dashes.match(/-/g) ?? []).length;

/** The keys above a key at column `col` of line `index`, found by walking up to smaller indents. */
function ancestors(lines: string[], index: number, col: number): Segment[] | null {
  const out: Segment[] = [];
  let target = col;
  // After a list item, its owner may stand at the same indent as the dash ("posts:\n- id: a").
  let compactAt = -1;
  for (let i = index - 1; i >= 0 && (target > 0 || compactAt === 0); i--) {
    const p = parts(lines[i]!);
    if (!p) continue;
    const contentCol = p.indent + p.dashes.length;
    const key = KEY_LINE.exec(p.content)?.[1];
    if (p.dashes && contentCol === target) {
      out.push(...Array<Segment>(dashCount(p.dashes)).fill('*'));
      target = compactAt = p.indent;
    } else if (contentCol < target || (contentCol === target && target === compactAt && !p.dashes)) {
      if (!key) return null;
      out.push(key, ...Array<Segment>(dashCount(p.dashes)).fill('*'));
      target = p.indent;
      compactAt = -1;
    }
  }
  return out.reverse();
}

interface Flow {
  /** The path segment this bracket's collection sits at. */
  at: Segment | null;
  seq: boolean;
  key: string | null;
  /** Where the current entry starts. */
  start: number;
}

/** Scans the text before the cursor on its line for open `{` and `[`, skipping quoted text. */
function openFlows(before: string): Flow[] | null {
  const stack: Flow[] = [];
  let quote = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    const top = stack.at(-1);
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && /\s/.test(before[i - 1] ?? ' ')) return stack.length ? null : [];
    else if (c === '{' || c === '[') {
      const at = top ? (top.seq ? '*' : top.key) : null;
      stack.push({ at, seq: c === '[', key: null, start: i + 1 });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      top.key = null;
      top.start = i + 1;
    } else if (c === ':' && top && !top.seq && !top.key && /^[\s{[,]?$/.test(before[i + 1] ?? ''))
      top.key = before.slice(top.start, i).trim();
  }
  return stack;
}

/** What is being typed at `pos` in `text`, or null where the schema has nothing to offer. */
export function placeAt(text: string, pos: number): Place | null {
  const head = text.slice(0, pos);
  const lines = head.split('\n');
  const index = lines.length - 1;
  const before = lines[index]!;
  const lineStart = pos - before.length;
  const m = LINE.exec(before)!;
  const indent = m[1]!.length;
  const dashes = m[2]!;
  const rest = m[3]!;
  const col = indent + dashes.length;
  const flows = openFlows(rest);
  if (!flows) return null;
  const above = ancestors(lines, index, col);
  if (!above) return null;
  const base = [...above, ...Array<Segment>(dashCount(dashes)).fill('*')];

  if (flows.length) {
    // The block key the first bracket belongs to ("effects: {"), or the list item it is ("- {").
    const lead = /^([$\w-]+)\s*:/.exec(rest)?.[1];
    const path = lead ? [...base, lead] : base;
    for (const f of flows.slice(1)) path.push(f.at ?? '*');
    const top = flows.at(-1)!;
    const word = /[^\s{[,:]*$/.exec(rest)![0];
    const from = pos - word.length;
    if (top.seq) return { path: [...path, '*'], kind: 'value', from, prefix: word };
    if (top.key) return { path: [...path, top.key], kind: 'value', from, prefix: word };
    return { path, kind: 'key', from, prefix: word };
  }

  const key = /^([$\w-]*)$/.exec(rest);
  if (key) return { path: base, kind: 'key', from: lineStart + col, prefix: key[1]! };
  const value = /^([$\w-]+)\s*:\s*([^\s"'#]*)$/.exec(rest);
  if (value) {
    const prefix = value[2]!;
    return { path: [...base, value[1]!], kind: 'value', from: pos - prefix.length, prefix };
  }
  return null;
}

/** The key under `pos` ("hours" in "hours: 44"), with the place it belongs to; null off a key. */
export function keyAt(text: string, pos: number): { path: Segment[]; from: number; to: number } | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = text.indexOf('\n', pos);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  for (const m of line.matchAll(/([$\w-]+)\s*:(?=\s|$)/g)) {
    const from = lineStart + m.index;
    const to = from + m[1]!.length;
    if (pos < from || pos > to + 1) continue;
    const place = placeAt(text, to);
    return place?.kind === 'key' ? { path: [...place.path, m[1]!], from, to } : null;
  }
  return null;
}
