// Words and numbers that both the canvas and the DOM layer show, so that they always agree.
import type { Check, CheckKind, Ending, Kind, Level, MeterName, Post, Response } from '../content/schema.ts';
import type { FeedItem, Pacing } from '../core/state.ts';
import { STORM_ID } from '../core/storm.ts';

export const METER_LABELS: Record<MeterName, string> = {
  trust: 'Public trust',
  loyalty: 'Fan loyalty',
  heat: 'Media heat',
};

/** For narrow screens. */
export const SHORT_LABELS: Record<MeterName, string> = {
  trust: 'Trust',
  loyalty: 'Fans',
  heat: 'Heat',
};

export const PACING_LABELS: Record<Pacing, string> = { turn: 'Turn by turn', live: 'Live clock' };

/** 950 → "950", 12400 → "12.4k", 3100000 → "3.1M". */
export function shares(n: number): string {
  if (n < 1000) return String(Math.round(n));
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
  return `${(n / 1_000_000).toFixed(1)}M`;
}

/** "3. The fine print"; the endless storm has no number. */
export const chapterName = (l: Level) => (l.id === STORM_ID ? l.title : `${l.number}. ${l.title}`);
export const endingHeading = (e: Ending) => `Ending: ${e.title}`;
export const hourText = (hour: number, total: number) => `Hour ${hour} of ${total}`;

/**
 * What went out in answer to a post, as the feed shows it: the words and who posted them. A reply written
 * "(@kestrel) …" was posted by that account (the brand team); a silent reply, or one with no words, was an
 * action, not a post, and says so.
 */
export function answerShown(r: Response, persona: string): string {
  if (r.kind === 'silence' || !r.reply) return `No reply posted: ${r.label}`;
  const brand = /^\((@\w+)\)\s*/.exec(r.reply);
  return brand ? `${brand[1]}: ${r.reply.slice(brand[0].length)}` : `${persona}: ${r.reply}`;
}

/** "1 hour", "3 hours", "no time". */
export const hoursText = (h: number) => (h === 0 ? 'no time' : h === 1 ? '1 hour' : `${h} hours`);

/** The hours left to answer an open post: "3 hours". */
export const hoursLeft = (item: FeedItem, post: Post, hour: number) =>
  hoursText(Math.max(0, item.arrivedAt + post.window - hour));

/** What each check does, as its button says it. */
export const CHECK_ACTIONS: Record<CheckKind, string> = {
  account: 'Check the account',
  coverage: 'Look for other coverage',
  original: 'Find the original',
};

/** The key that runs each check in play (the replies have the numbers). */
export const CHECK_KEYS: Record<CheckKind, string> = { account: 'A', coverage: 'C', original: 'O' };

/** Whether a check would take the post past its deadline: it would expire before the answer. */
export const outlastsPost = (c: Check, item: FeedItem, post: Post, hour: number) =>
  c.hours >= item.arrivedAt + post.window - hour;

/** What each check's finding is about, as the post shows it. */
export const CHECK_TOPICS: Record<CheckKind, string> = {
  account: 'The account',
  coverage: 'Other coverage',
  original: 'The original',
};

/** A check's finding as the post shows it: "The account: created 9 days ago…". */
export const findingText = (c: Check) => `${CHECK_TOPICS[c.check]}: ${c.finding?.text ?? 'nothing found.'}`;

/** A reply's kind in words: "brand voice", "evidence". */
export const kindWords = (k: Kind) => k.replace('-', ' ');

/** A whole change with its sign: "+3", "−2" (a true minus sign, as the numbers are read aloud). */
export const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);

/** "trust −3, heat +3": rounded meter changes, the ones that moved a point or more. */
export function movedText(moved: Partial<Record<MeterName, number>>): string {
  return Object.entries(moved)
    .map(([m, d]) => [m, Math.round(d ?? 0)] as const)
    .filter(([, d]) => d !== 0)
    .map(([m, d]) => `${METER_LABELS[m as MeterName].toLowerCase()} ${signed(d)}`)
    .join(', ');
}
