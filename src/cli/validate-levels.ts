// npm run validate-levels [files...]: checks level files (all of levels/ by default) and prints every
// problem as file:line: path: reason, and every warning (a level that works, but that its author should
// look at again) as file:line: path: warning: reason. A file named on the command line is also checked
// against the built-in chapters: its id and number must not clash with theirs. Exits 1 when any file has a
// problem, 2 on a mistake on the command line (an unknown option, a file that cannot be read).
import { resolve } from 'node:path';
import { formatProblem, type Problem } from '../content/problems.ts';
import type { Loaded } from '../content/loader.ts';
import type { Level } from '../content/schema.ts';
import { STORM_ID } from '../core/storm.ts';
import type { Translation } from '../content/translation.ts';
import { readArgs, runTool, UsageError } from './command-line.ts';
import { existsSync } from 'node:fs';
import {
  JUDGEMENT_FILE,
  LANGUAGES,
  levelFiles,
  loadJudgementFile,
  loadJudgementTranslationFile,
  loadLevelFile,
  loadStormFile,
  loadStormTranslationFile,
  loadTranslationFile,
  orphanTranslations,
  STORM_FILE,
  translationFile,
  unreadable,
  unreadLine,
} from '../data-files/load.ts';

const USAGE = `Usage: npm run validate-levels -- [FILE...]

Checks level files and prints every problem as FILE:LINE: PATH: REASON, and every warning (something that
works but deserves a second look) as FILE:LINE: PATH: warning: REASON. With no FILE, checks every chapter
in levels/, their translations (levels/zh-CN/), the judgement check and the endless storm. A FILE named here is also checked against the built-in chapters: its
id and its number must be its own.

Exit code: 0 when every file is valid, 1 when a file has a problem, 2 on a mistake in the command.

Options:
  --help    print this and exit`;

/** What an outside file must not share with the game's own chapters: their ids and numbers. */
interface Taken {
  file: string;
  id: string;
  number: number;
  /** How the problem names it: "built-in chapter 3 'Fine print'". */
  name: string;
}

/**
 * The chapters the game ships with, and the endless storm (its number names it in replay codes), to check
 * an outside file against.
 */
function builtIn(): Taken[] {
  const chapters = levelFiles().flatMap((file) => {
    const r = loadLevelFile(file);
    const l = r.ok && r.level;
    return l ? [{ file, id: l.id, number: l.number, name: `built-in chapter ${l.number} '${l.title}'` }] : [];
  });
  const storm = loadStormFile();
  if (!storm.ok) return chapters;
  const { number, title } = storm.data;
  return [...chapters, { file: STORM_FILE, id: STORM_ID, number, name: `the ${title} (chapter ${number})` }];
}

/** A level's id or number clashing with a built-in chapter's. */
function clashes(file: string, level: Level, taken: Taken[]): Problem[] {
  const out: Problem[] = [];
  for (const c of taken) {
    if (resolve(c.file) === resolve(file)) continue;
    if (c.id === level.id)
      out.push({
        file,
        line: 1,
        path: 'id',
        message: `"${level.id}" clashes with ${c.name}: give it an id of its own`,
      });
    if (c.number === level.number)
      out.push({
        file,
        line: 1,
        path: 'number',
        message: `${level.number} clashes with ${c.name}: pick another number`,
      });
  }
  return out;
}

/**
 * What is wrong with a chapter's translations. The campaign's chapters must have one in every language; a
 * trainer's own scenario may be in one language only.
 */
function translationProblems(file: string, level: Level, campaign: boolean): Problem[] {
  return LANGUAGES.flatMap((lang) => {
    const tr = translationFile(file, lang);
    if (!existsSync(tr))
      return campaign
        ? [
            {
              file,
              line: 1,
              path: '(file)',
              message: `has no ${lang} translation: write ${tr} (npm run translation-skeleton -- ${file})`,
            },
          ]
        : [];
    const r = loadTranslationFile(tr, level, file);
    return r.ok ? [] : r.problems;
  });
}

function main() {
  const { positionals: files } = readArgs(USAGE, {}, true);
  const targets = files.length ? files : levelFiles();
  const chapters = files.length ? builtIn() : [];
  let bad = 0;
  const ids = new Map<string, string>();
  for (const file of targets) {
    const r = loadLevelFile(file);
    if (!r.ok && unreadable(r.problems)) throw new UsageError(unreadLine(r.problems[0]!));
    const problems = r.ok ? clashes(file, r.level, chapters) : r.problems;
    if (r.ok) {
      problems.push(...translationProblems(file, r.level, !files.length));
      r.warnings.forEach((w) => console.warn(formatProblem({ ...w, message: `warning: ${w.message}` })));
      const other = ids.get(r.level.id);
      if (other)
        problems.push({ file, line: 1, path: 'id', message: `level id "${r.level.id}" is also used by ${other}` });
      ids.set(r.level.id, file);
    }
    if (problems.length) {
      bad++;
      problems.forEach((p) => console.error(formatProblem(p)));
    }
  }
  console.log(`${targets.length - bad} of ${targets.length} level files are valid`);
  for (const lang of files.length ? [] : LANGUAGES)
    for (const orphan of orphanTranslations(lang)) {
      bad++;
      console.error(
        formatProblem({ file: orphan, line: 1, path: '(file)', message: 'translates no chapter of levels/' }),
      );
    }
  // With no files named, the judgement check and the storm are checked too, with their translations.
  if (!files.length) {
    bad += dataFileProblems(JUDGEMENT_FILE, loadJudgementFile(), loadJudgementTranslationFile);
    bad += dataFileProblems(STORM_FILE, loadStormFile(), loadStormTranslationFile);
  }
  process.exitCode = bad ? 1 : 0;
}

/** Prints a data file's problems and its translations': 1 when there were any, 0 (and "valid") when none. */
function dataFileProblems<T>(
  file: string,
  r: Loaded<T>,
  translation: (lang: string, data: T) => Loaded<Translation>,
): number {
  const problems = r.ok
    ? LANGUAGES.flatMap((lang) => {
        const t = translation(lang, r.data);
        return t.ok ? [] : t.problems;
      })
    : r.problems;
  problems.forEach((p) => console.error(formatProblem(p)));
  if (!problems.length) console.log(`${file} is valid`);
  return problems.length ? 1 : 0;
}

runTool('validate-levels', main);
