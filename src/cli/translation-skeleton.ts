// npm run translation-skeleton -- FILE [--lang zh-CN]
// Writes the skeleton of a chapter's translation to stdout: every text of the chapter at the path the
// translation file gives it, still in English, for a translator to replace (see levels/zh-CN/README.md).
import { Document } from 'yaml';
import type { Path } from '../content/problems.ts';
import { mapTexts } from '../content/translation.ts';
import { readArgs, runTool, UsageError } from './command-line.ts';
import { loadLevelFile, unreadLine } from './level-files.ts';

const USAGE = `Usage: npm run translation-skeleton -- FILE

Prints every text of the level FILE as a translation file keyed by its ids, still in English, to be
replaced text by text. Check a translation with npm run validate-levels.`;

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
  const r = loadLevelFile(positionals[0]!);
  if (!r.ok) throw new UsageError(unreadLine(r.problems[0]!));
  const tree: Record<string, unknown> = {};
  mapTexts(r.level, (path, text) => {
    setIn(tree, path, text);
    return text;
  });
  const doc = new Document(tree);
  console.log(
    `# Translation of ${positionals[0]}: replace each text, keep every key.\n${doc.toString({ lineWidth: 110, blockQuote: 'folded' })}`,
  );
});
