// npm run validate-levels [files...]: checks level files (all of levels/ by default) and prints every
// problem as file:line: path: reason, and every warning (a level that works, but that its author should
// look at again) as file:line: path: warning: reason. Exits 1 when any file has a problem.
import { formatProblem } from '../content/problems.ts';
import { CHECK_FILE, levelFiles, loadCheckFile, loadLevelFile } from './level-files.ts';

const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const targets = files.length ? files : levelFiles();
let bad = 0;
const ids = new Map<string, string>();
for (const file of targets) {
  const r = loadLevelFile(file);
  if (!r.ok) {
    bad++;
    r.problems.forEach((p) => console.error(formatProblem(p)));
    continue;
  }
  r.warnings.forEach((w) => console.warn(formatProblem({ ...w, message: `warning: ${w.message}` })));
  const other = ids.get(r.level.id);
  if (other) {
    bad++;
    console.error(`${file}:1: id: level id "${r.level.id}" is also used by ${other}`);
  }
  ids.set(r.level.id, file);
}
console.log(`${targets.length - bad} of ${targets.length} level files are valid`);
// With no files named, the judgement check is checked too.
if (!files.length) {
  const r = loadCheckFile();
  if (r.ok) console.log(`${CHECK_FILE} is valid`);
  else {
    bad++;
    r.problems.forEach((p) => console.error(formatProblem(p)));
  }
}
process.exitCode = bad ? 1 : 0;
