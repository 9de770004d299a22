// The rules engine: a level plus a state plus an action gives the next state. Pure and deterministic:
// all chance comes from the seeded generator stored in the state.
import type { Check, Effects, Ending, Level, Post, Response } from '../content/schema.ts';
import type { CheckKind, ValueName } from '../content/terms.ts';
import { HIDDEN, METERS, VALUES } from '../content/terms.ts';
import { holds } from './conditions.ts';
import { findPost, indexOf, type LevelIndex } from './level-index.ts';
import { Dice, seedState } from './rng.ts';
import { getValue, setValue } from './values.ts';
import * as rules from './rules.ts';
import { postFor, shownReplies } from './variants.ts';
import type { Action, Carry, DriftCause, GameEvent, GameState, NewGameOptions, Values } from './state.ts';
import { responseOf } from './level-index.ts';

export class IllegalAction extends Error {}

const clamp = (v: number) => Math.min(100, Math.max(0, v));

/** The working copy: a private, mutable copy of a state for the duration of one action (or a simulator's whole run). */
interface Working extends GameState {
  dice: Dice;
  /** The level's index, looked up once a copy rather than at every hour. */
  index: LevelIndex;
  /** How many feed items are open: the clock runs on by itself while none is. */
  open: number;
  /** The ids of the posts in the feed, for arrivals to look up. */
  arrived: Set<string>;
  /** Each feed item's post as it is in this game, in the feed's order: the hours read them for every open post. */
  posts: Post[];
  /** Scheduled posts whose hour has come and that have not arrived (their `when` does not hold yet), in file order. */
  pendingScheduled: Post[];
  /** How many posts of the level's schedule have had their hour. */
  scheduled: number;
  /**
   * Whether the game keeps what only the debrief and the views read: samples, decisions, drift and events.
   * The simulator's runs leave them out; nothing the rules decide depends on them.
   */
  records: boolean;
}

// The working copy and the state it finishes into are written out field by field: an object built by spreading
// another and then adding fields can end up as a slow dictionary in V8, and the simulator reads these
// fields millions of times a second.
function workingCopy(level: Level, s: GameState, records = true): Working {
  const index = indexOf(level);
  const { schedule, order } = index;
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
    // Feed items change every hour (shares, status): the working copy owns copies of them.
    feed: s.feed.map((f) => ({ ...f })),
    pendingFollowups: [...s.pendingFollowups],
    decisions: [...s.decisions],
    drift: Object.fromEntries(Object.entries(s.drift).map(([cause, moved]) => [cause, { ...moved }])),
    samples: [...s.samples],
    events: [...s.events],
    ending: s.ending,
    rng: s.rng,
    dice: new Dice(s.rng),
    index,
    open: s.feed.filter((f) => f.status === 'open').length,
    arrived,
    posts: s.feed.map((f) => postInGame(level, s, f.id)),
    pendingScheduled: schedule
      .slice(0, scheduled)
      .filter((p) => !arrived.has(p.id))
      .sort((a, b) => order.get(a)! - order.get(b)!),
    scheduled,
    records,
  };
}

function finish(game: Working): GameState {
  return {
    level: game.level,
    seed: game.seed,
    pacing: game.pacing,
    hour: game.hour,
    start: game.start,
    values: game.values,
    flags: game.flags,
    chosen: game.chosen,
    checked: game.checked,
    feed: game.feed,
    pendingFollowups: game.pendingFollowups,
    decisions: game.decisions,
    drift: game.drift,
    samples: game.samples,
    events: game.events,
    ending: game.ending,
    rng: game.dice.state(),
  };
}

/** The values a chapter is designed to start from. */
export function startValues(level: Level): Values {
  const values: Values = { ...rules.DEFAULT_START };
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
  return Object.fromEntries(HIDDEN.map((v) => [v, hundredths((end[v] - start[v]) * rules.CARRY_SHARE)]));
}

export const newGame = (level: Level, opts: NewGameOptions): GameState => finish(begin(level, opts));

/** A new game as a working copy: the first posts have arrived and the clock has run to the first decision. */
function begin(level: Level, opts: NewGameOptions, records = true): Working {
  const values = startValues(level);
  for (const v of HIDDEN) values[v] = clamp(values[v] + (opts.carry?.[v] ?? 0));
  const game = workingCopy(
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
      pendingFollowups: [],
      decisions: [],
      drift: {},
      samples: [],
      events: [],
      ending: null,
      rng: seedState(opts.seed),
    },
    records,
  );
  arrive(game);
  sample(game);
  endIfReached(game, 'anytime');
  settle(level, game);
  return game;
}

export function step(level: Level, s: GameState, a: Action): GameState {
  if (s.ending) throw new IllegalAction('the chapter has ended');
  const game = workingCopy(level, s);
  act(level, game, a);
  return finish(game);
}

/**
 * A game played in place, for the simulator: one private copy for a whole chapter rather than one per
 * action, with the same rules and the same chances as `step`. `state` is the live game, to read between
 * actions and not to keep; `result()` gives the state as `step` would have. With `records` false, the
 * result leaves out what only the debrief reads (samples, decisions, drift and events stay empty): the
 * same ending, values, flags, replies and feed, for less work.
 */
export function play(level: Level, opts: NewGameOptions, records = true) {
  const game = begin(level, opts, records);
  return {
    state: game as GameState,
    act(a: Action) {
      if (game.ending) throw new IllegalAction('the chapter has ended');
      act(level, game, a);
    },
    result: () => finish(game),
  };
}

function act(level: Level, game: Working, a: Action) {
  // Without records there are no events to clear (see note).
  if (game.records) game.events = [];
  switch (a.type) {
    case 'reply':
      reply(level, game, a.post, a.response);
      break;
    case 'check':
      check(level, game, a.post, a.check);
      break;
    case 'tick':
      if (!Number.isInteger(a.hours) || a.hours < 1) throw new IllegalAction(`cannot tick ${a.hours} hours`);
      for (let i = 0; i < a.hours && !game.ending; i++) passHour(level, game);
      break;
    case 'pacing':
      game.pacing = a.pacing;
      return;
  }
  settle(level, game);
}

/** Whether the player may pick a response now (brand-team replies need a decentralised persona). */
const isAvailable = (r: Response, s: Pick<GameState, 'flags' | 'values' | 'chosen'>): boolean =>
  (r.kind !== 'brand-voice' || s.values.personaDependence <= rules.BRAND_VOICE_UNLOCK) &&
  (!r.requires || holds(r.requires, s));

/** The responses the player may pick for a post now. */
export const available = (post: Post, s: Pick<GameState, 'flags' | 'values' | 'chosen'>): Response[] =>
  post.responses.filter((r) => isAvailable(r, s));

/**
 * The responses on offer for a post now, in the order the player sees and numbers them (see shownReplies):
 * each keeps its place when others come and go (a brand-team reply unlocking).
 */
export function choicesFor(post: Post, s: Pick<GameState, 'seed' | 'flags' | 'values' | 'chosen'>): Response[] {
  const out: Response[] = [];
  for (const r of shownReplies(post, s.seed)) if (isAvailable(r, s)) out.push(r);
  return out;
}

/** Hours a reply takes: a tired CEO is slow at everything except lashing out. */
export function replyCost(r: Response, s: Pick<GameState, 'values'>): number {
  if (s.values.composure >= rules.TIRED_BELOW) return r.cost;
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

/** Whether a "post.check" key of `checked` is a check on this post. */
const isOn = (key: string, postId: string) => key.lastIndexOf('.') === postId.length && key.startsWith(postId);

/** The checks run on a post in this game, in the order they were run. */
export function checkedOn(s: Pick<GameState, 'checked'>, postId: string): CheckKind[] {
  const out: CheckKind[] = [];
  for (const key of s.checked) if (isOn(key, postId)) out.push(key.slice(postId.length + 1) as CheckKind);
  return out;
}

/** Whether any check has been run on a post in this game. */
export const wasChecked = (s: Pick<GameState, 'checked'>, postId: string): boolean =>
  s.checked.some((key) => isOn(key, postId));

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
  const out: Check[] = [];
  for (const kind of checkedOn(s, postId)) for (const c of checks) if (c.check === kind) out.push(c);
  return out;
}

function check(level: Level, game: Working, postId: string, kind: CheckKind) {
  const i = game.feed.findIndex((f) => f.id === postId);
  if (game.feed[i]?.status !== 'open') throw new IllegalAction(`post "${postId}" is not open for a check`);
  const c = game.posts[i]!.checks.find((x) => x.check === kind);
  if (!c) throw new IllegalAction(`post "${postId}" offers no "${kind}" check`);
  if (hasChecked(game, postId, kind)) throw new IllegalAction(`the "${kind}" check on "${postId}" has been run`);
  game.checked.push(`${postId}.${kind}`);
  note(game, { type: 'checked', post: postId, check: kind });
  for (let h = 0; h < c.hours && !game.ending; h++) passHour(level, game);
}

function reply(level: Level, game: Working, postId: string, responseId: string) {
  const i = game.feed.findIndex((f) => f.id === postId);
  const item = game.feed[i];
  if (item?.status !== 'open') throw new IllegalAction(`post "${postId}" is not open for a reply`);
  const r = responseOf(game.posts[i]!, responseId);
  if (!r || !isAvailable(r, game))
    throw new IllegalAction(`response "${responseId}" is not available on post "${postId}"`);

  // A tired CEO is slow: the hours a reply takes depend on the composure before it.
  const cost = replyCost(r, game);
  if (cost > r.cost) note(game, { type: 'tired' });
  const before = game.records ? { ...game.values } : null;
  applyEffects(game, r.effects, true);
  if (r.kind !== 'brand-voice' && r.kind !== 'silence') {
    addTo(game, 'composure', -rules.replyStrain(game.values.personaDependence));
  }
  if (r.sets.length || r.clears.length)
    game.flags = withFlags(
      game.flags.filter((f) => !r.clears.includes(f)),
      r.sets,
    );
  game.chosen.push(`${postId}.${responseId}`);
  for (const f of r.followups) game.pendingFollowups.push({ post: f.post, at: game.hour + f.after });
  item.status = 'answered';
  game.open--;
  item.answer = r.id;
  if (before) {
    game.decisions.push({
      hour: game.hour,
      post: postId,
      response: r.id,
      kind: r.kind,
      checked: checkedOn(game, postId),
      drift: game.drift,
      before,
      after: { ...game.values },
    });
    game.drift = {};
  }
  note(game, { type: 'replied', post: postId, response: r.id });
  if (r.headline) note(game, { type: 'headline', text: r.headline });
  endIfReached(game, 'anytime');
  for (let h = 0; h < cost && !game.ending; h++) passHour(level, game);
}

/**
 * Applies level effects to the values. Replies vary by the jitter; neglect does not. Scales are read
 * once, before any change, so the order of effects in a level file does not matter.
 */
function applyEffects(game: Working, effects: Effects, jitter: boolean, cause?: DriftCause) {
  const k = jitter ? 1 + rules.EFFECT_JITTER * (game.dice.chance() * 2 - 1) : 1;
  const heat = rules.heatScale(game.values.heat);
  const persona = rules.personaScale(game.values.personaDependence);
  for (const key in effects) {
    const name = key as ValueName;
    let x = effects[name]! * k;
    if (name === 'trust' || name === 'loyalty') x *= heat;
    if (name === 'trust' && x < 0) x *= persona;
    addTo(game, name, x, cause);
  }
}

/** Moves a value within 0–100; a change the hours made on their own is counted under its cause. */
function addTo(game: Working, name: ValueName, delta: number, cause?: DriftCause) {
  const was = getValue(game.values, name);
  const now = clamp(was + delta);
  if (now === was) return;
  setValue(game.values, name, now);
  if (game.records) noteChange(game, name, was, now, cause);
}

/**
 * Notes a value's change for the debrief and the views: a short addTo of its own is one the compiler can
 * fold into its callers, and the simulator's runs, which keep no records, never come here.
 */
function noteChange(game: Working, name: ValueName, was: number, now: number, cause: DriftCause | undefined) {
  if (name === 'personaDependence' && was > rules.BRAND_VOICE_UNLOCK !== now > rules.BRAND_VOICE_UNLOCK)
    note(game, { type: 'brand-voice', open: now <= rules.BRAND_VOICE_UNLOCK });
  // Only the meters drift and sound alarms.
  if (name !== 'trust' && name !== 'loyalty' && name !== 'heat') return;
  if (cause) {
    const moved = game.drift[cause] ?? {};
    moved[name] = (moved[name] ?? 0) + now - was;
    game.drift[cause] = moved;
  }
  const alarm = rules.ALARMS[name];
  const crossed = 'below' in alarm ? was >= alarm.below && now < alarm.below : was <= alarm.above && now > alarm.above;
  if (crossed) note(game, { type: 'alarm', value: name });
}

/** Adds flags to a list of flags (its own copy), each once, in the order they were first set. */
function withFlags(flags: string[], sets: readonly string[]): string[] {
  for (const f of sets) if (!flags.includes(f)) flags.push(f);
  return flags;
}

/** One crisis hour passes. */
function passHour(level: Level, game: Working) {
  game.hour += 1;
  const v = game.values;
  addTo(game, 'heat', -rules.HOURLY.cooling, 'cooling');
  if (v.loyalty > rules.HOURLY.fanPileOnAbove) {
    addTo(game, 'heat', (v.loyalty - rules.HOURLY.fanPileOnAbove) * rules.HOURLY.fanPileOnPerPoint, 'fans');
  }
  addTo(game, 'trust', -v.promiseDebt * rules.HOURLY.debtErosion, 'debt');
  addTo(game, 'composure', v.heat > rules.HOURLY.pressureAbove ? -rules.HOURLY.pressureCost : rules.HOURLY.rest);

  // Only open posts spread and expire; the hours the clock runs on alone (settle) have none.
  if (game.open) {
    spread(game);
    expire(game);
  }
  arrive(game);
  sample(game);
  endIfReached(game, 'anytime');
  if (!game.ending && game.hour >= level.hours) endIfReached(game, 'end');
}

/** Open posts spread, and heat things up as they do. */
function spread(game: Working) {
  const v = game.values;
  for (let i = 0; i < game.feed.length; i++) {
    const f = game.feed[i]!;
    if (f.status !== 'open') continue;
    const growth = f.viral * (0.05 + v.heat / 1000) * (0.8 + 0.4 * game.dice.chance());
    f.shares = Math.round(f.shares * (1 + growth));
    addTo(game, 'heat', f.viral * rules.HOURLY.escalation, 'spread');
  }
}

function expire(game: Working) {
  for (let i = 0; i < game.feed.length; i++) {
    const f = game.feed[i]!;
    if (f.status !== 'open') continue;
    const post = game.posts[i]!;
    if (game.hour < f.arrivedAt + post.window) continue;
    f.status = 'expired';
    game.open--;
    const before = game.records ? { ...game.values } : null;
    applyEffects(game, post.ignored?.effects ?? rules.ignoredDefault(f.viral), false, 'expired');
    if (post.ignored?.sets.length) game.flags = withFlags([...game.flags], post.ignored.sets);
    if (!before) continue;
    const moved: Partial<Values> = {};
    for (const m of METERS) if (game.values[m] !== before[m]) moved[m] = game.values[m] - before[m];
    note(game, { type: 'expired', post: f.id, moved });
  }
}

/** Brings in every post whose hour has come and whose condition holds. A post arrives at most once. */
function arrive(game: Working) {
  const { schedule, order, byId } = game.index;
  const first = game.scheduled;
  while (game.scheduled < schedule.length && schedule[game.scheduled]!.at! <= game.hour)
    game.pendingScheduled.push(schedule[game.scheduled++]!);
  if (game.scheduled > first) game.pendingScheduled.sort((a, b) => order.get(a)! - order.get(b)!);
  // The waiting lists are the working copy's own: they are filtered in place, not copied every hour (and
  // cut short only when something left them: setting an array's length is slow).
  const incoming: Post[] = [];
  let kept = 0;
  for (const p of game.pendingScheduled) {
    if (ready(p, game)) incoming.push(p);
    else if (!game.arrived.has(p.id)) game.pendingScheduled[kept++] = p;
  }
  if (kept < game.pendingScheduled.length) game.pendingScheduled.length = kept;
  // Follow-ups whose hour has come arrive once their condition holds; the others keep waiting.
  kept = 0;
  for (const f of game.pendingFollowups) {
    const p = byId.get(f.post)!;
    if (f.at > game.hour || (!game.arrived.has(p.id) && !ready(p, game))) game.pendingFollowups[kept++] = f;
    else if (!game.arrived.has(p.id) && !incoming.includes(p)) incoming.push(p);
  }
  if (kept < game.pendingFollowups.length) game.pendingFollowups.length = kept;
  for (const p of incoming) {
    const amplified = p.viral > 0 && game.dice.chance() < rules.amplifyChance(game.values.heat);
    game.arrived.add(p.id);
    game.posts.push(postFor(p, game.seed));
    game.open++;
    game.feed.push({
      id: p.id,
      arrivedAt: game.hour,
      shares: amplified ? p.shares * 3 : p.shares,
      viral: amplified ? p.viral + 1 : p.viral,
      status: 'open',
    });
    note(game, { type: 'arrived', post: p.id, amplified });
    if (p.headline) note(game, { type: 'headline', text: p.headline });
  }
}

const ready = (p: Post, game: Working) => !game.arrived.has(p.id) && (!p.when || holds(p.when, game));

/** Records what happened, for the views to animate and sound. */
function note(game: Working, e: GameEvent) {
  if (game.records) game.events.push(e);
}

function sample(game: Working) {
  if (!game.records) return;
  const { trust, loyalty, heat } = game.values;
  game.samples.push({ hour: game.hour, trust, loyalty, heat });
}

/** Ends the chapter with the first ending of this timing whose condition holds. */
function endIfReached(game: Working, timing: Ending['timing']) {
  if (game.ending) return;
  const e = game.index.firstEnding[timing](game);
  if (!e) return;
  game.ending = e.id;
  note(game, { type: 'ended', ending: e.id });
}

/** Nothing to answer: the clock runs on to the next post, or to the chapter's end. */
function settle(level: Level, game: Working) {
  const from = game.hour;
  while (!game.ending && game.hour < level.hours && !game.open) passHour(level, game);
  if (game.hour > from && !game.ending) note(game, { type: 'quiet', hours: game.hour - from });
}

/** Replays an action log from the start; throws IllegalAction on an action that does not fit. */
export function replay(level: Level, opts: NewGameOptions, actions: readonly Action[]): GameState {
  return actions.reduce((s, a) => step(level, s, a), newGame(level, opts));
}

export type { GameEvent };
