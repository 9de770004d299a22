// The room server against 10,000 random and hostile messages over loopback, sent while good phones play two
// rooms: wrong types for every field of every event, missing and extra fields, huge strings, markup, votes
// for other rooms, for other decisions and for replies not on offer, votes from sockets that never joined,
// joins to wrong codes and to teams a room does not have, facilitator commands without the token (or with a
// guessed one, or another room's), unknown events, non-object, deeply nested and prototype-polluting
// payloads, frames Socket.IO cannot parse, messages over Socket.IO's size limit, and floods. It proves that
// the server stays up; that every bad message is refused, for the reason meant for it (checked against a
// model of the protocol written here, not read from the server); that each refusal is counted; and that each
// room's tally, phones and nicknames are exactly what the good messages alone make. The messages come from a
// fixed seed: a failure replays.
//
// "Bad" is what the protocol refuses. Good messages are the projectors' (with their token), and the phones'
// peeks, joins and votes for a team and a reply on offer — a nickname with markup or control characters
// included: it is taken, kept as plain text, and checked on disk at the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_LENGTH, CODE_LETTERS, NICK_MAX } from '../../src/state/room-limits.ts';
import type { HostAck, JoinAck, PeekAck, PhoneView, Tally, VoteAck } from '../../src/state/room-protocol.ts';
import { currentChoices } from '../../src/state/store.ts';
import { MAX_TEAMS } from '../../src/state/workshop.ts';
import { ask, client, openRoom, phoneId, projectorStore, resolve, shared, testServer } from './room-server.ts';

const SEED = 20_260_611;
const HOSTILE = 10_000;
/** Each connection's budget in server.ts: 40 messages at once, then 20 a second. */
const BURST = 40;
const REFILL = 20;
/** Socket.IO's cut-off (maxHttpBufferSize in server.ts): a bigger frame closes the connection unread. */
const CUT_BYTES = 512 * 1024;
const KB = 1024;
const ACK_MS = 10_000;
const BATCHES = 20;
/** The run takes 6 to 25 s on two cores, by how busy they are; the limit leaves room for a busy machine. */
const TEST_MS = 90_000;

// How the 10,000 are made up; strangers' single messages fill the rest.
const INSIDER_VOTES = BURST - 1; // each insider spent one message of its budget on joining
const FLOODS = 5;
const FLOOD = 300;
const INSIDER_FLOODS = 2;
const INSIDER_FLOOD = 100;
const UNKNOWN_FLOOD = 500;
const GIANTS = 10;
const DEEP_FRAMES = 20;
const NUMBERED_FRAMES = 10;
/** Frames that are not Socket.IO packets a server accepts: the server closes the connection on each. */
const MALFORMED = [
  '2["vote",',
  '2["disconnect"]',
  '2["connect_error",{}]',
  '2["newListener",{}]',
  '2{"event":"vote"}',
  '2[]',
  '2[null,1]',
  '2"vote"',
  '21x["peek",{}]',
  '2/admin,["peek",{}]',
  '0',
  '9',
  '4',
];

/** The server's refusals, as a phone or the projector shows them. */
const R = {
  notUnderstood: 'That message was not understood.',
  slowDown: 'Too many messages; slow down.',
  unknownRoom: 'This room is closed or unknown to this server.',
  joinFirst: 'Join the room first.',
  noTeam: 'No such team in this room.',
  noCode: 'No room has that code. Check the code on the big screen.',
  tooManyCodes: 'Too many wrong codes from here; wait a minute.',
  tooManyOpens: 'Too many rooms opened from here; wait a minute.',
  campaignOnly:
    'This room server plays the campaign and the endless storm; a scenario of your own cannot take phones yet.',
  over: 'This vote is over.',
  notOffered: 'That reply is not on offer.',
};

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<script>alert(1)</script>',
  '"><b onmouseover=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202Egnp.exe',
  'A\u0000B\u0007',
  '<iframe src=//evil>',
];

// ---------------------------------------------------------------------------------------------------------
// A model of the protocol (src/state/room-protocol.ts and the rules of src/room/room.ts): which messages the
// server must refuse, and with which of its refusals. Its checks are written here, not taken from the server's
// schemas, so that a schema that lets too much through fails the test.

const KNOWN = ['open', 'host', 'state', 'close', 'peek', 'join', 'vote'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (e: unknown): e is Known => (KNOWN as readonly unknown[]).includes(e);
/** Names socket.io-client will not send (it throws): they are tried as raw frames instead. */
const CLIENT_RESERVED = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const codeRe = new RegExp(`^[${CODE_LETTERS}]{${CODE_LENGTH}}$`);
const FIELD_OK: Record<string, (v: unknown) => boolean> = {
  code: (v) => str(v) && codeRe.test(v),
  token: (v) => str(v) && /^[0-9a-f]{48}$/.test(v),
  phone: (v) => str(v) && /^[0-9a-f]{32}$/.test(v),
  team: (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) < MAX_TEAMS,
  nick: (v) => v === undefined || (str(v) && v.length <= NICK_MAX),
  decision: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
  reply: (v) => str(v) && v.length >= 1 && v.length <= 64,
  // A workshop is built valid or broken on purpose (see `Wire.workshopValid`); this is never asked.
  workshop: () => false,
};
const SHAPES: Record<Known, { fields: string[]; optional: string[]; limit: number }> = {
  open: { fields: ['workshop'], optional: [], limit: 512 * KB },
  host: { fields: ['code', 'token'], optional: [], limit: 256 },
  close: { fields: ['code', 'token'], optional: [], limit: 256 },
  state: { fields: ['code', 'token', 'workshop'], optional: [], limit: 512 * KB },
  peek: { fields: ['code'], optional: [], limit: 2 * KB },
  join: { fields: ['code', 'team', 'phone'], optional: ['nick'], limit: 2 * KB },
  vote: { fields: ['decision', 'reply'], optional: [], limit: 2 * KB },
};
const fieldsOf = (e: Known) => [...SHAPES[e].fields, ...SHAPES[e].optional];

type Shared = ReturnType<typeof shared>;
interface RoomCtx {
  code: string;
  token: string;
  teams: number;
  /** What the room's phones see now. */
  view: PhoneView;
  /** Every decision the room votes on during the test. */
  decisions: number[];
}
interface Ctx {
  rooms: RoomCtx[];
  workshop: Shared;
  /** The good phones' and insiders' ids, for hijack attempts. */
  members: string[];
}
/** A message as sent: its event, its arguments, and whether the sender waits for an answer. */
interface Wire {
  event: string;
  args: unknown[];
  ack: boolean;
  /** Whether its `workshop` field is a workshop the schema takes (set by the recipe that built it). */
  workshopValid?: boolean;
}
/** Who sends: a socket that never joined, or one joined to room 0 or 1. */
type Who = 'stranger' | 0 | 1;
interface Recipe {
  kind: string;
  make: (ctx: Ctx) => Wire;
}

/** What the server reads: JSON, so undefined fields vanish and NaN becomes null. */
const wired = (args: unknown[]) => JSON.parse(JSON.stringify(args)) as unknown[];

/** The refusals the server may answer with (more than one where the network address's budgets decide);
 *  null for an event it does not know (never answered, only counted). Throws when the message is not bad. */
function refusals(w: Wire, who: Who, ctx: Ctx): string[] | null {
  if (!isKnown(w.event)) return null;
  const raw = wired(w.args)[0];
  const shape = SHAPES[w.event];
  const fits =
    JSON.stringify(raw ?? null).length <= shape.limit &&
    isObj(raw) &&
    Object.keys(raw).every((k) => shape.fields.includes(k) || shape.optional.includes(k)) &&
    shape.fields.every((k) => Object.hasOwn(raw, k)) &&
    fieldsOf(w.event).every((k) => (k === 'workshop' ? w.workshopValid === true : FIELD_OK[k]!(raw[k])));
  if (!fits) return [R.notUnderstood];
  const m = raw as Record<string, unknown>;
  const room = ctx.rooms.find((r) => r.code === m.code);
  const notBad = (why: string) => new Error(`generator bug: not a bad message (${why}): ${JSON.stringify(m)}`);
  switch (w.event) {
    case 'open': {
      const ws = m.workshop as Shared;
      if (resolve(ws.save.level, ws.save.seed) && ws.chapters[ws.chapterIndex] === ws.save.level)
        throw notBad('opens a room');
      return [R.campaignOnly, R.tooManyOpens];
    }
    case 'host':
    case 'close':
    case 'state':
      if (room && m.token === room.token) throw notBad('has the token');
      return [R.unknownRoom];
    case 'peek':
      if (room) throw notBad('a room’s code');
      return [R.noCode, R.tooManyCodes];
    case 'join':
      if (room && (m.team as number) < room.teams) throw notBad('a team of the room');
      return [room ? R.noTeam : R.noCode, R.tooManyCodes];
    case 'vote': {
      if (who === 'stranger') return [R.joinFirst];
      const r = ctx.rooms[who]!;
      // Unanswered votes may reach the server after the room moves on: they must be bad whatever it shows.
      if (!w.ack && r.decisions.includes(m.decision as number)) throw notBad('unanswered, on a decision of the room');
      const onScreen = r.view.phase === 'vote' && m.decision === r.view.decision;
      if (onScreen && r.view.replies.some((x) => x.id === m.reply)) throw notBad('a reply on offer');
      return [onScreen ? R.notOffered : R.over];
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// The hostile messages, drawn by fast-check from a fixed seed. What depends on the run (room codes, tokens,
// replies) is filled in when a message is sent.

const NONE = Symbol('no payload');
const nest = (depth: number) => {
  let o: unknown = { code: 'ABCDEF' };
  for (let i = 0; i < depth; i++) o = i % 2 ? { a: o } : [o];
  return o;
};
const args = (payload: unknown) => (payload === NONE ? [] : [payload]);
const answered = fc.integer({ min: 0, max: 9 }).map((n) => n < 8);
const roomIx = fc.constantFrom(0, 1);
const aCode = fc
  .array(fc.constantFrom(...CODE_LETTERS), { minLength: CODE_LENGTH, maxLength: CODE_LENGTH })
  .map((a) => a.join(''));
/** A code that is no room's (a drawn code that happens to be one is changed). */
const noRoom = (ctx: Ctx, code: string) => {
  let c = code;
  while (ctx.rooms.some((r) => r.code === c))
    c = CODE_LETTERS[(CODE_LETTERS.indexOf(c[0]!) + 1) % CODE_LETTERS.length] + c.slice(1);
  return c;
};
const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
const flip = (token: string, i: number) => token.slice(0, i) + (token[i] === '0' ? '1' : '0') + token.slice(i + 1);
/** A token that is not the room's: a guess, another room's, or the room's with one digit changed. */
const wrongToken: fc.Arbitrary<(ctx: Ctx, room: number) => string> = fc.oneof(
  hex(48).map((t) => () => t),
  fc.constant((ctx: Ctx, room: number) => ctx.rooms[1 - room]!.token),
  fc.nat(47).map((i) => (ctx: Ctx, room: number) => flip(ctx.rooms[room]!.token, i)),
);
const WRONG: Record<string, unknown[]> = {
  code: ['', 'abcdef', 'ABCDE', 'ABCDEFG', 'ABCDE0', 'ABCDEI', ' ABCDE', 123456, null, ['ABCDEF'], {}],
  token: ['', '0'.repeat(47), 'a'.repeat(49), 'A'.repeat(48), 'g'.repeat(48), 0, null, true],
  phone: ['', 'f'.repeat(31), 'F'.repeat(32), 'g'.repeat(32), 7, null, {}],
  team: [-1, MAX_TEAMS, 1.5, '0', null, true, [0], 2 ** 53, -0.5, Number.NaN, Number.POSITIVE_INFINITY],
  nick: ['x'.repeat(NICK_MAX + 1), MARKUP[0], MARKUP[3], 42, null, false, ['Mia'], {}],
  decision: [-1, 0.5, '0', null, 2 ** 53, true, [1], Number.NaN],
  reply: ['', 'x'.repeat(65), 0, null, {}, ['a']],
  workshop: [null, 0, 'workshop', [], {}, true],
};
/** A value the field cannot take (checked after the trip through JSON). */
const wrong = (field: string) =>
  fc
    .oneof(fc.constantFrom(...WRONG[field]!), fc.anything({ maxDepth: 2, maxKeys: 4 }))
    .filter((v) =>
      field === 'workshop'
        ? !(isObj(v) && 'save' in v)
        : v !== undefined && !FIELD_OK[field]!((wired([{ v }])[0] as { v?: unknown }).v),
    );
/** Workshops the schema refuses: each breaks one rule. */
const BROKEN: ((w: Shared) => unknown)[] = [
  ({ save: _, ...w }) => w,
  (w) => ({ ...w, teams: [] }),
  (w) => ({ ...w, teams: ['x'.repeat(41)] }),
  (w) => ({ ...w, teams: Array.from({ length: MAX_TEAMS + 1 }, () => 't') }),
  (w) => ({ ...w, seconds: 5 }),
  (w) => ({ ...w, phase: 'party' }),
  (w) => ({ ...w, running: 'yes' }),
  (w) => ({ ...w, chapterIndex: -1 }),
  (w) => ({ ...w, chapterIndex: 0.5 }),
  (w) => ({ ...w, admin: true }),
  (w) => ({ ...w, decisions: 'all' }),
  (w) => ({ ...w, save: { ...w.save, v: 999 } }),
  (w) => ({ ...w, save: { ...w.save, actions: 'x' } }),
];
/** Workshops the schema takes but no room can play: an unknown scenario, or a chapter that is not the save's. */
const UNPLAYABLE: ((w: Shared) => Shared)[] = [
  (w) => ({ ...w, chapters: ['no-such-level'], chapterIndex: 0, save: { ...w.save, level: 'no-such-level' } }),
  (w) => ({ ...w, chapters: ['__proto__'], chapterIndex: 0, save: { ...w.save, level: '__proto__' } }),
  (w) => ({ ...w, chapters: ['x'] }),
  (w) => ({ ...w, chapterIndex: 3 }),
];
const hugeChar = fc.constantFrom('x', '<', '"', 'é', '\u2028', '😀');

/** A message a good sender might send, to be broken: the room's code, and for host and close its token. */
function base(event: Known, ctx: Ctx, room: number, phone: string, token: (ctx: Ctx, room: number) => string) {
  const r = ctx.rooms[room]!;
  switch (event) {
    case 'open':
      return { workshop: ctx.workshop };
    case 'host':
    case 'close':
      return { code: r.code, token: r.token };
    case 'state':
      return { code: r.code, token: token(ctx, room), workshop: ctx.workshop };
    case 'peek':
      return { code: r.code };
    case 'join':
      return { code: r.code, team: 0, phone, nick: 'Mia' };
    case 'vote':
      return { decision: r.view.decision, reply: r.view.replies[0]?.id ?? 'a' };
  }
}

type Mutation =
  | { op: 'replace'; field: string; value: unknown }
  | { op: 'delete'; field: string }
  | { op: 'extra'; key: string; value: unknown }
  | { op: 'huge'; field: string; size: number; ch: string; valid: boolean };
const mutation = (event: Known): fc.Arbitrary<Mutation> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...fieldsOf(event))
        .chain((field) => wrong(field).map((value) => ({ op: 'replace', field, value }) as const)),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...SHAPES[event].fields).map((field) => ({ op: 'delete', field }) as const),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc
            .oneof(fc.constantFrom('__proto__', 'constructor', 'admin', 'token', 'room', 'nick', ''), fc.string())
            .filter((k) => !fieldsOf(event).includes(k)),
          // Not undefined: JSON would leave the key out.
          fc.anything({ maxDepth: 1 }).filter((v) => v !== undefined),
        )
        .map(([key, value]) => ({ op: 'extra', key, value }) as const),
    },
    {
      // 100 KB in any field; 300 KB (still under Socket.IO's limit) where a workshop goes.
      weight: 1,
      arbitrary: fc
        .record({ field: fc.constantFrom(...fieldsOf(event)), ch: hugeChar, valid: fc.boolean() })
        .map(({ field, ch, valid }) => {
          const size = field === 'workshop' ? 300 * KB : 100 * KB;
          return { op: 'huge', field, size, ch: size > 100 * KB ? 'x' : ch, valid } as const;
        }),
    },
  );
/** Breaks one field of a message; the workshop's validity after it. */
function mutate(m: Record<string, unknown>, mu: Mutation, ctx: Ctx): { payload: unknown; workshopValid: boolean } {
  const out = { ...m };
  let workshopValid = 'workshop' in m;
  if (mu.op === 'replace') {
    out[mu.field] = mu.value;
    if (mu.field === 'workshop') workshopValid = false;
  } else if (mu.op === 'delete') {
    delete out[mu.field];
    if (mu.field === 'workshop') workshopValid = false;
  } else if (mu.op === 'extra') Object.defineProperty(out, mu.key, { value: mu.value, enumerable: true });
  else if (mu.field === 'workshop') {
    // A huge chapter name is a workshop the schema takes (and no room can play); a huge team name is not.
    const big = mu.ch.repeat(mu.size / mu.ch.length);
    out.workshop = mu.valid ? { ...ctx.workshop, chapters: [big] } : { ...ctx.workshop, teams: [big] };
    workshopValid = mu.valid;
  } else out[mu.field] = mu.ch.repeat(mu.size / mu.ch.length);
  return { payload: out, workshopValid };
}

const anyPhone = hex(32);
/** A payload that is not an object, or an object of random shape. */
const notAMessage = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.string(),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.anything({ maxDepth: 3 }),
  fc.integer({ min: 100, max: 1500 }).map(nest),
  fc.constant(NONE),
);

// The families of a stranger's message (a socket that never joined a room nor hosted one).
const wrongType = fc.record({ event: fc.constantFrom(...KNOWN), payload: notAMessage, ack: answered }).map(
  ({ event, payload, ack }): Recipe => ({
    kind: `wrong-type:${event}`,
    make: () => ({ event, args: args(payload), ack }),
  }),
);
const mutated = fc.constantFrom(...KNOWN).chain((event) =>
  fc.record({ room: roomIx, phone: anyPhone, token: wrongToken, mu: mutation(event), ack: answered }).map(
    ({ room, phone, token, mu, ack }): Recipe => ({
      kind: `broken-field:${event}:${mu.op}:${'field' in mu ? mu.field : mu.key}`,
      make: (ctx) => {
        const { payload, workshopValid } = mutate(base(event, ctx, room, phone, token), mu, ctx);
        return { event, args: [payload], ack, workshopValid };
      },
    }),
  ),
);
const tokens = fc
  .record({
    event: fc.constantFrom('host', 'close', 'state'),
    room: roomIx,
    token: wrongToken,
    code: aCode,
    codeless: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    ack: answered,
  })
  .map(
    ({ event, room, token, code, codeless, ack }): Recipe => ({
      kind: `wrong-token:${event}`,
      make: (ctx) => {
        const r = ctx.rooms[room]!;
        // Mostly the room's code with a token that is not its own; sometimes a room's real token with a code
        // that is no room's.
        const m = codeless ? { code: noRoom(ctx, code), token: r.token } : { code: r.code, token: token(ctx, room) };
        return { event, args: [event === 'state' ? { ...m, workshop: ctx.workshop } : m], ack, workshopValid: true };
      },
    }),
  );
const nick = fc.option(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: NICK_MAX })), { nil: undefined });
const wrongCode = fc
  .record({ join: fc.boolean(), code: aCode, team: fc.nat(MAX_TEAMS - 1), phone: anyPhone, nick, ack: answered })
  .map(
    ({ join, code, team, phone, nick, ack }): Recipe => ({
      kind: join ? 'wrong-code:join' : 'wrong-code:peek',
      make: (ctx) => {
        const c = noRoom(ctx, code);
        return { event: join ? 'join' : 'peek', args: [join ? { code: c, team, phone, nick } : { code: c }], ack };
      },
    }),
  );
const wrongTeam = fc
  .record({ room: roomIx, over: fc.nat(), phone: fc.option(anyPhone), member: fc.nat(), nick, ack: answered })
  .map(
    ({ room, over, phone, member, nick, ack }): Recipe => ({
      kind: 'wrong-team:join',
      make: (ctx) => {
        const r = ctx.rooms[room]!;
        // A team the room does not have, for a stranger's phone or (a hijack) a member's.
        const team = r.teams + (over % (MAX_TEAMS - r.teams));
        const id = phone ?? ctx.members[member % ctx.members.length]!;
        return { event: 'join', args: [{ code: r.code, team, phone: id, nick }], ack };
      },
    }),
  );
const longMarkup = fc
  .record({ room: roomIx, phone: anyPhone, nick: fc.constantFrom(...MARKUP.filter((n) => n.length > NICK_MAX)) })
  .map(
    ({ room, phone, nick }): Recipe => ({
      kind: 'markup-nick:join',
      make: (ctx) => ({ event: 'join', args: [{ code: ctx.rooms[room]!.code, team: 0, phone, nick }], ack: true }),
    }),
  );
const strangerVote = fc
  .record({ room: roomIx, shift: fc.integer({ min: -1, max: 2 }), pick: fc.nat(), ack: answered })
  .map(
    ({ room, shift, pick, ack }): Recipe => ({
      kind: 'stranger-vote',
      make: (ctx) => {
        const v = ctx.rooms[room]!.view;
        const reply = v.replies[pick % v.replies.length]?.id ?? 'a';
        return { event: 'vote', args: [{ decision: Math.max(0, v.decision + shift), reply }], ack };
      },
    }),
  );
const unplayable = fc.record({ how: fc.nat(UNPLAYABLE.length - 1), ack: answered }).map(
  ({ how, ack }): Recipe => ({
    kind: 'unplayable:open',
    make: (ctx) => ({ event: 'open', args: [{ workshop: UNPLAYABLE[how]!(ctx.workshop) }], ack, workshopValid: true }),
  }),
);
const broken = fc.record({ how: fc.nat(BROKEN.length - 1), state: fc.boolean(), token: wrongToken, ack: answered }).map(
  ({ how, state, token, ack }): Recipe => ({
    kind: state ? 'broken-workshop:state' : 'broken-workshop:open',
    make: (ctx) => {
      const workshop = BROKEN[how]!(ctx.workshop);
      const m = state ? { code: ctx.rooms[0]!.code, token: token(ctx, 0), workshop } : { workshop };
      return { event: state ? 'state' : 'open', args: [m], ack, workshopValid: false };
    },
  }),
);
/** A message with keys that would poison Object.prototype if merged carelessly. */
const pollution = fc
  .record({
    event: fc.constantFrom(...KNOWN),
    room: roomIx,
    phone: anyPhone,
    key: fc.constantFrom('__proto__', 'constructor'),
  })
  .map(
    ({ event, room, phone, key }): Recipe => ({
      kind: `pollution:${event}`,
      make: (ctx) => {
        const m: Record<string, unknown> = { ...base(event, ctx, room, phone, () => '0'.repeat(48)) };
        const poison = key === '__proto__' ? { polluted: 'yes' } : { prototype: { polluted: 'yes' } };
        // Parsed from JSON, as the server reads it: an own key named __proto__, not a prototype.
        const payload = JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(poison)},${JSON.stringify(m).slice(1)}`);
        return { event, args: [payload], ack: true, workshopValid: 'workshop' in m };
      },
    }),
  );
const unknownEvent = fc
  .record({
    event: fc
      .oneof(
        fc.constantFrom(
          'tally',
          'view',
          'clock',
          'phone',
          'leave',
          'error',
          'OPEN',
          'vote ',
          '__proto__',
          'constructor',
        ),
        fc.constantFrom('hasOwnProperty', 'toString', 'message', ''),
        fc.string({ maxLength: 12 }),
      )
      .filter((e) => !isKnown(e) && !CLIENT_RESERVED.includes(e)),
    payload: fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant(NONE)),
  })
  .map(
    ({ event, payload }): Recipe => ({
      kind: 'unknown-event',
      make: () => ({ event, args: args(payload), ack: false }),
    }),
  );

/** A stranger's message of any family but the unknown events (a flood must spend the budget). */
const knownStranger = fc.oneof(
  { arbitrary: wrongType, weight: 15 },
  { arbitrary: mutated, weight: 30 },
  { arbitrary: tokens, weight: 10 },
  { arbitrary: wrongCode, weight: 10 },
  { arbitrary: wrongTeam, weight: 8 },
  { arbitrary: longMarkup, weight: 2 },
  { arbitrary: strangerVote, weight: 8 },
  { arbitrary: unplayable, weight: 2 },
  { arbitrary: broken, weight: 3 },
  { arbitrary: pollution, weight: 4 },
);
/** The same, answered or not, with unknown events and messages with extra arguments (sent unanswered: the
 *  server takes a message's second argument for its answer callback). */
const stranger = fc.oneof(
  { arbitrary: knownStranger, weight: 91 },
  { arbitrary: unknownEvent, weight: 6 },
  {
    arbitrary: fc.tuple(knownStranger, fc.array(fc.anything({ maxDepth: 1 }), { minLength: 1, maxLength: 3 })).map(
      ([r, more]): Recipe => ({
        kind: 'extra-args',
        make: (ctx) => {
          const w = r.make(ctx);
          return { ...w, args: [...(w.args.length ? w.args : [null]), ...more], ack: false };
        },
      }),
    ),
    weight: 3,
  },
);

// An insider's bad votes (a phone joined to a room, voting for what it may not).
const notOffered = fc
  .record({
    pick: fc.nat(),
    how: fc.nat(3),
    any: fc.string({ minLength: 1, maxLength: 64 }),
    markup: fc.constantFrom(...MARKUP),
  })
  .map(({ pick, how, any, markup }) => (ctx: Ctx, room: number): Wire => {
    const v = ctx.rooms[room]!.view;
    const real = v.replies[pick % v.replies.length]?.id ?? 'a';
    const candidates = [any, markup, `${real} `, real.toUpperCase() === real ? `${real}x` : real.toUpperCase()];
    let reply = candidates[how]!;
    if (v.replies.some((r) => r.id === reply)) reply = `${reply}?`;
    return { event: 'vote', args: [{ decision: v.decision, reply }], ack: true };
  });
const otherDecision = fc
  .record({ pick: fc.nat(), far: fc.integer({ min: 3, max: 2 ** 31 }), near: fc.boolean(), ack: answered })
  .map(({ pick, far, near, ack }) => (ctx: Ctx, room: number): Wire => {
    const r = ctx.rooms[room]!;
    const v = r.view;
    const reply = v.replies[pick % v.replies.length]?.id ?? 'a';
    // Answered, the next decision or the last is tempting; unanswered, one the room never shows.
    const decision = ack && near ? v.decision + 1 : r.decisions.includes(far) ? far + 10 : far;
    return { event: 'vote', args: [{ decision, reply }], ack };
  });
const otherRoom = fc
  .record({ pick: fc.nat(), ack: answered })
  .map(({ pick, ack }) => (ctx: Ctx, room: number): Wire => {
    const v = ctx.rooms[1 - room]!.view;
    const reply = v.replies[pick % v.replies.length]?.id ?? 'a';
    return { event: 'vote', args: [{ decision: v.decision, reply }], ack };
  });
const badVote = fc
  .record({ mu: mutation('vote'), notObject: fc.boolean(), payload: notAMessage, ack: answered })
  .map(({ mu, notObject, payload, ack }) => (ctx: Ctx, room: number): Wire => {
    if (notObject) return { event: 'vote', args: args(payload), ack };
    const v = ctx.rooms[room]!.view;
    return { event: 'vote', args: [mutate({ decision: v.decision, reply: v.replies[0]!.id }, mu, ctx).payload], ack };
  });
const insider: fc.Arbitrary<{ kind: string; make: (ctx: Ctx, room: number) => Wire }> = fc.oneof(
  { arbitrary: notOffered.map((make) => ({ kind: 'insider:not-on-offer', make })), weight: 30 },
  { arbitrary: otherDecision.map((make) => ({ kind: 'insider:other-decision', make })), weight: 25 },
  { arbitrary: otherRoom.map((make) => ({ kind: 'insider:other-room', make })), weight: 20 },
  { arbitrary: badVote.map((make) => ({ kind: 'insider:malformed', make })), weight: 25 },
);
const giant = fc.record({ event: fc.constantFrom(...KNOWN, 'nonsense'), ch: fc.constantFrom('x', 'é') }).map(
  ({ event, ch }): Recipe => ({
    kind: 'giant',
    make: (ctx) => {
      const big = ch.repeat(CUT_BYTES * 2);
      const field = isKnown(event) ? SHAPES[event].fields[0]! : 'x';
      const payload = field === 'workshop' ? { workshop: { ...ctx.workshop, chapters: [big] } } : { [field]: big };
      return { event, args: [payload], ack: false };
    },
  }),
);

/** A deterministic shuffle (mulberry32). */
function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The test.

const servers: { close(): Promise<void> }[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const s of servers.splice(0)) await s.close();
});

type Answer = { ok: boolean; error?: string };
interface Conn {
  socket: Socket;
  /** Messages of known events sent on it: each spends the connection's budget. */
  spent: number;
  pending: Promise<unknown>[];
}
/** The good phones, with their nicknames as sent and as the room must keep them (plain text, no controls). */
const GOOD = [
  { room: 0, team: 0, nick: 'Mia', kept: 'Mia' },
  { room: 0, team: 0, nick: '<svg onload=alert(1)>', kept: '<svg onload=alert(1)>' },
  { room: 0, team: 1, nick: '\u0000Ro\u202Ebin\t', kept: 'Robin' },
  { room: 0, team: 1, nick: '  Zoë 🦊  ', kept: 'Zoë 🦊' },
  { room: 0, team: 2, nick: undefined, kept: '' },
  { room: 0, team: 2, nick: '\u200BAnn\u0007', kept: 'Ann' },
  { room: 1, team: 0, nick: 'Bo', kept: 'Bo' },
  { room: 1, team: 1, nick: '<img src=x onerror=1>', kept: '<img src=x onerror=1>' },
];
/** Insiders: joined (a good message), then only bad votes. Room and team. */
const INSIDERS: [number, number][] = [
  [0, 0],
  [0, 1],
  [0, 2],
  [0, 0],
  [0, 1],
  [0, 2],
  [1, 0],
  [1, 1],
  [1, 0],
  [1, 1],
];
/** The good votes: before which batch, which good phone, which reply (by its place in the list shown). Room A
 *  moves to its next decision before batch MOVE_AT; the last vote comes after all the hostile traffic. */
const MOVE_AT = 8;
const PLAN = [
  { at: 2, phone: 0, pick: 0 },
  { at: 2, phone: 1, pick: 1 },
  { at: 2, phone: 2, pick: 2 },
  { at: 2, phone: 3, pick: 0 },
  { at: 2, phone: 4, pick: 1 },
  { at: 2, phone: 6, pick: 0 },
  { at: 5, phone: 0, pick: 1 },
  { at: 5, phone: 2, pick: 0 },
  { at: 10, phone: 0, pick: 2 },
  { at: 10, phone: 1, pick: 0 },
  { at: 10, phone: 2, pick: 1 },
  { at: 10, phone: 3, pick: 1 },
  { at: 10, phone: 4, pick: 0 },
  { at: 10, phone: 7, pick: 1 },
  { at: 14, phone: 1, pick: 2 },
  { at: 14, phone: 7, pick: 0 },
  { at: 17, phone: 3, pick: 0 },
];

/** The next message of this kind that passes `ok` (failing after ACK_MS). */
function until<T>(s: Socket, event: string, ok: (m: T) => boolean): Promise<T> {
  return new Promise((done, fail) => {
    const on = (m: T) => {
      if (!ok(m)) return;
      clearTimeout(timer);
      s.off(event, on);
      done(m);
    };
    const timer = setTimeout(() => {
      s.off(event, on);
      fail(new Error(`no such ${event} message within ${ACK_MS} ms`));
    }, ACK_MS);
    s.on(event, on);
  });
}

describe('the room server under hostile traffic', () => {
  it(
    'refuses 10,000 bad messages, counts them, and keeps each room as the good messages make it',
    async () => {
      const server = await testServer();
      servers.push(server);
      const health = async () =>
        (await (await fetch(`${server.url}/room/health`)).json()) as {
          rooms: number;
          phones: number;
          dropped: number;
          votes: number;
        };
      const connect = async () => {
        const s = await client(server.url);
        sockets.push(s);
        return s;
      };
      const heard = { tally: 0, strangerViews: 0 };
      /** A hostile connection: it must never be told a room's tally, nor (a stranger) a room's view. */
      const hostile = async (stranger: boolean): Promise<Conn> => {
        const socket = await connect();
        socket.on('tally', () => heard.tally++);
        if (stranger) socket.on('view', () => heard.strangerViews++);
        return { socket, spent: 0, pending: [] };
      };

      // Two rooms, as the projector opens them; room A moves to its second decision, so the rooms vote on
      // different decisions and a vote for the other room's is refused.
      const rooms = [
        await openRoom(server.url, projectorStore(['Ravens', 'Otters', 'Foxes'], 7)),
        await openRoom(server.url, projectorStore(['Alpha', 'Beta'], 11)),
      ];
      for (const r of rooms) sockets.push(r.projector);
      const send = (r: (typeof rooms)[number]) =>
        ask(r.projector, 'state', { code: r.code, token: r.token, workshop: shared(r.store.getState().workshop!) });
      const advance = async (r: (typeof rooms)[number]) => {
        const s = r.store.getState();
        s.vote(currentChoices(s)!.responses[0]!.id);
        s.decide();
        expect(await send(r)).toEqual({ ok: true });
        r.store.getState().nextDecision();
        expect(await send(r)).toEqual({ ok: true });
      };
      await advance(rooms[0]!);

      // The good phones and the insiders join first: once the hostile traffic has tried wrong codes from this
      // address (all sockets here are 127.0.0.1), the server refuses peeks and joins from it for a while.
      const members: { id: string; room: number; team: number; socket: Socket; kept: string }[] = [];
      const views: PhoneView[] = [];
      for (const [i, g] of GOOD.entries()) {
        const socket = await connect();
        const r = rooms[g.room]!;
        expect(await ask<PeekAck>(socket, 'peek', { code: r.code })).toMatchObject({ ok: true });
        const joined = await ask<JoinAck>(socket, 'join', {
          code: r.code,
          team: g.team,
          nick: g.nick,
          phone: phoneId(i + 1),
        });
        if (!joined.ok) throw new Error(joined.error);
        views[g.room] = joined.view;
        members.push({ id: phoneId(i + 1), room: g.room, team: g.team, socket, kept: g.kept });
      }
      const insiders: (Conn & { room: number })[] = [];
      for (const [i, [room, team]] of INSIDERS.entries()) {
        const conn = await hostile(false);
        const id = phoneId(101 + i);
        const joined = await ask<JoinAck>(conn.socket, 'join', {
          code: rooms[room]!.code,
          team,
          nick: `insider ${i}`,
          phone: id,
        });
        expect(joined).toMatchObject({ ok: true });
        insiders.push({ ...conn, room, spent: 1 });
        members.push({ id, room, team, socket: conn.socket, kept: `insider ${i}` });
      }
      const ctx: Ctx = {
        rooms: rooms.map((r, i) => ({
          code: r.code,
          token: r.token,
          teams: r.store.getState().workshop!.teams.length,
          view: views[i]!,
          decisions: i === 0 ? [views[0]!.decision, views[0]!.decision + 1] : [views[1]!.decision],
        })),
        workshop: shared(rooms[0]!.store.getState().workshop!),
        members: members.map((m) => m.id),
      };
      expect(ctx.rooms[0]!.view.decision).not.toBe(ctx.rooms[1]!.view.decision);
      const before = await health();
      // Nothing good was dropped.
      expect(before).toMatchObject({ rooms: 2, phones: members.length, dropped: 0, votes: 0 });

      // The good votes, as the rooms must count them.
      const accepted: { id: string; room: number; decision: number; reply: string }[] = [];
      const goodVote = async (phone: number, pick: number) => {
        const m = members[phone]!;
        const v = ctx.rooms[m.room]!.view;
        const reply = v.replies[pick % v.replies.length]!.id;
        const a = await ask<VoteAck>(m.socket, 'vote', { decision: v.decision, reply });
        expect(a, `good vote ${phone}`).toMatchObject({ ok: true, mine: reply });
        accepted.push({ id: m.id, room: m.room, decision: v.decision, reply });
      };

      // Everything hostile, in a fixed order.
      const sample = <T>(arb: fc.Arbitrary<T>, n: number, k: number) => fc.sample(arb, { seed: SEED + k, numRuns: n });
      const fixed =
        insiders.length * INSIDER_VOTES +
        FLOODS * FLOOD +
        INSIDER_FLOODS * INSIDER_FLOOD +
        UNKNOWN_FLOOD +
        GIANTS +
        DEEP_FRAMES +
        NUMBERED_FRAMES +
        MALFORMED.length;
      type Unit =
        | { t: 'stranger'; r: Recipe }
        | { t: 'insider'; i: number; r: { kind: string; make: (ctx: Ctx, room: number) => Wire } }
        | { t: 'flood'; rs: Recipe[] }
        | { t: 'unknown-flood'; rs: Recipe[] }
        | { t: 'giant'; r: Recipe }
        | { t: 'deep'; event: Known; n: number }
        | { t: 'numbered'; n: number }
        | { t: 'malformed'; frame: string };
      const units: Unit[] = [
        ...sample(stranger, HOSTILE - fixed, 1).map((r): Unit => ({ t: 'stranger', r })),
        ...sample(insider, insiders.length * INSIDER_VOTES, 2).map(
          (r, n): Unit => ({ t: 'insider', i: n % insiders.length, r }),
        ),
        ...Array.from({ length: FLOODS }, (_, k): Unit => ({ t: 'flood', rs: sample(knownStranger, FLOOD, 10 + k) })),
        { t: 'unknown-flood', rs: sample(unknownEvent, UNKNOWN_FLOOD, 3) },
        ...sample(giant, GIANTS, 4).map((r): Unit => ({ t: 'giant', r })),
        ...Array.from({ length: DEEP_FRAMES }, (_, n): Unit => ({ t: 'deep', event: KNOWN[n % KNOWN.length]!, n })),
        ...Array.from({ length: NUMBERED_FRAMES }, (_, n): Unit => ({ t: 'numbered', n })),
        ...MALFORMED.map((frame): Unit => ({ t: 'malformed', frame })),
      ];
      const order = shuffle(units, SEED);
      const insiderFloods = sample(insider, INSIDER_FLOODS * INSIDER_FLOOD, 5);

      // What happened to them.
      const kinds = new Map<string, number>();
      let sent = 0;
      /** Messages that never reach the server as events: over the size limit, or frames it cannot parse. */
      let cut = 0;
      const answers: { kind: string; allowed: string[]; answer: unknown }[] = [];
      const unanswered: string[] = [];
      const notCut: string[] = [];
      const floods: { sent: number; slowed: number; seconds: number }[] = [];
      const count = (kind: string) => {
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        sent++;
      };

      /** Sends one message on a connection; its answer, if it waits for one. */
      function emit(conn: Conn, w: Wire, allowed: string[] | null, kind: string, flood = false) {
        count(kind);
        // Every message that reaches the server as an event spends the connection's budget, unknown ones too.
        conn.spent++;
        if (!w.ack) {
          conn.socket.emit(w.event, ...w.args);
          return Promise.resolve(null);
        }
        const p = (conn.socket.timeout(ACK_MS).emitWithAck(w.event, ...w.args) as Promise<Answer>).then(
          (answer) => {
            answers.push({ kind, allowed: flood ? [...allowed!, R.slowDown] : allowed!, answer });
            return answer;
          },
          (e: Error) => {
            unanswered.push(`${kind}: ${e.message}`);
            return null;
          },
        );
        conn.pending.push(p);
        return p;
      }
      /** Waits for a connection to close (the server cuts it), or says it did not. */
      const closes = (conn: Conn, kind: string) =>
        new Promise<void>((done) => {
          const timer = setTimeout(() => {
            notCut.push(kind);
            done();
          }, ACK_MS);
          conn.socket.once('disconnect', () => {
            clearTimeout(timer);
            done();
          });
        });

      // A handful of strangers; each starts a new connection when its budget is spent, so that its messages
      // are refused for what they are and not for their number (floods are what test the budget).
      const strangers = await Promise.all(Array.from({ length: 4 }, () => hostile(true)));
      let turn = 0;
      const strangerConn = async (spend: number) => {
        const k = turn++ % strangers.length;
        let c = strangers[k]!;
        if (c.spent + spend > BURST) {
          await Promise.all(c.pending);
          // The old connection is left open: Socket.IO ignores what it has not yet dispatched when a
          // disconnection arrives, and every bad message must reach the server to be counted.
          c = strangers[k] = await hostile(true);
        }
        return c;
      };
      // One connection for raw frames, answered under ids of their own; it sends fewer than BURST of the known
      // events, so it never needs a new connection.
      let raw: Conn | null = null;
      let rawId = 1_000_000;
      const rawAsk = (conn: Conn, frame: (id: number) => string, kind: string, allowed: string[]) => {
        count(kind);
        conn.spent++;
        const id = rawId++;
        const engine = conn.socket.io.engine;
        const p = new Promise<void>((done) => {
          const off = () => {
            clearTimeout(timer);
            engine.off('message', onMessage);
            done();
          };
          const onMessage = (data: unknown) => {
            const m = typeof data === 'string' ? /^3(\d+)(\[[\s\S]*\])$/.exec(data) : null;
            if (!m || Number(m[1]) !== id) return;
            answers.push({ kind, allowed, answer: (JSON.parse(m[2]!) as unknown[])[0] });
            off();
          };
          const timer = setTimeout(() => {
            unanswered.push(`${kind}: no answer`);
            off();
          }, ACK_MS);
          engine.on('message', onMessage);
        });
        engine.write(frame(id));
        conn.pending.push(p);
      };

      async function hostileUnit(u: Unit) {
        switch (u.t) {
          case 'stranger': {
            const w = u.r.make(ctx);
            const allowed = refusals(w, 'stranger', ctx);
            emit(await strangerConn(1), w, allowed, u.r.kind);
            return;
          }
          case 'insider': {
            const conn = insiders[u.i]!;
            const w = u.r.make(ctx, conn.room);
            emit(conn, w, refusals(w, conn.room as Who, ctx), u.r.kind);
            return;
          }
          case 'flood': {
            // Hundreds of messages at once on a new connection: past the burst, the budget refuses them.
            const t0 = performance.now();
            const conn = await hostile(true);
            const flooded = u.rs.map((r) => {
              const w = { ...r.make(ctx), ack: true };
              return emit(conn, w, refusals(w, 'stranger', ctx), 'flood', true);
            });
            const got = await Promise.all(flooded);
            const seconds = (performance.now() - t0) / 1000;
            floods.push({ sent: got.length, slowed: got.filter((a) => a?.error === R.slowDown).length, seconds });
            conn.socket.disconnect();
            return;
          }
          case 'unknown-flood': {
            // A connection of its own: the flood spends its whole budget.
            const conn = await hostile(true);
            for (const r of u.rs) emit(conn, r.make(ctx), null, 'unknown-flood');
            return;
          }
          case 'giant': {
            // Over Socket.IO's limit: the connection is closed before the server reads a thing.
            const conn = await hostile(true);
            const closed = closes(conn, 'giant');
            count('giant');
            cut++;
            const w = u.r.make(ctx);
            conn.socket.emit(w.event, ...w.args);
            await closed;
            return;
          }
          case 'malformed': {
            const conn = await hostile(true);
            const closed = closes(conn, `malformed ${u.frame}`);
            count('raw:malformed');
            cut++;
            conn.socket.io.engine.write(u.frame);
            await closed;
            return;
          }
          case 'deep': {
            // Nested 100,000 deep (socket.io-client cannot even encode this): the server must not choke on it.
            raw ??= await hostile(true);
            const d = 100_000;
            const nested = `${'['.repeat(d)}${']'.repeat(d)}`;
            const body = u.n % 2 ? nested : `{"${SHAPES[u.event].fields[0]}":${nested}}`;
            rawAsk(raw, (id) => `2${id}["${u.event}",${body}]`, 'raw:deep', [R.notUnderstood]);
            return;
          }
          case 'numbered': {
            // An event named by a number, which the client library cannot send.
            raw ??= await hostile(true);
            count('raw:numbered-event');
            raw.socket.io.engine.write(`2[${u.n},{"code":"${ctx.rooms[0]!.code}"}]`);
            return;
          }
        }
      }

      const settle = async () => {
        const all = [...strangers, ...insiders, ...(raw ? [raw] : [])];
        await Promise.all(all.flatMap((c) => c.pending));
        for (const c of all) c.pending = [];
      };
      const batchSize = Math.ceil(HOSTILE / BATCHES);
      let batch = 0;
      let inBatch = 0;
      const between = async (b: number) => {
        for (const p of PLAN.filter((p) => p.at === b)) await goodVote(p.phone, p.pick);
        if (b === MOVE_AT) {
          // The projector moves room A on: phones get the next post, and earlier votes no longer count.
          const next = until<PhoneView>(members[0]!.socket, 'view', (v) => v.phase === 'vote');
          await advance(rooms[0]!);
          ctx.rooms[0]!.view = await next;
          expect(ctx.rooms[0]!.view.decision).toBe(ctx.rooms[0]!.decisions[1]);
        }
      };
      await between(0);

      for (const u of order) {
        await hostileUnit(u);
        inBatch += u.t === 'flood' || u.t === 'unknown-flood' ? u.rs.length : 1;
        if (inBatch >= batchSize) {
          await settle();
          inBatch = 0;
          await between(++batch);
        }
      }
      await settle();
      while (batch < BATCHES) await between(++batch);

      // Last, the insiders flood their room with votes.
      for (let f = 0; f < INSIDER_FLOODS; f++) {
        const conn = insiders[f]!;
        const t0 = performance.now();
        const flooded = insiderFloods.slice(f * INSIDER_FLOOD, (f + 1) * INSIDER_FLOOD).map((r) => {
          const w = { ...r.make(ctx, conn.room), ack: true };
          return emit(conn, w, refusals(w, conn.room as Who, ctx), 'insider-flood', true);
        });
        const got = await Promise.all(flooded);
        const seconds = (performance.now() - t0) / 1000;
        floods.push({ sent: got.length, slowed: got.filter((a) => a?.error === R.slowDown).length, seconds });
      }
      await settle();
      expect(sent).toBe(HOSTILE);
      // The mix has a wrong value, a missing field and a huge one for every field of every event, and
      // non-objects, extra keys and poisoned keys for every event.
      const tried = [...kinds.keys()];
      for (const e of KNOWN) {
        for (const f of fieldsOf(e)) {
          expect(tried, `${e}.${f}`).toContain(`broken-field:${e}:replace:${f}`);
          expect(tried, `${e}.${f}`).toContain(`broken-field:${e}:huge:${f}`);
        }
        for (const f of SHAPES[e].fields) expect(tried).toContain(`broken-field:${e}:delete:${f}`);
        expect(tried.some((k) => k.startsWith(`broken-field:${e}:extra:`))).toBe(true);
        expect(tried).toContain(`wrong-type:${e}`);
        expect(tried).toContain(`pollution:${e}`);
      }

      // Every answered bad message was refused, for a reason meant for it; none went unanswered.
      const wrongAnswers = answers.filter(
        (a) => !(isObj(a.answer) && a.answer.ok === false && a.allowed.includes(a.answer.error as string)),
      );
      expect(wrongAnswers.slice(0, 5), `${wrongAnswers.length} answers not the refusal expected`).toEqual([]);
      expect(unanswered.slice(0, 5)).toEqual([]);
      expect(notCut).toEqual([]);
      expect(heard).toEqual({ tally: 0, strangerViews: 0 });
      // A flood gets past the budget only with the burst and what refills while it lasts.
      for (const f of floods) expect(f.slowed).toBeGreaterThanOrEqual(f.sent - BURST - REFILL * f.seconds);
      // Nothing a message carried reached Object.prototype.
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);

      // The server is up, and a phone that joined before all this still votes.
      await goodVote(4, 2);
      // Every refusal is counted, once: the good messages dropped nothing (checked above, and each good vote was
      // taken), so the count grows by exactly the bad messages the server read as events: all but those cut off.
      // Unanswered ones may still be on their way (on other connections than the last answered one's): the count
      // is read until it is there, for a bounded while.
      const reached = HOSTILE - cut;
      let after = await health();
      for (let tries = 0; tries < 100 && after.dropped - before.dropped < reached; tries++) {
        await new Promise((done) => setTimeout(done, 50));
        after = await health();
      }
      expect(after.dropped - before.dropped).toBe(reached);

      // The rooms are what the good messages alone make: the rooms opened, the phones joined, the votes taken,
      // and each room's tally on the projector.
      expect(after).toMatchObject({ rooms: 2, phones: members.length, votes: accepted.length });
      for (const m of members) expect(m.socket.connected, `member ${m.id} still connected`).toBe(true);
      for (const [i, r] of rooms.entries()) {
        const view = ctx.rooms[i]!.view;
        const teams = ctx.rooms[i]!.view.teams.map(() => ({
          joined: 0,
          voted: 0,
          counts: {} as Record<string, number>,
        }));
        for (const m of members.filter((m) => m.room === i)) {
          const t = teams[m.team]!;
          t.joined++;
          const last = accepted.filter((v) => v.id === m.id).at(-1);
          if (last?.decision === view.decision) {
            t.voted++;
            t.counts[last.reply] = (t.counts[last.reply] ?? 0) + 1;
          }
        }
        const expected: Tally = { decision: view.decision, teams, seq: accepted.filter((v) => v.room === i).length };
        const hosted = await ask<HostAck>(r.projector, 'host', { code: r.code, token: r.token });
        if (!hosted.ok) throw new Error(hosted.error);
        expect(hosted.tally).toEqual(expected);
      }

      // What the server keeps of the rooms: the members' phones only, each nickname as plain text without
      // control characters (markup stays as typed: the phone shows it as text, never as markup).
      await server.close();
      servers.splice(servers.indexOf(server), 1);
      for (const [i, r] of rooms.entries()) {
        const record = JSON.parse(readFileSync(join(server.dataDir, `${r.code}.json`), 'utf8')) as {
          phones: Record<string, { nick: string; vote: { reply: string } | null }>;
        };
        const mine = members.filter((m) => m.room === i);
        expect(Object.keys(record.phones).sort()).toEqual(mine.map((m) => m.id).sort());
        for (const m of mine) {
          const nick = record.phones[m.id]!.nick;
          expect(nick).toBe(m.kept);
          expect(nick).not.toMatch(/\p{C}/u);
          expect(record.phones[m.id]!.vote?.reply ?? null).toBe(
            accepted.filter((v) => v.id === m.id).at(-1)?.reply ?? null,
          );
        }
      }
    },
    TEST_MS,
  );
});
