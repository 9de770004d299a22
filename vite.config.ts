import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import {
  JUDGEMENT_FILE,
  levelFiles,
  loadAllLevels,
  readJudgementBank,
  readStorm,
  loadTranslatedContent,
  STORM_FILE,
  translationFile,
} from './src/data-files/load.ts';
import { CSP } from './src/csp.ts';

/**
 * The game's data as virtual modules, validated at build time: `import { levels } from 'virtual:levels'`
 * gives the campaign, `import { judgementBank } from 'virtual:judgement-check'` the judgement check, `import { storm }
 * from 'virtual:storm'` what the endless storm is made of besides the campaign's posts. A bad file fails
 * the build (and shows the dev server's overlay) with file:line: path: reason for every problem.
 */
function dataPlugin(name: string, exported: string, files: () => string[], load: () => unknown): Plugin {
  const id = `virtual:${name}`;
  return {
    name: `hot-seat-${name}`,
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return;
      files().forEach((f) => this.addWatchFile(resolve(f)));
      // JSON.parse of a string is much faster for engines to load than the same object as code.
      return `export const ${exported} = JSON.parse(${JSON.stringify(JSON.stringify(load()))});`;
    },
    handleHotUpdate({ file, server }) {
      if (!files().some((f) => resolve(f) === resolve(file))) return;
      const mod = server.moduleGraph.getModuleById(`\0${id}`);
      if (mod) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

/**
 * The campaign is imported by the game's code once it runs, that is after Phaser's chunk has loaded: the
 * page asks for the English campaign at once, beside Phaser (the Chinese one is fetched when chosen).
 */
function preloadContent(...names: string[]): Plugin {
  const ids = names.map((n) => `\0virtual:${n}`);
  return {
    name: 'hot-seat-preload-content',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, filename }) {
        if (!bundle || !filename.endsWith('index.html')) return;
        return Object.values(bundle).flatMap((c) =>
          c.type === 'chunk' && ids.includes(c.facadeModuleId ?? '')
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'modulepreload', crossorigin: true, href: `./${c.fileName}` },
                  injectTo: 'head',
                },
              ]
            : [],
        );
      },
    },
  };
}

function cspPlugin(): Plugin {
  return {
    name: 'hot-seat-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  base: './',
  plugins: [
    dataPlugin('levels', 'levels', levelFiles, loadAllLevels),
    dataPlugin('judgement-check', 'judgementBank', () => [JUDGEMENT_FILE], readJudgementBank),
    dataPlugin('storm', 'storm', () => [STORM_FILE], readStorm),
    // The campaign, the check and the storm in Chinese, a chunk of its own loaded only when the game is shown in it.
    dataPlugin(
      'content-zh-CN',
      'content',
      () => [...levelFiles(), JUDGEMENT_FILE, STORM_FILE].flatMap((f) => [f, translationFile(f, 'zh-CN')]),
      () => loadTranslatedContent('zh-CN'),
    ),
    preloadContent('levels', 'judgement-check', 'storm'),
    cspPlugin(),
    // Offline after one visit, installable: a service worker (Workbox) keeps every file of the build (the
    // chapters, sounds, editor and its workers too). A new version waits until the player chooses to reload.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Hot Seat',
        short_name: 'Hot Seat',
        description: 'Answer the feed as a founder-CEO whose reputation has become a trap.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#0f1420',
        theme_color: '#0f1420',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webp,jpg,mp3,ogg,m4a,wav,woff2,json}'],
        // Phaser's chunk is larger than Workbox's default limit of 2 MiB... almost: room to grow.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        // A replay code or a language in the address is still the same page.
        ignoreURLParametersMatching: [/.*/],
        // No fallback page: every page the game has is kept as it is (the phone page needs its server anyway).
        navigateFallback: null,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The bench reads which chunks the page loads before its code runs (src/cli/bench-build.ts).
    manifest: true,
    // Every asset as a file of its own: Phaser's loader and the CSP both prefer URLs to inline data.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The game, and the phone page of a room (/join), which shares none of the game's weight.
      input: { index: 'index.html', join: 'join.html' },
      output: {
        // Phaser in its own chunk: it changes rarely, caches well, and the bench weighs it apart.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Property tests play whole chapters (and the balance tests' hooks play 2,000 runs of them): generous
        // limits, so that a busy machine does not fail them.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A file per core: Vitest's default leaves a core to its main process, which on a 2-core machine runs
          // the files one at a time, though the main process is idle while they run.
          maxWorkers: availableParallelism(),
          // The files share their workers' modules instead of importing them anew each (a third of the run's
          // time): no test mocks a module, and the one that changes the interface's language changes it back.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/serve.ts'],
          // The files share their workers' modules, as the unit files do; the setup file runs before each file
          // and closes the browsers that file launched.
          isolate: false,
          setupFiles: ['tests/e2e/setup.ts'],
          // Two files at a time: each file has its own browsers and profile folders (tests/e2e/browser.ts), each
          // test a page at an origin of its own, a room server its own free port. On two cores a test may then
          // take twice as long as it does alone: twice the limits. (Three at a time measured no faster.)
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A poll waits for what a slow machine may take a few seconds to show (the default is 1 s).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
