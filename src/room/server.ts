// The room server: one process serves the built game, the phone page (/join) and the realtime endpoint
// (Socket.IO) on one port. The projector opens a room and sends its workshop after every change; phones join
// a team and vote; the server keeps each room's votes and sends the projector the tally and the phones the
// post. Every message is checked against a schema and a budget; a bad one is dropped and counted, never
// trusted. With Redis (`redis`), several processes share the rooms: a phone may reach any process, and the
// process that holds the room answers it.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import QRCode from 'qrcode';
import sirv from 'sirv';
import { Server, type Socket } from 'socket.io';
import type * as z from 'zod/mini';
import { CSP } from '../csp.ts';
import { CODE_LENGTH, CODE_LETTERS } from '../state/room-limits.ts';
import {
  CloseSchema,
  HostSchema,
  JoinSchema,
  OpenSchema,
  PeekSchema,
  StateSchema,
  VoteSchema,
} from '../state/room-protocol.ts';
import type { Workshop } from '../state/workshop.ts';
import { Budget, Budgets } from './limits.ts';
import { type Refusal, type Resolve, Room, type RoomRecord, refusal } from './room.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { joinPage } from './join-page.ts';
import { loadLanguages, tIn } from '../i18n/i18n.ts';
import { RoomFiles } from './room-files.ts';

export interface RoomServerOptions {
  port: number;
  host?: string;
  /** The built game (dist/). */
  dist: string;
  /** Where open rooms are kept, so that a restart takes them back. */
  dataDir: string;
  resolve: Resolve;
  /** The chapters in the languages the campaign is translated into, for rooms opened in one of them. */
  translated?: Partial<Record<Language, Resolve>>;
  /** The address phones use, e.g. http://192.168.1.20:8080 (found from the network when not given). */
  publicUrl?: (port: number) => string;
  /** A Redis address: rooms are then shared with the other processes using it. */
  redis?: string;
  log?: (line: string) => void;
  now?: () => number;
  /**
   * Rooms one network address may open, and wrong codes it may try, per minute (a bench raises them). A venue's
   * phones often share one address, so wrong codes are also limited per connection, far lower.
   */
  perMinute?: { opens: number; wrongCodes: number };
}

/** Large enough for a whole campaign's workshop; far larger messages are cut off by Socket.IO itself. */
const MAX_MESSAGE_BYTES = 512 * 1024;
/** A phone's messages are tiny: anything bigger is hostile. */
const MAX_PHONE_MESSAGE_BYTES = 2048;
const IDLE_ROOM_MS = 24 * 3600_000;
/** A phone mistypes a code a few times; a script trying codes would need millions. */
const WRONG_CODES_PER_CONNECTION = 10;
const FORWARD_MS = 2000;
/** The QR code of a room's join address: /room/qr/CODE.svg. */
const QR_PATH = new RegExp(`^/room/qr/([${CODE_LETTERS}]{${CODE_LENGTH}})\\.svg$`);

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const newCode = () => Array.from({ length: CODE_LENGTH }, () => CODE_LETTERS[randomInt(CODE_LETTERS.length)]).join('');
/** A nickname is shown as text only; control characters and surrounding space are dropped. */
const cleanNick = (nick = '') => nick.replace(/\p{C}/gu, '').trim();

type PhoneEvent = 'peek' | 'join' | 'vote' | 'leave';
interface Forwarded {
  event: PhoneEvent;
  msg: unknown;
  phone?: string;
  code: string;
  /** The asking phone's language, for a refusal in words it reads. */
  language: Language;
}

export async function startRoomServer(opts: RoomServerOptions) {
  // Each room speaks its projector's language, each phone page its own: every language's words, at hand.
  await loadLanguages();
  const now = opts.now ?? Date.now;
  const log = opts.log ?? ((line: string) => console.log(line));
  const rooms = new Map<string, Room>();
  const files = new RoomFiles(opts.dataDir, log);
  const stats = { dropped: 0, votes: 0 };
  const { opens: opensPerMinute, wrongCodes } = opts.perMinute ?? { opens: 10, wrongCodes: 200 };
  const failedCodes = new Budgets(wrongCodes, wrongCodes / 60);
  const opens = new Budgets(opensPerMinute, opensPerMinute / 60);

  // A room plays its chapters in its language (the same posts, replies and numbers: only the words differ).
  const resolveIn = (language: Language = 'en') => opts.translated?.[language] ?? opts.resolve;
  for (const record of files.loadAll()) {
    const resolve = resolveIn(record.language);
    if (now() - record.touched > IDLE_ROOM_MS || refusal(record.workshop, resolve)) files.remove(record.code);
    else rooms.set(record.code, new Room(record, resolve));
  }

  const statics = sirv(opts.dist, {
    etag: true,
    setHeaders: (res) => {
      res.setHeader('Content-Security-Policy', CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
  let joinBase = '';
  /** The join address of a room; in its language when that is not English, so that phones show theirs in it. */
  const joinUrl = (code: string, language: Language = 'en') =>
    `${joinBase}/join?code=${code}${language === 'en' ? '' : `&lang=${language}`}`;

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://room');
    // Any well-formed code gets its picture, open room or not, so the address tells nothing about which rooms exist.
    const qr = QR_PATH.exec(url.pathname);
    if (qr) {
      const asked = url.searchParams.get('lang');
      QRCode.toString(joinUrl(qr[1]!, isLanguage(asked) ? asked : 'en'), {
        type: 'svg',
        margin: 2,
        errorCorrectionLevel: 'M',
      }).then(
        (svg) => {
          res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Content-Security-Policy': CSP });
          res.end(svg);
        },
        () => {
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end('The QR code could not be drawn.');
        },
      );
      return;
    }
    if (url.pathname === '/join' || url.pathname === '/join.html') {
      const page = joinPage(opts.dist, req, url);
      if (page !== null) {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': CSP,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
          Vary: 'Accept-Language',
        });
        res.end(page);
        return;
      }
    }
    if (url.pathname === '/room/health') {
      // A bench measuring memory per room runs the server with HOT_SEAT_ROOM_GC=1 and node --expose-gc.
      if (process.env.HOT_SEAT_ROOM_GC && globalThis.gc) globalThis.gc();
      const phones = [...rooms.values()].reduce((n, r) => n + Object.keys(r.record.phones).length, 0);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ rooms: rooms.size, phones, ...stats, heapUsed: process.memoryUsage().heapUsed }));
      return;
    }
    statics(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CSP });
      res.end('Not found');
    });
  });
  // Pings every 10 s: a phone whose connection died without a word (Wi-Fi gone) is noticed within 15 s.
  const io = new Server(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    pingInterval: 10_000,
    pingTimeout: 5000,
  });
  let redisClose: (() => Promise<void>) | null = null;
  if (opts.redis) redisClose = await useRedis(io, opts.redis);

  const keep = (room: Room) => files.save(room.record);
  const tallyTo = (room: Room) => io.to(`host:${room.code}`).emit('tally', room.tally(now()));
  /** A refusal, counted, in the asker's language. */
  const drop = (why: Refusal, language: Language) => {
    stats.dropped++;
    return { ok: false as const, error: tIn(language)(`room.${why}`) };
  };

  /** What a phone asks, answered by the process that holds its room (this one, or another through Redis). */
  function answerPhone({ event, msg, phone, code, language }: Forwarded) {
    const room = rooms.get(code);
    if (!room) return null;
    const t = now();
    if (event === 'peek') return { ok: true as const, teams: room.record.workshop.teams };
    if (event === 'leave') {
      if (phone) room.leave(phone, t);
      tallyTo(room);
      return { ok: true as const };
    }
    if (event === 'join') {
      const m = msg as z.infer<typeof JoinSchema>;
      const joined = room.join(m.phone, m.team, cleanNick(m.nick), t);
      if (typeof joined === 'string') return drop(joined, language);
      keep(room);
      tallyTo(room);
      return { ok: true as const, view: room.view, mine: room.mine(m.phone), team: joined.team };
    }
    const m = msg as z.infer<typeof VoteSchema>;
    const refused = room.vote(phone!, m.decision, m.reply, t);
    if (refused) return drop(refused, language);
    stats.votes++;
    keep(room);
    tallyTo(room);
    return { ok: true as const, mine: m.reply, seq: room.record.seq };
  }

  /** Asks the process that holds the room (Redis only); null when none does. */
  async function forward(f: Forwarded): Promise<ReturnType<typeof answerPhone>> {
    if (!opts.redis) return null;
    try {
      const ask = io.serverSideEmitWithAck.bind(io) as (event: string, f: Forwarded) => Promise<unknown[]>;
      const replies = await ask('phone', f);
      return (replies.find((r) => r) as ReturnType<typeof answerPhone>) ?? null;
    } catch {
      return null;
    }
  }
  io.on('phone', (f: Forwarded, reply: (r: unknown) => void) => reply(answerPhone(f)));

  io.on('connection', (socket: Socket) => {
    const ip = socket.handshake.address;
    const budget = new Budget(40, 20, now());
    const myWrongCodes = new Budget(WRONG_CODES_PER_CONNECTION, WRONG_CODES_PER_CONNECTION / 60, now());
    let phone: { id: string; code: string } | null = null;
    const ack = (cb: unknown, value: unknown) => typeof cb === 'function' && cb(value);
    // Each page says its language when it connects: what this connection is refused, it is told in it.
    const asked = socket.handshake.query.lang;
    const language: Language = isLanguage(asked) ? asked : 'en';
    const refuse = (why: Refusal) => drop(why, language);

    /** Listens for one kind of message: over budget, too big or malformed, it is dropped and counted. */
    function on<S extends z.ZodMiniType>(
      event: string,
      schema: S,
      limit: number,
      handle: (m: z.infer<S>, cb: unknown) => unknown,
    ) {
      socket.on(event, async (raw: unknown, cb: unknown) => {
        if (typeof raw === 'function') [raw, cb] = [undefined, raw];
        if (!budget.take(now())) return ack(cb, refuse('slowDown'));
        let size = Infinity;
        try {
          size = JSON.stringify(raw ?? null).length;
        } catch {
          // not serialisable: dropped below
        }
        const parsed = size <= limit ? schema.safeParse(raw) : null;
        if (!parsed?.success) return ack(cb, refuse('notUnderstood'));
        try {
          await handle(parsed.data, cb);
        } catch (e) {
          log(`a ${event} message failed: ${(e as Error).message}`);
          ack(cb, refuse('failed'));
        }
      });
    }
    const known = new Set(['open', 'host', 'state', 'close', 'peek', 'join', 'vote']);
    // An unknown event is dropped, counted and charged to the connection's budget like any other.
    socket.onAny((event: string) => {
      if (known.has(event)) return;
      budget.take(now());
      stats.dropped++;
    });

    const hosted = (m: { code: string; token: string }) => {
      const room = rooms.get(m.code);
      return room && sameHash(room.record.tokenHash, hash(m.token)) ? room : null;
    };

    on('open', OpenSchema, MAX_MESSAGE_BYTES, (m, cb) => {
      if (!opens.take(ip, now())) return ack(cb, refuse('tooManyRooms'));
      const w = m.workshop as Workshop;
      const resolve = resolveIn(m.language);
      const why = refusal(w, resolve);
      if (why) return ack(cb, refuse(why));
      let code = newCode();
      while (rooms.has(code)) code = newCode();
      const token = randomBytes(24).toString('hex');
      const { language = 'en' } = m;
      const record: RoomRecord = {
        code,
        tokenHash: hash(token),
        touched: now(),
        workshop: w,
        phones: {},
        seq: 0,
        language,
      };
      const room = new Room(record, resolve);
      rooms.set(code, room);
      keep(room);
      socket.join(`host:${code}`);
      log(`room ${code} opened`);
      ack(cb, { ok: true, code, token, join: joinUrl(code, language) });
    });
    on('host', HostSchema, 256, (m, cb) => {
      const room = hosted(m);
      if (!room) return ack(cb, refuse('unknownRoom'));
      socket.join(`host:${room.code}`);
      ack(cb, { ok: true, join: joinUrl(room.code, room.record.language), tally: room.tally(now()) });
    });
    on('state', StateSchema, MAX_MESSAGE_BYTES, (m, cb) => {
      const room = hosted(m);
      if (!room) return ack(cb, refuse('unknownRoom'));
      const before = room.view;
      if (!room.setWorkshop(m.workshop as Workshop, now())) return ack(cb, refuse('notThisRoom'));
      keep(room);
      const after = room.view;
      const phones = io.to(`phones:${room.code}`);
      // The countdown alone changes every second: phones get just the clock then, and nothing when nothing
      // they show changed (a team's pick moving on the projector).
      const same = (v: typeof before) => JSON.stringify({ ...v, left: 0, running: false });
      if (same(before) !== same(after)) phones.emit('view', after);
      else if (before.left !== after.left || before.running !== after.running)
        phones.emit('clock', { left: after.left, running: after.running });
      if (before.decision !== after.decision || before.phase !== after.phase) tallyTo(room);
      ack(cb, { ok: true });
    });
    on('close', CloseSchema, 256, (m, cb) => {
      const room = hosted(m);
      if (!room) return ack(cb, refuse('unknownRoom'));
      rooms.delete(room.code);
      files.remove(room.code);
      io.to(`phones:${room.code}`).emit('view', {
        ...room.view,
        phase: 'closed',
        post: null,
        replies: [],
        result: null,
      });
      io.in(`phones:${room.code}`).socketsLeave(`phones:${room.code}`);
      log(`room ${room.code} closed`);
      ack(cb, { ok: true });
    });

    /** A phone's message, answered here or by the process holding its room. */
    async function asPhone(f: Forwarded) {
      return answerPhone(f) ?? (await forward(f));
    }
    const unknownCode = () => {
      failedCodes.take(ip, now());
      myWrongCodes.take(now());
      return refuse('noSuchCode');
    };
    const tooManyTries = () => !myWrongCodes.left(now()) || !failedCodes.left(ip, now());

    on('peek', PeekSchema, MAX_PHONE_MESSAGE_BYTES, async (m, cb) => {
      if (tooManyTries()) return ack(cb, refuse('tooManyCodes'));
      ack(cb, (await asPhone({ event: 'peek', msg: m, code: m.code, language })) ?? unknownCode());
    });
    on('join', JoinSchema, MAX_PHONE_MESSAGE_BYTES, async (m, cb) => {
      if (tooManyTries()) return ack(cb, refuse('tooManyCodes'));
      const answer = await asPhone({ event: 'join', msg: m, code: m.code, phone: m.phone, language });
      if (!answer) return ack(cb, unknownCode());
      if (answer.ok) {
        if (phone && (phone.code !== m.code || phone.id !== m.phone))
          void asPhone({ event: 'leave', msg: null, ...phone, phone: phone.id, language });
        phone = { id: m.phone, code: m.code };
        socket.join(`phones:${m.code}`);
      }
      ack(cb, answer);
    });
    on('vote', VoteSchema, MAX_PHONE_MESSAGE_BYTES, async (m, cb) => {
      if (!phone) return ack(cb, refuse('joinFirst'));
      ack(
        cb,
        (await asPhone({ event: 'vote', msg: m, code: phone.code, phone: phone.id, language })) ?? refuse('roomClosed'),
      );
    });
    socket.on('disconnect', () => {
      if (phone) void asPhone({ event: 'leave', msg: null, code: phone.code, phone: phone.id, language });
    });
  });

  await new Promise<void>((done) => http.listen(opts.port, opts.host ?? '0.0.0.0', done));
  const port = (http.address() as AddressInfo).port;
  joinBase = opts.publicUrl?.(port) ?? `http://127.0.0.1:${port}`;
  const sweep = setInterval(() => {
    for (const room of rooms.values())
      if (now() - room.record.touched > IDLE_ROOM_MS) {
        rooms.delete(room.code);
        files.remove(room.code);
      }
  }, 3600_000);
  sweep.unref();

  return {
    port,
    joinBase,
    stats: () => ({ rooms: rooms.size, ...stats }),
    async close() {
      clearInterval(sweep);
      files.flush();
      await new Promise<void>((done) => io.close(() => done()));
      await redisClose?.();
    },
  };
}

/** Shares rooms' messages between processes through Redis (Socket.IO's Redis adapter). */
async function useRedis(io: Server, address: string): Promise<() => Promise<void>> {
  const [{ createAdapter }, { Redis }] = await Promise.all([import('@socket.io/redis-adapter'), import('ioredis')]);
  const pub = new Redis(address, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { requestsTimeout: FORWARD_MS }));
  return async () => {
    pub.disconnect();
    sub.disconnect();
  };
}
