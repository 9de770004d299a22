// npm run validate-levels [files...]: checks level files (all of levels/ by default) and prints every
// problem as file:line: path: reason. Exits 1 when any file has a problem.
import { formatProblem } from '../content/problems.ts';
import { levelFiles, loadLevelFile } from './level-files.ts';

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
  const other = ids.get(r.level.id);
  if (other) {
    bad++;
    console.error(`${file}:1: id: level id "${r.level.id}" is also used by ${other}`);
  }
  ids.set(r.level.id, file);
}
console.log(`${targets.length - bad} of ${targets.length} level files are valid`);
process.exitCode = bad ? 1 : 0;
