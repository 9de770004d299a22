// YAML syntax errors in plain words, with the usual fix, once per problem. The yaml package reports the
// parser's view ("Unexpected scalar at node end"), often several times for one slip; a trainer needs one
// line that says what is wrong and what to do.
import type { LineCounter, YAMLError } from 'yaml';
import type { Problem } from './problems.ts';

/** Where an error is, and what to say there. */
interface Said {
  line: number;
  column: number;
  message: string;
}

const QUOTE_THEN_MORE =
  'a value starts with a quote mark and goes on after the closing quote: quote the whole value or leave the quotes out';
const TAB = 'a tab is used for indenting: indent with spaces';
const INDENT = 'the indentation does not line up with the lines above: indent the items of one list or mapping alike';

/** A value that opens with a quote mark on this line: after "key: ", "- " or at the start. */
const opensQuoted = (line: string): string | undefined => /^\s*(?:-\s+)*(?:[^\s"'#][^:#]*:\s+)?(["'])/.exec(line)?.[1];

function plainWords(e: YAMLError, lineText: string): string {
  const first = e.message.split('\n')[0]!;
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return TAB;
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:]+):/.exec(lineText)?.[1]?.trim();
      return `the key ${key ? `"${key}" ` : ''}appears twice in the same mapping: keep one of them`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value holds ": " (a colon and a space), which YAML reads as a new key: put the whole value in quotes';
    case 'BAD_SCALAR_START': {
      const char = /character (.)/.exec(first)?.[1] ?? 'this character';
      return `a value cannot start with ${char} in YAML: put the whole value in quotes`;
    }
    case 'BAD_INDENT':
      return /end with a ([}\]])/.test(first)
        ? `a list or mapping opened with ${first.includes('}') ? '{' : '['} is not closed: add the closing ${first.includes('}') ? '}' : ']'}`
        : INDENT;
    case 'UNEXPECTED_TOKEN':
      if (opensQuoted(lineText)) return QUOTE_THEN_MORE;
      if (first.includes('block-seq-ind'))
        return 'a value starts with "- ", which YAML reads as a list: put the whole value in quotes';
      return `not valid YAML: ${first}`;
    case 'MISSING_CHAR':
      if (first.includes('without - indicator')) return INDENT;
      return `not valid YAML: ${first}`;
    default:
      return `not valid YAML: ${first}`;
  }
}

/**
 * An unclosed quote swallows the rest of the file, so it is the one problem worth naming, at the line where
 * the quote opens (the parser only notices at the end of the file).
 */
function unclosedQuote(e: YAMLError, lines: string[], line: number): Said | null {
  const mark = /Missing closing (["'])quote/.exec(e.message)?.[1];
  if (e.code !== 'MISSING_CHAR' || !mark) return null;
  for (let n = Math.min(line, lines.length); n >= 1; n--) {
    const text = lines[n - 1]!;
    const at = text.indexOf(mark);
    if (at >= 0 && text.indexOf(mark, at + 1) < 0)
      return {
        line: n,
        column: at + 1,
        message: `a value opens with a quote mark (${mark}) that is never closed: close it at the end of the value, or leave the quotes out`,
      };
  }
  return { line, column: 1, message: 'a quoted value is never closed: add the closing quote mark' };
}

/**
 * The problems to show for a document's YAML errors: one per line, and a cause that throws the parser off
 * for the rest of the file (an unclosed quote, tabs for indenting) without what follows from it.
 */
export function yamlProblems(
  errors: readonly YAMLError[],
  text: string,
  counter: LineCounter,
  file: string,
): Problem[] {
  const lines = text.split(/\r\n|\r|\n/);
  const said: Said[] = [];
  let tab: Said | null = null;
  let tabs = 0;
  for (const e of errors) {
    const { line, col } = counter.linePos(e.pos[0]);
    const quote = unclosedQuote(e, lines, line);
    if (quote) return [problem(file, quote)];
    if (e.code === 'TAB_AS_INDENT') {
      tab ??= { line, column: col, message: TAB };
      tabs++;
    } else if (!said.some((s) => s.line === line))
      said.push({ line, column: col, message: plainWords(e, lines[line - 1] ?? '') });
  }
  if (tab && tabs > 1)
    tab.message = `a tab is used for indenting (here and on ${tabs - 1} more line${tabs > 2 ? 's' : ''}): indent with spaces`;
  // What comes after a tab is thrown off by it; slips above it are problems of their own.
  const shown = tab ? [...said.filter((s) => s.line < tab.line), tab] : said;
  return shown.map((s) => problem(file, s));
}

const problem = (file: string, s: Said): Problem => ({
  file,
  line: s.line,
  column: s.column,
  path: '(yaml)',
  message: `column ${s.column}: ${s.message}`,
});
