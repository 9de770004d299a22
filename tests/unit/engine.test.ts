// The rules engine, one rule at a time: mini.yaml where it shows the rule, small inline levels where a
// rule needs its own setup. Inline levels go through the real loader, so they are valid level files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadAllLevels, loadLevelFile } from '../../src/data-files/load.ts';
import { loadLevel } from '../../src/content/loader.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { Level } from '../../src/content/schema.ts';
import { METERS, type MeterName, VALUES } from '../../src/content/terms.ts';
import { holds } from '../../src/core/conditions.ts';
import {
  available,
  carryFrom,
  findPost,
  IllegalAction,
  newGame,
  openPosts,
  play,
  replay,
  replyCost,
  startValues,
  step,
} from '../../src/core/engine.ts';
import { Dice } from '../../src/core/rng.ts';
import * as R from '../../src/core/rules.ts';
import type { Action, Drift, GameEvent, GameState, Values } from '../../src/core/state.ts';

function mustLoad(r: ReturnType<typeof loadLevel>): Level {
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.level;
}
const mini = mustLoad(loadLevelFile('tests/fixtures/mini.yaml'));

type Obj = Record<string, unknown>;
const note = 'A note for the debrief.';
/** A response with sensible defaults: `res('ok', 'humour', { trust: 5 })`. */
const res = (id: string, kind: string, effects: Obj = {}, more: Obj = {}): Obj => ({
  id,
  kind,
  label: id,
  effects,
  note,
  ...more,
});
/** A post with two responses (a plain one and a spare) unless given others. */
const post = (id: string, more: Obj = {}): Obj => ({
  id,
  scenario: 'S1',
  at: 0,
  author: { name: 'Someone', handle: '@someone', kind: 'critic' },
  text: `Post ${id}`,
  viral: 0,
  window: 48,
  responses: [res('ok', 'humour'), res('spare', 'refute')],
  ...more,
});
const FALLBACK = { id: 'over', title: 'Over', good: false, timing: 'end', text: 'Over.' };
/** A calm start: heat scale 1 (heat 50), persona scale 1 (dependence 50), no promise debt, rested CEO. */
const CALM = { trust: 60, loyalty: 50, heat: 50, promiseDebt: 0, personaDependence: 50, composure: 80 };

function inline(opts: { posts: Obj[]; start?: Obj; hours?: number; endings?: Obj[] }): Level {
  const doc = {
    id: 'inline',
    number: 1,
    title: 'Inline',
    persona: { name: 'Lin Che', handle: '@linche', role: 'CEO' },
    briefing: 'A test level.',
    hours: opts.hours ?? 100,
    start: { ...CALM, ...opts.start },
    questions: ['One?', 'Two?', 'Three?'],
    endings: opts.endings ?? [FALLBACK],
    posts: opts.posts,
  };
  return mustLoad(loadLevel(stringify(doc), 'inline.yaml'));
}

const start = (level: Level, seed = 1, carry?: Obj) => newGame(level, { seed, pacing: 'turn', carry });
const reply = (post: string, response: string): Action => ({ type: 'reply', post, response });
const tick = (hours = 1): Action => ({ type: 'tick', hours });
const item = (s: GameState, id: string) => s.feed.find((f) => f.id === id);
const types = (events: GameEvent[]) => events.map((e) => e.type);
/** How much the last reply moved a value, before any hour passed (what the debrief chart shows). */
const moved = (s: GameState, v: keyof GameState['values']) =>
  s.decisions.at(-1)!.after[v] - s.decisions.at(-1)!.before[v];

describe('determinism', () => {
  const actions: Action[] = [reply('poster', 'everyone'), reply('fan', 'joke'), tick(3), reply('backlash', 'fury')];

  it('the same seed and actions give a deep-equal state', () => {
    expect(replay(mini, { seed: 7, pacing: 'turn' }, actions)).toEqual(
      replay(mini, { seed: 7, pacing: 'turn' }, actions),
    );
  });

  it('different seeds give different share counts somewhere', () => {
    const shares = (seed: number) => replay(mini, { seed, pacing: 'turn' }, actions).feed.map((f) => f.shares);
    const all = [1, 2, 3, 4, 5].map((seed) => JSON.stringify(shares(seed)));
    expect(new Set(all).size).toBeGreaterThan(1);
  });

  it('property: any seed and any sequence of legal choices replays to the same state, without touching its input', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 12 }), (seed, picks) => {
        let s = start(mini, seed);
        const log: Action[] = [];
        for (const p of picks) {
          if (s.ending) break;
          const open = openPosts(s);
          const target = open[p % open.length]!;
          const options = available(findPost(mini, target.id)!, s);
          const a = reply(target.id, options[p % options.length]!.id);
          const before = structuredClone(s);
          const next = step(mini, s, a);
          expect(s).toEqual(before); // the old state is intact
          s = next;
          log.push(a);
        }
        expect(replay(mini, { seed, pacing: 'turn' }, log)).toEqual(s);
      }),
      { numRuns: 60 },
    );
  });

  it("property: a game played in place (the simulator's way) reaches the same state as step by step", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (seed, picks, ticks) => {
        const game = play(mini, { seed, pacing: 'turn' });
        let s = start(mini, seed);
        for (const p of picks) {
          if (s.ending) break;
          const open = openPosts(s);
          const target = open[p % open.length]!;
          const options = available(findPost(mini, target.id)!, s);
          const a = ticks && p % 3 === 0 ? tick(1 + (p % 4)) : reply(target.id, options[p % options.length]!.id);
          s = step(mini, s, a);
          game.act(a);
          expect(game.state.feed).toEqual(s.feed);
        }
        expect(game.result()).toEqual(s);
      }),
      { numRuns: 80 },
    );
  });
});

describe('what moved the meters', () => {
  it("property: the start, every reply and every hour's drift by cause add up to where the meters end", () => {
    const level = loadAllLevels().find((l) => l.id === 'fine-print')!;
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 20 }), (seed, picks) => {
        let s = start(level, seed);
        for (const p of picks) {
          if (s.ending) break;
          const open = openPosts(s);
          const target = open[p % open.length]!;
          const options = available(findPost(level, target.id)!, s);
          s = step(level, s, p % 5 === 0 ? tick(1 + (p % 3)) : reply(target.id, options[p % options.length]!.id));
        }
        const drifted = (drift: Drift, m: MeterName) =>
          Object.values(drift).reduce((n, moved) => n + (moved[m] ?? 0), 0);
        for (const m of METERS) {
          const replies = s.decisions.reduce((n, d) => n + d.after[m] - d.before[m], 0);
          const hours = s.decisions.reduce((n, d) => n + drifted(d.drift, m), drifted(s.drift, m));
          expect(s.start[m] + replies + hours).toBeCloseTo(s.values[m], 9);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('meters', () => {
  it('clamp to 0–100 however large the change', () => {
    const level = inline({
      start: { trust: 95, loyalty: 5 },
      posts: [
        post('a', {
          responses: [res('big', 'humour', { trust: 100, loyalty: -100, composure: 100 }), res('spare', 'refute')],
        }),
        post('b'),
      ],
    });
    const s = step(level, start(level), reply('a', 'big'));
    expect(s.decisions[0]!.after).toMatchObject({ trust: 100, loyalty: 0 });
    expect(s.values.composure).toBeLessThanOrEqual(100);
  });

  it('property: every value stays within 0–100 through any play of mini.yaml', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 20 }), (seed, picks) => {
        let s = start(mini, seed);
        const dice = new Dice(s.rng);
        for (const p of picks) {
          if (s.ending) break;
          const open = openPosts(s);
          if (p % 4 === 0 || !open.length) s = step(mini, s, tick(1 + (p % 3)));
          else {
            const target = dice.pick(open);
            s = step(mini, s, reply(target.id, dice.pick(available(findPost(mini, target.id)!, s)).id));
          }
          for (const v of Object.values(s.values)) expect(v >= 0 && v <= 100).toBe(true);
          for (const x of s.samples)
            for (const v of [x.trust, x.loyalty, x.heat]) expect(v >= 0 && v <= 100).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('reply effects', () => {
  it('the order of effects in the level file does not change the result', () => {
    const afterReply = (effects: Obj) => {
      const level = inline({
        posts: [post('a', { responses: [res('r', 'humour', effects), res('spare', 'refute')] }), post('b')],
      });
      return step(level, start(level, 1), reply('a', 'r')).decisions.at(-1)!.after;
    };
    expect(afterReply({ heat: 40, trust: -6 })).toEqual(afterReply({ trust: -6, heat: 40 }));
  });

  const gains = (heat: number) => {
    const level = inline({
      start: { heat },
      posts: [
        post('a', { responses: [res('warm', 'humour', { trust: 10, loyalty: 10 }), res('spare', 'refute')] }),
        post('b'),
      ],
    });
    const s = step(level, start(level, 3), reply('a', 'warm'));
    return { trust: moved(s, 'trust'), loyalty: moved(s, 'loyalty') };
  };

  it('heat scales trust and loyalty changes as rules.heatScale says', () => {
    const low = gains(10);
    const high = gains(90);
    expect(R.heatScale(90)).toBeGreaterThan(R.heatScale(10));
    expect(high.trust).toBeGreaterThan(low.trust);
    expect(high.trust / low.trust).toBeCloseTo(R.heatScale(90) / R.heatScale(10), 9);
    expect(high.loyalty / low.loyalty).toBeCloseTo(R.heatScale(90) / R.heatScale(10), 9);
  });

  it('the same reply lands within the jitter of its written size', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const level = inline({
        posts: [post('a', { responses: [res('warm', 'humour', { trust: 10 }), res('spare', 'refute')] }), post('b')],
      });
      const d = moved(step(level, start(level, seed), reply('a', 'warm')), 'trust');
      expect(d).toBeGreaterThanOrEqual(10 * (1 - R.EFFECT_JITTER));
      expect(d).toBeLessThanOrEqual(10 * (1 + R.EFFECT_JITTER));
    }
  });

  const loss = (personaDependence: number, trust: number) => {
    const level = inline({
      start: { personaDependence },
      posts: [post('a', { responses: [res('x', 'humour', { trust }), res('spare', 'refute')] }), post('b')],
    });
    return moved(step(level, start(level, 5), reply('a', 'x')), 'trust');
  };

  it('negative trust changes are amplified by persona dependence', () => {
    const independent = loss(0, -10);
    const dependent = loss(100, -10);
    expect(dependent).toBeLessThan(independent);
    expect(dependent / independent).toBeCloseTo(R.personaScale(100) / R.personaScale(0), 9);
  });

  it('positive trust changes are not', () => {
    expect(loss(100, 10)).toBeCloseTo(loss(0, 10), 9);
  });

  it('replying in person strains composure; the brand account and silence do not', () => {
    const level = inline({
      posts: [
        post('a', { responses: [res('me', 'humour'), res('brand', 'brand-voice'), res('quiet', 'silence')] }),
        post('b'),
      ],
    });
    const s0 = start(level);
    expect(moved(step(level, s0, reply('a', 'me')), 'composure')).toBeCloseTo(-R.replyStrain(50), 9);
    expect(moved(step(level, s0, reply('a', 'brand')), 'composure')).toBe(0);
    expect(moved(step(level, s0, reply('a', 'quiet')), 'composure')).toBe(0);
  });

  it('a reply sets and clears flags and records the choice', () => {
    const level = inline({
      posts: [
        post('a', { responses: [res('set', 'humour', {}, { sets: ['x', 'y'] }), res('spare', 'refute')] }),
        post('b', { responses: [res('clear', 'humour', {}, { clears: ['x'] }), res('spare', 'refute')] }),
        post('c'),
      ],
    });
    let s = step(level, start(level), reply('a', 'set'));
    expect(s.flags).toEqual(['x', 'y']);
    s = step(level, s, reply('b', 'clear'));
    expect(s.flags).toEqual(['y']);
    expect(s.chosen).toEqual(['a.set', 'b.clear']);
  });
});

describe('hourly drift', () => {
  const quiet = (startValues: Obj) => inline({ start: startValues, posts: [post('a')] });
  const afterHour = (startValues: Obj) => {
    const level = quiet(startValues);
    return step(level, start(level), tick(1)).values;
  };

  it('heat cools each hour', () => {
    expect(afterHour({}).heat).toBe(CALM.heat - R.HOURLY.cooling);
    expect(afterHour({ heat: 1 }).heat).toBe(0);
  });

  it('fans above the pile-on threshold raise heat', () => {
    const loyal = 95;
    expect(afterHour({ loyalty: loyal }).heat).toBeCloseTo(
      CALM.heat - R.HOURLY.cooling + (loyal - R.HOURLY.fanPileOnAbove) * R.HOURLY.fanPileOnPerPoint,
      9,
    );
    expect(afterHour({ loyalty: R.HOURLY.fanPileOnAbove }).heat).toBe(CALM.heat - R.HOURLY.cooling);
  });

  it('promise debt erodes trust every hour', () => {
    expect(afterHour({ promiseDebt: 0 }).trust).toBe(CALM.trust);
    expect(afterHour({ promiseDebt: 50 }).trust).toBeCloseTo(CALM.trust - 50 * R.HOURLY.debtErosion, 9);
    const level = quiet({ promiseDebt: 50 });
    expect(step(level, start(level), tick(4)).values.trust).toBeCloseTo(CALM.trust - 4 * 50 * R.HOURLY.debtErosion, 9);
  });

  it('high heat wears the CEO down; low heat lets him rest', () => {
    expect(afterHour({ heat: 90 }).composure).toBe(CALM.composure - R.HOURLY.pressureCost);
    expect(afterHour({ heat: 30 }).composure).toBe(CALM.composure + R.HOURLY.rest);
  });

  it('an unanswered post escalates heat each hour by its virality', () => {
    const level = inline({ posts: [post('hot', { viral: 5 }), post('b')] });
    const s0 = start(level);
    const viral = item(s0, 'hot')!.viral; // after any amplification on arrival
    const s1 = step(level, s0, tick(1));
    expect(s1.values.heat).toBeCloseTo(CALM.heat - R.HOURLY.cooling + viral * R.HOURLY.escalation, 9);
    expect(item(s1, 'hot')!.shares).toBeGreaterThan(item(s0, 'hot')!.shares);
    expect(item(s1, 'b')!.shares).toBe(item(s0, 'b')!.shares); // viral 0 does not spread
  });

  it('an answered post stops escalating', () => {
    const level = inline({ posts: [post('hot', { viral: 5 }), post('b'), post('c')] });
    const s = step(level, start(level), reply('hot', 'ok'));
    const heat = s.values.heat;
    expect(step(level, s, tick(1)).values.heat).toBe(heat - R.HOURLY.cooling);
  });
});

describe('conditions', () => {
  it('a value test reads the value it names, its bounds included, for each of the six values', () => {
    for (const name of VALUES) {
      const values = Object.fromEntries(VALUES.map((v) => [v, v === name ? 40 : 90])) as Values;
      const s = { flags: [], chosen: [], values };
      expect(holds({ value: name, atLeast: 40, atMost: 40 }, s), name).toBe(true);
      expect(holds({ value: name, atLeast: 41 }, s), name).toBe(false);
      expect(holds({ value: name, atMost: 39 }, s), name).toBe(false);
    }
  });
});

describe('arrivals', () => {
  it('posts arrive on their hour (mini: fan at 1)', () => {
    const s0 = start(mini);
    expect(s0.hour).toBe(0);
    expect(s0.feed.map((f) => f.id)).toEqual(['poster']);
    const s1 = step(mini, s0, tick(1));
    expect(s1.feed.map((f) => f.id)).toEqual(['poster', 'fan']);
    expect(item(s1, 'fan')!.arrivedAt).toBe(1);
  });

  it('a when-conditional post arrives only when its condition holds', () => {
    const level = inline({
      posts: [
        post('a', { responses: [res('set', 'humour', {}, { sets: ['go'] }), res('no', 'refute')] }),
        post('keep', { window: 48 }),
        post('gated', { at: 1, when: { flag: 'go' } }),
      ],
    });
    const without = step(level, step(level, start(level), reply('a', 'no')), tick(5));
    expect(item(without, 'gated')).toBeUndefined();
    const withFlag = step(level, start(level), reply('a', 'set'));
    expect(item(withFlag, 'gated')).toMatchObject({ arrivedAt: 1, status: 'open' });
  });

  it('mini: the smear post at hour 6 needs heat of at least 30', () => {
    // Heat 40 at the start and cooling 2 an hour: still ≥ 30 at hour 6 if nobody answers
    const s = step(mini, start(mini), tick(6));
    expect(s.values.heat).toBeGreaterThanOrEqual(30);
    expect(item(s, 'late')?.arrivedAt).toBe(6);
    const cold = mustLoad(
      loadLevel(stringify({ ...rawMini(), start: { ...rawMini().start, heat: 0 } }), 'inline.yaml'),
    );
    const c = step(cold, start(cold), tick(6));
    expect(c.values.heat).toBeLessThan(30);
    expect(item(c, 'late')).toBeUndefined();
  });

  it('a follow-up arrives `after` hours after the reply', () => {
    // mini: "everyone" at hour 0 brings "backlash" 3 hours later
    let s = step(mini, start(mini), reply('poster', 'everyone'));
    expect(s.pendingFollowups).toEqual([{ post: 'backlash', at: 3 }]);
    s = step(mini, s, tick(1));
    expect(s.hour).toBe(2);
    expect(item(s, 'backlash')).toBeUndefined();
    s = step(mini, s, tick(1));
    expect(item(s, 'backlash')).toMatchObject({ arrivedAt: 3, status: 'open' });
    expect(s.events).toContainEqual({ type: 'arrived', post: 'backlash', amplified: expect.any(Boolean) });
    expect(s.pendingFollowups).toEqual([]);
  });

  it('a post without a follow-up reply never arrives (mini: backlash after "numbers")', () => {
    const s = step(mini, step(mini, start(mini), reply('poster', 'numbers')), tick(10));
    expect(item(s, 'backlash')).toBeUndefined();
  });

  it('with no open post the clock jumps to the next arrival', () => {
    const level = inline({ posts: [post('a'), post('later', { at: 10 })] });
    const s = step(level, start(level), reply('a', 'ok'));
    expect(s.hour).toBe(10);
    // The hours the clock ran with nothing to answer are said, for the view to explain the jump.
    const cost = level.posts[0]!.responses[0]!.cost;
    expect(s.events).toEqual([
      { type: 'replied', post: 'a', response: 'ok' },
      { type: 'arrived', post: 'later', amplified: expect.any(Boolean) },
      { type: 'quiet', hours: 10 - cost },
    ]);
    const first = inline({ posts: [post('a', { at: 5 })] });
    expect(start(first).hour).toBe(5);
  });
});

describe('the clock and the tired CEO', () => {
  const level = (composure: number) =>
    inline({
      start: { composure },
      posts: [
        post('a', {
          responses: [
            res('slow', 'humour', {}, { cost: 3 }),
            res('lash', 'anger', {}, { cost: 2 }),
            res('free', 'refute', {}, { cost: 0 }),
          ],
        }),
        post('b'),
      ],
    });

  it('a reply costs its hours', () => {
    const l = level(80);
    expect(step(l, start(l), reply('a', 'slow')).hour).toBe(3);
    expect(step(l, start(l), reply('a', 'lash')).hour).toBe(2);
    expect(step(l, start(l), reply('a', 'free')).hour).toBe(0);
    expect(step(mini, start(mini), reply('poster', 'numbers')).hour).toBe(2);
  });

  it('below TIRED_BELOW composure, non-anger replies cost an hour more and anger costs nothing', () => {
    const l = level(R.TIRED_BELOW - 1);
    expect(step(l, start(l), reply('a', 'slow')).hour).toBe(4);
    expect(step(l, start(l), reply('a', 'free')).hour).toBe(1);
    expect(step(l, start(l), reply('a', 'lash')).hour).toBe(0);
    const r = findPost(l, 'a')!.responses;
    expect(r.map((x) => replyCost(x, { values: { ...start(l).values } }))).toEqual([4, 0, 1]);
  });

  it('at exactly TIRED_BELOW the CEO is not tired yet', () => {
    const l = level(R.TIRED_BELOW);
    expect(step(l, start(l), reply('a', 'slow')).hour).toBe(3);
  });
});

describe('unanswered posts expire', () => {
  it('after their window, with their ignored effects and flags', () => {
    // heat cools to 50 by hour 2 (heat scale 1), dependence 50 (persona scale 1): trust −10 exactly
    const level = inline({
      start: { heat: 50 + 2 * R.HOURLY.cooling },
      posts: [
        post('a', { window: 2, ignored: { effects: { trust: -10 }, sets: ['ignored-a'] } }),
        post('b', { window: 10 }),
      ],
    });
    let s = step(level, start(level), tick(1));
    expect(item(s, 'a')!.status).toBe('open');
    s = step(level, s, tick(1));
    expect(s.hour).toBe(2);
    expect(item(s, 'a')!.status).toBe('expired');
    expect(s.values.trust).toBeCloseTo(CALM.trust - 10, 9);
    expect(s.flags).toEqual(['ignored-a']);
    // The event says what the expiry cost, for the player to hear.
    expect(s.events).toContainEqual({ type: 'expired', post: 'a', moved: { trust: expect.closeTo(-10, 9) } });
  });

  it('without an ignored block they cost rules.ignoredDefault for their virality', () => {
    const level = inline({ start: { heat: 0 }, posts: [post('a', { viral: 2, window: 1 }), post('b')] });
    const s0 = start(level);
    expect(item(s0, 'a')!.viral).toBe(2); // heat 0: never amplified
    const s = step(level, s0, tick(1));
    expect(item(s, 'a')!.status).toBe('expired');
    const heatAtExpiry = 2 * R.HOURLY.escalation; // cooling cannot go below 0
    const cost = R.ignoredDefault(2);
    expect(s.values.heat).toBeCloseTo(heatAtExpiry + cost.heat, 9);
    expect(s.values.trust).toBeCloseTo(CALM.trust + cost.trust * R.heatScale(heatAtExpiry) * R.personaScale(50), 9);
    expect(s.flags).toEqual([]);
  });

  it('an ignored block that only sets flags keeps the default cost', () => {
    const level = inline({
      start: { heat: 0 },
      posts: [post('a', { viral: 2, window: 1, ignored: { sets: ['let-go'] } }), post('b')],
    });
    const s = step(level, start(level), tick(1));
    expect(s.flags).toEqual(['let-go']);
    expect(s.values.heat).toBeCloseTo(2 * R.HOURLY.escalation + R.ignoredDefault(2).heat, 9);
  });

  it('an expired post cannot be answered, and mini sets ignored-backlash when backlash expires', () => {
    let s = step(mini, start(mini), reply('poster', 'everyone'));
    s = step(mini, s, reply('fan', 'joke')); // hour 2; backlash arrives at 3 with a 6-hour window
    s = step(mini, s, tick(7));
    expect(item(s, 'backlash')!.status).toBe('expired');
    expect(s.flags).toContain('ignored-backlash');
    expect(() => step(mini, s, reply('backlash', 'sorry'))).toThrow(IllegalAction);
    // …which takes away the "paid smear" answer to the late post
    expect(available(findPost(mini, 'late')!, s).map((r) => r.id)).toEqual(['proof']);
  });
});

describe('illegal actions throw IllegalAction and change nothing', () => {
  const s0 = step(mini, start(mini), reply('poster', 'numbers')); // hour 2: poster answered, fan open

  const illegal: [string, Action][] = [
    ['a reply to an answered post', reply('poster', 'everyone')],
    ['a reply to a post that has not arrived', reply('late', 'proof')],
    ['a reply to an unknown post', reply('nope', 'proof')],
    ['an unknown response', reply('fan', 'nope')],
    ['an unavailable brand-voice response (dependence 70)', reply('fan', 'brand')],
    ['a tick of 0 hours', tick(0)],
    ['a tick of −1 hours', tick(-1)],
    ['a tick of 1.5 hours', tick(1.5)],
    ['a tick of NaN hours', tick(Number.NaN)],
  ];
  it.each(illegal)('%s', (_what, a) => {
    const before = structuredClone(s0);
    expect(() => step(mini, s0, a)).toThrow(IllegalAction);
    expect(s0).toEqual(before);
  });

  it('one reply at a time: the same post cannot be answered twice', () => {
    const level = inline({ posts: [post('a'), post('b')] });
    const s = step(level, start(level), reply('a', 'ok'));
    expect(() => step(level, s, reply('a', 'spare'))).toThrow(/not open/);
  });
});

describe('gated responses', () => {
  const level = (personaDependence: number) =>
    inline({
      start: { personaDependence },
      posts: [
        post('a', { responses: [res('me', 'humour'), res('brand', 'brand-voice')] }),
        post('b', { responses: [res('flag', 'humour', {}, { sets: ['ready'] }), res('other', 'refute')] }),
        post('c', {
          responses: [res('plain', 'humour'), res('gated', 'evidence', {}, { requires: { flag: 'ready' } })],
        }),
      ],
    });

  it('brand-voice responses are unavailable while personaDependence is above BRAND_VOICE_UNLOCK', () => {
    const l = level(R.BRAND_VOICE_UNLOCK + 1);
    const s = start(l);
    expect(available(findPost(l, 'a')!, s).map((r) => r.id)).toEqual(['me']);
    expect(() => step(l, s, reply('a', 'brand'))).toThrow(IllegalAction);
  });

  it('…and available below it', () => {
    const l = level(R.BRAND_VOICE_UNLOCK - 1);
    const s = start(l);
    expect(available(findPost(l, 'a')!, s).map((r) => r.id)).toEqual(['me', 'brand']);
    expect(step(l, s, reply('a', 'brand')).chosen).toEqual(['a.brand']);
  });

  it('says when brand-voice replies open and when they close again, and says nothing while they stay put', () => {
    const l = inline({
      start: { personaDependence: R.BRAND_VOICE_UNLOCK + 2 },
      posts: [
        post('a', { responses: [res('share', 'humour', { personaDependence: -5 }), res('spare', 'refute')] }),
        post('b', { responses: [res('lean', 'humour', { personaDependence: 10 }), res('spare', 'refute')] }),
      ],
    });
    const opened = step(l, start(l), reply('a', 'share'));
    expect(opened.events).toContainEqual({ type: 'brand-voice', open: true });
    const closed = step(l, opened, reply('b', 'lean'));
    expect(closed.events).toContainEqual({ type: 'brand-voice', open: false });
    const calm = step(l, start(l), reply('a', 'spare'));
    expect(types(calm.events)).not.toContain('brand-voice');
  });

  it('mini: the brand answer to the fan opens once dependence drops', () => {
    const fan = findPost(mini, 'fan')!;
    expect(available(fan, start(mini)).map((r) => r.id)).toEqual(['joke']);
    const freed = start(mini, 1, { personaDependence: -30 });
    expect(available(fan, freed).map((r) => r.id)).toEqual(['joke', 'brand']);
  });

  it('requires gates a response until its condition holds', () => {
    const l = level(50);
    const s = start(l);
    expect(available(findPost(l, 'c')!, s).map((r) => r.id)).toEqual(['plain']);
    expect(() => step(l, s, reply('c', 'gated'))).toThrow(IllegalAction);
    const ready = step(l, s, reply('b', 'flag'));
    expect(available(findPost(l, 'c')!, ready).map((r) => r.id)).toEqual(['plain', 'gated']);
    expect(step(l, ready, reply('c', 'gated')).chosen).toContain('c.gated');
  });
});

describe('endings', () => {
  it('an anytime ending that already holds at the start (a bad carry-over) ends the chapter at once', () => {
    const level = inline({
      endings: [
        {
          id: 'bust',
          title: 'Bust',
          good: false,
          timing: 'anytime',
          text: 'Bust.',
          when: { value: 'composure', atMost: 10 },
        },
        FALLBACK,
      ],
      posts: [post('a')],
    });
    expect(start(level, 1, { composure: -75 }).ending).toBe('bust');
    expect(start(level, 1, { composure: -30 }).ending).toBeNull();
  });

  it('an anytime ending fires as soon as its condition holds, before the reply’s hours pass', () => {
    const level = inline({
      endings: [
        {
          id: 'bust',
          title: 'Bust',
          good: false,
          timing: 'anytime',
          text: 'Bust.',
          when: { value: 'trust', atMost: 20 },
        },
        FALLBACK,
      ],
      posts: [
        post('a', { responses: [res('crash', 'humour', { trust: -60 }, { cost: 3 }), res('spare', 'refute')] }),
        post('b'),
      ],
    });
    const s = step(level, start(level), reply('a', 'crash'));
    expect(s.ending).toBe('bust');
    expect(s.hour).toBe(0);
    expect(s.events.at(-1)).toEqual({ type: 'ended', ending: 'bust' });
  });

  it('mini: trust collapsing to 5 ends the chapter at once', () => {
    const s = step(mini, start(mini, 1, {}), reply('poster', 'everyone'));
    expect(s.ending).toBeNull();
    const broke = mustLoad(
      loadLevel(stringify({ ...rawMini(), start: { ...rawMini().start, trust: 8 } }), 'inline.yaml'),
    );
    const t = step(broke, start(broke), reply('poster', 'everyone'));
    expect(t.ending).toBe('trust-bankrupt');
  });

  const endLevel = inline({
    hours: 5,
    endings: [
      { id: 'first', title: 'First', good: true, timing: 'end', text: 'First.', when: { flag: 'one' } },
      { id: 'second', title: 'Second', good: true, timing: 'end', text: 'Second.', when: { flag: 'two' } },
      FALLBACK,
    ],
    posts: [
      post('a', {
        responses: [
          res('both', 'humour', {}, { sets: ['two', 'one'] }),
          res('second', 'refute', {}, { sets: ['two'] }),
          res('neither', 'invite'),
        ],
      }),
    ],
  });

  it('end endings wait for the chapter end; the first that matches wins', () => {
    const s = step(endLevel, start(endLevel), reply('a', 'both'));
    expect(s.hour).toBe(5);
    expect(s.ending).toBe('first');
    expect(step(endLevel, start(endLevel), reply('a', 'second')).ending).toBe('second');
  });

  it('the fallback ends the chapter when nothing else matches', () => {
    const s = step(endLevel, start(endLevel), reply('a', 'neither'));
    expect(s.ending).toBe('over');
    expect(s.hour).toBe(5);
    expect(s.events.at(-1)).toEqual({ type: 'ended', ending: 'over' });
  });

  it('mini: a verified brand needs the numbers out and trust ≥ 55 at the end, not before', () => {
    let s = step(mini, start(mini, 2), reply('poster', 'numbers'));
    expect(s.flags).toContain('numbers-out');
    expect(s.ending).toBeNull(); // an end ending waits for hour 24
    s = step(mini, s, reply('fan', 'joke'));
    while (!s.ending) {
      const open = openPosts(s)[0];
      s = open ? step(mini, s, reply(open.id, findPost(mini, open.id)!.responses[0]!.id)) : step(mini, s, tick(1));
    }
    expect(s.hour).toBe(24);
    expect(s.ending).toBe(s.values.trust >= 55 ? 'verified-brand' : 'quiet-survival');
  });

  it('after an ending, any action throws', () => {
    const s = step(endLevel, start(endLevel), reply('a', 'neither'));
    expect(s.ending).not.toBeNull();
    for (const a of [tick(1), reply('a', 'both'), { type: 'pacing', pacing: 'live' } as Action]) {
      expect(() => step(endLevel, s, a)).toThrow(IllegalAction);
    }
  });
});

describe('actions and events', () => {
  it('the pacing action changes pacing only', () => {
    const s = step(mini, start(mini), reply('poster', 'everyone'));
    const live = step(mini, s, { type: 'pacing', pacing: 'live' });
    expect(live).toEqual({ ...s, pacing: 'live', events: [] });
    expect(step(mini, live, { type: 'pacing', pacing: 'turn' })).toEqual({ ...s, events: [] });
  });

  it('events list what the last action caused, and only that', () => {
    const s0 = start(mini);
    expect(s0.events).toEqual([
      { type: 'arrived', post: 'poster', amplified: expect.any(Boolean) },
      { type: 'headline', text: 'Footnote fury over phone poster' },
    ]);
    const s1 = step(mini, s0, reply('poster', 'everyone'));
    expect(types(s1.events)).toEqual(['replied', 'arrived']);
    expect(s1.events[0]).toEqual({ type: 'replied', post: 'poster', response: 'everyone' });
    const s2 = step(mini, s1, tick(1));
    expect(s2.events).toEqual([]);
  });

  it('a response headline goes to the ticker', () => {
    const level = inline({
      posts: [
        post('a', {
          responses: [res('loud', 'hype', {}, { headline: 'CEO promises the moon' }), res('spare', 'refute')],
        }),
        post('b'),
      ],
    });
    const s = step(level, start(level), reply('a', 'loud'));
    expect(s.events.slice(0, 2)).toEqual([
      { type: 'replied', post: 'a', response: 'loud' },
      { type: 'headline', text: 'CEO promises the moon' },
    ]);
  });

  it('an alarm sounds when trust crosses below its threshold, once', () => {
    const level = inline({
      start: { trust: 30 },
      posts: [
        post('a', { responses: [res('drop', 'humour', { trust: -8 }), res('spare', 'refute')] }),
        post('b', { responses: [res('drop', 'humour', { trust: -8 }), res('spare', 'refute')] }),
        post('c'),
      ],
    });
    const s1 = step(level, start(level), reply('a', 'drop'));
    expect(s1.values.trust).toBeLessThan(R.ALARMS.trust.below);
    expect(s1.events).toContainEqual({ type: 'alarm', value: 'trust' });
    const s2 = step(level, s1, reply('b', 'drop'));
    expect(s2.events.filter((e) => e.type === 'alarm')).toEqual([]);
  });

  it('an alarm sounds when heat crosses above its threshold', () => {
    const level = inline({
      start: { heat: 70 },
      posts: [
        post('a', { responses: [res('fuel', 'anger', { heat: 10 }, { cost: 0 }), res('spare', 'refute')] }),
        post('b'),
      ],
    });
    expect(step(level, start(level), reply('a', 'fuel')).events).toContainEqual({ type: 'alarm', value: 'heat' });
  });
});

describe('campaign carry-over', () => {
  it('carried shifts move the hidden values from the level start, within 0–100; the meters come from the level', () => {
    const s = start(mini, 1, { composure: -68, personaDependence: 10, promiseDebt: -30 });
    expect(s.values).toEqual({
      trust: 50,
      loyalty: 50,
      heat: 40,
      promiseDebt: 0,
      personaDependence: 80,
      composure: 12,
    });
  });

  it('a chapter hands on CARRY_SHARE of how far it moved each hidden value', () => {
    const end = { ...startValues(mini), promiseDebt: 0, personaDependence: 30, composure: 100, trust: 5 };
    expect(carryFrom(mini, end)).toEqual({
      promiseDebt: -20 * R.CARRY_SHARE,
      personaDependence: -40 * R.CARRY_SHARE,
      composure: 20 * R.CARRY_SHARE,
    });
  });

  it('a carried tired CEO is slower from the first reply', () => {
    expect(step(mini, start(mini, 1, { composure: -70 }), reply('poster', 'numbers')).hour).toBe(3);
  });

  it('missing level start values fall back to the rule defaults', () => {
    const level = mustLoad(loadLevel(stringify({ ...rawMini(), start: undefined }), 'inline.yaml'));
    expect(start(level).values).toEqual(R.DEFAULT_START);
  });
});

/** mini.yaml as plain data, to vary one field. */
function rawMini(): Obj & { start: Obj } {
  return JSON.parse(JSON.stringify(mini)) as Obj & { start: Obj };
}
