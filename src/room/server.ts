// The room server: one process serves the built game, the phone page (/join) and the realtime endpoint
// (Socket.IO) on one port. The projector opens a room and sends its workshop after every change; phones join
// a team and vote; the server keeps each room's votes and sends the projector the tally and the phones the
// post. Every message is checked against a schema and a budget; a bad one is dropped and counted, never
// trusted. With Redis (`redis`), several processes share the rooms: a phone may reach any process, and the
// process that holds the room answers it. This file wires the parts, each in a file of its own.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { loadLanguages } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { connection } from './connection.ts';
import { hostMessages, MAX_MESSAGE_BYTES } from './host-messages.ts';
import { httpRoutes } from './http-routes.ts';
import { Budgets } from './limits.ts';
import { OpenRooms } from './open-rooms.ts';
import { phoneAnswers } from './phone-answers.ts';
import { phoneMessages } from './phone-messages.ts';
import type { Resolve } from './room.ts';
import type { RoomContext } from './room-context.ts';
import { useRedis } from './room-redis.ts';

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

const SWEEP_MS = 3600_000;

export async function startRoomServer(opts: RoomServerOptions) {
  // Each room speaks its projector's language, each phone page its own: every language's words, at hand.
  await loadLanguages();
  const now = opts.now ?? Date.now;
  const log = opts.log ?? ((line: string) => console.log(line));
  // A room plays its chapters in its language (the same posts, replies and numbers: only the words differ).
  const rooms = new OpenRooms(opts.dataDir, log, (language = 'en') => opts.translated?.[language] ?? opts.resolve);
  rooms.restore(now);
  const stats = { dropped: 0, votes: 0 };
  const { opens, wrongCodes } = opts.perMinute ?? { opens: 10, wrongCodes: 200 };
  const perAddress = { opens: new Budgets(opens, opens / 60), wrongCodes: new Budgets(wrongCodes, wrongCodes / 60) };
  let joinBase = '';
  const joinUrl = (code: string, language: Language = 'en') =>
    `${joinBase}/join?code=${code}${language === 'en' ? '' : `&lang=${language}`}`;

  const http = createServer(httpRoutes(opts.dist, { rooms, stats, joinUrl }));
  // Pings every 10 s: a phone whose connection died without a word (Wi-Fi gone) is noticed within 15 s.
  const io = new Server(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    pingInterval: 10_000,
    pingTimeout: 5000,
  });
  const redisClose = opts.redis ? await useRedis(io, opts.redis) : null;
  const ctx: RoomContext = { io, rooms, now, log, stats, joinUrl, perAddress };
  const askPhone = phoneAnswers(ctx, !!opts.redis);
  io.on('connection', (socket) => {
    const c = connection(socket, ctx);
    hostMessages(c, ctx);
    phoneMessages(c, ctx, askPhone);
  });

  await new Promise<void>((done) => http.listen(opts.port, opts.host ?? '0.0.0.0', done));
  const port = (http.address() as AddressInfo).port;
  joinBase = opts.publicUrl?.(port) ?? `http://127.0.0.1:${port}`;
  const sweep = setInterval(() => rooms.sweep(now), SWEEP_MS);
  sweep.unref();

  return {
    port,
    joinBase,
    stats: () => ({ rooms: rooms.size, ...stats }),
    async close() {
      clearInterval(sweep);
      rooms.flush();
      await new Promise<void>((done) => io.close(() => done()));
      await redisClose?.();
    },
  };
}
