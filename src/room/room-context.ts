// What every part of the room server shares: the Socket.IO server, the rooms this process holds, the clock,
// the log, the counts /room/health reports, the join address and the limits kept per network address; and
// a refusal, counted and said in the asker's language.
import type { Server } from 'socket.io';
import { tIn } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import type { Budgets } from './limits.ts';
import type { OpenRooms } from './open-rooms.ts';
import type { Refusal } from './room.ts';

/** Messages dropped and votes taken by this process. */
interface RoomStats {
  dropped: number;
  votes: number;
}

export interface RoomContext {
  io: Server;
  rooms: OpenRooms;
  now: () => number;
  log: (line: string) => void;
  stats: RoomStats;
  /** The join address of a room; in its language when that is not English, so that phones show theirs in it. */
  joinUrl: (code: string, language?: Language) => string;
  /** Rooms opened and wrong codes tried, per network address. */
  perAddress: { opens: Budgets; wrongCodes: Budgets };
}

/** A refusal, counted, in the asker's language. */
export function refused(stats: RoomStats, why: Refusal, language: Language) {
  stats.dropped++;
  return { ok: false as const, error: tIn(language)(`room.${why}`) };
}
