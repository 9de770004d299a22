// What a phone asks (peek at a room's teams, join it, vote, leave), answered by the process that holds its
// room: this one, or with Redis whichever process does, asked through Socket.IO's adapter. Every join, vote
// and leave sends the room's projector the new tally.
import type * as z from 'zod/mini';
import type { Language } from '../i18n/languages.ts';
import type { JoinSchema, VoteSchema } from '../state/room-protocol.ts';
import { tallyTo } from './broadcast.ts';
import type { Room } from './room.ts';
import { type RoomContext, refused } from './room-context.ts';

type PhoneEvent = 'peek' | 'join' | 'vote' | 'leave';
interface Forwarded {
  event: PhoneEvent;
  msg: unknown;
  phone?: string;
  code: string;
  /** The asking phone's language, for a refusal in words it reads. */
  language: Language;
}

type PhoneAnswer = NonNullable<ReturnType<typeof answerHere>>;
/** Asks about a phone's room: here first, then (Redis only) the other processes; null when none holds it. */
export type AskPhone = (f: Forwarded) => Promise<PhoneAnswer | null>;

/** A nickname is shown as text only; control characters and surrounding space are dropped. */
const cleanNick = (nick = '') => nick.replace(/\p{C}/gu, '').trim();

/** Answers the other processes' questions about rooms held here, and gives back how to ask about a room. */
export function phoneAnswers(ctx: RoomContext, shared: boolean): AskPhone {
  ctx.io.on('phone', (f: Forwarded, reply: (r: unknown) => void) => reply(answerHere(ctx, f)));
  return async (f) => answerHere(ctx, f) ?? (shared ? await askOthers(ctx, f) : null);
}

/** The answer when this process holds the phone's room; null when it does not. */
function answerHere(ctx: RoomContext, { event, msg, phone, code, language }: Forwarded) {
  const room = ctx.rooms.get(code);
  if (!room) return null;
  if (event === 'peek') return { ok: true as const, teams: room.record.workshop.teams };
  if (event === 'leave') {
    if (phone) room.leave(phone, ctx.now());
    tallyTo(ctx, room);
    return { ok: true as const };
  }
  if (event === 'join') return join(ctx, room, msg as z.infer<typeof JoinSchema>, language);
  return vote(ctx, room, phone!, msg as z.infer<typeof VoteSchema>, language);
}

function join(ctx: RoomContext, room: Room, m: z.infer<typeof JoinSchema>, language: Language) {
  const joined = room.join(m.phone, m.team, cleanNick(m.nick), ctx.now());
  if (typeof joined === 'string') return refused(ctx.stats, joined, language);
  ctx.rooms.keep(room);
  tallyTo(ctx, room);
  return { ok: true as const, view: room.view, mine: room.mine(m.phone), team: joined.team };
}

function vote(ctx: RoomContext, room: Room, phone: string, m: z.infer<typeof VoteSchema>, language: Language) {
  const refusal = room.vote(phone, m.decision, m.reply, ctx.now());
  if (refusal) return refused(ctx.stats, refusal, language);
  ctx.stats.votes++;
  ctx.rooms.keep(room);
  tallyTo(ctx, room);
  return { ok: true as const, mine: m.reply, seq: room.record.seq };
}

/** Asks the other processes; null when none holds the room (or none answers in time). */
async function askOthers({ io }: RoomContext, f: Forwarded): Promise<PhoneAnswer | null> {
  try {
    const ask = io.serverSideEmitWithAck.bind(io) as (event: string, f: Forwarded) => Promise<unknown[]>;
    const replies = await ask('phone', f);
    return (replies.find((r) => r) as PhoneAnswer | undefined) ?? null;
  } catch {
    return null;
  }
}
