// The endless storm's file (data/storm.yaml) and its translation: a mistake in either is reported as
// file:line: path: reason, and the storm is dealt with the waves, gaps and hours the file gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/problems.ts';
import { loadStorm } from '../../src/content/storm.ts';
import { loadTranslation, mapStormTexts } from '../../src/content/translation.ts';
import { buildStorm } from '../../src/core/storm.ts';
import { loadAllLevels, readStorm, STORM_FILE, translationFile } from '../../src/data-files/load.ts';

const english = readFileSync(STORM_FILE, 'utf8');
const chinese = readFileSync(translationFile(STORM_FILE, 'zh-CN'), 'utf8');
const storm = readStorm();

/** The storm file with `from` replaced by `to`: its problems as the validator prints them, and the line changed. */
function brokenStorm(from: string, to: string) {
  expect(english).toContain(from);
  const text = english.replace(from, to);
  const line = text.slice(0, text.indexOf(to)).split('\n').length;
  const r = loadStorm(text, STORM_FILE);
  return { problems: r.ok ? [] : r.problems.map(formatProblem), line };
}

describe("the storm's file", () => {
  it('loads as it is, with its Chinese', () => {
    expect(loadStorm(english, STORM_FILE).ok).toBe(true);
    expect(loadTranslation(chinese, 'zh.yaml', (f) => mapStormTexts(storm, f), STORM_FILE).ok).toBe(true);
  });

  it('names the line and the field of an ending that tests a post, which the storm renames in every wave', () => {
    const { problems, line } = brokenStorm('when: { value: trust, atMost: 10 }', 'when: { flag: apologised }');
    expect(problems).toEqual([
      `data/storm.yaml:${line}: endings[1].when.flag: a storm's ending can test only values: the dealt posts' flags and replies are renamed in each wave`,
    ]);
  });

  it('names the line and the field of a value out of range', () => {
    const { problems, line } = brokenStorm('waves: 12', 'waves: 0');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^data/storm\\.yaml:${line}: waves: `))]);
  });

  it("says which text its translation lacks, keyed as a chapter's are", () => {
    const broken = chinese.replace(/^ {4}title: "当众失控"\n/m, '');
    const r = loadTranslation(broken, 'zh.yaml', (f) => mapStormTexts(storm, f), STORM_FILE);
    // Said at the meltdown's mapping, which now begins with its text.
    const line = broken.split('\n').indexOf('  meltdown:') + 2;
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      `zh.yaml:${line}: endings.meltdown.title: is missing: translate "Meltdown"`,
    ]);
  });

  it('deals as many waves as it says, its first gap apart, going on its hours after the last post', () => {
    const dealt = buildStorm(loadAllLevels(), { ...storm, waves: 2, firstGap: 5, hoursAfter: 7 }, 1);
    const timed = dealt.posts.filter((p) => p.at !== undefined);
    expect(new Set(timed.map((p) => p.id.slice(p.id.lastIndexOf('-w'))))).toEqual(new Set(['-w1', '-w2']));
    expect(timed[1]!.at! - timed[0]!.at!).toBe(5);
    // The clock moves on one gap after the last post, then the hours after it.
    expect(dealt.hours).toBe(timed.at(-1)!.at! + 5 + 7);
  });
});
