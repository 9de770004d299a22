// src/core is the pure rules engine: no engine, audio or store libraries, no browser, no clock, no
// unseeded chance. This test reads its files as text and names every line that breaks the rule.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const CORE = join(ROOT, 'src/core');

/** Source with comments and string contents blanked to spaces, so that indices still match the source. */
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

const FORBIDDEN_MODULES = /^(phaser|howler|zustand)(\/|$)/;
const GLOBALS: [RegExp, string][] = [
  [
    /(?<![.\w$])(window|document|localStorage|sessionStorage|navigator|performance|globalThis)\b/,
    'touches a browser/host global',
  ],
  [/(?<![.\w$])Date\b/, 'reads the clock (Date)'],
  [/(?<![.\w$])(setTimeout|setInterval|requestAnimationFrame)\b/, 'uses timers'],
  [/(?<![.\w$])Math\s*\.\s*random\b/, 'uses Math.random (unseeded)'],
];

/**
 * Every purity problem in one file of src/core, as "file:line: reason". `file` is the path relative
 * to the repository root, used to resolve relative imports.
 */
export function impurities(file: string, src: string): string[] {
  const out: string[] = [];
  const lineOf = (index: number) => src.slice(0, index).split('\n').length;
  const importRe =
    /\b(?:import|export)\s+(type\s+)?(?:[^'"`;]*?\bfrom\s*)?(['"])([^'"]+)\2|\b(?:import|require)\s*\(\s*(['"])([^'"]+)\4\s*\)/g;
  const stripped = code(src);
  for (const m of src.matchAll(importRe)) {
    if (stripped[m.index] !== src[m.index]) continue; // inside a comment or a string
    const spec = m[3] ?? m[5]!;
    const where = `${file}:${lineOf(m.index)}`;
    if (FORBIDDEN_MODULES.test(spec)) {
      out.push(`${where}: imports ${spec}`);
    } else if (spec.startsWith('.')) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\\/g, '/');
      if (!target.startsWith('src/core/') && target !== 'src/content/schema' && target !== 'src/content/schema.ts') {
        out.push(`${where}: imports ${spec}, outside src/core and src/content/schema`);
      }
    } else if (!/^pure-rand(\/|$)/.test(spec)) {
      out.push(`${where}: imports ${spec}, which is not pure-rand`);
    }
  }
  stripped.split('\n').forEach((line, i) => {
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
      "import type { Level } from '../content/schema';",
      "import { VALUES } from '../content/schema';",
      "import { uniformInt } from 'pure-rand/distribution/uniformInt';",
      "import { holds } from './conditions';",
      '// no window, no Date.now(), no Math.random() here',
      "/* import Phaser from 'phaser'; */",
      "const doc = `import { Howl } from 'howler'`;",
      "const msg = 'close the window before the Date';",
      'if (d.hour < f.arrivedAt + post.window) return;',
      'const later = s.performance ?? state.navigator;',
    ].join('\n');
    expect(impurities('src/core/sample.ts', clean)).toEqual([]);
  });

  it('names each forbidden import and global with its line', () => {
    const dirty = [
      "import Phaser from 'phaser';",
      "import { Howl } from 'howler';",
      "import { create } from 'zustand/vanilla';",
      "import { loadLevel } from '../content/loader';",
      "import { readFileSync } from 'node:fs';",
      "import type { Scene } from '../scenes/play';",
      'const now = Date.now();',
      'const roll = Math.random();',
      "window.localStorage.setItem('x', '1');",
      'setTimeout(() => {}, 10);',
      'const t = performance.now();',
      "const lib = await import('phaser');",
    ].join('\n');
    expect(impurities('src/core/sample.ts', dirty)).toEqual([
      'src/core/sample.ts:1: imports phaser',
      'src/core/sample.ts:2: imports howler',
      'src/core/sample.ts:3: imports zustand/vanilla',
      'src/core/sample.ts:4: imports ../content/loader, outside src/core and src/content/schema',
      'src/core/sample.ts:5: imports node:fs, which is not pure-rand',
      'src/core/sample.ts:6: imports ../scenes/play, outside src/core and src/content/schema',
      'src/core/sample.ts:12: imports phaser',
      'src/core/sample.ts:7: reads the clock (Date): Date',
      'src/core/sample.ts:8: uses Math.random (unseeded): Math.random',
      'src/core/sample.ts:9: touches a browser/host global: window',
      'src/core/sample.ts:10: uses timers: setTimeout',
      'src/core/sample.ts:11: touches a browser/host global: performance',
    ]);
  });
});

describe('src/core is pure', () => {
  const files = readdirSync(CORE).filter((f) => /\.[cm]?[jt]sx?$/.test(f));

  it('has engine files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['engine.ts', 'rules.ts', 'conditions.ts', 'rng.ts', 'state.ts']));
  });

  it.each(files)(
    '%s imports only src/core, src/content/schema and pure-rand, and touches no browser, clock or Math.random',
    (f) => {
      const file = `src/core/${f}`;
      expect(impurities(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
    },
  );
});
