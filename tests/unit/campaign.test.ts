// The campaign as a whole: every scenario playable, every lesson and ending reachable, consequences that
// come back, and choices that ask for judgement. The balance targets are in balance.ts.
import { describe, expect, it } from 'vitest';
import { loadAllLevels, readStorm } from '../../src/data-files/load.ts';
import type { Condition, Level, Post } from '../../src/content/schema.ts';
import { LESSON_CODES, SCENARIO_CODES, stanceOf } from '../../src/content/terms.ts';
import { isFalse } from '../../src/core/discernment.ts';
import { carryFrom, findPost, newGame, openPosts, postInGame, step } from '../../src/core/engine.ts';
import { truths } from './truths.ts';
import { POLICIES, policyNamed } from '../../src/core/policies.ts';
import { Dice, seedState } from '../../src/core/rng.ts';
import { playLive, playOnce, simulate } from '../../src/core/simulate.ts';
import { secondsPerHour } from '../../src/state/settings.ts';
import { buildStorm } from '../../src/core/storm.ts';
import type { Carry } from '../../src/core/state.ts';

const levels = loadAllLevels();
const chapters = levels.filter((l) => !l.bonus);
const ENDINGS = ['verified-brand', 'fan-fortress', 'meltdown', 'trust-bankrupt', 'fans-walk-away', 'quiet-survival'];

/** Plays every level with every policy and gathers what was reached. */
function explore(runs: number) {
  const lessons = new Set<string>();
  const scenarios = new Set<string>();
  const endings = new Set<string>();
  for (const level of levels) {
    for (const policy of POLICIES) {
      for (let seed = 1; seed <= runs; seed++) {
        const s = playOnce(level, policy, seed);
        endings.add(s.ending!);
        s.feed.forEach((f) => scenarios.add(findPost(level, f.id)!.scenario));
        s.decisions.forEach((d) => {
          const lesson = findPost(level, d.post)!.responses.find((r) => r.id === d.response)!.lesson;
          if (lesson) lessons.add(lesson);
        });
      }
    }
  }
  return { lessons, scenarios, endings };
}

describe('the campaign covers the case', () => {
  const reached = explore(10);

  it('has at least 8 chapters in story order, plus the bonus chapter with its own persona', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    expect(chapters.map((l) => l.number)).toEqual([...chapters.map((l) => l.number)].sort((a, b) => a - b));
    const bonus = levels.find((l) => l.bonus && l.posts.some((p) => p.scenario === 'S10'));
    expect(bonus?.persona.name).toBe('Max');
  });

  it('has at least 80 posts, each with 2 to 5 responses that all carry a debrief note', () => {
    const posts = levels.flatMap((l) => l.posts);
    expect(posts.length).toBeGreaterThanOrEqual(80);
    for (const p of posts) {
      expect(p.responses.length).toBeGreaterThanOrEqual(2);
      expect(p.responses.length).toBeLessThanOrEqual(5);
      for (const r of p.responses)
        for (const note of p.variants.length ? p.variants.map((v) => v.replies[r.id]?.note ?? r.note) : [r.note])
          expect(note?.length).toBeGreaterThan(10);
    }
  });

  it('plays every scenario S1–S11 in some run', () => {
    expect([...reached.scenarios].sort()).toEqual([...SCENARIO_CODES].sort());
  });

  it('reaches every lesson L1–L12 in some run, so the debrief can name it', () => {
    expect([...reached.lessons].sort()).toEqual([...LESSON_CODES].sort());
  });

  it('reaches every ending of the case file in some run', () => {
    for (const e of ENDINGS) expect(reached.endings, e).toContain(e);
  });

  it('gives each chapter 3 to 5 discussion questions', () => {
    for (const l of levels) expect(l.questions.length, l.id).toBeGreaterThanOrEqual(3);
  });
});

describe('consequences come back', () => {
  it('every angry reply sets off a headline wave: a follow-up post that carries a headline', () => {
    for (const l of levels) {
      // Answering the wave itself in anger feeds the wave already running.
      for (const p of l.posts.filter((x) => !x.headline).flatMap(truths)) {
        for (const r of p.responses.filter((x) => x.kind === 'anger')) {
          const waves = r.followups.map((f) => findPost(l, f.post)!).filter((f) => f.headline);
          expect(waves.length, `${l.id}: ${p.id}.${r.id}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('promise debt comes due: every chapter of the arc has a post that waits for it', () => {
    const waits = (l: Level) => JSON.stringify(l.posts.map((p) => p.when ?? null)).includes('"promiseDebt"');
    expect(chapters.filter(waits).length).toBeGreaterThanOrEqual(chapters.length - 2);
  });

  it('hidden values carry over: a calm campaign hands on less persona dependence than an angry one', () => {
    const carried = (name: string) => {
      let carry: Carry | undefined;
      const policy = policyNamed(name)!;
      for (const level of chapters.slice(0, 4)) {
        const dice = new Dice(seedState(7));
        let s = newGame(level, { seed: 7, pacing: 'turn', carry });
        while (!s.ending) s = step(level, s, policy.choose(level, s, dice));
        carry = carryFrom(level, s.values);
      }
      return carry!;
    };
    expect(carried('lesson-aligned').personaDependence!).toBeLessThan(carried('angry').personaDependence!);
  });
});

/** How loud a post is typed: capitals and exclamation marks per letter. */
function shouting(p: Post): number {
  const letters = p.text.replace(/[^A-Za-z]/g, '');
  const loud = (p.text.match(/[A-Z]/g) ?? []).length + 3 * (p.text.match(/!/g) ?? []).length;
  return loud / Math.max(1, letters.length);
}

const reads = (c: Condition | undefined, value: string): boolean =>
  !!c &&
  (c.value === value || [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].some((x) => reads(x, value)));

describe('choices that ask for judgement', () => {
  const posts = levels.flatMap((l) => l.posts);

  it('every built-in post says what its criticism is (or each of its variants does): fair, misleading, fabricated or none', () => {
    expect(posts.filter((p) => !p.claim && !p.variants.length).map((p) => p.id)).toEqual([]);
  });

  it('every chapter holds fair criticism and false attacks, each answerable the right way', () => {
    for (const l of levels) {
      const dealt = l.posts.flatMap(truths);
      expect(
        dealt.some((p) => p.claim === 'fair'),
        `${l.id}: a fair criticism`,
      ).toBe(true);
      expect(
        dealt.some((p) => isFalse(p.claim)),
        `${l.id}: a false attack`,
      ).toBe(true);
      for (const p of dealt) {
        const stances = p.responses.map(stanceOf);
        if (p.claim === 'fair') expect(stances, `${l.id}/${p.id} can be owned`).toContain('admit');
        // Bait is starved rather than corrected: it needs a reply that does not engage.
        if (isFalse(p.claim))
          expect(stances, `${l.id}/${p.id} can be corrected`).toContain(p.bait ? 'dodge' : 'counter');
      }
    }
  });

  it('typing style does not tell fair from false: calling the louder half smears is right at most 65% of the time', () => {
    const judged = posts.filter((p) => p.claim === 'fair' || isFalse(p.claim));
    const median = [...judged.map(shouting)].sort((a, b) => a - b)[Math.floor(judged.length / 2)]!;
    const right = judged.filter((p) => shouting(p) > median === isFalse(p.claim)).length;
    expect(right / judged.length).toBeLessThanOrEqual(0.65);
  });

  it('every chapter has a reply that pays now and costs later: trust or fans today, promise debt or persona dependence tomorrow', () => {
    for (const l of levels) {
      const borrowed = l.posts.some((p) =>
        p.responses.some(
          (r) =>
            ((r.effects.trust ?? 0) > 0 || (r.effects.loyalty ?? 0) > 0) &&
            ((r.effects.promiseDebt ?? 0) > 0 || (r.effects.personaDependence ?? 0) > 0),
        ),
      );
      expect(borrowed, l.id).toBe(true);
    }
  });

  it('fan loyalty matters: every chapter has a good ending that asks for it', () => {
    for (const l of levels)
      expect(
        l.endings.some((e) => e.good && reads(e.when, 'loyalty')),
        l.id,
      ).toBe(true);
  });

  it('in turn pacing too, a careful player has several posts open at once in every chapter', () => {
    for (const l of levels) {
      const careful = policyNamed('careful-reader')!;
      let most = 0;
      for (let seed = 1; seed <= 20; seed++) {
        const dice = new Dice(seedState(seed ^ 0x5bd1e995));
        let s = newGame(l, { seed, pacing: 'turn' });
        while (!s.ending) {
          most = Math.max(most, openPosts(s).length);
          s = step(l, s, careful.choose(l, s, dice));
        }
      }
      expect(most, l.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('apologising for everything and refuting everything both score low on discernment; careful reading scores high', () => {
    for (const l of levels) {
      const score = (name: string) => simulate(l, policyNamed(name)!, 100).discernment ?? 0;
      expect(score('always-apologise'), `${l.id}: always-apologise`).toBeLessThanOrEqual(25);
      expect(score('always-refute'), `${l.id}: always-refute`).toBeLessThanOrEqual(25);
      expect(score('careful-reader'), `${l.id}: careful-reader`).toBeGreaterThanOrEqual(60);
    }
  });
});

describe('the live clock', () => {
  it('the first chapter, played live at the middle speed by a careful reader who takes 10 s a reply, is won at least half the time', () => {
    const first = chapters[0]!;
    const careful = policyNamed('careful-reader')!;
    const live = simulate(first, careful, 200, 1, (seed) =>
      playLive(first, careful, seed, 10, (hour) => secondsPerHour('normal', hour)),
    );
    expect(live.goodRate).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the endless storm', () => {
  it('deals posts from every chapter, in a different order for each seed, the same for the same seed', () => {
    const a = buildStorm(levels, readStorm(), 1);
    const b = buildStorm(levels, readStorm(), 2);
    expect(a.posts.length).toBeGreaterThan(1000);
    expect(new Set(a.posts.map((p) => p.id.split('--')[0])).size).toBe(chapters.length);
    const order = (l: Level) =>
      l.posts
        .filter((p) => p.at !== undefined)
        .map((p) => p.id)
        .join();
    expect(order(a)).not.toBe(order(b));
    expect(buildStorm(levels, readStorm(), 1)).toEqual(a);
  });

  it('plays to an ending with follow-ups that stay within their own copy of a post', () => {
    const storm = buildStorm(levels, readStorm(), 5);
    const s = playOnce(storm, policyNamed('angry')!, 5);
    expect(s.ending).toBeTruthy();
    for (const d of s.decisions) {
      const r = postInGame(storm, s, d.post).responses.find((x) => x.id === d.response)!;
      const wave = d.post.slice(d.post.lastIndexOf('-w'));
      r.followups.forEach((f) => expect(f.post.endsWith(wave)).toBe(true));
    }
  });
});
