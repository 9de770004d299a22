// npm run translation-skeleton -- FILE
// Writes the skeleton of a translation to stdout: every text of a chapter (or of the judgement check, or of the
// endless storm) at the path the translation file gives it, still in English, for a translator to replace
// (levels/zh-CN/README.md).
import { Document } from 'yaml';
import { mapJudgementTexts, mapStormTexts, mapTexts, type Translation, textTree } from '../content/translation.ts';
import { readArgs, runTool, UsageError } from './command-line.ts';
import {
  JUDGEMENT_FILE,
  loadJudgementFile,
  loadLevelFile,
  loadStormFile,
  STORM_FILE,
  unreadLine,
} from '../data-files/load.ts';

const USAGE = `Usage: npm run translation-skeleton -- FILE

Prints every text of the level FILE (or of the judgement judgementBank, ${JUDGEMENT_FILE}, or of the storm, ${STORM_FILE})
as a translation file keyed
by its ids, still in English, to be replaced text by text. Check a translation with npm run validate-levels.`;

runTool('translation-skeleton', () => {
  const { positionals } = readArgs(USAGE, {}, true);
  if (positionals.length !== 1) throw new UsageError('name one level file');
  const file = positionals[0]!;
  let tree: Translation;
  if (file.endsWith('judgement-check.yaml')) {
    const r = loadJudgementFile(file);
    if (!r.ok) throw new UsageError(unreadLine(r.problems[0]!));
    tree = textTree((visit) => mapJudgementTexts(r.data, visit));
  } else if (file.endsWith('storm.yaml')) {
    const r = loadStormFile(file);
    if (!r.ok) throw new UsageError(unreadLine(r.problems[0]!));
    tree = textTree((visit) => mapStormTexts(r.data, visit));
  } else {
    const r = loadLevelFile(file);
    if (!r.ok) throw new UsageError(unreadLine(r.problems[0]!));
    tree = textTree((visit) => mapTexts(r.level, visit));
  }
  const doc = new Document(tree);
  console.log(
    `# Translation of ${positionals[0]}: replace each text, keep every key.\n${doc.toString({ lineWidth: 110, blockQuote: 'folded' })}`,
  );
});
