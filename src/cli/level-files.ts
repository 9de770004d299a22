// Reads the game's data files from disk for the Node tools (validator, simulator, benchmark, tests) and for
// the build: the level files, and the judgement check.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type JudgementCheck, loadJudgementCheck } from '../content/judgement-check.ts';
import { type Loaded, loadLevel, type LoadResult } from '../content/loader.ts';
import { type Problem, ProblemsError } from '../content/problems.ts';
import type { Level } from '../content/schema.ts';

/** The campaign's folder; HOT_SEAT_LEVELS points a build or a tool at another (tests use it). */
export const LEVELS_DIR = process.env.HOT_SEAT_LEVELS ?? 'levels';

export const levelFiles = (dir = LEVELS_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));

/** Reads a file and loads it; a file that cannot be read is one problem, reported like any other. */
function fromDisk<R>(file: string, load: (text: string, name: string) => R): R | { ok: false; problems: Problem[] } {
  const name = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      ok: false,
      problems: [{ file: name, line: 1, path: '(file)', message: `cannot read: ${(e as Error).message}` }],
    };
  }
  return load(text, name);
}

export const loadLevelFile = (file: string): LoadResult => fromDisk(file, loadLevel);

/** Every level in the folder, sorted by chapter number; throws ProblemsError listing all problems. */
export function loadAllLevels(dir = LEVELS_DIR): Level[] {
  const results = levelFiles(dir).map(loadLevelFile);
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  if (problems.length) throw new ProblemsError(problems);
  return results.map((r) => (r as { level: Level }).level).sort((a, b) => a.number - b.number);
}

export const CHECK_FILE = 'data/judgement-check.yaml';

export const loadCheckFile = (file = CHECK_FILE): Loaded<JudgementCheck> => fromDisk(file, loadJudgementCheck);

/** The judgement check; throws ProblemsError listing all problems. */
export function loadCheck(file = CHECK_FILE): JudgementCheck {
  const r = loadCheckFile(file);
  if (!r.ok) throw new ProblemsError(r.problems);
  return r.data;
}
