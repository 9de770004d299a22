// npm run build:scorm -- [--chapters 1,3] [--out FILE]
// Builds the game and packs it as a SCORM 1.2 zip for a learning-management system.
import { execFileSync } from 'node:child_process';
import { readArgs, runTool, UsageError } from './command-line.ts';
import { loadAllLevels } from '../data-files/load.ts';
import { writeScormPackage } from './scorm-package.ts';

const USAGE = `Usage: npm run build:scorm -- [options]

Builds the game (dist/) and packs it as a SCORM 1.2 package that an LMS imports. The course reports
"completed" once every chapter it asks for has ended, a score from 0 to 100 (discernment over those
chapters: how well the learner told fair criticism from false attacks), and keeps the learner's game and
progress in the LMS, so that the learner resumes on another computer.

Options:
  --chapters LIST   the chapters the course asks for, by number (default 1), e.g. 1,3,5
  --out FILE        the zip to write (default hot-seat-scorm.zip)
  --help            print this and exit`;

runTool('build:scorm', () => {
  const { values } = readArgs(USAGE, {
    chapters: { type: 'string', default: '1' },
    out: { type: 'string', default: 'hot-seat-scorm.zip' },
  });
  const levels = loadAllLevels();
  const numbers = values.chapters!.split(',').map((n) => Number(n.trim()));
  const chapters = numbers.map((n) => levels.find((l) => l.number === n && !l.bonus));
  const missing = numbers.filter((_, i) => !chapters[i]);
  if (missing.length || !numbers.length)
    throw new UsageError(
      `--chapters takes chapter numbers from ${levels[0]!.number} to ${Math.max(...levels.filter((l) => !l.bonus).map((l) => l.number))}; no chapter ${missing.join(', ')}`,
    );
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  const bytes = writeScormPackage(
    'dist',
    values.out!,
    chapters.map((c) => c!),
  );
  console.log(`Wrote ${values.out} (${(bytes / 1024 / 1024).toFixed(1)} MB): chapters ${numbers.join(', ')}.`);
});
