// The two pages the bench compares: the game and a bare Phaser page (bench/baseline.*), built with the same
// Vite config into a throwaway folder, served the same way; and the game's bundle sizes.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { log } from './args.ts';
import { type SizeSplit, splitSizes, startFiles } from './parts.ts';

const ROOT = process.cwd();

export interface Site {
  gameOut: string;
  gameUrl: string;
  baseUrl: string;
  close(): Promise<void>;
}

/** Builds and serves both pages; `close` stops the servers and removes the builds. */
export async function buildAndServe(): Promise<Site> {
  const tmp = mkdtempSync(join(tmpdir(), 'hot-seat-bench-build-'));
  const servers: PreviewServer[] = [];
  const close = async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const gameOut = join(tmp, 'game');
    const baseOut = join(tmp, 'baseline');
    log('building the game…');
    await buildInto(gameOut);
    log('building the baseline page…');
    await buildInto(baseOut, resolve(ROOT, 'bench/baseline.html'));
    const game = await serve(gameOut);
    servers.push(game.server);
    const base = await serve(baseOut);
    servers.push(base.server);
    return { gameOut, gameUrl: game.url, baseUrl: new URL('bench/baseline.html', base.url).href, close };
  } catch (e) {
    await close();
    throw e;
  }
}

async function buildInto(outDir: string, input?: string) {
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, ...(input && { rolldownOptions: { input } }) },
  });
}

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return { server, url };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });

/** The gzipped sizes of a build: what the game's page loads to its title, Phaser, the editor, the rest. */
export function sizes(outDir: string): SizeSplit {
  const gz: Record<string, number> = {};
  for (const f of filesUnder(outDir)) gz[relative(outDir, f)] = gzipSync(readFileSync(f)).length;
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  return splitSizes(gz, startFiles(manifest, 'index.html'));
}
