// Scripted players for the simulator and the balance tests. Each picks a post to answer and a response.
// They come in four families:
// - blind players never read: they press a position, the slowest or fastest reply, the longest or shortest
//   reply or label, a quoted or a plain label, or one kind of reply every time. None of them should win;
// - greedy players take what pays at once on one meter. The case is about what that costs later;
// - reading players: lesson-aligned knows the answer key (it avoids the replies marked as traps); the
//   careful reader sees the truth of each post (whether the criticism is fair), the reply's stance and
//   whether it promises something. Readers who do not see the truth either assume every criticism fair,
//   or every one false, or find out by checking: every check on every criticism, or only when in doubt;
// - a kind-order player who never reads and picks by one fixed order of kinds;
// - random and angry players, for the spread.
import type { Level, Post, Response } from '../content/schema.ts';
import { type Claim, KINDS, type Kind, stanceOf } from '../content/terms.ts';
import { checksFor, choicesFor, findingsFor, findPost, postFor, replyCost } from './engine.ts';
import type { Dice } from './rng.ts';
import type { Action, FeedItem, GameState } from './state.ts';

export type Family = 'blind' | 'greedy' | 'reading' | 'kind-order' | 'other';

/** Virality at which a post counts as spreading fast: a reader in doubt answers it without checking. */
const SPREADING_FAST = 4;

export interface Policy {
  name: string;
  family: Family;
  choose(level: Level, s: GameState, dice: Dice): Action;
}

/** What a player sees of a post when choosing a reply: the replies in the order shown, and the post itself. */
interface Seen {
  options: Response[];
  /** What the player takes the post's claim to be (the truth, for players who see it). */
  claim: Claim | undefined;
  /** Whether the player takes the post for low-reach bait, best starved of attention. */
  bait: boolean;
  s: GameState;
  dice: Dice;
}

/** Picks one of the open posts of the feed (the simulator's players decide often: no array of them is built). */
type PickPost = (feed: readonly FeedItem[], level: Level, dice: Dice) => FeedItem;
type PickResponse = (seen: Seen) => Response;

function policy(name: string, family: Family, pickPost: PickPost, pickResponse: PickResponse): Policy {
  return {
    name,
    family,
    choose(level, s, dice) {
      const item = pickPost(s.feed, level, dice);
      const post = postFor(findPost(level, item.id)!, s.seed);
      const seen = { options: choicesFor(post, s), claim: post.claim, bait: lowReach(item) && isBait(post), s, dice };
      return { type: 'reply', post: item.id, response: pickResponse(seen).id };
    },
  };
}

const isCriticism = (claim: Claim | undefined) => claim !== undefined && claim !== 'none';
const isBait = (post: Post) => post.bait && (post.claim === 'misleading' || post.claim === 'fabricated');
/** A post that has not spread: what a reader sees of the reach that makes a post bait rather than news. */
const lowReach = (item: FeedItem) => item.viral <= 1;

/**
 * What the findings so far say of a post's claim: fair or false when they lean one way, undefined when
 * there are none or they cancel out.
 */
function fromFindings(level: Level, s: GameState, postId: string): 'fair' | 'false' | undefined {
  let lean = 0;
  for (const c of findingsFor(level, s, postId))
    lean += c.finding?.points === 'fair' ? 1 : c.finding?.points === 'unfounded' ? -1 : 0;
  return lean > 0 ? 'fair' : lean < 0 ? 'false' : undefined;
}

/**
 * A careful reader who cannot see the truth. Before answering a criticism it runs checks while `wantsCheck`
 * says so (the cheapest first), then answers by what the findings say, or by `guess` where they say nothing.
 */
function checkingReader(
  name: string,
  wantsCheck: (item: FeedItem, lean: 'fair' | 'false' | undefined) => boolean,
  guess: (dice: Dice) => 'fair' | 'false',
): Policy {
  return {
    name,
    family: 'reading',
    choose(level, s, dice) {
      const item = mostUrgent(s.feed, level, dice);
      const post = postFor(findPost(level, item.id)!, s.seed);
      const criticism = isCriticism(post.claim);
      let lean = criticism ? fromFindings(level, s, item.id) : undefined;
      if (criticism && wantsCheck(item, lean)) {
        const open = checksFor(level, s, item.id);
        if (open.length) {
          const c = open.reduce((a, b) => (b.hours < a.hours ? b : a));
          return { type: 'check', post: item.id, check: c.check };
        }
      }
      if (criticism && !lean) lean = guess(dice);
      const claim: Claim | undefined = !criticism ? post.claim : lean === 'fair' ? 'fair' : 'misleading';
      const bait = lean === 'false' && lowReach(item);
      // It weighs each reply as written (its promises, its leaning on the founder), not as it turns out in
      // the dealt variant, which it cannot see.
      const written = findPost(level, item.id)!.responses;
      const options = choicesFor(post, s).map((r) => written.find((x) => x.id === r.id)!);
      const r = best(carefulScore)({ options, claim, bait, s, dice });
      return { type: 'reply', post: item.id, response: r.id };
    },
  };
}

// ---------------------------------------------------------------------------------------------- posts

/**
 * The open post that `better` prefers to every other, in feed order: a later post takes the place only when
 * `better(it, the one so far)`, so the first wins a tie.
 */
function preferred(feed: readonly FeedItem[], better: (b: FeedItem, a: FeedItem) => boolean): FeedItem {
  let pick: FeedItem | undefined;
  for (const f of feed) if (f.status === 'open' && (!pick || better(f, pick))) pick = f;
  return pick!;
}

/** The post the game offers first: the oldest open one (what number keys answer without a click). */
const oldest: PickPost = (feed) => preferred(feed, () => false);
/** Triage: the post spreading fastest first. */
const mostViral: PickPost = (feed) => preferred(feed, (b, a) => b.viral > a.viral);
/** Triage by the clock: the post closest to expiring, the faster-spreading one on a tie. */
const mostUrgent: PickPost = (feed, level) => {
  const left = (f: FeedItem) => f.arrivedAt + findPost(level, f.id)!.window;
  return preferred(feed, (b, a) => left(b) < left(a) || (left(b) === left(a) && b.viral > a.viral));
};
/** Any open post, as the dice fall. */
const anyOpen: PickPost = (feed, _level, dice) => dice.pick(feed.filter((f) => f.status === 'open'));

// ------------------------------------------------------------------------------------------ responses

/** The option that scores highest (the first shown on a tie: order is dealt, so ties fall at random). */
const best =
  (score: (r: Response, seen: Seen) => number): PickResponse =>
  (seen) => {
    let pick = seen.options[0]!;
    let top = score(pick, seen);
    for (let i = 1; i < seen.options.length; i++) {
      const r = seen.options[i]!;
      const x = score(r, seen);
      if (x > top) {
        pick = r;
        top = x;
      }
    }
    return pick;
  };

const at =
  (index: (n: number) => number): PickResponse =>
  ({ options }) =>
    options[Math.min(options.length - 1, index(options.length))]!;

/** A reply's length in characters (its label when it posts nothing). */
const replyChars = (r: Response) => (r.reply ?? r.label).length;
/** A label written as a quotation: it opens with a quote mark (an apostrophe inside a word does not count). */
const quoted = (r: Response) => /^["“'‘]/.test(r.label.trim());

/** The first of these kinds on offer (a random one among several of that kind); otherwise any option. */
const byKinds =
  (kinds: readonly Kind[], avoidTraps = false): PickResponse =>
  ({ options, dice }) => {
    const pool = avoidTraps ? options.filter((r) => !r.trap) : options;
    for (const k of kinds) {
      if (!pool.some((r) => r.kind === k)) continue;
      return dice.pick(pool.filter((r) => r.kind === k));
    }
    return dice.pick(pool.length ? pool : options);
  };

/** The case's better moves, most broadly useful first; traps are never picked. */
const CALM: Kind[] = ['evidence', 'apologise', 'brand-voice', 'humour', 'invite', 'refute'];
const FIERY: Kind[] = ['anger', 'deflect', 'refute'];

/**
 * How a careful reader, who has studied the case but sees no answer key, rates a reply: own fair
 * criticism, correct a false attack calmly (with evidence rather than a bare denial), meet warmth with
 * warmth and let the brand speak; never lash out, never promise what is not built yet, never make it all
 * about the founder (a reader sees "I'll call you myself" for what it is).
 */
function carefulScore(r: Response, { claim, bait }: Seen): number {
  const stance = stanceOf(r);
  let score = 0;
  if (stance === 'attack' || r.kind === 'deflect') score -= 10;
  if (r.kind === 'hype' || (r.effects.promiseDebt ?? 0) > 0) score -= 6;
  if ((r.effects.personaDependence ?? 0) > 0) score -= 3;
  // Low-reach bait is starved: a reply that does not engage beats a correction that spreads it.
  if (bait) return score + (r.kind === 'silence' ? 8 : stance === 'dodge' ? 4 : -2);
  if (claim === 'fair') score += stance === 'admit' ? 6 : stance === 'counter' ? -4 : 0;
  else if (claim === 'misleading' || claim === 'fabricated')
    score += stance === 'counter' ? (r.kind === 'evidence' ? 7 : 6) : stance === 'admit' ? -4 : 0;
  else if (r.kind === 'humour' || r.kind === 'invite') score += 4;
  if (r.kind === 'brand-voice') score += 3;
  if (r.kind === 'silence') score -= 2;
  return score;
}

const BLIND: Policy[] = [
  policy(
    'first-shown',
    'blind',
    oldest,
    at(() => 0),
  ),
  policy(
    'second-shown',
    'blind',
    oldest,
    at(() => 1),
  ),
  policy(
    'last-shown',
    'blind',
    oldest,
    at((n) => n - 1),
  ),
  policy(
    'slowest',
    'blind',
    oldest,
    best((r, { s }) => replyCost(r, s)),
  ),
  policy(
    'fastest',
    'blind',
    oldest,
    best((r, { s }) => -replyCost(r, s)),
  ),
  policy(
    'longest-label',
    'blind',
    oldest,
    best((r) => r.label.length),
  ),
  policy(
    'shortest-label',
    'blind',
    oldest,
    best((r) => -r.label.length),
  ),
  policy('longest-reply', 'blind', oldest, best(replyChars)),
  policy(
    'shortest-reply',
    'blind',
    oldest,
    best((r) => -replyChars(r)),
  ),
  policy(
    'quoted-label',
    'blind',
    oldest,
    best((r) => Number(quoted(r))),
  ),
  policy(
    'plain-label',
    'blind',
    oldest,
    best((r) => Number(!quoted(r))),
  ),
  ...KINDS.map((k) => policy(`always-${k}`, 'blind', oldest, byKinds([k]))),
];

const GREEDY: Policy[] = [
  policy(
    'greedy-trust',
    'greedy',
    oldest,
    best((r) => r.effects.trust ?? 0),
  ),
  policy(
    'greedy-cooling',
    'greedy',
    oldest,
    best((r) => -(r.effects.heat ?? 0)),
  ),
  policy(
    'greedy-loyalty',
    'greedy',
    oldest,
    best((r) => r.effects.loyalty ?? 0),
  ),
];

/**
 * A fixed order of the ten kinds: the best one found over the campaign before it asked for checks (issue
 * 17), kept as the simulator's kind-order player and as a starting point of the hill-climb
 * (`kind-order.ts`), which finds the best order for the campaign as it is now.
 */
export const KIND_ORDER: readonly Kind[] = [
  'invite',
  'evidence',
  'brand-voice',
  'apologise',
  'deflect',
  'humour',
  'refute',
  'silence',
  'hype',
  'anger',
];

export const kindOrderPlayer = (order: readonly Kind[], name = 'kind-order'): Policy =>
  policy(name, 'kind-order', oldest, byKinds(order));

/** The readers who cannot see the truth: they assume, or they check. */
const UNSEEING: Policy[] = [
  checkingReader(
    'assumes-fair',
    () => false,
    () => 'fair',
  ),
  checkingReader(
    'assumes-false',
    () => false,
    () => 'false',
  ),
  checkingReader(
    'checks-everything',
    () => true,
    (dice) => (dice.chance() < 0.5 ? 'fair' : 'false'),
  ),
  // Checks until a finding leans one way, unless the post is already spreading fast.
  checkingReader(
    'checks-in-doubt',
    (item, lean) => lean === undefined && item.viral < SPREADING_FAST,
    (dice) => (dice.chance() < 0.5 ? 'fair' : 'false'),
  ),
];

export const POLICIES: Policy[] = [
  policy('random', 'other', anyOpen, ({ options, dice }) => dice.pick(options)),
  policy('lesson-aligned', 'reading', mostViral, byKinds(CALM, true)),
  policy('careful-reader', 'reading', mostUrgent, best(carefulScore)),
  ...UNSEEING,
  kindOrderPlayer(KIND_ORDER),
  policy('angry', 'other', oldest, byKinds(FIERY)),
  ...BLIND,
  ...GREEDY,
];

export const policyNamed = (name: string): Policy | undefined => POLICIES.find((p) => p.name === name);
