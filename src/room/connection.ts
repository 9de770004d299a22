// One socket's messages as the server takes them: each kind checked against its schema and a size, all of
// them charged to one budget per connection and handled in the order sent; a message over budget, too big,
// malformed or of a kind nobody listens for is dropped and counted, never trusted. What a connection is
// refused, it is told in the language its page said when it connected.
import type { Socket } from 'socket.io';
import type * as z from 'zod/mini';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { Budget } from './limits.ts';
import type { Refusal } from './room.ts';
import { type RoomContext, refused } from './room-context.ts';

/** Messages a connection may send at once, and per second after that. */
const MESSAGE_BURST = 40;
const MESSAGES_PER_SECOND = 20;

export interface Connection {
  socket: Socket;
  /** The network address it comes from. */
  ip: string;
  language: Language;
  /** A refusal, counted, in the connection's language. */
  refuse: (why: Refusal) => ReturnType<typeof refused>;
  /** Listens for one kind of message: over budget, too big or malformed, it is dropped and counted. */
  on<S extends z.ZodMiniType>(event: string, schema: S, limit: number, handle: Handle<z.infer<S>>): void;
}

type Handle<M> = (m: M, cb: unknown) => unknown;

/** Answers a message, when its sender asked for an answer. */
export const ack = (cb: unknown, value: unknown) => typeof cb === 'function' && cb(value);

export function connection(socket: Socket, { now, log, stats }: RoomContext): Connection {
  const budget = new Budget(MESSAGE_BURST, MESSAGES_PER_SECOND, now());
  const asked = socket.handshake.query.lang;
  const language: Language = isLanguage(asked) ? asked : 'en';
  const refuse = (why: Refusal) => refused(stats, why, language);
  const known = new Set<string>();
  // An unknown event is dropped, counted and charged to the connection's budget like any other.
  socket.onAny((event: string) => {
    if (known.has(event)) return;
    budget.take(now());
    stats.dropped++;
  });

  // Messages are handled one after another, in the order sent: a phone that taps a reply the instant it is
  // back sends its join and its vote together, and the vote must find the join done.
  let handled: Promise<void> = Promise.resolve();
  function on<S extends z.ZodMiniType>(event: string, schema: S, limit: number, handle: Handle<z.infer<S>>) {
    known.add(event);
    socket.on(event, (raw: unknown, cb: unknown) => {
      if (typeof raw === 'function') [raw, cb] = [undefined, raw];
      if (!budget.take(now())) return ack(cb, refuse('slowDown'));
      const parsed = sizeOf(raw) <= limit ? schema.safeParse(raw) : null;
      if (!parsed?.success) return ack(cb, refuse('notUnderstood'));
      handled = handled.then(async () => {
        try {
          await handle(parsed.data, cb);
        } catch (e) {
          log(`a ${event} message failed: ${(e as Error).message}`);
          ack(cb, refuse('failed'));
        }
      });
    });
  }
  return { socket, ip: socket.handshake.address, language, refuse, on };
}

/** A message's size as JSON; infinite when it cannot be written as JSON (it is then dropped). */
function sizeOf(raw: unknown): number {
  try {
    return JSON.stringify(raw ?? null).length;
  } catch {
    return Infinity;
  }
}
