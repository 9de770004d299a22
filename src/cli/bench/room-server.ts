// The room server as the room bench runs it (src/cli/bench/room.ts starts it as a child process, so that the
// heap it measures is the server's alone): the real startRoomServer on loopback, resolving chapters as
// `npm run room` does, with the limit on rooms opened per network address raised, since every simulated
// room comes from 127.0.0.1. Run with node --expose-gc and HOT_SEAT_ROOM_GC=1 so that /room/health collects
// garbage before it reports the heap. A line on its stdin asks how long its event loop was held up since the
// last ask (the answer is a line on stdout), so that the bench can tell the server's delays from its own.
// node --expose-gc --import tsx src/cli/bench/room-server.ts --data DIR --dist DIR
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { chapterResolver } from '../../core/storm.ts';
import { startRoomServer } from '../../room/server.ts';
import { readArgs, runTool } from '../command-line.ts';
import { loadAllLevels, readStorm } from '../../data-files/load.ts';

const USAGE = `Usage: node --expose-gc --import tsx src/cli/bench/room-server.ts --data DIR --dist DIR

The room server for npm run bench -- --room: on 127.0.0.1 and a free port (printed), with no limit worth
the name on rooms opened from one address.`;

/** Far above what the bench opens (21 rooms): the per-address limit must not be what is measured. */
const PER_MINUTE = { opens: 1000, wrongCodes: 1000 };
const LOOP_RESOLUTION_MS = 10;

runTool('bench-room-server', async () => {
  const { values } = readArgs(USAGE, { data: { type: 'string' }, dist: { type: 'string' } });
  if (!values.data || !values.dist) throw new Error('--data and --dist are needed');
  const chapters = loadAllLevels();
  const server = await startRoomServer({
    port: 0,
    host: '127.0.0.1',
    dist: values.dist,
    dataDir: values.data,
    resolve: chapterResolver(chapters, readStorm()),
    publicUrl: (p) => `http://127.0.0.1:${p}`,
    perMinute: PER_MINUTE,
    // A line per room opened and closed would only fill the pipe the bench reads.
    log: (line) => /^room [A-Z0-9]+ (opened|closed)$/.test(line) || console.error(line),
  });
  // The bench waits for this line (the same words as npm run room prints).
  console.log(`Hot Seat room server on port ${server.port}.`);
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loop.enable();
  process.stdin.on('data', () => {
    // The histogram holds the time between its timer's runs: the delay is what exceeds the resolution.
    const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - LOOP_RESOLUTION_MS) * 100) / 100);
    const delay = { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) };
    console.log(`loop delay ${JSON.stringify(delay)}`);
    loop.reset();
  });
  // The bench gone (even killed), its end of the pipe closes: the server goes too.
  process.stdin.on('end', () => process.exit(0));
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
