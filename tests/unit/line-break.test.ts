// The canvas's line breaks: English at spaces, Chinese between characters with its punctuation rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/view/line-break.ts';

/** Every character one unit wide, as a monospaced font measures. */
const mono = (s: string) => [...s].length;
const NEVER_FIRST = /^[，。、；：？！）》」』】”’…—％]/;
const MARKS = '，。：！？“”（）《》';
const NEVER_LAST = /[（《「『【“‘]$/;

describe('breaking lines', () => {
  it('breaks English at spaces and keeps words whole', () => {
    expect(breakLines('Make every claim something people can check', 16, mono)).toEqual([
      'Make every claim',
      'something people',
      'can check',
    ]);
  });

  it('breaks Chinese between characters, fitting each line', () => {
    expect(breakLines('让每一个说法都经得起检验', 5, mono)).toEqual(['让每一个说', '法都经得起', '检验']);
  });

  it('starts no line with a closing mark and ends none with an opening one', () => {
    // Left alone, the comma would start the second line and the opening quote end the first.
    expect(breakLines('林澈说好，然后“删帖”了', 4, mono)).toEqual(['林澈说', '好，然后', '“删帖”', '了']);
    expect(breakLines('他说：“我们错了。”', 4, mono)).toEqual(['他说：', '“我们错', '了。”']);
  });

  it('keeps a Latin word or a number whole inside Chinese', () => {
    expect(breakLines('红隼K7 Ultra的碳纤维', 6, mono)).toEqual(['红隼K7', 'Ultra的', '碳纤维']);
    expect(breakLines('2014年的原帖', 5, mono)).toEqual(['2014年', '的原帖']);
  });

  it('keeps newlines, and cuts only a word wider than the line', () => {
    expect(breakLines('one\n\ntwo', 10, mono)).toEqual(['one', '', 'two']);
    expect(breakLines('see https://example.invalid/abc', 8, mono)).toEqual([
      'see',
      'https://',
      'example.',
      'invalid/',
      'abc',
    ]);
  });

  it('for any Chinese text: loses no character, overflows only by a kept mark, and keeps the rules', () => {
    const text = fc
      .array(fc.constantFrom(...'红隼林澈说好的车，。：！？“”（）《》K7 2014'), { maxLength: 80 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 3, max: 20 }), (t, width) => {
        const lines = breakLines(t, width, mono);
        expect(lines.join('').replace(/ /g, '')).toBe(t.replace(/ /g, ''));
        for (const [i, line] of lines.entries()) {
          // Only a mark kept with its neighbour may push a line past the width.
          const marks = [...line].filter((c) => MARKS.includes(c)).length;
          expect(mono(line)).toBeLessThanOrEqual(width + marks);
          if (i > 0 && line) expect(line).not.toMatch(NEVER_FIRST);
          if (i < lines.length - 1) expect(line).not.toMatch(NEVER_LAST);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
