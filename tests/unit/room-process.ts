// The room server as `npm run room` runs it, in a process of its own on loopback, serving a built game (dist/
// by default), sharing its rooms through Redis when given one; stopped (and started again on the same port and
// folder, as after a restart) by the test.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export interface RoomProcess {
  url: string;
  /** Stops the server as Ctrl+C does (its rooms are written to disk first). */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same folder of rooms. */
  restart(): Promise<void>;
}

export async function startRoomProcess({
  dist = 'dist',
  redis,
}: {
  dist?: string;
  redis?: string;
} = {}): Promise<RoomProcess> {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'hot-seat-rooms-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const args = ['--import', 'tsx', 'src/room/main.ts', '--port', String(port), '--host', '127.0.0.1'];
  const launch = () =>
    new Promise<void>((done, fail) => {
      const shared = redis ? ['--redis', redis] : [];
      const c = spawn(process.execPath, [...args, '--public-url', url, '--dist', dist, '--data', data, ...shared], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = c;
      let said = '';
      const timer = setTimeout(() => fail(new Error(`the room server did not start in 20 s:\n${said}`)), 20_000);
      const read = (b: Buffer) => {
        said += b;
        if (said.includes('room server on port')) {
          clearTimeout(timer);
          done();
        }
      };
      c.stdout!.on('data', read);
      c.stderr!.on('data', read);
      c.once('exit', (code) => fail(new Error(`the room server stopped (${code}):\n${said}`)));
    });
  const stop = async () => {
    const c = child as ChildProcess | null;
    child = null;
    if (!c || c.exitCode !== null) return;
    const gone = new Promise((done) => c.once('exit', done));
    c.kill('SIGTERM');
    const killer = setTimeout(() => c.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(killer);
  };
  await launch();
  return { url, stop, restart: launch };
}
