// One room on the server: the workshop as the projector last sent it (checked by replaying its game with the
// pure engine), the phones that joined it, and each phone's vote on the current decision. A vote counts only
// for the decision on screen and a reply on offer; a new vote from the same phone replaces its last.
import type { Level } from '../content/schema.ts';
import { IllegalAction } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import type { PhoneView, Tally } from '../state/room-protocol.ts';
import { currentChoices } from '../state/selectors.ts';
import type { Workshop } from '../state/workshop.ts';
import type { Language } from '../i18n/languages.ts';
import type en from '../i18n/en.ts';
import { phoneView, roomGame } from './phone-view.ts';

export interface PhoneRecord {
  team: number;
  nick: string;
  /** When the phone was last connected (ms): one that dropped a moment ago still counts as in the room. */
  seen: number;
  /** The decision and the post voted on: a check that takes the post away starts the vote again. */
  vote: { decision: number; post: string; reply: string } | null;
}

/** What is kept of a room, in memory and on disk while it is open (deleted when it closes). */
export interface RoomRecord {
  code: string;
  /** A hash of the facilitator's token: the token itself is never stored. */
  tokenHash: string;
  /** When the room last changed, in ms: rooms left idle for a day are closed. */
  touched: number;
  workshop: Workshop;
  phones: Record<string, PhoneRecord>;
  /** Votes taken so far. */
  seq: number;
  /** The projector's language, which the phones are shown (English for a room kept by an older version). */
  language?: Language;
}

/** Why the room refuses something: a key of the room's words (src/i18n/en/room.json), said in the asker's language. */
export type Refusal = keyof (typeof en)['room'];

export type Resolve = (id: string, seed: number) => Level | undefined;

/**
 * A phone that dropped (screen lock, Wi-Fi, a server restart) counts as in the room for this long, so that
 * the vote does not end by itself before it is back.
 */
const AWAY_MS = 60_000;

/** A room takes this many phones: a workshop's 300 with room to spare, and a bound on what a script can add. */
const MAX_PHONES = 500;

/** The workshop's chapter and its game replayed with the engine, or why it cannot be a room's. */
function playable(w: Workshop, resolve: Resolve): { level: Level; game: GameState } | Refusal {
  const level = resolve(w.save.level, w.save.seed);
  if (!level || w.chapters[w.chapterIndex] !== w.save.level) return 'noScenario';
  try {
    return { level, game: roomGame(level, w) };
  } catch (e) {
    if (e instanceof IllegalAction) return 'noReplay';
    throw e;
  }
}

/** Why a workshop cannot be a room's, in words for the facilitator; null when it can. */
export function refusal(w: Workshop, resolve: Resolve): Refusal | null {
  const p = playable(w, resolve);
  return typeof p === 'string' ? p : null;
}

export class Room {
  view!: PhoneView;
  /** The post being voted on (null between votes). */
  private post: string | null = null;
  /** Phones connected now (a phone may connect twice, say from two tabs). */
  private online = new Map<string, number>();

  constructor(
    readonly record: RoomRecord,
    private readonly resolve: Resolve,
  ) {
    const p = playable(record.workshop, resolve);
    if (typeof p === 'string') throw new Error(p);
    this.show(record.workshop, p);
  }

  get code() {
    return this.record.code;
  }

  private show(w: Workshop, { level, game }: { level: Level; game: GameState }) {
    this.view = phoneView(this.record.code, w, level, game, this.record.language ?? 'en');
    this.post =
      this.view.phase === 'vote' ? (currentChoices({ game, level, selectedPostId: null })?.item.id ?? null) : null;
  }

  /** Takes the workshop the projector sent; false when it cannot be this room's (it is then ignored). */
  setWorkshop(w: Workshop, now: number): boolean {
    const p = playable(w, this.resolve);
    if (typeof p === 'string' || w.teams.length < this.record.workshop.teams.length) return false;
    this.record.workshop = w;
    this.record.touched = now;
    this.show(w, p);
    return true;
  }

  /** A phone joins a team (or comes back to its own: its vote is kept); why not, when it cannot. */
  join(phone: string, team: number, nick: string, now: number): PhoneRecord | Refusal {
    if (team >= this.record.workshop.teams.length) return 'noTeam';
    const known = this.record.phones[phone];
    if (!known && Object.keys(this.record.phones).length >= MAX_PHONES) return 'full';
    // Changing team drops the vote cast for the other one.
    const vote = known?.team === team ? known.vote : null;
    const record = { team, nick, vote, seen: now };
    this.record.phones[phone] = record;
    this.record.touched = now;
    this.online.set(phone, (this.online.get(phone) ?? 0) + 1);
    return record;
  }

  leave(phone: string, now: number) {
    const record = this.record.phones[phone];
    if (record) record.seen = now;
    const n = (this.online.get(phone) ?? 0) - 1;
    if (n > 0) this.online.set(phone, n);
    else this.online.delete(phone);
  }

  /** The phone's vote on the decision on screen, if it has one. */
  mine(phone: string): string | null {
    const v = this.record.phones[phone]?.vote;
    return v && v.decision === this.view.decision && v.post === this.post ? v.reply : null;
  }

  /** Takes a phone's vote; why not, when it cannot count. */
  vote(phone: string, decision: number, reply: string, now: number): Refusal | null {
    const record = this.record.phones[phone];
    if (!record) return 'joinFirst';
    if (this.view.phase !== 'vote' || decision !== this.view.decision) return 'voteOver';
    if (!this.view.replies.some((r) => r.id === reply)) return 'notOnOffer';
    record.vote = { decision, post: this.post!, reply };
    this.record.seq++;
    this.record.touched = now;
    return null;
  }

  /** Each team's phones in the room (on line or only just away), how many voted on the current decision, and for what. */
  tally(now: number): Tally {
    const teams = this.record.workshop.teams.map(() => ({ joined: 0, voted: 0, counts: {} as Record<string, number> }));
    for (const [id, p] of Object.entries(this.record.phones)) {
      const team = teams[p.team];
      if (!team) continue;
      const mine = this.mine(id);
      if (this.online.has(id) || mine || now - p.seen < AWAY_MS) team.joined++;
      if (mine) {
        team.voted++;
        team.counts[mine] = (team.counts[mine] ?? 0) + 1;
      }
    }
    return { decision: this.view.decision, teams, seq: this.record.seq };
  }
}
