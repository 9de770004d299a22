import { describe, expect, it } from 'vitest';
import {
  TARGETS,
  frameStats,
  keyFor,
  frameTimes,
  interleaved,
  meets,
  median,
  pairedRatio,
  percentile,
  ratio,
  splitSizes,
  startFiles,
  table,
} from '../../src/cli/bench/parts.ts';

describe('bench statistics', () => {
  it('takes medians of odd and even counts without reordering the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates percentiles between ranks', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([10, 20], 50)).toBe(15);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('turns frame stamps into frame times and counts', () => {
    expect(frameTimes([0, 16, 33, 50])).toEqual([16, 17, 17]);
    const s = frameStats([0, 10, 20, 100], 1000);
    expect(s.frames).toBe(4);
    expect(s.fps).toBe(4);
    expect(s.maxMs).toBe(80);
    expect(s.p50Ms).toBe(10);
  });

  it('divides safely and pairs interleaved runs', () => {
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(3, 2)).toBe(1.5);
    expect(pairedRatio([2, 4, 9], [1, 2, 3])).toBe(2);
    expect(pairedRatio([2, 4], [1, 0])).toBe(2);
  });

  it('interleaves paired runs, alternating which side goes first', async () => {
    const order: string[] = [];
    let n = 0;
    const run = (side: string) => async () => {
      order.push(side);
      return `${side}${n++}`;
    };
    const { a, b } = await interleaved(3, run('a'), run('b'));
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(a).toEqual(['a0', 'a3', 'a4']);
    expect(b).toEqual(['b1', 'b2', 'b5']);
  });
});

describe('bench sizes and verdicts', () => {
  it('weighs what the page loads to its title apart from Phaser, the editor and what comes later', () => {
    const manifest = {
      'index.html': { file: 'assets/index-CB.js', imports: ['_phaser.js', '_i18n.js'], css: ['assets/index-B.css'] },
      '_phaser.js': { file: 'assets/phaser-BEHgQvkR.js' },
      // Imported twice (by the page and by i18n): counted once.
      '_i18n.js': { file: 'assets/i18n-Dx.js', imports: ['_phaser.js'] },
      '\0virtual:levels': { file: 'assets/_virtual_levels-DW47hXkZ.js' },
      'src/editor/editor.ts': { file: 'assets/editor-C_tPwU3B.js', imports: ['_i18n.js'] },
    };
    const start = startFiles(manifest, 'index.html');
    expect([...start].sort()).toEqual([
      'assets/i18n-Dx.js',
      'assets/index-B.css',
      'assets/index-CB.js',
      'assets/phaser-BEHgQvkR.js',
    ]);
    const s = splitSizes(
      {
        'assets/phaser-BEHgQvkR.js': 1024 * 300,
        'assets/index-CB.js': 1024 * 40,
        'assets/i18n-Dx.js': 1024 * 16,
        'assets/index-B.css': 1024 * 2,
        'assets/sfx.wav': 1024 * 99,
        'assets/_virtual_levels-DW47hXkZ.js': 1024 * 150,
        'assets/editor-C_tPwU3B.js': 1024 * 140,
        'assets/editor-rUhnKzWV.css': 1024 * 1,
        'assets/balance.worker-BWj2ghMT.js': 1024 * 30,
        'assets/05-crashes-B0N7_n5e.js': 1024 * 12,
      },
      start,
    );
    expect(s).toEqual({ gameCodeGzKB: 58, phaserGzKB: 300, totalGzKB: 358, editorGzKB: 183, laterGzKB: 150 });
  });

  it('passes only finite values that meet their target', () => {
    const heap = TARGETS.find((t) => t.key === 'heapGrowthMB')!;
    expect(meets(heap, 4.9)).toBe(true);
    expect(meets(heap, 5)).toBe(false);
    expect(meets(heap, NaN)).toBe(false);
    expect(meets(heap, undefined)).toBe(false);
    const errors = TARGETS.find((t) => t.key === 'longSessionErrors')!;
    expect(meets(errors, 0)).toBe(true);
    expect(meets(errors, 1)).toBe(false);
    const frames = TARGETS.find((t) => t.key === 'stormFramesRatio')!;
    expect(meets(frames, 0.9)).toBe(true);
    expect(table({ bootRatio: 1.1, stormFramesRatio: 0.2 })).toMatch(/bootRatio\s+1\.1\s+<= 1\.3\s+PASS/);
    expect(table({ stormFramesRatio: 0.2 })).toMatch(/stormFramesRatio\s+0\.2\s+>= 0\.9\s+MISS/);
    // The throttled runs are held to the same targets as the plain ones.
    expect(table({ throttledBootRatio: 1.31 })).toMatch(/throttledBootRatio\s+1\.31\s+<= 1\.3\s+MISS/);
    expect(table({ throttledStormFramesRatio: 0.93 })).toMatch(/throttledStormFramesRatio\s+0\.93\s+>= 0\.9\s+PASS/);
  });
});

describe('bench keyboard player', () => {
  it('presses the key of the calmest kind on offer, else 1', () => {
    expect(keyFor(['anger', 'evidence', 'brand-voice'])).toBe(3);
    expect(keyFor(['anger', 'refute', 'evidence'])).toBe(3);
    expect(keyFor(['anger', 'deflect'])).toBe(1);
  });
});
