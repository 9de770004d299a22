// npm run translation-skeleton -- FILE
// Writes the skeleton of a translation to stdout: every text of a chapter (or of the judgement check) at the
// path the translation file gives it, still in English, for a translator to replace (levels/zh-CN/README.md).
import { Document } from 'yaml';
import type { Path } from '../content/problems.ts';
import { mapCheckTexts, mapTexts, type Texts } from '../content/translation.ts';
import { readArgs, runTool, UsageError } from './command-line.ts';
import { CHECK_FILE, loadCheckFile, loadLevelFile, unreadLine } from './level-files.ts';

const USAGE = `Usage: npm run translation-skeleton -- FILE

Prints every text of the level FILE (or of the judgement check, ${CHECK_FILE}) as a translation file keyed
by its ids, still in English, to be replaced text by text. Check a translation with npm run validate-levels.`;

function setIn(tree: Record<string, unknown>, path: Path, text: string) {
  let at: Record<string, unknown> = tree;
  path.slice(0, -1).forEach((k, i) => {
    at[k] ??= typeof path[i + 1] === 'number' ? [] : {};
    at = at[k] as Record<string, unknown>;
  });
  at[path.at(-1)!] = text;
}

runTool('translation-skeleton', () => {
  const { positionals } = readArgs(USAGE, {}, true);
  if (positionals.length !== 1) throw new UsageError('name one level file');
  const file = positionals[0]!;
  const tree: Record<string, unknown> = {};
  const visit: Texts = (path, text) => {
    setIn(tree, path, text);
    return text;
  };
  if (file.endsWith('judgement-check.yaml')) {
    const r = loadCheckFile(file);
    if (!r.ok) throw new UsageError(unreadLine(r.problems[0]!));
    mapCheckTexts(r.data, visit);
  } else {
    const r = loadLevelFile(file);
    if (!r.ok) throw new UsageError(unreadLine(r.problems[0]!));
    mapTexts(r.level, visit);
  }
  const doc = new Document(tree);
  console.log(
    `# Translation of ${positionals[0]}: replace each text, keep every key.\n${doc.toString({ lineWidth: 110, blockQuote: 'folded' })}`,
  );
});
