// The messages between a room server, the projector that runs the room, and the phones that vote in it.
// The server checks every message it receives against these schemas (anything else is dropped and counted);
// the projector and the phone page import only the types, so the phone page carries no schema library.
import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.ts';
import { CODE_LENGTH, CODE_LETTERS, NICK_MAX } from './room-limits.ts';
import { MAX_TEAMS, type Phase, WorkshopSchema } from './workshop.ts';

const code = z.string().check(z.regex(new RegExp(`^[${CODE_LETTERS}]{${CODE_LENGTH}}$`)));
const token = z.string().check(z.regex(/^[0-9a-f]{48}$/));
/** A phone names itself with 32 random hex digits, kept in its browser, so that it rejoins as itself. */
const phone = z.string().check(z.regex(/^[0-9a-f]{32}$/));

// From the projector (the facilitator's token proves it opened the room).
/** A room speaks to its phones in the projector's language. */
export const OpenSchema = z.strictObject({ workshop: WorkshopSchema, language: z.optional(z.enum(LANGUAGES)) });
export const HostSchema = z.strictObject({ code, token });
export const StateSchema = z.strictObject({ code, token, workshop: WorkshopSchema });
export const CloseSchema = HostSchema;

// From a phone.
export const PeekSchema = z.strictObject({ code });
export const JoinSchema = z.strictObject({
  code,
  team: z.int().check(z.minimum(0), z.maximum(MAX_TEAMS - 1)),
  nick: z.optional(z.string().check(z.maxLength(NICK_MAX))),
  phone,
});
export const VoteSchema = z.strictObject({
  decision: z.int().check(z.minimum(0)),
  reply: z.string().check(z.minLength(1), z.maxLength(64)),
});

/** What a phone shows: the room's current post and its replies in the order dealt, or what just happened. */
export interface PhoneView {
  code: string;
  teams: string[];
  chapter: string;
  /** The decision being voted on, counted from the workshop's first; a vote names it. */
  decision: number;
  /** `judgement`: the room is answering the judgement check on the projector; `closed`: the room is over. */
  phase: Phase | 'judgement' | 'closed';
  post: { author: string; text: string; quote?: string; findings: string[] } | null;
  replies: { id: string; label: string }[];
  /** Seconds left in the countdown (null: none): the workshop's `secondsLeft`, under the name phones already read. */
  left: number | null;
  running: boolean;
  /** After a vote: what the room played, the split, and the persona's answer. */
  result: { heading: string; split: string; answer?: string } | null;
}

/** The votes in a room so far, for the projector: each team's phones and their counts per reply. */
export interface Tally {
  decision: number;
  teams: { joined: number; voted: number; counts: Record<string, number> }[];
  /** How many votes the server has taken in this room, so that a bench can tell which tally shows a vote. */
  seq: number;
}

export type Ack<T> = ({ ok: true } & T) | { ok: false; error: string };
export type OpenAck = Ack<{ code: string; token: string; join: string }>;
export type JoinAck = Ack<{ view: PhoneView; mine: string | null; team: number }>;
export type VoteAck = Ack<{ mine: string; seq: number }>;
export type PeekAck = Ack<{ teams: string[] }>;
export type HostAck = Ack<{ join: string; tally: Tally }>;
