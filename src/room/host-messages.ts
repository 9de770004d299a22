// The facilitator's messages from the projector: open a room, take it back after a reload (host), send the
// workshop after every change (starting, pausing, extending or ending the countdown, discussing, moving on:
// the projector sends its whole workshop each time, and the room checks it by replaying its game), and close
// the room. The token the room gave the projector when it opened proves the room is its.
import type * as z from 'zod/mini';
import { CloseSchema, HostSchema, OpenSchema, StateSchema } from '../state/room-protocol.ts';
import type { Workshop } from '../state/workshop.ts';
import { hostsOf, sendChange, sendClosed } from './broadcast.ts';
import { ack, type Connection } from './connection.ts';
import { Room, type RoomRecord, refusal } from './room.ts';
import { hashToken, newCode, newToken, sameHash } from './room-codes.ts';
import type { RoomContext } from './room-context.ts';

/** Large enough for a whole campaign's workshop; far larger messages are cut off by Socket.IO itself. */
export const MAX_MESSAGE_BYTES = 512 * 1024;
/** A code and a token: anything bigger is hostile. */
const MAX_TOKEN_MESSAGE_BYTES = 256;

export function hostMessages(c: Connection, ctx: RoomContext) {
  c.on('open', OpenSchema, MAX_MESSAGE_BYTES, (m, cb) => ack(cb, open(c, ctx, m)));
  c.on('host', HostSchema, MAX_TOKEN_MESSAGE_BYTES, (m, cb) => {
    const room = hosted(ctx, m);
    if (!room) return ack(cb, c.refuse('unknownRoom'));
    c.socket.join(hostsOf(room.code));
    ack(cb, { ok: true, join: ctx.joinUrl(room.code, room.record.language), tally: room.tally(ctx.now()) });
  });
  c.on('state', StateSchema, MAX_MESSAGE_BYTES, (m, cb) => ack(cb, setState(c, ctx, m)));
  c.on('close', CloseSchema, MAX_TOKEN_MESSAGE_BYTES, (m, cb) => {
    const room = hosted(ctx, m);
    if (!room) return ack(cb, c.refuse('unknownRoom'));
    ctx.rooms.close(room.code);
    sendClosed(ctx, room);
    ctx.log(`room ${room.code} closed`);
    ack(cb, { ok: true });
  });
}

/** The room named, when the token is the one it gave its projector. */
function hosted({ rooms }: RoomContext, m: z.infer<typeof HostSchema>) {
  const room = rooms.get(m.code);
  return room && sameHash(room.record.tokenHash, hashToken(m.token)) ? room : null;
}

/** Opens a room for the workshop sent (within the address's limit), its projector listening for its tally. */
function open(c: Connection, ctx: RoomContext, m: z.infer<typeof OpenSchema>) {
  if (!ctx.perAddress.opens.take(c.ip, ctx.now())) return c.refuse('tooManyRooms');
  const workshop = m.workshop as Workshop;
  const resolve = ctx.rooms.resolveIn(m.language);
  const why = refusal(workshop, resolve);
  if (why) return c.refuse(why);
  let code = newCode();
  while (ctx.rooms.has(code)) code = newCode();
  const token = newToken();
  const { language = 'en' } = m;
  const record: RoomRecord = {
    code,
    tokenHash: hashToken(token),
    touched: ctx.now(),
    workshop,
    phones: {},
    seq: 0,
    language,
  };
  ctx.rooms.add(new Room(record, resolve));
  c.socket.join(hostsOf(code));
  ctx.log(`room ${code} opened`);
  return { ok: true, code, token, join: ctx.joinUrl(code, language) };
}

/** Takes the projector's workshop after a change, and shows the phones what changed for them. */
function setState(c: Connection, ctx: RoomContext, m: z.infer<typeof StateSchema>) {
  const room = hosted(ctx, m);
  if (!room) return c.refuse('unknownRoom');
  const before = room.view;
  if (!room.setWorkshop(m.workshop as Workshop, ctx.now())) return c.refuse('notThisRoom');
  ctx.rooms.keep(room);
  sendChange(ctx, room, before);
  return { ok: true };
}
