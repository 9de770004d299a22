// src/core is the pure rules engine. Its imports are checked by dependency-cruiser (`npm run lint`); what
// an import graph cannot see is checked here: no browser or host globals, no clock, no unseeded chance.
// The files are read as text and every line that breaks the rule is named.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const CORE = join(ROOT, 'src/core');

/** Source with comments and string contents blanked to spaces, so that lines still match the source. */
function code(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const two = src.slice(i, i + 2);
    if (two === '//') {
      const end = src.indexOf('\n', i);
      const stop = end === -1 ? src.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (two === '/*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += c + src.slice(i + 1, j).replace(/[^\n]/g, ' ') + c;
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const GLOBALS: [RegExp, string][] = [
  [
    /(?<![.\w$])(window|document|localStorage|sessionStorage|navigator|performance|globalThis|process)\b/,
    'touches a browser/host global',
  ],
  [/(?<![.\w$])Date\b/, 'reads the clock (Date)'],
  [/(?<![.\w$])(setTimeout|setInterval|requestAnimationFrame)\b/, 'uses timers'],
  [/(?<![.\w$])Math\s*\.\s*random\b/, 'uses Math.random (unseeded)'],
];

/** Every global, clock or chance a file of src/core touches, as "file:line: reason". */
function impurities(file: string, src: string): string[] {
  const out: string[] = [];
  code(src)
    .split('\n')
    .forEach((line, i) => {
      for (const [re, why] of GLOBALS) {
        const m = re.exec(line);
        if (m) out.push(`${file}:${i + 1}: ${why}: ${m[0]}`);
      }
    });
  return out;
}

describe('the purity detector itself', () => {
  it('passes clean engine code, including words in comments and strings and fields named like globals', () => {
    const clean = [
      '// no window, no Date.now(), no Math.random() here',
      '/* const t = performance.now(); */',
      "const msg = 'close the window before the Date';",
      'if (d.hour < f.arrivedAt + post.window) return;',
      'const later = s.performance ?? state.navigator;',
    ].join('\n');
    expect(impurities('src/core/sample.ts', clean)).toEqual([]);
  });

  it('names each global, clock and chance with its line', () => {
    const dirty = [
      'const now = Date.now();',
      'const roll = Math.random();',
      "window.localStorage.setItem('x', '1');",
      'setTimeout(() => {}, 10);',
      'const t = performance.now();',
      'const env = process.env.SEED;',
    ].join('\n');
    expect(impurities('src/core/sample.ts', dirty)).toEqual([
      'src/core/sample.ts:1: reads the clock (Date): Date',
      'src/core/sample.ts:2: uses Math.random (unseeded): Math.random',
      'src/core/sample.ts:3: touches a browser/host global: window',
      'src/core/sample.ts:4: uses timers: setTimeout',
      'src/core/sample.ts:5: touches a browser/host global: performance',
      'src/core/sample.ts:6: touches a browser/host global: process',
    ]);
  });
});

describe('src/core is pure', () => {
  const files = readdirSync(CORE).filter((f) => /\.[cm]?[jt]sx?$/.test(f));

  it('has engine files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['engine.ts', 'rules.ts', 'conditions.ts', 'rng.ts', 'state.ts']));
  });

  it.each(files)('%s touches no browser or host global, no clock and no Math.random', (f) => {
    const file = `src/core/${f}`;
    expect(impurities(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
