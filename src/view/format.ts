// Words and numbers that both the canvas and the DOM layer show, so that they always agree, in the player's
// language (menus.format in src/i18n).
import type { Check, Ending, Level, Post, Response } from '../content/schema.ts';
import { CHECKS, type CheckKind, type Kind, METERS, type MeterName } from '../content/terms.ts';
import { type FeedItem, PACINGS, type Values } from '../core/state.ts';
import { STORM_ID } from '../core/storm.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';

/**
 * Labels by key, each looked up in the player's language when it is read: the words are loaded after the
 * modules, so none may be looked up at import.
 */
const labels = <K extends string>(keys: readonly K[], say: (key: K) => string): Readonly<Record<K, string>> =>
  Object.defineProperties(
    {} as Record<K, string>,
    Object.fromEntries(keys.map((k) => [k, { get: () => say(k), enumerable: true }])),
  );

export const METER_LABELS = labels(METERS, (m) => t(`menus.format.meters.${m}`));

/** For narrow screens. */
export const SHORT_LABELS = labels(METERS, (m) => t(`menus.format.short.${m}`));

export const PACING_LABELS = labels(PACINGS, (p) => t(`menus.format.pacing.${p}`));

/** Between the items of a list in a sentence: ", ". */
export const listSeparator = () => t('menus.format.separator');

/** Short numbers in a language other than English, made once each (the feed counts shares up every frame). */
const compact = new Map<string, Intl.NumberFormat>();

/** 950 → "950", 12400 → "12.4k", 3100000 → "3.1M"; in another language its own short numbers (Chinese 1.2万). */
export function shares(n: number): string {
  const lang = currentLanguage();
  if (lang !== 'en') {
    if (!compact.has(lang))
      compact.set(lang, new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }));
    return compact.get(lang)!.format(n);
  }
  if (n < 1000) return String(Math.round(n));
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
  return `${(n / 1_000_000).toFixed(1)}M`;
}

/** "3. The fine print"; the endless storm has no number. */
export const chapterName = (l: Level) => (l.id === STORM_ID ? l.title : `${l.number}. ${l.title}`);
export const endingHeading = (e: Ending) => t('menus.ending.heading', { title: e.title });
export const hourText = (hour: number, total: number) => t('menus.format.hour', { hour, total });

/**
 * What went out in answer to a post, as the feed shows it: the words and who posted them. A reply written
 * "(@kestrel) …" was posted by that account (the brand team); a silent reply, or one with no words, was an
 * action, not a post, and says so.
 */
export function answerShown(r: Response, persona: string): string {
  if (r.kind === 'silence' || !r.reply) return t('menus.format.noReply', { label: r.label });
  const brand = /^\((@\w+)\)\s*/.exec(r.reply);
  return brand
    ? t('menus.format.answer', { who: brand[1], reply: r.reply.slice(brand[0].length) })
    : t('menus.format.answer', { who: persona, reply: r.reply });
}

/** "1 hour", "3 hours", "no time". */
export const hoursText = (count: number) =>
  count === 0 ? t('menus.format.noTime') : t('menus.format.hours', { count });

/** The hours left to answer an open post: "3 hours". */
export const hoursLeft = (item: FeedItem, post: Post, hour: number) =>
  hoursText(Math.max(0, item.arrivedAt + post.window - hour));

/** What each check does, as its button says it. */
export const CHECK_ACTIONS = labels(CHECKS, (c) => t(`menus.format.checks.${c}`));

/** The key that runs each check in play (the replies have the numbers). */
export const CHECK_KEYS: Record<CheckKind, string> = { account: 'A', coverage: 'C', original: 'O' };

/** Whether a check would take the post past its deadline: it would expire before the answer. */
export const outlastsPost = (c: Check, item: FeedItem, post: Post, hour: number) =>
  c.hours >= item.arrivedAt + post.window - hour;

/** What each check's finding is about, as the post shows it. */
export const CHECK_TOPICS = labels(CHECKS, (c) => t(`menus.format.topics.${c}`));

/** A check's finding as the post shows it: "The account: created 9 days ago…". */
export const findingText = (c: Check) =>
  t('menus.format.finding', {
    topic: CHECK_TOPICS[c.check],
    finding: c.finding?.text ?? t('menus.format.nothingFound'),
  });

/** A reply's kind in words: "brand voice", "evidence". */
export const kindWords = (k: Kind) => t(`menus.format.kinds.${k}`);

/** A whole change with its sign: "+3", "−2" (a true minus sign, as the numbers are read aloud). */
export const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);

/**
 * Whole changes that add up to the whole of their sum: for changes made one after the other from `start`,
 * each is the step between the rounded values before and after it (from 50, +0.4 then +0.4 show 0 then +1,
 * as the meter reads 50, 50, 51). Rounded one by one they could add up one off the total shown beside them.
 */
export function roundedSteps(changes: readonly number[], start = 0): number[] {
  let at = start;
  return changes.map((change) => {
    const from = Math.round(at);
    at += change;
    return Math.round(at) - from;
  });
}

/** Each meter's change from `before` to `after` as its number reads it: the step between the rounded values. */
export function shownMoves(before: Values, after: Values): Record<MeterName, number> {
  return Object.fromEntries(METERS.map((m) => [m, roundedSteps([after[m] - before[m]], before[m])[0]!])) as Record<
    MeterName,
    number
  >;
}

/** "trust −3, heat +3": rounded meter changes, the ones that moved a point or more. */
export function movedText(moved: Partial<Record<MeterName, number>>): string {
  return Object.entries(moved)
    .map(([m, d]) => [m, Math.round(d ?? 0)] as const)
    .filter(([, d]) => d !== 0)
    .map(([m, d]) => `${METER_LABELS[m as MeterName].toLowerCase()} ${signed(d)}`)
    .join(listSeparator());
}
