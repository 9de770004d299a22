// The judgement check: its item bank is validated (pairs, sets, answer keys) with file:line: path, and the
// store runs it before the campaign, after it with the other set, then a week and a month later, resuming
// after a reload; any of them may be skipped.
import { describe, expect, it } from 'vitest';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import { type JudgementItem, loadJudgementBank, REPLY_KINDS } from '../../src/content/judgement-check.ts';
import { JUDGEMENT_SETS, ITEMS_PER_SET, itemsOf } from '../../src/content/judgement-items.ts';
import { type JudgementAnswer, scoreJudgement } from '../../src/content/judgement-scores.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { PROGRESS_KEY } from '../../src/state/progress.ts';
import type { KeyValueStorage } from '../../src/state/saves.ts';
import { createAppStore } from '../../src/state/store.ts';
import { stringify } from 'yaml';
import { bank, bankData } from './judgement-bank.ts';

const judgementBank = bank();
const levels = loadAllLevels();
const DAY = 24 * 60 * 60 * 1000;

describe('the item bank is validated', () => {
  type Data = ReturnType<typeof bankData>;
  type Item = Data['items'][number];
  /** The problems of the test bank after `change`, as the validator prints them. */
  const problemsAfter = (change: (items: Item[]) => void) => {
    const data: Data = structuredClone(bankData());
    change(data.items);
    const r = loadJudgementBank(stringify(data), 'bank.yaml');
    return r.ok ? [] : r.problems.map(formatProblem);
  };
  const byId = (items: Item[], id: string) => items.find((x) => x.id === id)!;

  it('passes the test bank as it is', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  it('names the file, the line and the field of a bad value', () => {
    expect(problemsAfter((items) => (byId(items, 'b-1-fair').set = 'E'))).toEqual([
      expect.stringMatching(/^bank\.yaml:\d+: items\[8\]\.set: must be one of "A", "B", "C", "D", not "E"$/),
    ]);
  });

  it('needs exactly one best reply per item', () => {
    const found = problemsAfter((items) => {
      for (const r of byId(items, 'a-1-fair').replies) delete (r as { best?: true }).best;
    });
    expect(found).toContainEqual(
      expect.stringMatching(/:\d+: items\[0\]\.replies: needs exactly one best reply, has 0$/),
    );
  });

  it('needs each pair to be one fair and one false item in one set, and not back to back', () => {
    expect(problemsAfter((items) => (byId(items, 'a-1-false').fair = true))).toContainEqual(
      expect.stringMatching(/pair: pair "a-1" needs one fair item and one false, both are fair$/),
    );
    expect(problemsAfter((items) => (byId(items, 'b-1-false').pair = 'a-1'))).toContainEqual(
      expect.stringMatching(/pair "a-1" needs two items, has 3$/),
    );
    expect(
      problemsAfter((items) => {
        const [twin] = items.splice(2, 1);
        items.splice(1, 0, twin!);
      }),
    ).toContainEqual(expect.stringMatching(/pair "a-1" is shown back to back/));
  });

  it('refuses twins that offer different replies, or whose best reply does not depend on the truth', () => {
    const same = problemsAfter((items) => {
      for (const r of byId(items, 'a-1-false').replies) r.best = r.kind === 'own' ? true : undefined;
    });
    expect(same).toContainEqual(
      expect.stringMatching(/pair "a-1" has the same best reply \(own\) for the fair and the false twin/),
    );
    const other = problemsAfter((items) => byId(items, 'a-1-false').replies.reverse());
    expect(other).toContainEqual(
      expect.stringMatching(/pair "a-1" offers different replies \(own correct \/ correct own\)/),
    );
  });

  it('refuses a kind of reply that is always the best, or never', () => {
    const found = problemsAfter((items) => {
      for (const x of items.filter((i) => i.pair.endsWith('-4') && !i.fair))
        for (const r of x.replies) r.best = r.kind === 'correct' ? true : undefined;
    });
    expect(found).toEqual([
      expect.stringMatching(/: items: the reply kind "starve" is never the best: a choice nobody needs to weigh$/),
    ]);
  });

  it('needs four whole pairs in every set and as many findings in each as in set A', () => {
    const loose = problemsAfter((items) => {
      for (const x of items.filter((i) => i.pair === 'c-1')) x.set = 'D';
    });
    expect(loose).toContainEqual(
      expect.stringMatching(/^bank\.yaml:\d+: items: set C needs 8 items \(four pairs\), has 6$/),
    );
    const fewer = problemsAfter((items) => {
      for (const x of items.filter((i) => i.pair === 'b-2')) delete (x as { finding?: unknown }).finding;
    });
    expect(fewer).toContainEqual(
      expect.stringMatching(/: items: set B has 2 items with a finding and set A 4: matched sets have as many$/),
    );
  });
});

describe('the item bank in data/', () => {
  const real = readJudgementBank();
  const score = (items: JudgementItem[], answer: (x: JudgementItem) => JudgementAnswer) =>
    scoreJudgement(items, items.map(answer))!;
  const followers = (x: JudgementItem) => {
    const m = x.post.about.match(/([\d.]+)(k)? followers/);
    return m ? Number(m[1]) * (m[2] ? 1000 : 1) : 0;
  };
  const joined = (x: JudgementItem) => Number(x.post.about.match(/joined (\d{4})/)?.[1] ?? 2026);

  it('has four matched sets whose posts appear in no chapter', () => {
    for (const set of JUDGEMENT_SETS) expect(itemsOf(real, set)).toHaveLength(ITEMS_PER_SET);
    const campaign = JSON.stringify(levels);
    for (const item of real.items) expect(campaign).not.toContain(item.post.text.slice(0, 40));
  });

  it('is not won by always posting one kind of reply, or the reply in one place', () => {
    for (const set of JUDGEMENT_SETS) {
      const items = itemsOf(real, set);
      for (const kind of REPLY_KINDS) {
        const picked = score(items, (x) => ({
          rating: 4,
          reply: Math.max(
            0,
            x.replies.findIndex((r) => r.kind === kind),
          ),
        }));
        expect(picked.bestReplies.right, `set ${set}, always ${kind}`).toBeLessThanOrEqual(ITEMS_PER_SET / 2);
      }
      for (const place of [0, 1, 2]) {
        const picked = score(items, (x) => ({ rating: 4, reply: Math.min(place, x.replies.length - 1) }));
        expect(picked.bestReplies.right, `set ${set}, always place ${place + 1}`).toBeLessThanOrEqual(
          ITEMS_PER_SET / 2,
        );
      }
    }
  });

  it('is not won by judging the messenger: followers, account age or an attachment do not tell fair from false', () => {
    const rules: [string, (x: JudgementItem) => boolean][] = [
      ['many followers', (x) => followers(x) >= 5000],
      ['an old account', (x) => joined(x) <= 2020],
      ['something attached', (x) => Boolean(x.post.attached)],
      ['a long post', (x) => x.post.text.length > 200],
    ];
    for (const set of JUDGEMENT_SETS)
      for (const [name, trusts] of rules) {
        const d = score(itemsOf(real, set), (x) => ({ rating: trusts(x) ? 6 : 2, reply: 0 })).discernment;
        expect(Math.abs(d), `set ${set}: trusting ${name}`).toBeLessThanOrEqual(1);
      }
  });
});

describe('taking the judgement check through the store', () => {
  const boot = (storage: KeyValueStorage, clock = { now: 0 }, seed = 1) =>
    createAppStore({ judgementBank, levels, storage, newSeed: () => seed++, now: () => clock.now });
  const answerAll = (store: ReturnType<typeof boot>, rating = (_fair: boolean) => 4) => {
    for (let i = 0; i < ITEMS_PER_SET; i++) {
      const taking = store.getState().progress.judgement.taking!;
      const item = itemsOf(judgementBank, taking.set)[taking.answers.length]!;
      store.getState().answerJudgement({ rating: rating(item.fair), reply: 0 });
    }
  };

  it('is offered before the first chapter, and skipping it goes to the briefing and is remembered', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    store.getState().newGame();
    expect(store.getState().screen).toBe('judgement-offer');
    store.getState().skipJudgement();
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().level!.number).toBe(1);
    const again = boot(storage);
    again.getState().newGame();
    expect(again.getState().screen).toBe('briefing');
  });

  it('before, then after with the other set, each answer saved with the date it was finished', () => {
    const storage = memoryStorage();
    const clock = { now: Date.UTC(2026, 11, 1) };
    const store = boot(storage, clock, 2);
    store.getState().newGame();
    store.getState().openJudgement();
    expect(store.getState().screen).toBe('judgement');
    const first = store.getState().progress.judgement.taking!.set;
    expect(['A', 'B']).toContain(first);
    answerAll(store, (fair) => (fair ? 6 : 2));
    expect(store.getState().screen).toBe('judgement-result');
    expect(store.getState().progress.judgement.before).toMatchObject({ set: first, at: clock.now });
    expect(store.getState().returnTo).toBe('judgement-offer');

    store.getState().quitToTitle();
    store.getState().openJudgement();
    const second = store.getState().progress.judgement.taking!.set;
    expect(['A', 'B'].filter((x) => x !== first)).toEqual([second]);
    answerAll(store);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!).judgement;
    expect(saved.after.set).toBe(second);
    expect(saved.before.answers).toHaveLength(ITEMS_PER_SET);
    store.getState().quitToTitle();
    store.getState().openJudgement();
    expect(store.getState().screen).toBe('judgement-result');
  });

  it('offers the one-week check from day 7 after the "after" check, then the one-month check from day 30', () => {
    const storage = memoryStorage();
    const clock = { now: Date.UTC(2026, 11, 1) };
    const store = boot(storage, clock);
    store.getState().openJudgement();
    answerAll(store);
    clock.now += 3 * DAY;
    store.getState().openJudgement();
    answerAll(store);
    const after = clock.now;
    clock.now = after + 7 * DAY - 60_000;
    expect(boot(storage, clock).getState().dueJudgement).toBeNull();
    clock.now = after + 8 * DAY;
    const week = boot(storage, clock);
    expect(week.getState().dueJudgement).toBe('week');
    week.getState().openJudgement('week');
    expect(week.getState().progress.judgement.taking!.set).toBe('C');
    answerAll(week);
    expect(week.getState().dueJudgement).toBeNull();
    clock.now = after + 30 * DAY;
    const month = boot(storage, clock);
    expect(month.getState().dueJudgement).toBe('month');
    month.getState().openJudgement('month');
    expect(month.getState().progress.judgement.taking!.set).toBe('D');
    month.getState().skipJudgement();
    expect(month.getState().dueJudgement).toBeNull();
    expect(boot(storage, clock).getState().progress.judgement.skipped).toEqual(['month']);
  });

  it('offers the month check, not the week one, to a player who comes back after a month', () => {
    const storage = memoryStorage();
    const clock = { now: 0 };
    const store = boot(storage, clock);
    store.getState().openJudgement();
    answerAll(store);
    store.getState().openJudgement();
    answerAll(store);
    clock.now += 40 * DAY;
    expect(boot(storage, clock).getState().dueJudgement).toBe('month');
  });

  it('Back from the first item returns to where the judgement check began, with nothing kept', () => {
    const store = boot(memoryStorage());
    store.getState().newGame();
    store.getState().openJudgement();
    store.getState().backJudgement();
    expect(store.getState().screen).toBe('judgement-offer');
    expect(store.getState().progress.judgement.taking).toBeUndefined();
  });

  it('resumes after a reload at the item it was on, and Previous takes an answer back', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    store.getState().openJudgement();
    store.getState().answerJudgement({ rating: 5, reply: 1 });
    store.getState().answerJudgement({ rating: 3, reply: 0 });
    store.getState().backJudgement();
    store.getState().answerJudgement({ rating: 2, reply: 0 });
    const reloaded = boot(storage);
    expect(reloaded.getState().progress.judgement.taking!.answers).toEqual([
      { rating: 5, reply: 1 },
      { rating: 2, reply: 0 },
    ]);
    reloaded.getState().openJudgement();
    expect(reloaded.getState().screen).toBe('judgement');
  });

  it('ignores a rating outside 1–7 or a reply not on offer', () => {
    const store = boot(memoryStorage());
    store.getState().openJudgement();
    const item = itemsOf(judgementBank, store.getState().progress.judgement.taking!.set)[0]!;
    for (const bad of [
      { rating: 9, reply: 0 },
      { rating: 0, reply: 0 },
      { rating: 4.5, reply: 0 },
      { rating: 4, reply: item.replies.length },
      { rating: 4, reply: -1 },
    ])
      store.getState().answerJudgement(bad);
    expect(store.getState().progress.judgement.taking!.answers).toEqual([]);
  });

  it('reads a judgement check kept in storage under its former name, check, as it was', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    store.getState().openJudgement('before');
    answerAll(store);
    const taken = store.getState().progress.judgement;
    const { judgement, ...rest } = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    storage.setItem(PROGRESS_KEY, JSON.stringify({ ...rest, check: judgement }));
    expect(boot(storage).getState().progress.judgement).toEqual(taken);
    expect(taken.before?.answers).toHaveLength(ITEMS_PER_SET);
  });

  it('reads a damaged record, or one kept from the first item bank, as none taken, keeping the rest', () => {
    const storage = memoryStorage();
    for (const old of ['garbage', { before: { set: 'A', ratings: [1, 2, 3, 4, 5, 6, 7, 1] }, skipped: true }]) {
      storage.setItem(PROGRESS_KEY, JSON.stringify({ endings: { mini: 'verified-brand' }, check: old }));
      const reloaded = boot(storage).getState().progress;
      expect(reloaded.judgement).toEqual({ skipped: [] });
      expect(reloaded.endings).toEqual({ mini: 'verified-brand' });
    }
  });
});
