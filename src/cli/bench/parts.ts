// Pure pieces of the benchmark (src/cli/bench.ts): statistics, frame maths, the order of paired runs, bundle
// sizes and the verdicts. No browser, no file system: tested in tests/unit/bench-parts.test.ts.

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile (0–100), linear interpolation between closest ranks; NaN for none. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0–100`);
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo]! + (s[hi]! - s[lo]!) * (rank - lo);
}

/** Frame times (ms) from requestAnimationFrame timestamps: the gaps between consecutive frames. */
export function frameTimes(stamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < stamps.length; i++) out.push(stamps[i]! - stamps[i - 1]!);
  return out;
}

export interface FrameStats {
  frames: number;
  fps: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** Frames delivered in a window of `windowMs`, and the spread of their frame times. */
export function frameStats(stamps: readonly number[], windowMs: number): FrameStats {
  const t = frameTimes(stamps);
  return {
    frames: stamps.length,
    fps: (stamps.length * 1000) / windowMs,
    p50Ms: percentile(t, 50),
    p95Ms: percentile(t, 95),
    maxMs: t.length ? Math.max(...t) : NaN,
  };
}

/** a / b, or NaN when b is not a positive number (a ratio against nothing means nothing). */
export const ratio = (a: number, b: number): number =>
  b > 0 && Number.isFinite(a) && Number.isFinite(b) ? a / b : NaN;

/** Median of the per-pair ratios of interleaved runs: each pair shares the machine's mood of the moment. */
export function pairedRatio(game: readonly number[], base: readonly number[]): number {
  const n = Math.min(game.length, base.length);
  return median(Array.from({ length: n }, (_, i) => ratio(game[i]!, base[i]!)).filter((r) => !Number.isNaN(r)));
}

/**
 * Runs `a` and `b` `n` times each, in pairs whose order alternates (a b, b a, a b…), so that neither side
 * always runs first; pair i is `a[i]` and `b[i]`, for pairedRatio.
 */
export async function interleaved<A, B>(n: number, a: () => Promise<A>, b: () => Promise<B>) {
  const as: A[] = [];
  const bs: B[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      as.push(await a());
      bs.push(await b());
    } else {
      bs.push(await b());
      as.push(await a());
    }
  }
  return { a: as, b: bs };
}

/** Phaser's own chunk in the build (vite.config.ts names it "phaser"). */
export const isPhaserChunk = (file: string): boolean => /(^|[/\\])phaser-[\w-]+\.js$/.test(file);
/**
 * The scenario editor's chunks, loaded only when it opens: the editor with CodeMirror, its balance worker,
 * and the chapters' own files it duplicates ("05-crashes-….js"). Weighed apart from the game's code.
 */
export const isEditorChunk = (file: string): boolean =>
  /(^|[/\\])(editor|balance\.worker|\d\d-[a-z0-9-]+)-[\w-]{8}\.(m?js|css)$/.test(file);
/** The files the size budget weighs: the built JavaScript and CSS. */
export const isCodeFile = (file: string): boolean => /\.(m?js|css)$/.test(file);

export interface SizeSplit {
  /** The game's own code the title needs: the page's entry chunk, what it imports statically, their CSS. */
  gameCodeGzKB: number;
  phaserGzKB: number;
  /** The start with Phaser. */
  totalGzKB: number;
  /** The scenario editor, when it first opens. */
  editorGzKB: number;
  /** The rest, fetched after the title shows: the campaign, another language, the guides, the room link. */
  laterGzKB: number;
}

/** A chunk in Vite's build manifest (`build.manifest`), by the source it was built from. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The files a page loads before its code runs: its entry chunk, every chunk imported statically, their CSS. */
export function startFiles(manifest: Record<string, ManifestChunk>, entry: string): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return files;
}

/**
 * Splits gzipped sizes (bytes, by file name) into what the start loads (the game's own code and Phaser's
 * chunk), the editor and the rest, in KiB.
 */
export function splitSizes(gzBytes: Record<string, number>, start: Set<string>): SizeSplit {
  let game = 0;
  let phaser = 0;
  let editor = 0;
  let later = 0;
  for (const [file, bytes] of Object.entries(gzBytes)) {
    if (!isCodeFile(file)) continue;
    if (isPhaserChunk(file)) phaser += bytes;
    else if (start.has(file)) game += bytes;
    else if (isEditorChunk(file)) editor += bytes;
    else later += bytes;
  }
  const kb = (b: number) => round(b / 1024, 1);
  return {
    gameCodeGzKB: kb(game),
    phaserGzKB: kb(phaser),
    totalGzKB: kb(game + phaser),
    editorGzKB: kb(editor),
    laterGzKB: kb(later),
  };
}

export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

export interface Target {
  key: string;
  what: string;
  op: '<=' | '>=' | '<';
  limit: number;
}

export const TARGETS: Target[] = [
  { key: 'bootRatio', what: 'boot to title menu / bare Phaser boot', op: '<=', limit: 1.3 },
  { key: 'stormFramesRatio', what: 'frames in 10 s of storm / bare Phaser', op: '>=', limit: 0.9 },
  { key: 'stormP95FrameMs', what: 'p95 frame time in the storm (ms)', op: '<=', limit: 20 },
  { key: 'throttledBootRatio', what: 'the same boot ratio, CPU 4× slower (a low-end laptop)', op: '<=', limit: 1.3 },
  {
    key: 'throttledStormFramesRatio',
    what: 'the same frames ratio, CPU 4× slower (a low-end laptop)',
    op: '>=',
    limit: 0.9,
  },
  { key: 'heapGrowthMB', what: 'JS heap growth, 50 → 1,000 posts (MB)', op: '<', limit: 5 },
  { key: 'longSessionErrors', what: 'console errors and uncaught exceptions over those posts', op: '<=', limit: 0 },
  { key: 'simRunsPerSec', what: 'simulator chapter runs per second (Node)', op: '>=', limit: 20000 },
  {
    key: 'editorBalanceMs',
    what: "editor's full balance table, largest chapter, in the browser (ms)",
    op: '<=',
    limit: 2000,
  },
  { key: 'gameCodeGzKB', what: "the game's JS+CSS to the title, gzipped, Phaser excluded (KB)", op: '<=', limit: 150 },
];

/** Whether a measured value meets its target; a missing or NaN value never passes. */
export function meets(t: Target, value: number | undefined): boolean {
  if (value === undefined || !Number.isFinite(value)) return false;
  return t.op === '<=' ? value <= t.limit : t.op === '>=' ? value >= t.limit : value < t.limit;
}

/** The readable report: one line per target with PASS or MISS. */
export function table(results: Record<string, number>): string {
  const w = Math.max(...TARGETS.map((t) => t.key.length)) + 2;
  const rows = TARGETS.map((t) => {
    const v = results[t.key];
    return `${t.key.padEnd(w)}${String(v ?? '—').padStart(8)}  ${`${t.op} ${t.limit}`.padEnd(9)}${meets(t, v) ? 'PASS' : 'MISS'}  ${t.what}`;
  });
  return [`${'key'.padEnd(w)}${'value'.padStart(8)}  ${'target'.padEnd(9)}verdict`, ...rows].join('\n');
}

/**
 * Which number key (1–9) the bench's keyboard player presses, given the kinds of the offered responses in
 * order: the calmest kind on offer, the brand team first when it can. Self-contained: the bench also runs
 * its source in the page.
 */
export function keyFor(kinds: readonly (string | undefined)[]): number {
  const PREFERRED = ['brand-voice', 'evidence', 'apologise', 'humour', 'invite', 'refute', 'silence'];
  for (const k of PREFERRED) {
    const i = kinds.indexOf(k);
    if (i >= 0) return i + 1;
  }
  return 1;
}
