// npm run room -- [--port N] [--data DIR] [--redis URL] [--public-url URL] [--host ADDRESS]
// Builds the game when dist/ is missing or older than its sources, then starts the room server and prints
// the addresses that phones on this network can use.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { readArgs, runTool, UsageError } from '../cli/command-line.ts';
import { loadAllLevels, readStorm, loadTranslatedContent } from '../data-files/load.ts';
import { chapterResolver } from '../core/storm.ts';
import { startRoomServer } from './server.ts';

const USAGE = `Usage: npm run room -- [options]

Serves the built game, the phone page (/join) and the room's realtime endpoint on one port, so that the
people in a workshop vote from their own phones. Open the printed address on the projector's laptop, set
up a workshop and press "Open a room"; phones scan its QR code or type its join address.

Options:
  --port N          the port (default 8080)
  --data DIR        where open rooms are kept, so that a restart takes them back (default room-data)
  --redis URL       share rooms with other processes through Redis, e.g. redis://127.0.0.1:6379
                    (also HOT_SEAT_REDIS)
  --public-url URL  the address phones use, when the one found from the network is not it
  --host ADDRESS    the network address to listen on (default: all of them)
  --dist DIR        serve this built game as it is (default: dist/, built first when older than its sources)
  --help            print this and exit`;

/** The newest file under these folders, in ms. */
const newest = (paths: string[]): number =>
  Math.max(
    0,
    ...paths.filter(existsSync).map((p) => {
      const s = statSync(p);
      return s.isDirectory() ? newest(readdirSync(p).map((f) => join(p, f))) : s.mtimeMs;
    }),
  );

/** Builds the game unless dist/ is newer than everything it is built from. */
function buildIfNeeded() {
  const built = existsSync('dist/join.html') ? statSync('dist/join.html').mtimeMs : 0;
  if (built > newest(['src', 'levels', 'data', 'assets', 'index.html', 'join.html'])) return;
  console.log('Building the game…');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

/** This machine's addresses on its networks (not loopback), for phones to reach it. */
const lanAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);

runTool('room', async () => {
  const { values } = readArgs(USAGE, {
    port: { type: 'string', default: '8080' },
    data: { type: 'string', default: 'room-data' },
    redis: { type: 'string', default: process.env.HOT_SEAT_REDIS },
    'public-url': { type: 'string' },
    host: { type: 'string' },
    dist: { type: 'string' },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a whole number from 0 to 65535');
  const publicUrl = values['public-url']?.replace(/\/+$/, '');
  if (publicUrl !== undefined && !/^https?:\/\/[^\s/]+$/.test(publicUrl))
    throw new UsageError('--public-url must look like http://192.168.1.20:8080');
  if (!values.dist) buildIfNeeded();
  const chinese = loadTranslatedContent('zh-CN');
  const server = await startRoomServer({
    port,
    host: values.host,
    dist: values.dist ?? 'dist',
    dataDir: values.data!,
    redis: values.redis || undefined,
    // The chapters and the storm in each room's language.
    resolve: chapterResolver(loadAllLevels(), readStorm()),
    translated: { 'zh-CN': chapterResolver(chinese.levels, chinese.storm) },
    publicUrl: (p) => publicUrl ?? `http://${lanAddresses()[0] ?? '127.0.0.1'}:${p}`,
  });
  console.log(
    `Hot Seat room server on port ${server.port}${values.redis ? `, sharing rooms through ${values.redis}` : ''}.`,
  );
  console.log(`  On this laptop:   http://127.0.0.1:${server.port}/`);
  for (const a of lanAddresses())
    console.log(`  On this network:  http://${a}:${server.port}/  (phones: http://${a}:${server.port}/join)`);
  console.log(`Phones join at ${server.joinBase}/join. Press Ctrl+C to stop; open rooms are kept in ${values.data}/.`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
