// npm run bench -- [--json] [--loads N] [--storms N] [--profile] [--only STAGES] (see bench/args.ts)
// npm run bench -- --room [--json]: the room server with simulated phones instead (see bench/room.ts)
// The performance benchmark. Everything is measured side by side in one run, because the machine is noisy:
// the game against a bare Phaser page built with the same Vite config, served the same way, loaded in the
// same headless Chromium at the same viewport, interleaved, with medians over repetitions. The boot and the
// storm run twice: as the machine is, and with the CPU slowed 4× for a low-end school laptop.
// Progress goes to stderr; stdout carries only the report (one JSON object with --json).
import { CPU_SLOWDOWN, JSON_OUTPUT, PROFILE, ROOM, want } from './bench/args.ts';
import { type Boots, boots } from './bench/boot.ts';
import { buildAndServe, sizes } from './bench/build.ts';
import { editorBalanceMs } from './bench/editor.ts';
import { heapGrowth, NO_HEAP } from './bench/heap.ts';
import { printReport } from './bench/report.ts';
import { roomBench } from './bench/room.ts';
import { largest, NO_SIM, simSpeed } from './bench/sim.ts';
import { type Storms, storms } from './bench/storm.ts';
import { loadAllLevels, readStorm } from '../data-files/load.ts';
import { buildStorm } from '../core/storm.ts';

const NO_RUNS: Boots & Storms = { game: [], base: [] };

async function main() {
  if (ROOM) return roomBench(JSON_OUTPUT);
  const started = performance.now();
  const levels = loadAllLevels();
  const stormData = readStorm();
  const deal = (seed: number) => buildStorm(levels, stormData, seed);
  const site = await buildAndServe();
  const { gameUrl, baseUrl } = site;
  try {
    const size = want('sizes')
      ? sizes(site.gameOut)
      : { gameCodeGzKB: NaN, phaserGzKB: NaN, totalGzKB: NaN, editorGzKB: NaN, laterGzKB: NaN };
    const sim = want('sim') ? simSpeed(levels) : NO_SIM;
    const editor = want('editor') ? await editorBalanceMs(gameUrl, largest(levels).id) : [];
    const boot = want('boot') ? await boots(gameUrl, baseUrl, 1) : NO_RUNS;
    const throttledBoot = want('throttled-boot') ? await boots(gameUrl, baseUrl, CPU_SLOWDOWN) : NO_RUNS;
    const storm = want('storm') ? await storms(gameUrl, baseUrl, deal, 1, PROFILE) : NO_RUNS;
    const throttledStorm = want('throttled-storm')
      ? await storms(gameUrl, baseUrl, deal, CPU_SLOWDOWN, PROFILE)
      : NO_RUNS;
    const heap = want('heap') ? await heapGrowth(gameUrl, deal) : NO_HEAP;
    const seconds = (performance.now() - started) / 1000;
    printReport({ size, sim, editor, boot, throttledBoot, storm, throttledStorm, heap, seconds }, JSON_OUTPUT);
  } finally {
    await site.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
