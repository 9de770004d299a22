// The interface's words: every English string has its Chinese, with the same values put in, and nothing
// in the Chinese that the English lacks; the language a player gets when they arrive.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import { pickLanguage, t, useLanguage } from '../../src/i18n/i18n.ts';
import zh from '../../src/i18n/zh-CN.ts';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string by its key, plural forms under the one key they share. */
function leaves(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(PLURAL, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}
const values = (texts: string[]) =>
  [...new Set(texts.flatMap((s) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1])))].sort();

/** Names and formats that stay as they are in any language. */
const KEPT =
  /\{\{[^}]*\}\}|Hot Seat|CSV|JSON|PNG|YAML|SCORM|LMS|QR|URL|CodeMirror|Phaser|zustand|Howler|Vite|English|A4|Letter/g;
const untranslated = (s: string) => !/\p{Script=Han}/u.test(s) && /[A-Za-z]{3,}/.test(s.replace(KEPT, ''));

const english = leaves(en as unknown as Tree);
const chinese = leaves(zh as unknown as Tree);

describe('the interface in Simplified Chinese', () => {
  it('has every English string, and none the English lacks', () => {
    expect(
      [...english.keys()].filter((k) => !chinese.has(k)),
      'missing in zh-CN',
    ).toEqual([]);
    expect(
      [...chinese.keys()].filter((k) => !english.has(k)),
      'orphaned in zh-CN',
    ).toEqual([]);
  });

  it('puts in the same values as the English, and is not left empty or in English', () => {
    const wrong = [...english].flatMap(([key, texts]) => {
      const zhTexts = chinese.get(key) ?? [];
      const problems: string[] = [];
      if (values(texts).join() !== values(zhTexts).join())
        problems.push(`${key}: values ${values(zhTexts)} ≠ ${values(texts)}`);
      if (zhTexts.some((s) => !s.trim())) problems.push(`${key}: empty`);
      if (zhTexts.some(untranslated)) problems.push(`${key}: still in English`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('counts in Chinese with the one form Chinese has', async () => {
    await useLanguage('zh-CN');
    try {
      for (const [key, texts] of english)
        if (texts.length > 1 && texts.some((s) => s.includes('{{count}}')))
          expect(t(key as never, { count: 3 } as never), key).toMatch(/3/);
    } finally {
      await useLanguage('en');
    }
  });
});

describe('the language a player gets', () => {
  it('takes the address first, then the choice kept, then the browser, else English', () => {
    expect(pickLanguage('zh-CN', 'en', ['en-GB'])).toBe('zh-CN');
    expect(pickLanguage('xx', 'zh-CN', ['en-GB'])).toBe('zh-CN');
    expect(pickLanguage(null, undefined, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, undefined, ['zh-SG'])).toBe('zh-CN');
    expect(pickLanguage(null, undefined, ['zh-TW', 'fr'])).toBe('en');
    expect(pickLanguage(null, undefined, ['fr', 'en-US', 'zh-CN'])).toBe('en');
    expect(pickLanguage(null, undefined, [])).toBe('en');
  });
});
