// Checks before answering and the truth that varies with the seed: the seed deals each post's variant,
// a check costs its hours and shows its finding, a reply does what it does in the dealt variant, and
// the debrief tells a verified answer from a guess. Saves and replay codes carry the checks.
import { describe, expect, it } from 'vitest';
import { loadLevelFile } from '../../src/data-files/load.ts';
import { loadLevel } from '../../src/content/loader.ts';
import { tally, verdict } from '../../src/core/discernment.ts';
import {
  checksFor,
  choicesFor,
  findingsFor,
  findPost,
  IllegalAction,
  newGame,
  postFor,
  replay,
  step,
} from '../../src/core/engine.ts';
import type { GameState } from '../../src/core/state.ts';
import { variantOf } from '../../src/core/variants.ts';
import { outlastsPost } from '../../src/view/format.ts';
import { fallLines } from '../../src/view/story.ts';
import { decodeReplay, encodeReplay, replayFromCode, replayResult } from '../../src/state/replay-code.ts';
import { SaveSchema } from '../../src/state/saves.ts';

const load = (file: string) => {
  const r = loadLevelFile(file);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.level;
};
const level = load('tests/fixtures/variants.yaml');
const mini = load('tests/fixtures/mini.yaml');
const memo = findPost(level, 'memo')!;
const start = (seed: number) => newGame(level, { seed, pacing: 'turn' });
/** The first seeds that deal each variant of the memo. */
const seedFor = (variant: string) => {
  for (let seed = 1; seed < 10_000; seed++) if (variantOf(memo, seed)?.id === variant) return seed;
  throw new Error(`no seed deals the memo's "${variant}" variant`);
};

describe('variants', () => {
  it('the seed deals one, the same every time, by weight', () => {
    const dealt = { real: 0, forged: 0 } as Record<string, number>;
    for (let seed = 1; seed <= 3000; seed++) dealt[variantOf(memo, seed)!.id]! += 1;
    // forged has weight 2, real 1
    expect(dealt.forged! / 3000).toBeGreaterThan(0.6);
    expect(dealt.forged! / 3000).toBeLessThan(0.73);
    expect(variantOf(memo, 42)).toBe(variantOf(memo, 42));
    expect(variantOf(findPost(level, 'bait')!, 42)).toBeUndefined();
  });

  it('changes the claim, the findings and what a reply does, never the labels', () => {
    const real = postFor(memo, seedFor('real'));
    const forged = postFor(memo, seedFor('forged'));
    expect([real.claim, forged.claim]).toEqual(['fair', 'fabricated']);
    expect(real.responses.map((r) => r.label)).toEqual(forged.responses.map((r) => r.label));
    expect(real.responses.find((r) => r.id === 'call-fake')!.effects.trust).toBe(-12);
    expect(forged.responses.find((r) => r.id === 'call-fake')!.effects.trust).toBe(8);
    expect(real.checks[0]!.finding!.points).toBe('fair');
    expect(forged.checks[0]!.finding!.points).toBe('unfounded');
    // A finding the variant does not give is the post's own.
    expect(real.checks[1]!.finding!.text).toMatch(/right format/);
  });

  it('decides the meters: calling a real memo fake costs trust, calling a forged one fake earns it', () => {
    const reply = (seed: number) => step(level, start(seed), { type: 'reply', post: 'memo', response: 'call-fake' });
    const trust = (g: GameState) => g.decisions[0]!.after.trust - g.decisions[0]!.before.trust;
    expect(trust(reply(seedFor('real')))).toBeLessThan(-5);
    expect(trust(reply(seedFor('forged')))).toBeGreaterThan(3);
  });

  it('the order of replies and of choices stays dealt from the seed alone', () => {
    const g = start(seedFor('real'));
    expect(
      choicesFor(memo, g)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['apologise', 'call-fake']);
  });
});

describe('checks', () => {
  it('are listed for an open post, cost their hours and show their finding', () => {
    const seed = seedFor('forged');
    const g = start(seed);
    expect(checksFor(level, g, 'memo').map((c) => c.check)).toEqual(['account', 'original']);
    const after = step(level, g, { type: 'check', post: 'memo', check: 'original' });
    expect(after.hour).toBe(g.hour + 2);
    expect(after.events).toContainEqual({ type: 'checked', post: 'memo', check: 'original' });
    expect(checksFor(level, after, 'memo').map((c) => c.check)).toEqual(['account']);
    expect(findingsFor(level, after, 'memo').map((c) => c.finding!.text)).toEqual([
      'The memo uses a logo Kestrel retired two years ago.',
    ]);
    expect(checksFor(level, after, 'bait')).toEqual([]);
  });

  it('say when a check would take the post past its deadline', () => {
    const g = start(3);
    const item = g.feed.find((f) => f.id === 'memo')!;
    const original = memo.checks.find((c) => c.check === 'original')!; // 2 hours, of a window of 8
    expect(outlastsPost(original, item, memo, g.hour)).toBe(false);
    expect(outlastsPost(original, item, memo, item.arrivedAt + memo.window - 2)).toBe(true);
    expect(outlastsPost(original, item, memo, item.arrivedAt + memo.window - 3)).toBe(false);
  });

  it('refuse a check run twice, one the post does not offer, or on a post that is not open', () => {
    const g = step(level, start(3), { type: 'check', post: 'memo', check: 'account' });
    expect(() => step(level, g, { type: 'check', post: 'memo', check: 'account' })).toThrow(IllegalAction);
    expect(() => step(level, g, { type: 'check', post: 'memo', check: 'coverage' })).toThrow(IllegalAction);
    expect(() => step(level, g, { type: 'check', post: 'bait', check: 'account' })).toThrow(IllegalAction);
    const answered = step(level, g, { type: 'reply', post: 'memo', response: 'apologise' });
    expect(() => step(level, answered, { type: 'check', post: 'memo', check: 'original' })).toThrow(IllegalAction);
  });

  it('are kept with the decision, and the tally tells a verified answer from a guess', () => {
    const seed = seedFor('forged');
    let g = step(level, start(seed), { type: 'check', post: 'memo', check: 'account' });
    g = step(level, g, { type: 'reply', post: 'memo', response: 'call-fake' });
    expect(g.decisions[0]!.checked).toEqual(['account']);
    g = step(level, g, { type: 'reply', post: 'bait', response: 'rebut' });
    expect(g.decisions[1]!.checked).toEqual([]);
    const t = tally(level, g);
    expect(t).toMatchObject({ false: 2, corrected: 1, verifiedRight: 1, guessedWrong: 1 });
  });
});

describe('the debrief says why a good ending was missed', () => {
  it('names the reply that ruled it out, never the flag it set', () => {
    let g = step(level, start(seedFor('real')), { type: 'reply', post: 'memo', response: 'call-fake' });
    g = step(level, g, { type: 'reply', post: 'bait', response: 'ignore' });
    while (!g.ending) g = step(level, g, { type: 'tick', hours: 1 });
    expect(g.ending).toBe('doubted');
    expect(fallLines(level, g)).toContain(
      '“Believed” was ruled out by your reply “Call the memo fake” to @autowhistle (hour 0).',
    );
    expect(fallLines(level, g).join(' ')).not.toContain('misjudged');
  });

  it('shows a missed value to a decimal when rounding would make it look met', () => {
    let g = step(level, start(seedFor('forged')), { type: 'reply', post: 'memo', response: 'call-fake' });
    g = step(level, g, { type: 'reply', post: 'bait', response: 'ignore' });
    while (!g.ending) g = step(level, g, { type: 'tick', hours: 1 });
    const short = { ...g, ending: 'doubted', values: { ...g.values, trust: 54.6 } };
    expect(fallLines(level, short)).toEqual(['“Believed” needed Public trust at 55 or more (you ended at 54.6).']);
    const far = { ...short, values: { ...g.values, trust: 40.2 } };
    expect(fallLines(level, far)).toEqual(['“Believed” needed Public trust at 55 or more (you ended at 40).']);
  });
});

describe('bait', () => {
  const bait = findPost(level, 'bait')!;
  const r = (id: string) => bait.responses.find((x) => x.id === id)!;
  it('is starved by letting it pass and amplified by a correction', () => {
    expect(verdict(bait, null)).toBe('starved');
    expect(verdict(bait, r('ignore'))).toBe('starved');
    expect(verdict(bait, r('rebut'))).toBe('amplified');
  });
});

describe('saves and replay codes carry checks', () => {
  const seed = seedFor('real');
  const actions = [
    { type: 'check', post: 'memo', check: 'account' },
    { type: 'reply', post: 'memo', response: 'apologise' },
    { type: 'reply', post: 'bait', response: 'ignore' },
  ] as const;
  const session = { level: 'variants', seed, pacing: 'turn' as const, actions: [...actions] };

  it('a save with a check is read back', () => {
    expect(SaveSchema.safeParse({ v: 2, ...session }).success).toBe(true);
    expect(
      SaveSchema.safeParse({ v: 2, ...session, actions: [{ type: 'check', post: 'memo', check: 'vibes' }] }).success,
    ).toBe(false);
  });

  it('a code replays the checks to the same meters', () => {
    const game = replay(level, session, session.actions);
    const code = encodeReplay(level, session);
    expect(code[0]).toBe('B');
    const back = replayFromCode(code, [level]);
    if ('error' in back) throw new Error(back.error);
    expect(back.session.actions).toEqual(session.actions);
    expect(replayResult(back.game)).toEqual(replayResult(game));
  });

  it('a code made before checks existed (version A) still replays', () => {
    // Made by the previous version of the game for mini.yaml, seed 7, always the first reply shown.
    const back = replayFromCode('ARHAAAAAAcAm8-jjrzQ', [mini]);
    if ('error' in back) throw new Error(back.error);
    expect(back.game.ending).toBe('verified-brand');
    expect(Math.round(back.game.values.trust)).toBe(60);
    expect(decodeReplay('ARHAAAAAAcAm8-jjrzQ', [mini])).not.toHaveProperty('error');
  });
});

describe('level files with checks and variants', () => {
  const problems = (yaml: string) => {
    const r = loadLevel(yaml, 'x.yaml');
    return r.ok ? [] : r.problems.map((p) => `${p.line}: ${p.path}: ${p.message}`);
  };
  const HEAD = `  - id: p
    scenario: S1
    claim: fair
    at: 0
    author: { name: A, handle: "@aa", kind: critic }
    text: T.
`;
  const base = (post: string) => `id: x
number: 92
title: X
persona: { name: A, handle: "@aa", role: B }
briefing: B.
hours: 6
questions: [a, b, c]
endings:
  - { id: e, title: E, good: false, timing: end, text: E. }
posts:
${post}`;
  /** A level with one post "p", its fields after `text` given. */
  const post = (rest: string) => base(`${HEAD}${rest}`);
  const reply = `    responses:
      - { id: a, kind: refute, label: Deny it, note: A note for the debrief. }
      - { id: b, kind: apologise, label: Apologise, note: A note for the debrief. }`;

  it('name the line and the field of a check without a finding, a lone variant, and unknown names', () => {
    const out = problems(
      post(`    checks:
      - { check: account }
      - { check: account, finding: { text: Found. } }
    variants:
      - id: only
        claim: fair
        findings: { original: { text: X. } }
        replies: { c: { note: No such reply. } }
${reply}`),
    );
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^18: posts\[0\]\.checks\[0\]: needs a finding, here or in variant "only"/),
        expect.stringMatching(/^19: posts\[0\]\.checks\[1\]\.check: a second "account" check/),
        expect.stringMatching(/^21: posts\[0\]\.variants: needs at least 2 variants/),
        expect.stringMatching(/^13: posts\[0\]\.claim: a post with variants takes its claim from each variant/),
        expect.stringMatching(
          /^23: posts\[0\]\.variants\[0\]\.findings\.original: post "p" offers no "original" check/,
        ),
        expect.stringMatching(/^24: posts\[0\]\.variants\[0\]\.replies\.c: post "p" has no response "c"/),
      ]),
    );
  });

  it('warn about a reply whose label hides what it posts', () => {
    const r = loadLevel(
      post(`    responses:
      - { id: a, kind: refute, label: Deny it, reply: "Not true. Refunds for all by Friday.", note: A note for the debrief. }
      - { id: b, kind: apologise, label: Apologise, note: A note for the debrief. }`),
      'x.yaml',
    );
    if (!r.ok) throw new Error('should load');
    expect(r.warnings.map((w) => w.message)).toEqual([
      'the reply posts a date or deadline ("Friday") that its label does not show',
      'the reply posts a refund, payment or anything free ("Refunds") that its label does not show',
    ]);
  });
});
