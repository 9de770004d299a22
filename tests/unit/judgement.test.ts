// Judgement in the rules: the replies are shown in an order dealt from the seed, and discernment scores
// owning fair criticism and correcting false attacks, not apologising or refuting across the board.
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelFiles, loadLevelFile } from '../../src/data-files/load.ts';
import { loadLevel } from '../../src/content/loader.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { Level, Post, Response } from '../../src/content/schema.ts';
import { discernmentScore, EMPTY_TALLY, tally, verdict } from '../../src/core/discernment.ts';
import { choicesFor, findPost, newGame, replay, step } from '../../src/core/engine.ts';
import type { Action } from '../../src/core/state.ts';

function mustLoad(text: string, file = 'inline.yaml'): Level {
  const r = loadLevel(text, file);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.level;
}
const MINI_TEXT = readFileSync('tests/fixtures/mini.yaml', 'utf8');
const mini = mustLoad(MINI_TEXT, 'tests/fixtures/mini.yaml');
const post = (id: string) => findPost(mini, id)!;
const response = (p: Post, id: string) => p.responses.find((r) => r.id === id)!;
const ids = (rs: Response[]) => rs.map((r) => r.id);

describe('the order replies are shown in', () => {
  const wide = (() => {
    const doc = parse(MINI_TEXT) as { posts: { responses: unknown[] }[] };
    // A post with five replies, so that orders can differ in many ways.
    doc.posts[0]!.responses.push(
      { id: 'three', kind: 'humour', label: 'Three', note: 'A third reply.' },
      { id: 'four', kind: 'invite', label: 'Four', note: 'A fourth reply.' },
      { id: 'five', kind: 'silence', label: 'Five', note: 'A fifth reply.' },
    );
    return mustLoad(stringify(doc));
  })();
  const poster = findPost(wide, 'poster')!;
  const shown = (seed: number) => ids(choicesFor(poster, newGame(wide, { seed, pacing: 'turn' })));

  it('is dealt from the seed: the same seed shows the same order, other seeds other orders', () => {
    expect(shown(7)).toEqual(shown(7));
    const orders = new Set(Array.from({ length: 40 }, (_, i) => shown(i + 1).join()));
    expect(orders.size).toBeGreaterThan(20);
  });

  it('puts every reply first about equally often, whatever order the author wrote them in', () => {
    const firsts = new Map<string, number>();
    for (let seed = 1; seed <= 2000; seed++) firsts.set(shown(seed)[0]!, (firsts.get(shown(seed)[0]!) ?? 0) + 1);
    expect([...firsts.keys()].sort()).toEqual(ids(poster.responses).sort());
    for (const n of firsts.values()) expect(n / 2000).toBeGreaterThan(0.14);
  });

  it('does not depend on the order the author wrote the replies in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5 }),
        (seed, perm) => {
          const doc = parse(stringify(parse(MINI_TEXT))) as { posts: { responses: unknown[] }[] };
          const extra = [
            { id: 'three', kind: 'humour', label: 'Three', note: 'A third reply.' },
            { id: 'four', kind: 'invite', label: 'Four', note: 'A fourth reply.' },
            { id: 'five', kind: 'silence', label: 'Five', note: 'A fifth reply.' },
          ];
          const all = [...doc.posts[0]!.responses, ...extra];
          doc.posts[0]!.responses = perm.map((i) => all[i]);
          const level = mustLoad(stringify(doc));
          const p = findPost(level, 'poster')!;
          expect(ids(choicesFor(p, newGame(level, { seed, pacing: 'turn' })))).toEqual(shown(seed));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is the same after a replay of the saved actions', () => {
    const actions: Action[] = [{ type: 'tick', hours: 1 }];
    const live = step(wide, newGame(wide, { seed: 99, pacing: 'turn' }), actions[0]!);
    const replayed = replay(wide, { seed: 99, pacing: 'turn' }, actions);
    expect(ids(choicesFor(poster, replayed))).toEqual(ids(choicesFor(poster, live)));
  });

  it('keeps each reply in its place when another one comes or goes', () => {
    const s = newGame(wide, { seed: 5, pacing: 'turn' });
    const all = choicesFor(poster, s);
    const fewer = choicesFor({ ...poster, responses: poster.responses.filter((r) => r.id !== 'four') }, s);
    expect(ids(fewer)).toEqual(ids(all).filter((id) => id !== 'four'));
  });
});

describe('the verdict on a reply to a post with a claim', () => {
  it('owns fair criticism by admitting it, and corrects a false attack by countering it', () => {
    expect(verdict(post('poster'), response(post('poster'), 'numbers'))).toBe('owned'); // stance: admit
    expect(verdict(post('backlash'), response(post('backlash'), 'sorry'))).toBe('owned'); // apologise admits
    expect(verdict(post('late'), response(post('late'), 'proof'))).toBe('corrected'); // evidence counters
  });

  it('calls the wrong stance by its name: denied, conceded, dodged, attacked, let go', () => {
    const fair = { ...post('poster'), responses: [] };
    const smear = post('late');
    const r = (kind: Response['kind'], stance?: Response['stance']) => ({ ...response(smear, 'proof'), kind, stance });
    expect(verdict(fair, r('refute'))).toBe('denied');
    expect(verdict(smear, r('apologise'))).toBe('conceded');
    expect(verdict(smear, r('humour'))).toBe('dodged');
    expect(verdict(fair, r('anger'))).toBe('attacked');
    expect(verdict(fair, null)).toBe('let go');
    expect(verdict(fair, r('evidence', 'admit'))).toBe('owned');
  });
});

describe('the discernment score', () => {
  it('is 100 for telling them apart, 0 for apologising or refuting across the board', () => {
    expect(discernmentScore({ fair: 5, owned: 5, false: 3, corrected: 3 })).toBe(100);
    expect(discernmentScore({ fair: 5, owned: 5, false: 3, corrected: 0 })).toBe(0);
    expect(discernmentScore({ fair: 5, owned: 0, false: 3, corrected: 3 })).toBe(0);
    expect(discernmentScore({ fair: 5, owned: 0, false: 3, corrected: 0 })).toBe(0);
    expect(discernmentScore({ fair: 5, owned: 4, false: 3, corrected: 2 })).toBe(47);
  });

  it('is null when a chapter held only one kind, so there was nothing to tell apart', () => {
    expect(discernmentScore({ fair: 4, owned: 4, false: 0, corrected: 0 })).toBeNull();
  });

  it('counts what was owned, corrected and let go in a played chapter', () => {
    let s = newGame(mini, { seed: 3, pacing: 'turn' });
    s = step(mini, s, { type: 'reply', post: 'poster', response: 'numbers' });
    while (!s.ending) s = step(mini, s, { type: 'tick', hours: 1 });
    const t = tally(mini, s);
    expect(t.owned).toBe(1);
    expect(t.fair).toBe(1); // the backlash only follows the "everyone does it" reply
    expect(t.corrected).toBe(0);
    expect(t.false).toBe(s.feed.some((f) => f.id === 'late') ? 1 : 0); // the smear let go
  });
});

describe('a level without claims', () => {
  it('still loads, with a warning per untagged post that names the file, the line and the post', () => {
    const untagged = MINI_TEXT.replace(/^ {4}claim: .*\n/gm, '');
    const r = loadLevel(untagged, 'old.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map(formatProblem)).toEqual([
      'old.yaml:15: posts[0]: has no claim (fair, misleading, fabricated or none): it will not count towards discernment',
      'old.yaml:42: posts[1]: has no claim (fair, misleading, fabricated or none): it will not count towards discernment',
      'old.yaml:51: posts[2]: has no claim (fair, misleading, fabricated or none): it will not count towards discernment',
      'old.yaml:60: posts[3]: has no claim (fair, misleading, fabricated or none): it will not count towards discernment',
    ]);
  });

  it('counts none of its posts towards discernment', () => {
    const untagged = mustLoad(MINI_TEXT.replace(/^ {4}claim: .*\n/gm, ''));
    let s = newGame(untagged, { seed: 3, pacing: 'turn' });
    s = step(untagged, s, { type: 'reply', post: 'poster', response: 'numbers' });
    expect(tally(untagged, s)).toEqual(EMPTY_TALLY);
  });

  it('the built-in chapters load without warnings', () => {
    for (const file of levelFiles()) {
      const r = loadLevelFile(file);
      expect(r.ok && r.warnings.map(formatProblem), file).toEqual([]);
    }
  });
});
