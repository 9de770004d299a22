// Two room server processes sharing their rooms through Redis (`npm run room -- --redis URL`): a projector
// opens a room on process A, a phone connected to process B peeks at it, joins a team, sees the projector's
// post, votes and changes its vote, and the projector on A gets each tally; the projector's next state
// reaches the phone on B; a wrong code is refused on B too. Process A alone holds the room (its health page
// counts it and the votes, B's counts none), so every phone message really crossed from B to A.
// The test starts its own redis-server (Debian's package; .ci/run installs it) on a free port, and stops it
// and both servers afterwards.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinAck, PeekAck, PhoneView, Tally, VoteAck } from '../../src/state/room-protocol.ts';
import { currentChoices } from '../../src/state/store.ts';
import { freePort } from './free-port.ts';
import { type RoomProcess, startRoomProcess } from './room-process.ts';
import { ask, client, next, openRoom, phoneId, projectorStore, shared } from './room-server.ts';

const STARTUP_MS = 20_000;
const REDIS_MS = 10_000;
const STOP_MS = 5_000;

/** A child process whose output is kept, to wait on and to show when something goes wrong. */
interface Child {
  name: string;
  proc: ChildProcess;
  output: () => string;
  /** Set when the program could not be started at all (say, it is not installed). */
  failed: () => boolean;
}
const children: Child[] = [];
const temps: string[] = [];

function start(name: string, command: string, args: string[]): Child {
  const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let failed = false;
  proc.stdout!.on('data', (d: Buffer) => {
    out += d;
  });
  proc.stderr!.on('data', (d: Buffer) => {
    out += d;
  });
  // A missing program is an 'error' event, not an exception: keep it in the output instead of crashing.
  proc.on('error', (e) => {
    failed = true;
    out += `\n${e.message}`;
  });
  const child = { name, proc, output: () => out, failed: () => failed };
  children.push(child);
  return child;
}

const running = (p: ChildProcess) => p.exitCode === null && p.signalCode === null;

/** Waits, at most `ms`, until `ready` says yes; fails with the child's output when it exits or time runs out. */
async function waitFor(child: Child, what: string, ms: number, ready: () => boolean | Promise<boolean>) {
  const end = Date.now() + ms;
  for (;;) {
    if (await ready()) return;
    const why = child.failed()
      ? 'it could not be run'
      : !running(child.proc)
        ? 'it exited'
        : Date.now() > end
          ? `not within ${ms / 1000} s`
          : null;
    if (why) throw new Error(`${what} (${why}); its output:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** True when a Redis server answers PING on this port (spoken in plain RESP, so no client library is needed). */
const pong = (port: number) =>
  new Promise<boolean>((done) => {
    const s = createConnection({ port, host: '127.0.0.1' });
    const finish = (ok: boolean) => {
      s.destroy();
      done(ok);
    };
    s.setTimeout(500, () => finish(false));
    s.once('error', () => finish(false));
    s.once('connect', () => s.write('PING\r\n'));
    s.once('data', (d) => finish(d.toString().startsWith('+PONG')));
  });

/** SIGTERM, then SIGKILL when it has not exited after a while: no process outlives the test. */
async function stop({ proc, failed }: Child) {
  if (failed() || !running(proc)) return;
  const exited = new Promise<void>((done) => proc.once('exit', () => done()));
  proc.kill('SIGTERM');
  const inTime = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), STOP_MS))]);
  if (!inTime && running(proc)) {
    proc.kill('SIGKILL');
    await exited;
  }
}

/** A server's /room/health: how many rooms it holds and how many votes it has taken itself. */
const health = async (url: string) =>
  (await (await fetch(`${url}/room/health`)).json()) as { rooms: number; phones: number; votes: number };

let a: RoomProcess;
let b: RoomProcess;
const sockets: Socket[] = [];

beforeAll(
  async () => {
    const redisPort = await freePort();
    const redis = start('redis', 'redis-server', [
      ...['--port', String(redisPort), '--bind', '127.0.0.1'],
      ...['--save', '', '--appendonly', 'no'],
    ]);
    await waitFor(redis, 'redis-server did not start; install Debian’s redis-server', REDIS_MS, () => pong(redisPort));
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    // An empty dist/ given with --dist: the servers serve it as it is instead of building the game first.
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    temps.push(dist);
    [a, b] = await Promise.all([
      startRoomProcess({ dist, redis: redisUrl }),
      startRoomProcess({ dist, redis: redisUrl }),
    ]);
  },
  REDIS_MS + STARTUP_MS + 5_000,
);

afterAll(
  async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    // The servers first, then the Redis they use, so that they do not log a lost connection on the way out.
    await Promise.all([a, b].map((server) => server?.stop()));
    for (const redis of children.splice(0)) await stop(redis);
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  },
  3 * STOP_MS + 5_000,
);

const connected = async (url: string) => {
  const s = await client(url);
  sockets.push(s);
  return s;
};

describe('two room server processes sharing rooms through Redis', () => {
  it('lets a phone on one process vote in a room hosted by the other, both ways', async () => {
    const store = projectorStore();
    const room = await openRoom(a.url, store);
    sockets.push(room.projector);
    expect(room.join).toBe(`${a.url}/join?code=${room.code}`);

    const phone = await connected(b.url);
    expect(await ask<PeekAck>(phone, 'peek', { code: room.code })).toEqual({
      ok: true,
      teams: ['Ravens', 'Otters', 'Foxes'],
    });

    // Each of the phone's messages below makes process A send the projector one tally; each is awaited before
    // the next message, so that a tally cannot be taken for the one after it.
    let tally = next<Tally>(room.projector, 'tally');
    const joined = await ask<JoinAck>(phone, 'join', { code: room.code, team: 1, nick: 'Mia', phone: phoneId(1) });
    if (!joined.ok) throw new Error(joined.error);
    const shown = currentChoices(store.getState())!;
    expect(joined.view.phase).toBe('vote');
    expect(joined.view.post?.text).toBe(shown.post.text);
    expect(joined.view.replies.map((r) => r.label)).toEqual(shown.responses.map((r) => r.label));
    expect((await tally).teams[1]).toEqual({ joined: 1, voted: 0, counts: {} });

    const [first, second] = joined.view.replies;
    tally = next<Tally>(room.projector, 'tally');
    expect(await ask<VoteAck>(phone, 'vote', { decision: joined.view.decision, reply: first!.id })).toEqual({
      ok: true,
      mine: first!.id,
      seq: 1,
    });
    expect(await tally).toEqual({
      decision: joined.view.decision,
      teams: [
        { joined: 0, voted: 0, counts: {} },
        { joined: 1, voted: 1, counts: { [first!.id]: 1 } },
        { joined: 0, voted: 0, counts: {} },
      ],
      seq: 1,
    });

    tally = next<Tally>(room.projector, 'tally');
    expect(await ask<VoteAck>(phone, 'vote', { decision: joined.view.decision, reply: second!.id })).toMatchObject({
      ok: true,
      mine: second!.id,
    });
    // The changed vote replaces the first one: still one vote, now for the second reply.
    expect((await tally).teams[1]).toEqual({ joined: 1, voted: 1, counts: { [second!.id]: 1 } });

    // The room lives on A only: B answered the phone by asking A through Redis.
    expect(await health(a.url)).toMatchObject({ rooms: 1, phones: 1, votes: 2 });
    expect(await health(b.url)).toMatchObject({ rooms: 0, phones: 0, votes: 0 });

    // The projector plays the room's vote and sends its next state to A; the phone on B sees the result.
    const s = store.getState();
    s.vote(second!.id);
    s.decide();
    const seen = next<PhoneView>(phone, 'view');
    const workshop = shared(store.getState().workshop!);
    expect(await ask(room.projector, 'state', { code: room.code, token: room.token, workshop })).toEqual({ ok: true });
    const result = await seen;
    expect(result.phase).toBe('result');
    expect(result.code).toBe(room.code);
    expect(result.result?.heading).toBe(`The room chose: ${second!.label}`);
  });

  it('refuses a wrong room code on the process that does not hold the room as well', async () => {
    const phone = await connected(b.url);
    expect(await ask(phone, 'peek', { code: 'ZZZZZZ' })).toMatchObject({ ok: false });
    expect(await ask(phone, 'join', { code: 'ZZZZZZ', team: 0, phone: phoneId(2) })).toMatchObject({ ok: false });
    expect(await ask(phone, 'vote', { decision: 0, reply: 'x' })).toEqual({ ok: false, error: 'Join the room first.' });
  });
});
