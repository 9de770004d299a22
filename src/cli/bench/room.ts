// npm run bench -- --room [--json]
// The room server under load, over loopback only: 300 simulated phones in one room, then 20 rooms of 30
// phones at once, each room voting on 20 decisions. The server runs as a child process (room-server.ts,
// the real startRoomServer), so that the heap it reports is its own; the phones and the projectors are
// Socket.IO clients in this process, the projectors driving a real workshop store as the game's room link
// does. Reports the time to join, the time from a vote to the tally that shows it on the projector (p50,
// p95), the server's memory per room, the votes lost, and the phone page's weight. Bounded: at most
// TIME_LIMIT_MS, after which what was measured is reported and the exit code is 1.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface, type Interface } from 'node:readline';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { io, type Socket } from 'socket.io-client';
import { build } from 'vite';
import type { JudgementBank } from '../../content/judgement-check.ts';
import type { Level } from '../../content/schema.ts';
import { Dice, seedState } from '../../core/rng.ts';
import { memoryStorage } from '../../state/browser-storage.ts';
import type { JoinAck, OpenAck, PeekAck, PhoneView, Tally, VoteAck } from '../../state/room-protocol.ts';
import { type AppStore, createAppStore } from '../../state/store.ts';
import { decisionNumber, type Workshop } from '../../state/workshop.ts';
import { log } from './args.ts';
import { meets, percentile, round, type Target } from './parts.ts';
import { loadAllLevels, readJudgementBank } from '../../data-files/load.ts';

const BIG_ROOM_PHONES = 300;
const ROOMS = 20;
const PHONES_PER_ROOM = 30;
const DECISIONS = 20;
const TEAMS = ['Ravens', 'Otters', 'Foxes', 'Owls'];
/** Phones join, and later vote, each at a random moment within this window (seeded): people, not a script. */
const SPREAD_MS = 2000;
/**
 * How long a projector waits for a decision's votes to show in its tally before it moves on anyway (the
 * missing ones then count in tallyShortfall, and are lost unless a tally still shows them).
 */
const TALLY_WAIT_MS = 10_000;
/** How long a phone or projector waits for the server's answer to a message. */
const ACK_MS = 10_000;
const SERVER_START_MS = 30_000;
/**
 * The whole bench. Past it, rooms stop at their current decision and no new stage starts; 15 s later a
 * watchdog reports what there is and exits.
 */
const TIME_LIMIT_MS = 120_000;
const WATCHDOG_MS = TIME_LIMIT_MS + 15_000;
/** As the projector's room link: at most this often the store takes a tally. */
const TALLY_EVERY_MS = 100;
const SEED = 7;
const LOOP_RESOLUTION_MS = 10;
const MB = 1024 * 1024;

export const ROOM_TARGETS: Target[] = [
  {
    key: 'voteToTallyP95Ms',
    what: 'p95 vote → tally on the projector, 300 phones in one room (ms)',
    op: '<=',
    limit: 150,
  },
  { key: 'lostVotes', what: 'votes lost (both runs)', op: '<=', limit: 0 },
  { key: 'serverMBPerRoom', what: 'server heap per room, 20 rooms of 30 phones (MB)', op: '<=', limit: 2 },
  { key: 'phonePageGzKB', what: "phone page's JS+CSS gzipped (KB)", op: '<=', limit: 30 },
];

let deadline = Number.POSITIVE_INFINITY;
const timeLeft = () => deadline - performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A seeded random number in [0, 1) (the game's own dice): the phones join, vote and pick alike on every run. */
function random(seed: number): () => number {
  const dice = new Dice(seedState(seed));
  return () => dice.chance();
}

// ---- the phone page's weight ----

/** The files a page loads from its HTML: module scripts, their preloads and its stylesheets. */
export function pageFiles(html: string): string[] {
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)];
  return tags
    .filter(([tag, name]) => name === 'script' || /\brel="(modulepreload|stylesheet)"/.test(tag))
    .map(([tag]) => /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1])
    .filter((f): f is string => Boolean(f));
}

/** The gzipped JS and CSS a built page loads, in KiB. */
function pageGzKB(dir: string, page: string): number {
  const files = pageFiles(readFileSync(join(dir, page), 'utf8'));
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0);
  return round(bytes / 1024, 1);
}

/**
 * The phone page's weight, from a fresh build into a throwaway folder (as the main bench builds), so that a
 * stale dist/ is never what is weighed; when the build fails (sources mid-edit), dist/ if there is one.
 */
async function phonePageGzKB(): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'hot-seat-bench-phone-'));
  try {
    log('room: building the game to weigh the phone page…');
    const root = process.cwd();
    await build({
      configFile: resolve(root, 'vite.config.ts'),
      root,
      logLevel: 'error',
      build: { outDir: out, emptyOutDir: true },
    });
    return pageGzKB(out, 'join.html');
  } catch (e) {
    log(`room: the build failed (${(e as Error).message.split('\n')[0]}); weighing dist/ instead`);
    return existsSync('dist/join.html') ? pageGzKB('dist', 'join.html') : Number.NaN;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// ---- the server, as a child process ----

interface Health {
  rooms: number;
  phones: number;
  dropped: number;
  votes: number;
  heapUsed: number;
}

/** How long an event loop was held up past its timers (ms), over a stage. */
interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

interface ServerChild {
  url: string;
  /** The server's counts and its heap, measured after a full garbage collection. */
  health(): Promise<Health>;
  /** The server's event-loop delay since the last call. */
  loopDelay(): Promise<LoopDelay>;
  stop(): Promise<void>;
}

/** The first group of the next line the child prints that matches `re`, within `ms`. */
function nextLine(child: ChildProcess, lines: Interface, re: RegExp, ms: number): Promise<string> {
  return new Promise((done, fail) => {
    const onLine = (line: string) => {
      const m = re.exec(line);
      if (m) finish(() => done(m[1]!));
    };
    const onExit = (code: number | null) =>
      finish(() => fail(new Error(`the room server stopped (exit code ${code})`)));
    const timer = setTimeout(() => finish(() => fail(new Error(`the room server did not say ${re} in time`))), ms);
    const finish = (then: () => void) => {
      clearTimeout(timer);
      lines.off('line', onLine);
      child.off('exit', onExit);
      then();
    };
    lines.on('line', onLine);
    child.once('exit', onExit);
  });
}

/** Ends the child: SIGTERM (it writes its rooms' files and stops), SIGKILL if it has not gone within 5 s. */
async function end(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const late = setTimeout(() => child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(late);
}

/** Starts room-server.ts on 127.0.0.1 as tsx is run elsewhere in the repo (node --import tsx). */
async function startServer(): Promise<ServerChild> {
  const tmp = mkdtempSync(join(tmpdir(), 'hot-seat-bench-room-'));
  const dist = join(tmp, 'dist');
  mkdirSync(dist);
  const args = ['--expose-gc', '--import', 'tsx', 'src/cli/bench/room-server.ts', '--data', join(tmp, 'rooms')];
  const child = spawn(process.execPath, [...args, '--dist', dist], {
    env: { ...process.env, HOT_SEAT_ROOM_GC: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  // Whatever happens to the bench, the server and its rooms' files do not outlive it.
  const orphan = () => {
    child.kill('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
  };
  process.once('exit', orphan);
  const stop = async () => {
    await end(child);
    process.off('exit', orphan);
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const port = await nextLine(child, lines, /room server on port (\d+)/, SERVER_START_MS);
    const url = `http://127.0.0.1:${port}`;
    const health = async () => {
      const res = await fetch(`${url}/room/health`, { signal: AbortSignal.timeout(ACK_MS) });
      return (await res.json()) as Health;
    };
    const loopDelay = async () => {
      const answer = nextLine(child, lines, /^loop delay (.*)$/, ACK_MS);
      child.stdin!.write('delay\n');
      return JSON.parse(await answer) as LoopDelay;
    };
    return { url, health, loopDelay, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

// ---- clients ----

/** A connected Socket.IO client over WebSocket, as a phone or the projector; no reconnection, so a drop shows. */
function connect(url: string): Promise<Socket> {
  const s = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: ACK_MS });
  return new Promise((done, fail) => {
    s.once('connect', () => done(s));
    s.once('connect_error', (e) => {
      s.close();
      fail(e);
    });
  });
}

const ask = <T>(s: Socket, event: string, msg: unknown): Promise<T> =>
  s.timeout(ACK_MS).emitWithAck(event, msg) as Promise<T>;

/** The workshop as the projector sends it: without the facilitator's token. */
const shared = ({ room: _room, ...w }: Workshop) => w;

interface Vote {
  sentAt: number;
  /** The server's count of votes in the room once it took this one (from the ack). */
  seq: number | null;
  /** 'cut': still unanswered when the time limit closed the room; neither measured nor lost. */
  outcome: 'taken' | 'refused' | 'no answer' | 'cut';
}

/** What one room's run measured. */
interface RoomRun {
  phones: number;
  joinMs: number[];
  joinFailures: number;
  votes: Vote[];
  /** Every tally the projector received, in order: when, and the server's vote count it shows. */
  tallies: { at: number; seq: number }[];
  decisions: number;
  chapters: number;
  /** Decisions whose votes had not all shown in a tally within TALLY_WAIT_MS. */
  waitsTimedOut: number;
  /** Phones whose votes on a decision never showed in its fullest tally, summed over the decisions. */
  tallyShortfall: number;
  refusedStates: number;
  disconnects: number;
  /** Messages the phones received: new views, and the countdown alone. */
  views: number;
  clocks: number;
  /** The server's reasons for refusing votes, each once. */
  refusals: Set<string>;
}

const newRun = (phones: number): RoomRun => ({
  phones,
  joinMs: [],
  joinFailures: 0,
  votes: [],
  tallies: [],
  decisions: 0,
  chapters: 1,
  waitsTimedOut: 0,
  tallyShortfall: 0,
  refusedStates: 0,
  disconnects: 0,
  views: 0,
  clocks: 0,
  refusals: new Set(),
});

/** A simulated phone: joins a team as the phone page does, then votes once on each post it is shown. */
class Phone {
  private socket: Socket | null = null;
  private voted = -1;
  private live = false;
  private closed = false;
  private latest: PhoneView | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly n: number,
    private readonly id: string,
    private readonly team: number,
    private readonly rng: () => number,
    private readonly run: RoomRun,
  ) {}

  /** Connects, asks for the room's teams and joins one; the time it took (ms), or null if it could not. */
  async join(url: string, code: string): Promise<number | null> {
    const t0 = performance.now();
    try {
      const s = await connect(url);
      this.socket = s;
      // Listening before joining: a view may follow the join's answer in the same read from the socket.
      s.on('view', (v: PhoneView) => {
        this.run.views++;
        this.see(v);
      });
      s.on('clock', () => this.run.clocks++);
      s.on('disconnect', (why) => why === 'io client disconnect' || this.run.disconnects++);
      const peek = await ask<PeekAck>(s, 'peek', { code });
      if (!peek.ok) throw new Error(peek.error);
      const joined = await ask<JoinAck>(s, 'join', { code, team: this.team, nick: `Phone ${this.n}`, phone: this.id });
      if (!joined.ok) throw new Error(joined.error);
      this.latest = joined.view;
      return performance.now() - t0;
    } catch (e) {
      log(`room: a phone could not join: ${(e as Error).message}`);
      this.run.joinFailures++;
      return null;
    }
  }

  /** The facilitator starts the vote once every phone is in: from here on, the phone votes. */
  start() {
    this.live = true;
    if (this.latest) this.see(this.latest);
  }

  /** A post to vote on: one of its replies, sent at a random moment within SPREAD_MS. */
  private see(view: PhoneView) {
    this.latest = view;
    if (!this.live || view.phase !== 'vote' || view.decision <= this.voted) return;
    this.voted = view.decision;
    const reply = view.replies[Math.floor(this.rng() * view.replies.length)]!.id;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.vote(view.decision, reply);
    }, this.rng() * SPREAD_MS);
    this.timers.add(timer);
  }

  private async vote(decision: number, reply: string) {
    const v: Vote = { sentAt: performance.now(), seq: null, outcome: 'no answer' };
    this.run.votes.push(v);
    try {
      const a = await ask<VoteAck>(this.socket!, 'vote', { decision, reply });
      if (a.ok) Object.assign(v, { seq: a.seq, outcome: 'taken' });
      else {
        v.outcome = 'refused';
        this.run.refusals.add(a.error);
      }
    } catch {
      // No answer within ACK_MS (lost), or the room closed by the time limit first.
      if (this.closed) v.outcome = 'cut';
    }
  }

  close() {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.socket?.disconnect();
  }
}

/**
 * The projector: a workshop store set up as "Open a room" sets it up, which opens the room, sends its
 * workshop after every change and takes the phones' tally (at most every TALLY_EVERY_MS), as the game's
 * room link (src/html/room-link.ts) does; every tally's arrival is timed.
 */
class Projector {
  private hosting: { code: string; token: string } | null = null;
  /** The most votes seen in a tally, by decision. */
  private readonly most = new Map<number, number>();
  private waiter: { decision: number; need: number; done: () => void } | null = null;
  private pending: Tally | null = null;
  private throttle: NodeJS.Timeout | undefined;
  private lastTally: Tally | null = null;

  private constructor(
    readonly store: AppStore,
    private readonly socket: Socket,
    private readonly run: RoomRun,
  ) {}

  static async open(url: string, levels: Level[], judgementBank: JudgementBank, seed: number, run: RoomRun) {
    const store = createAppStore({ levels, judgementBank, storage: memoryStorage(), newSeed: () => seed });
    // The whole campaign: a chapter that ends before the 20th decision goes on into the next.
    const chapters = levels.map((l) => l.id);
    store.getState().startWorkshop({ teams: TEAMS, seconds: 60, chapters, seed, room: true });
    const p = new Projector(store, await connect(url), run);
    p.socket.on('tally', (t: Tally) => p.take(t));
    const a = await ask<OpenAck>(p.socket, 'open', { workshop: shared(store.getState().workshop!) });
    if (!a.ok) throw new Error(`the room server would not open a room: ${a.error}`);
    p.hosting = { code: a.code, token: a.token };
    store.getState().roomOpened(a);
    store.subscribe(
      (s) => s.workshop,
      (w) => p.send(w),
    );
    return p;
  }

  get code() {
    return this.hosting!.code;
  }

  get decision() {
    return decisionNumber(this.store.getState().workshop!);
  }

  private send(w: Workshop | null) {
    if (!w || !this.hosting) return;
    this.socket.emit('state', { ...this.hosting, workshop: shared(w) }, (a: { ok: boolean }) => {
      if (!a.ok) this.run.refusedStates++;
    });
  }

  private take(t: Tally) {
    this.run.tallies.push({ at: performance.now(), seq: t.seq });
    this.lastTally = t;
    const voted = t.teams.reduce((n, team) => n + team.voted, 0);
    this.most.set(t.decision, Math.max(voted, this.most.get(t.decision) ?? 0));
    this.toStore(t);
    if (this.waiter && t.decision === this.waiter.decision && voted >= this.waiter.need) this.waiter.done();
  }

  /** The store takes a tally at most every TALLY_EVERY_MS, the latest one waiting (as the room link does). */
  private toStore(t: Tally) {
    this.pending = t;
    if (this.throttle !== undefined) return;
    this.store.getState().phoneTally(t);
    this.pending = null;
    this.throttle = setTimeout(() => {
      this.throttle = undefined;
      if (this.pending) this.toStore(this.pending);
    }, TALLY_EVERY_MS);
  }

  /** Waits until a tally shows `need` votes on the decision (true), or TALLY_WAIT_MS or the time limit pass. */
  async allVotes(decision: number, need: number): Promise<boolean> {
    if ((this.most.get(decision) ?? 0) >= need) return true;
    let timer: NodeJS.Timeout | undefined;
    const shown = await new Promise<boolean>((done) => {
      this.waiter = { decision, need, done: () => done(true) };
      timer = setTimeout(() => done(false), Math.max(0, Math.min(TALLY_WAIT_MS, timeLeft())));
    });
    clearTimeout(timer);
    this.waiter = null;
    this.run.tallyShortfall += Math.max(0, need - (this.most.get(decision) ?? 0));
    return shown;
  }

  /**
   * The facilitator moves on: the room's choice is played (the store may have played it already, once every
   * phone had voted), then the next decision, or the next chapter's first. False when the campaign is over.
   */
  advance(): boolean {
    const s = this.store.getState();
    if (s.workshop?.phase === 'vote' && this.lastTally) s.phoneTally(this.lastTally);
    if (this.store.getState().workshop?.phase === 'vote') s.decide();
    const w = this.store.getState().workshop!;
    if (w.phase !== 'ended') s.nextDecision();
    else if (w.chapterIndex + 1 < w.chapters.length) {
      s.nextWorkshopChapter();
      this.run.chapters++;
    } else return false;
    return true;
  }

  async close() {
    clearTimeout(this.throttle);
    if (this.hosting && this.socket.connected) await ask(this.socket, 'close', this.hosting).catch(() => undefined);
    this.socket.disconnect();
  }
}

/** What a projector's store is made from. */
interface Data {
  levels: Level[];
  judgementBank: JudgementBank;
}

/** A room played to its DECISIONS decisions (or the time limit); `close` ends it (the caller measures first). */
interface Played {
  run: RoomRun;
  close(): Promise<void>;
}

async function playRoom(url: string, phones: number, seed: number, data: Data, run: RoomRun): Promise<Played> {
  const projector = await Projector.open(url, data.levels, data.judgementBank, seed, run);
  const rng = random(seed);
  const id = (n: number) => (seed * 10_000 + n).toString(16).padStart(32, '0');
  const all = Array.from(
    { length: phones },
    (_, n) => new Phone(n, id(n), n % TEAMS.length, random(seed + n + 1), run),
  );
  const close = async () => {
    for (const p of all) p.close();
    await projector.close();
  };
  try {
    const times = await Promise.all(all.map((p) => sleep(rng() * SPREAD_MS).then(() => p.join(url, projector.code))));
    run.joinMs = times.filter((t): t is number => t !== null);
    const joined = run.joinMs.length;
    for (const p of all) p.start();
    while (timeLeft() > 0) {
      if (!(await projector.allVotes(projector.decision, joined))) run.waitsTimedOut++;
      run.decisions++;
      if (run.decisions >= DECISIONS || timeLeft() <= 0 || !projector.advance()) break;
    }
    return { run, close };
  } catch (e) {
    await close();
    throw e;
  }
}

// ---- results ----

/**
 * Each vote's time from being sent to the arrival of the first tally that shows it (the first with the room's
 * vote count at or past the vote's own), in ms; and the votes lost: refused, never answered, or taken but in
 * no tally. A room's tallies arrive in the order the server counted them, so a binary search finds the first.
 */
export function voteLatencies(votes: readonly Vote[], tallies: readonly { at: number; seq: number }[]) {
  const ms: number[] = [];
  const lost = { refused: 0, noAnswer: 0, unseen: 0 };
  for (const v of votes) {
    if (v.outcome === 'refused') lost.refused++;
    else if (v.outcome === 'no answer') lost.noAnswer++;
    if (v.outcome !== 'taken') continue;
    let lo = 0;
    let hi = tallies.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tallies[mid]!.seq >= v.seq!) hi = mid;
      else lo = mid + 1;
    }
    if (lo < tallies.length) ms.push(tallies[lo]!.at - v.sentAt);
    else lost.unseen++;
  }
  return { ms, lost };
}

function summary(runs: readonly RoomRun[]) {
  const each = runs.map((r) => voteLatencies(r.votes, r.tallies));
  const ms = each.flatMap((e) => e.ms);
  const join = runs.flatMap((r) => r.joinMs);
  const sum = (f: (r: RoomRun) => number) => runs.reduce((n, r) => n + f(r), 0);
  const lostBy = (k: 'refused' | 'noAnswer' | 'unseen') => each.reduce((n, e) => n + e.lost[k], 0);
  return {
    p50: round(percentile(ms, 50), 1),
    p95: round(percentile(ms, 95), 1),
    max: ms.length ? round(Math.max(...ms), 1) : Number.NaN,
    joinP50: round(percentile(join, 50), 1),
    joinP95: round(percentile(join, 95), 1),
    votes: sum((r) => r.votes.length),
    cut: sum((r) => r.votes.filter((v) => v.outcome === 'cut').length),
    refused: lostBy('refused'),
    noAnswer: lostBy('noAnswer'),
    unseen: lostBy('unseen'),
    // A phone that could not join lost every vote it would have cast.
    noJoin: sum((r) => r.joinFailures * r.decisions),
    joinFailures: sum((r) => r.joinFailures),
    decisions: sum((r) => r.decisions),
    chapters: sum((r) => r.chapters),
    waitsTimedOut: sum((r) => r.waitsTimedOut),
    tallyShortfall: sum((r) => r.tallyShortfall),
    refusedStates: sum((r) => r.refusedStates),
    disconnects: sum((r) => r.disconnects),
    views: sum((r) => r.views),
    clocks: sum((r) => r.clocks),
    refusals: [...new Set(runs.flatMap((r) => [...r.refusals]))],
  };
}

/** What the bench has measured so far: the watchdog reports it as it stands. */
interface Measured {
  phonePageGzKB: number;
  big: RoomRun[];
  rooms: RoomRun[];
  heapMB: { start: number; bigRoom: number; noRooms: number; rooms: number; closed: number };
  /** Each stage's event-loop delays, the server's and this process's (its phones' and projectors'). */
  loopDelayMs: Record<string, { server: LoopDelay; bench: LoopDelay }>;
  health: Health | null;
  complete: boolean;
  started: number;
}

function results(m: Measured) {
  const big = summary(m.big);
  const rooms = summary(m.rooms);
  const lost = (s: typeof big) => s.refused + s.noAnswer + s.unseen + s.noJoin;
  return {
    voteToTallyP95Ms: big.p95,
    lostVotes: lost(big) + lost(rooms),
    serverMBPerRoom: round((m.heapMB.rooms - m.heapMB.noRooms) / ROOMS, 2),
    phonePageGzKB: m.phonePageGzKB,
    voteToTallyP50Ms: big.p50,
    voteToTallyMaxMs: big.max,
    joinP50Ms: big.joinP50,
    joinP95Ms: big.joinP95,
    roomsVoteToTallyP50Ms: rooms.p50,
    roomsVoteToTallyP95Ms: rooms.p95,
    roomsVoteToTallyMaxMs: rooms.max,
    roomsJoinP50Ms: rooms.joinP50,
    roomsJoinP95Ms: rooms.joinP95,
    bigRoomMB: round(m.heapMB.bigRoom - m.heapMB.start, 2),
    serverHeapMB: { ...m.heapMB },
    loopDelayMs: m.loopDelayMs,
    votesSent: big.votes + rooms.votes,
    votesCutByTimeLimit: big.cut + rooms.cut,
    votesTakenByServer: m.health?.votes ?? Number.NaN,
    messagesDroppedByServer: m.health?.dropped ?? Number.NaN,
    lostRefused: big.refused + rooms.refused,
    lostNoAnswer: big.noAnswer + rooms.noAnswer,
    lostNotInTally: big.unseen + rooms.unseen,
    lostNotJoined: big.noJoin + rooms.noJoin,
    tallyShortfall: big.tallyShortfall + rooms.tallyShortfall,
    tallyWaitsTimedOut: big.waitsTimedOut + rooms.waitsTimedOut,
    joinFailures: big.joinFailures + rooms.joinFailures,
    phoneDisconnects: big.disconnects + rooms.disconnects,
    statesRefused: big.refusedStates + rooms.refusedStates,
    phoneViewsReceived: big.views + rooms.views,
    phoneClocksReceived: big.clocks + rooms.clocks,
    voteRefusals: [...big.refusals, ...rooms.refusals],
    bigRoomDecisions: big.decisions,
    bigRoomChapters: big.chapters,
    roomsDecisions: rooms.decisions,
    roomsChapters: rooms.chapters,
    complete: m.complete,
    benchSeconds: round((performance.now() - m.started) / 1000, 0),
  };
}

function printRoomReport(m: Measured, json: boolean) {
  const r = results(m);
  const value = (k: string) => r[k as keyof typeof r] as number;
  if (json) {
    const pass = Object.fromEntries(ROOM_TARGETS.map((t) => [t.key, meets(t, value(t.key))]));
    console.log(JSON.stringify({ ...r, pass }));
    return;
  }
  const head = `${BIG_ROOM_PHONES} phones in one room, then ${ROOMS} rooms × ${PHONES_PER_ROOM}; ${DECISIONS} decisions each`;
  console.log(`\nHot Seat room bench (${head}; ${r.benchSeconds} s${r.complete ? '' : ', INCOMPLETE'})\n`);
  const w = Math.max(...ROOM_TARGETS.map((t) => t.key.length)) + 2;
  console.log(`${'key'.padEnd(w)}${'value'.padStart(8)}  ${'target'.padEnd(9)}verdict`);
  for (const t of ROOM_TARGETS) {
    const v = value(t.key);
    const verdict = meets(t, v) ? 'PASS' : 'MISS';
    console.log(`${t.key.padEnd(w)}${String(v).padStart(8)}  ${`${t.op} ${t.limit}`.padEnd(9)}${verdict}  ${t.what}`);
  }
  console.log('\nfor the record');
  const width = Math.max(...Object.keys(r).map((k) => k.length)) + 2;
  for (const [k, v] of Object.entries(r))
    if (!ROOM_TARGETS.some((t) => t.key === k))
      console.log(`  ${k.padEnd(width)}${typeof v === 'object' ? JSON.stringify(v) : v}`);
}

// ---- the run ----

const heapMB = (h: Health) => round(h.heapUsed / MB, 2);

/**
 * The heap once closed rooms are gone: the server lets go of a room's phones only as their disconnects come
 * in, so right after a close the heap still holds them (measured: 2–6 MB more). Read each second until two
 * readings agree within 0.2 MB, at most 5 times.
 */
async function settledHeapMB(server: ServerChild): Promise<number> {
  let last = heapMB(await server.health());
  for (let i = 0; i < 5; i++) {
    await sleep(1000);
    const now = heapMB(await server.health());
    if (Math.abs(now - last) < 0.2) return now;
    last = now;
  }
  return last;
}

/** Plays rooms at once to their end; all are closed again if one fails. */
async function playRooms(url: string, runs: RoomRun[], data: Data) {
  const settled = await Promise.allSettled(
    runs.map((run, i) => playRoom(url, run.phones, SEED + 100 * (i + 1), data, run)),
  );
  const played = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(played.map((p) => p.close()));
    throw failed.reason;
  }
  return played;
}

/** This process's event-loop delay since the last reset (ms). */
function benchLoopDelay(h: IntervalHistogram): LoopDelay {
  // The histogram holds the time between its timer's runs: the delay is what exceeds the resolution.
  const ms = (ns: number) => Math.max(0, round(ns / 1e6 - LOOP_RESOLUTION_MS, 2));
  const d = { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
  h.reset();
  return d;
}

/** One stage: its rooms played to the end, with both event loops' delays taken before any heap (its GC). */
async function stage(
  m: Measured,
  name: string,
  server: ServerChild,
  runs: RoomRun[],
  data: Data,
  loop: IntervalHistogram,
) {
  await server.loopDelay();
  loop.reset();
  const played = await playRooms(server.url, runs, data);
  m.loopDelayMs[name] = { server: await server.loopDelay(), bench: benchLoopDelay(loop) };
  return played;
}

async function measure(m: Measured, server: ServerChild) {
  const data = { levels: loadAllLevels(), judgementBank: readJudgementBank() };
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loop.enable();
  m.heapMB.start = heapMB(await server.health());

  log(`room: ${BIG_ROOM_PHONES} phones in one room, ${DECISIONS} decisions…`);
  m.big = [newRun(BIG_ROOM_PHONES)];
  const [big] = await stage(m, 'bigRoom', server, m.big, data, loop);
  m.heapMB.bigRoom = heapMB(await server.health());
  await big!.close();
  if (timeLeft() <= 0) return;

  // With the big room closed and the server warm, the heap before the rooms is the baseline for them.
  m.heapMB.noRooms = await settledHeapMB(server);
  log(`room: ${ROOMS} rooms of ${PHONES_PER_ROOM} phones at once, ${DECISIONS} decisions each…`);
  m.rooms = Array.from({ length: ROOMS }, () => newRun(PHONES_PER_ROOM));
  const rooms = await stage(m, 'rooms', server, m.rooms, data, loop);
  const full = await server.health();
  m.heapMB.rooms = heapMB(full);
  log(`room: the server holds ${full.rooms} rooms and ${full.phones} phones at ${m.heapMB.rooms} MB`);
  await Promise.all(rooms.map((r) => r.close()));
  m.heapMB.closed = await settledHeapMB(server);
  m.health = await server.health();
  loop.disable();
  m.complete = m.rooms.length === ROOMS && [...m.big, ...m.rooms].every((r) => r.decisions === DECISIONS);
}

/** The room bench: measures, prints the report (JSON or a table), and sets exit code 1 if it ran out of time. */
export async function roomBench(json: boolean): Promise<void> {
  const m: Measured = {
    phonePageGzKB: Number.NaN,
    big: [],
    rooms: [],
    heapMB: { start: Number.NaN, bigRoom: Number.NaN, noRooms: Number.NaN, rooms: Number.NaN, closed: Number.NaN },
    loopDelayMs: {},
    health: null,
    complete: false,
    started: performance.now(),
  };
  deadline = m.started + TIME_LIMIT_MS;
  const watchdog = setTimeout(() => {
    log(`room: still running after ${WATCHDOG_MS / 1000} s; reporting what was measured`);
    printRoomReport(m, json);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();
  m.phonePageGzKB = await phonePageGzKB();
  const server = await startServer();
  try {
    await measure(m, server);
  } finally {
    await server.stop();
    clearTimeout(watchdog);
  }
  if (!m.complete) log(`room: the time limit (${TIME_LIMIT_MS / 1000} s) was reached; the report is partial`);
  printRoomReport(m, json);
  if (!m.complete) process.exitCode = 1;
}
