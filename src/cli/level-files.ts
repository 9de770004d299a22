// Reads level files from disk for the Node tools (validator, simulator, benchmark, tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadLevel, type LoadResult } from '../content/loader.ts';
import { LevelError } from '../content/problems.ts';
import type { Level } from '../content/schema.ts';

/** The campaign's folder; HOT_SEAT_LEVELS points a build or a tool at another (tests use it). */
export const LEVELS_DIR = process.env.HOT_SEAT_LEVELS ?? 'levels';

export const levelFiles = (dir = LEVELS_DIR): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));

export function loadLevelFile(file: string): LoadResult {
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
  return loadLevel(text, name);
}

/** Every level in the folder, sorted by chapter number; throws LevelError listing all problems. */
export function loadAllLevels(dir = LEVELS_DIR): Level[] {
  const results = levelFiles(dir).map(loadLevelFile);
  const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
  if (problems.length) throw new LevelError(problems);
  return results.map((r) => (r as { level: Level }).level).sort((a, b) => a.number - b.number);
}
