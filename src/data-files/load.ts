// The data loader: reads the game's data files from disk for the build (vite.config.ts), the tests, the Node
// tools and the room server: the level files, the judgement check, the endless storm and their translations.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type JudgementBank, loadJudgementBank } from '../content/judgement-check.ts';
import { type Loaded, loadLevel, type LoadResult, MAX_FILE_BYTES, tooLarge } from '../content/loader.ts';
import { type Problem, ProblemsError } from '../content/problems.ts';
import type { Level } from '../content/schema.ts';
import { loadStorm as loadStormYaml, type Storm } from '../content/storm.ts';
import {
  loadTranslation,
  mapJudgementTexts,
  mapStormTexts,
  mapTexts,
  translate,
  translateLevel,
  type Translation,
} from '../content/translation.ts';

/** The campaign's folder; HOT_SEAT_LEVELS points a build or a tool at another (tests use it). */
export const LEVELS_DIR = process.env.HOT_SEAT_LEVELS ?? 'levels';

export const levelFiles = (dir = LEVELS_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));

/** Why a file cannot be read, in plain words. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'not allowed to read it',
};

/**
 * Reads a file and loads it, naming it as it was given; a file that cannot be read, or is too large to
 * read at all, is one problem, reported like any other.
 */
function fromDisk<R>(file: string, load: (text: string, name: string) => R): R | { ok: false; problems: Problem[] } {
  const cannot = (message: string) => ({ ok: false as const, problems: [{ file, line: 1, path: '(file)', message }] });
  try {
    const { size } = statSync(file);
    if (size > MAX_FILE_BYTES) return cannot(tooLarge(size));
    return load(readFileSync(file, 'utf8'), file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return cannot(`cannot read: ${READ_ERRORS[code] ?? (e as Error).message}`);
  }
}

/** Whether a loader's problems say that the file could not be read at all. */
export const unreadable = (problems: Problem[]): boolean =>
  problems.length === 1 && problems[0]!.path === '(file)' && problems[0]!.message.startsWith('cannot read');

export const loadLevelFile = (file: string): LoadResult => fromDisk(file, loadLevel);

/** Every level in the folder, sorted by chapter number; throws ProblemsError listing all problems. */
export function loadAllLevels(dir = LEVELS_DIR): Level[] {
  const results = levelFiles(dir).map(loadLevelFile);
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  if (problems.length) throw new ProblemsError(problems);
  return results.map((r) => (r as { level: Level }).level).sort((a, b) => a.number - b.number);
}

/** A file that cannot be read, said in one line: "cannot read levels/x.yaml: no such file". */
export const unreadLine = (p: Problem): string => `${p.message.replace(/^cannot read:/, `cannot read ${p.file}:`)}`;

/** The languages the campaign is translated into, each a folder of levels/ with a file per chapter. */
export const LANGUAGES = ['zh-CN'] as const;

/** The translation of a chapter's file into a language: levels/zh-CN/01-breakfast-era.yaml. */
export const translationFile = (file: string, lang: string) => join(dirname(file), lang, basename(file));

/** A chapter's translation, checked against the chapter (its English file). */
export const loadTranslationFile = (file: string, level: Level, english: string): Loaded<Translation> =>
  fromDisk(file, (text, name) => loadTranslation(text, name, (f) => mapTexts(level, f), english));

/** The judgement check's translation into a language, checked against the check. */
export const loadJudgementTranslationFile = (lang: string, bank: JudgementBank): Loaded<Translation> =>
  fromDisk(translationFile(JUDGEMENT_FILE, lang), (text, name) =>
    loadTranslation(text, name, (f) => mapJudgementTexts(bank, f), JUDGEMENT_FILE),
  );

/** The translation files of a language that have no chapter to translate. */
export const orphanTranslations = (lang: string, dir = LEVELS_DIR): string[] => {
  const folder = join(dir, lang);
  if (!existsSync(folder)) return [];
  const english = new Set(levelFiles(dir).map((f) => basename(f)));
  return levelFiles(folder).filter((f) => !english.has(basename(f)));
};

export const JUDGEMENT_FILE = 'data/judgement-check.yaml';

export const loadJudgementFile = (file = JUDGEMENT_FILE): Loaded<JudgementBank> => fromDisk(file, loadJudgementBank);

/** What a file that loaded holds; throws ProblemsError listing all problems of one that did not. */
function dataOf<T>(r: Loaded<T>): T {
  if (!r.ok) throw new ProblemsError(r.problems);
  return r.data;
}

/** The judgement check; throws ProblemsError listing all problems. */
export const readJudgementBank = (file = JUDGEMENT_FILE): JudgementBank => dataOf(loadJudgementFile(file));

export const STORM_FILE = 'data/storm.yaml';

export const loadStormFile = (file = STORM_FILE): Loaded<Storm> => fromDisk(file, loadStormYaml);

/** The endless storm's data; throws ProblemsError listing all problems. */
export const readStorm = (file = STORM_FILE): Storm => dataOf(loadStormFile(file));

/** The storm's translation into a language, checked against the storm. */
export const loadStormTranslationFile = (lang: string, storm: Storm): Loaded<Translation> =>
  fromDisk(translationFile(STORM_FILE, lang), (text, name) =>
    loadTranslation(text, name, (f) => mapStormTexts(storm, f), STORM_FILE),
  );

/**
 * The campaign, the judgement check and the endless storm in a language, for the build: every text from its
 * translation file (the validator requires one for each campaign chapter). Throws ProblemsError listing every
 * problem.
 */
export function loadTranslatedContent(
  lang: string,
  dir = LEVELS_DIR,
): { levels: Level[]; judgementBank: JudgementBank; storm: Storm } {
  const problems: Problem[] = [];
  const translated = <T>(r: Loaded<Translation>, english: T, map: (t: Translation) => T): T => {
    if (r.ok) return map(r.data);
    problems.push(...r.problems);
    return english;
  };
  const levels = levelFiles(dir).map((file) => {
    const r = loadLevelFile(file);
    if (!r.ok) throw new ProblemsError(r.problems);
    // A chapter without a translation (a trainer's own folder of levels) plays in English.
    const path = translationFile(file, lang);
    if (!existsSync(path)) return r.level;
    return translated(loadTranslationFile(path, r.level, file), r.level, (t) => translateLevel(r.level, t));
  });
  const bank = readJudgementBank();
  const judgementBank = translated(loadJudgementTranslationFile(lang, bank), bank, (t) =>
    translate((f) => mapJudgementTexts(bank, f), t),
  );
  const english = readStorm();
  const storm = translated(loadStormTranslationFile(lang, english), english, (t) =>
    translate((f) => mapStormTexts(english, f), t),
  );
  if (problems.length) throw new ProblemsError(problems);
  return { levels: levels.sort((a, b) => a.number - b.number), judgementBank, storm };
}
