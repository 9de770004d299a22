// The rules engine: a level plus a state plus an action gives the next state. Pure and deterministic:
// all chance comes from the seeded generator stored in the state.
import type { Check, Effects, Level, Post, Response } from '../content/schema.ts';
import type { CheckKind, ValueName } from '../content/terms.ts';
import { HIDDEN, METERS, VALUES } from '../content/terms.ts';
import { holds } from './conditions.ts';
import { findPost, indexOf } from './level-index.ts';
import { Dice, hashDone, hashSeed, hashWord, seedState } from './rng.ts';
import * as R from './rules.ts';
import { postFor } from './variants.ts';
import type { Action, Carry, DriftCause, GameEvent, GameState, NewGameOptions, Values } from './state.ts';
import { responseOf } from './level-index.ts';

export class IllegalAction extends Error {}

const clamp = (v: number) => Math.min(100, Math.max(0, v));

/** A private, mutable copy of a state for the duration of one action (or a simulator's whole run). */
interface Draft extends GameState {
  dice: Dice;
  /** The ids of the posts in the feed, for arrivals to look up. */
  arrived: Set<string>;
  /** Scheduled posts whose hour has come and that have not arrived (their `when` does not hold yet), in file order. */
  waiting: Post[];
  /** How many posts of the level's schedule have had their hour. */
  scheduled: number;
  /**
   * Whether the game keeps what only the debrief and the views read: samples, decisions, drift and events.
   * The simulator's runs leave them out; nothing the rules decide depends on them.
   */
  records: boolean;
}

// The draft and the state it finishes into are written out field by field: an object built by spreading
// another and then adding fields can end up as a slow dictionary in V8, and the simulator reads these
// fields millions of times a second.
function draft(level: Level, s: GameState, records = true): Draft {
  const { schedule, order } = indexOf(level);
  const arrived = new Set(s.feed.map((f) => f.id));
  let scheduled = 0;
  while (scheduled < schedule.length && schedule[scheduled]!.at! <= s.hour) scheduled++;
  return {
    level: s.level,
    seed: s.seed,
    pacing: s.pacing,
    hour: s.hour,
    start: s.start,
    values: { ...s.values },
    flags: [...s.flags],
    chosen: [...s.chosen],
    checked: [...s.checked],
    // Feed items change every hour (shares, status): the draft owns copies of them.
    feed: s.feed.map((f) => ({ ...f })),
    due: [...s.due],
    decisions: [...s.decisions],
    drift: Object.fromEntries(Object.entries(s.drift).map(([cause, moved]) => [cause, { ...moved }])),
    samples: [...s.samples],
    events: [...s.events],
    ending: s.ending,
    rng: s.rng,
    dice: new Dice(s.rng),
    arrived,
    waiting: schedule
      .slice(0, scheduled)
      .filter((p) => !arrived.has(p.id))
      .sort((a, b) => order.get(a)! - order.get(b)!),
    scheduled,
    records,
  };
}

function finish(d: Draft): GameState {
  return {
    level: d.level,
    seed: d.seed,
    pacing: d.pacing,
    hour: d.hour,
    start: d.start,
    values: d.values,
    flags: d.flags,
    chosen: d.chosen,
    checked: d.checked,
    feed: d.feed,
    due: d.due,
    decisions: d.decisions,
    drift: d.drift,
    samples: d.samples,
    events: d.events,
    ending: d.ending,
    rng: d.dice.state(),
  };
}

/** The values a chapter is designed to start from. */
export function startValues(level: Level): Values {
  const values: Values = { ...R.DEFAULT_START };
  for (const v of VALUES) values[v] = level.start[v] ?? values[v];
  return values;
}

/**
 * What a finished chapter hands to the next one in a campaign, in hundredths: a replay code carries it in
 * 15 bits a value instead of a 64-bit float (`|| 0` keeps a rounded −0 out of saves).
 */
export function carryFrom(level: Level, end: Values): Carry {
  const start = startValues(level);
  const hundredths = (x: number) => Math.round(x * 100) / 100 || 0;
  return Object.fromEntries(HIDDEN.map((v) => [v, hundredths((end[v] - start[v]) * R.CARRY_SHARE)]));
}

export const newGame = (level: Level, opts: NewGameOptions): GameState => finish(begin(level, opts));

/** A new game as a draft: the first posts have arrived and the clock has run to the first decision. */
function begin(level: Level, opts: NewGameOptions, records = true): Draft {
  const values = startValues(level);
  for (const v of HIDDEN) values[v] = clamp(values[v] + (opts.carry?.[v] ?? 0));
  const d = draft(
    level,
    {
      level: level.id,
      seed: opts.seed,
      pacing: opts.pacing,
      hour: 0,
      start: { ...values },
      values,
      flags: [],
      chosen: [],
      checked: [],
      feed: [],
      due: [],
      decisions: [],
      drift: {},
      samples: [],
      events: [],
      ending: null,
      rng: seedState(opts.seed),
    },
    records,
  );
  arrive(level, d);
  sample(d);
  checkEndings(level, d, 'anytime');
  settle(level, d);
  return d;
}

export function step(level: Level, s: GameState, a: Action): GameState {
  if (s.ending) throw new IllegalAction('the chapter has ended');
  const d = draft(level, s);
  act(level, d, a);
  return finish(d);
}

/**
 * A game played in place, for the simulator: one private copy for a whole chapter rather than one per
 * action, with the same rules and the same chances as `step`. `state` is the live game, to read between
 * actions and not to keep; `result()` gives the state as `step` would have. With `records` false, the
 * result leaves out what only the debrief reads (samples, decisions, drift and events stay empty): the
 * same ending, values, flags, replies and feed, for less work.
 */
export function play(level: Level, opts: NewGameOptions, records = true) {
  const d = begin(level, opts, records);
  return {
    state: d as GameState,
    act(a: Action) {
      if (d.ending) throw new IllegalAction('the chapter has ended');
      act(level, d, a);
    },
    result: () => finish(d),
  };
}

function act(level: Level, d: Draft, a: Action) {
  d.events = [];
  switch (a.type) {
    case 'reply':
      reply(level, d, a.post, a.response);
      break;
    case 'check':
      check(level, d, a.post, a.check);
      break;
    case 'tick':
      if (!Number.isInteger(a.hours) || a.hours < 1) throw new IllegalAction(`cannot tick ${a.hours} hours`);
      for (let i = 0; i < a.hours && !d.ending; i++) passHour(level, d);
      break;
    case 'pacing':
      d.pacing = a.pacing;
      return;
  }
  settle(level, d);
}

/** Whether the player may pick a response now (brand-team replies need a decentralised persona). */
const isAvailable = (r: Response, s: Pick<GameState, 'flags' | 'values' | 'chosen'>): boolean =>
  (r.kind !== 'brand-voice' || s.values.personaDependence <= R.BRAND_VOICE_UNLOCK) &&
  (!r.requires || holds(r.requires, s));

/** The responses the player may pick for a post now. */
export const available = (post: Post, s: Pick<GameState, 'flags' | 'values' | 'chosen'>): Response[] =>
  post.responses.filter((r) => isAvailable(r, s));

/**
 * The responses on offer for a post, in the order the player sees and numbers them: dealt from the game's
 * seed, so that the order carries no hint (authors write replies in any order), and a save, a replay and
 * every team playing the same seed see the same order. Each response keeps its place when others come
 * and go (a brand-team reply unlocking).
 */
export function choicesFor(post: Post, s: Pick<GameState, 'seed' | 'flags' | 'values' | 'chosen'>): Response[] {
  // A key for (seed, post, reply), with the post's part worked out once for all its replies.
  const h = hashWord(hashSeed(s.seed), post.id);
  const options = available(postFor(post, s.seed), s);
  const keys = options.map((r) => hashDone(hashWord(h, r.id)));
  // An insertion sort: at most five replies, and no objects to allocate for a sort by key.
  for (let i = 1; i < options.length; i++) {
    const r = options[i]!;
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > key; j--) {
      options[j + 1] = options[j]!;
      keys[j + 1] = keys[j]!;
    }
    options[j + 1] = r;
    keys[j + 1] = key;
  }
  return options;
}

/** Hours a reply takes: a tired CEO is slow at everything except lashing out. */
export function replyCost(r: Response, s: Pick<GameState, 'values'>): number {
  if (s.values.composure >= R.TIRED_BELOW) return r.cost;
  return r.kind === 'anger' ? 0 : r.cost + 1;
}

export const openPosts = (s: GameState) => s.feed.filter((f) => f.status === 'open');

export { findPost, postFor };

/** A post as it is in this game (its variant laid over it). */
export const postInGame = (level: Level, s: Pick<GameState, 'seed'>, id: string): Post =>
  postFor(findPost(level, id)!, s.seed);

/** Whether a check has been run on a post in this game. */
export const hasChecked = (s: Pick<GameState, 'checked'>, postId: string, kind: CheckKind): boolean =>
  s.checked.includes(`${postId}.${kind}`);

/** The checks run on a post in this game, in the order they were run. */
export function checkedOn(s: Pick<GameState, 'checked'>, postId: string): CheckKind[] {
  const out: CheckKind[] = [];
  for (const key of s.checked) {
    const dot = key.lastIndexOf('.');
    if (key.slice(0, dot) === postId) out.push(key.slice(dot + 1) as CheckKind);
  }
  return out;
}

/** The checks still open on a post: it is open for a reply, and the check has not been run yet. */
export function checksFor(level: Level, s: GameState, postId: string): Check[] {
  const item = s.feed.find((f) => f.id === postId);
  if (item?.status !== 'open') return [];
  return postInGame(level, s, postId).checks.filter((c) => !hasChecked(s, postId, c.check));
}

/** The checks run on a post, with what each found in this game's variant, in the order they were run. */
export function findingsFor(level: Level, s: Pick<GameState, 'seed' | 'checked'>, postId: string): Check[] {
  const post = findPost(level, postId);
  if (!post) return [];
  const checks = postFor(post, s.seed).checks;
  return checkedOn(s, postId).flatMap((kind) => checks.filter((c) => c.check === kind));
}

function check(level: Level, d: Draft, postId: string, kind: CheckKind) {
  const item = d.feed.find((f) => f.id === postId);
  if (item?.status !== 'open') throw new IllegalAction(`post "${postId}" is not open for a check`);
  const c = postInGame(level, d, postId).checks.find((x) => x.check === kind);
  if (!c) throw new IllegalAction(`post "${postId}" offers no "${kind}" check`);
  if (hasChecked(d, postId, kind)) throw new IllegalAction(`the "${kind}" check on "${postId}" has been run`);
  d.checked.push(`${postId}.${kind}`);
  note(d, { type: 'checked', post: postId, check: kind });
  for (let h = 0; h < c.hours && !d.ending; h++) passHour(level, d);
}

function reply(level: Level, d: Draft, postId: string, responseId: string) {
  const item = d.feed.find((f) => f.id === postId);
  if (item?.status !== 'open') throw new IllegalAction(`post "${postId}" is not open for a reply`);
  const post = postInGame(level, d, postId);
  const r = responseOf(post, responseId);
  if (!r || !isAvailable(r, d))
    throw new IllegalAction(`response "${responseId}" is not available on post "${postId}"`);

  // A tired CEO is slow: the hours a reply takes depend on the composure before it.
  const cost = replyCost(r, d);
  if (cost > r.cost) note(d, { type: 'tired' });
  const before = d.records ? { ...d.values } : null;
  applyEffects(d, r.effects, true);
  if (r.kind !== 'brand-voice' && r.kind !== 'silence') {
    addTo(d, 'composure', -R.replyStrain(d.values.personaDependence));
  }
  if (r.sets.length || r.clears.length)
    d.flags = withFlags(
      d.flags.filter((f) => !r.clears.includes(f)),
      r.sets,
    );
  d.chosen.push(`${postId}.${responseId}`);
  for (const f of r.followups) d.due.push({ post: f.post, at: d.hour + f.after });
  item.status = 'answered';
  item.answer = r.id;
  if (before) {
    d.decisions.push({
      hour: d.hour,
      post: postId,
      response: r.id,
      kind: r.kind,
      checked: checkedOn(d, postId),
      drift: d.drift,
      before,
      after: { ...d.values },
    });
    d.drift = {};
  }
  note(d, { type: 'replied', post: postId, response: r.id });
  if (r.headline) note(d, { type: 'headline', text: r.headline });
  checkEndings(level, d, 'anytime');
  for (let h = 0; h < cost && !d.ending; h++) passHour(level, d);
}

/**
 * Applies level effects to the values. Replies vary by the jitter; neglect does not. Scales are read
 * once, before any change, so the order of effects in a level file does not matter.
 */
function applyEffects(d: Draft, effects: Effects, jitter: boolean, cause?: DriftCause) {
  const k = jitter ? 1 + R.EFFECT_JITTER * (d.dice.chance() * 2 - 1) : 1;
  const heat = R.heatScale(d.values.heat);
  const persona = R.personaScale(d.values.personaDependence);
  for (const key in effects) {
    const name = key as ValueName;
    let x = effects[name]! * k;
    if (name === 'trust' || name === 'loyalty') x *= heat;
    if (name === 'trust' && x < 0) x *= persona;
    addTo(d, name, x, cause);
  }
}

/** Moves a value within 0–100; a change the hours made on their own is counted under its cause. */
function addTo(d: Draft, name: ValueName, delta: number, cause?: DriftCause) {
  const was = d.values[name];
  const now = clamp(was + delta);
  if (now === was) return;
  d.values[name] = now;
  if (name === 'personaDependence' && was > R.BRAND_VOICE_UNLOCK !== now > R.BRAND_VOICE_UNLOCK)
    note(d, { type: 'brand-voice', open: now <= R.BRAND_VOICE_UNLOCK });
  // Only the meters drift and sound alarms.
  if (name !== 'trust' && name !== 'loyalty' && name !== 'heat') return;
  if (cause && d.records) {
    const moved = d.drift[cause] ?? {};
    moved[name] = (moved[name] ?? 0) + now - was;
    d.drift[cause] = moved;
  }
  const alarm = R.ALARMS[name];
  const crossed = 'below' in alarm ? was >= alarm.below && now < alarm.below : was <= alarm.above && now > alarm.above;
  if (crossed) note(d, { type: 'alarm', value: name });
}

/** Adds flags to a list of flags (its own copy), each once, in the order they were first set. */
function withFlags(flags: string[], sets: readonly string[]): string[] {
  for (const f of sets) if (!flags.includes(f)) flags.push(f);
  return flags;
}

/** One crisis hour passes. */
function passHour(level: Level, d: Draft) {
  d.hour += 1;
  const v = d.values;
  addTo(d, 'heat', -R.HOURLY.cooling, 'cooling');
  if (v.loyalty > R.HOURLY.fanPileOnAbove) {
    addTo(d, 'heat', (v.loyalty - R.HOURLY.fanPileOnAbove) * R.HOURLY.fanPileOnPerPoint, 'fans');
  }
  addTo(d, 'trust', -v.promiseDebt * R.HOURLY.debtErosion, 'debt');
  addTo(d, 'composure', v.heat > R.HOURLY.pressureAbove ? -R.HOURLY.pressureCost : R.HOURLY.rest);

  for (let i = 0; i < d.feed.length; i++) {
    const f = d.feed[i]!;
    if (f.status !== 'open') continue;
    const growth = f.viral * (0.05 + v.heat / 1000) * (0.8 + 0.4 * d.dice.chance());
    f.shares = Math.round(f.shares * (1 + growth));
    addTo(d, 'heat', f.viral * R.HOURLY.escalation, 'spread');
  }
  expire(level, d);
  arrive(level, d);
  sample(d);
  checkEndings(level, d, 'anytime');
  if (!d.ending && d.hour >= level.hours) checkEndings(level, d, 'end');
}

function expire(level: Level, d: Draft) {
  for (let i = 0; i < d.feed.length; i++) {
    const f = d.feed[i]!;
    if (f.status !== 'open') continue;
    const post = postInGame(level, d, f.id);
    if (d.hour < f.arrivedAt + post.window) continue;
    f.status = 'expired';
    const before = { ...d.values };
    applyEffects(d, post.ignored?.effects ?? R.ignoredDefault(f.viral), false, 'expired');
    if (post.ignored?.sets.length) d.flags = withFlags([...d.flags], post.ignored.sets);
    if (!d.records) continue;
    const moved: Partial<Values> = {};
    for (const m of METERS) if (d.values[m] !== before[m]) moved[m] = d.values[m] - before[m];
    note(d, { type: 'expired', post: f.id, moved });
  }
}

/** Brings in every post whose hour has come and whose condition holds. A post arrives at most once. */
function arrive(level: Level, d: Draft) {
  const { schedule, order } = indexOf(level);
  const first = d.scheduled;
  while (d.scheduled < schedule.length && schedule[d.scheduled]!.at! <= d.hour)
    d.waiting.push(schedule[d.scheduled++]!);
  if (d.scheduled > first) d.waiting.sort((a, b) => order.get(a)! - order.get(b)!);
  const incoming: Post[] = [];
  if (d.waiting.length) {
    const still: Post[] = [];
    for (const p of d.waiting) {
      if (ready(p, d)) incoming.push(p);
      else if (!d.arrived.has(p.id)) still.push(p);
    }
    d.waiting = still;
  }
  if (d.due.length) {
    // Follow-ups whose hour has come arrive once their condition holds; the others keep waiting.
    const waiting: GameState['due'] = [];
    for (const f of d.due) {
      const p = findPost(level, f.post)!;
      if (f.at > d.hour || (!d.arrived.has(p.id) && !ready(p, d))) waiting.push(f);
      else if (!d.arrived.has(p.id) && !incoming.includes(p)) incoming.push(p);
    }
    d.due = waiting;
  }
  for (const p of incoming) {
    const amplified = p.viral > 0 && d.dice.chance() < R.amplifyChance(d.values.heat);
    d.arrived.add(p.id);
    d.feed.push({
      id: p.id,
      arrivedAt: d.hour,
      shares: amplified ? p.shares * 3 : p.shares,
      viral: amplified ? p.viral + 1 : p.viral,
      status: 'open',
    });
    note(d, { type: 'arrived', post: p.id, amplified });
    if (p.headline) note(d, { type: 'headline', text: p.headline });
  }
}

function hasOpen(d: Draft): boolean {
  for (const f of d.feed) if (f.status === 'open') return true;
  return false;
}

const ready = (p: Post, d: Draft) => !d.arrived.has(p.id) && (!p.when || holds(p.when, d));

/** Records what happened, for the views to animate and sound. */
function note(d: Draft, e: GameEvent) {
  if (d.records) d.events.push(e);
}

function sample(d: Draft) {
  if (!d.records) return;
  const { trust, loyalty, heat } = d.values;
  d.samples.push({ hour: d.hour, trust, loyalty, heat });
}

function checkEndings(level: Level, d: Draft, check: 'anytime' | 'end') {
  if (d.ending) return;
  for (const e of level.endings) {
    if (e.check !== check || (e.when && !holds(e.when, d))) continue;
    d.ending = e.id;
    note(d, { type: 'ended', ending: e.id });
    return;
  }
}

/** Nothing to answer: the clock runs on to the next post, or to the chapter's end. */
function settle(level: Level, d: Draft) {
  const from = d.hour;
  while (!d.ending && d.hour < level.hours && !hasOpen(d)) passHour(level, d);
  if (d.hour > from && !d.ending) note(d, { type: 'quiet', hours: d.hour - from });
}

/** Replays an action log from the start; throws IllegalAction on an action that does not fit. */
export function replay(level: Level, opts: NewGameOptions, actions: readonly Action[]): GameState {
  return actions.reduce((s, a) => step(level, s, a), newGame(level, opts));
}

export type { GameEvent };
