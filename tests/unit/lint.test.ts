// `npm run lint` keeps the house rules: it fails on a formatting slip, a lint error, or an import across a
// forbidden layer, naming the file (and, for an import, both files). Shown on a temporary copy of the tree.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let copy: string;

/** Runs a lint tool of the project in the copy; returns its exit code and everything it printed. */
function run(tool: 'biome' | 'depcruise', args: string[]) {
  const bin = join(ROOT, 'node_modules/.bin', tool);
  const r = spawnSync(bin, args, { cwd: copy, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
const biome = () => run('biome', ['check', 'src']);
const layers = () => run('depcruise', ['src', '--output-type', 'err']);

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'hot-seat-lint-'));
  for (const f of [
    'src',
    'assets',
    'docs',
    'levels',
    'tsconfig.json',
    'biome.jsonc',
    '.dependency-cruiser.cjs',
    '.gitignore',
  ]) {
    cpSync(join(ROOT, f), join(copy, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run lint on a copy of the tree', { timeout: 60_000 }, () => {
  it('passes the tree as it is', () => {
    expect(biome().status).toBe(0);
    expect(layers().status).toBe(0);
  });

  it('fails on a formatting slip, naming the file', () => {
    writeFileSync(join(copy, 'src/view/slip.ts'), 'export const  x = {a:1}\n');
    const r = biome();
    rmSync(join(copy, 'src/view/slip.ts'));
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('src/view/slip.ts');
  });

  it('fails on a lint error, naming the file and the rule', () => {
    writeFileSync(join(copy, 'src/view/loose.ts'), 'export const same = (a: number, b: string) => a == Number(b);\n');
    const r = biome();
    rmSync(join(copy, 'src/view/loose.ts'));
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('src/view/loose.ts');
    expect(r.out).toContain('noDoubleEquals');
  });

  const forbidden: [from: string, to: string, source: string, rule: string][] = [
    [
      'src/core/peek.ts',
      'src/scenes/feed.ts',
      "import { FeedScene } from '../scenes/feed.ts';\nexport const s = FeedScene;\n",
      'core-reads-only-the-schema',
    ],
    [
      'src/content/peek.ts',
      'src/core/engine.ts',
      "import { newGame } from '../core/engine.ts';\nexport const n = newGame;\n",
      'content-stands-alone',
    ],
    [
      'src/state/peek.ts',
      'src/html/h.ts',
      "import { h } from '../html/h.ts';\nexport const x = h;\n",
      'state-below-the-views',
    ],
    ['src/scenes/peek.ts', 'src/html/h.ts', "import { h } from '../html/h.ts';\nexport const x = h;\n", 'views-apart'],
    [
      'src/cli/peek.ts',
      'src/scenes/feed.ts',
      "import { FeedScene } from '../scenes/feed.ts';\nexport const s = FeedScene;\n",
      'tools-beside-the-views',
    ],
  ];
  /** One run of the layer rules over the copy with every forbidden import above in place at once. */
  let withAll: ReturnType<typeof layers> | undefined;
  const layersWithAll = () => {
    if (withAll) return withAll;
    for (const [from, , source] of forbidden) writeFileSync(join(copy, from), source);
    withAll = layers();
    for (const [from] of forbidden) rmSync(join(copy, from));
    return withAll;
  };

  it.each(forbidden)('fails on an import from %s up to %s, naming both files and the rule', (from, to, _, rule) => {
    const r = layersWithAll();
    expect(r.status).not.toBe(0);
    expect(r.out).toContain(`${rule}: ${from} → ${to}`);
  });
});
