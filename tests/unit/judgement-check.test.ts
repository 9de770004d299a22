// The judgement check: its data file is validated like a level, its scoring rewards telling good practice
// from poor, and the store runs it before the campaign and after it with the other set, resuming after a
// reload.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_FILE, loadAllLevels, loadCheck } from '../../src/cli/level-files.ts';
import { checkScore, ITEMS_PER_SET, itemsOf, loadJudgementCheck } from '../../src/content/judgement-check.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { PROGRESS_KEY } from '../../src/state/progress.ts';
import type { KeyValueStorage } from '../../src/state/saves.ts';
import { createAppStore } from '../../src/state/store.ts';

const check = loadCheck();
const levels = loadAllLevels();
const TEXT = readFileSync(CHECK_FILE, 'utf8');

describe('the judgement check file', () => {
  it('holds two sets of eight, each half good practice, none of them from a chapter', () => {
    for (const set of ['A', 'B'] as const) {
      const items = itemsOf(check, set);
      expect(items).toHaveLength(ITEMS_PER_SET);
      expect(items.filter((x) => x.good)).toHaveLength(ITEMS_PER_SET / 2);
    }
    const campaignText = JSON.stringify(levels);
    for (const item of check.items) expect(campaignText).not.toContain(item.reply.slice(0, 40));
  });

  it('shows good and poor replies in a mixed order, so that no pattern of ratings wins by position', () => {
    for (const set of ['A', 'B'] as const) {
      const goods = itemsOf(check, set).map((x) => x.good);
      expect(goods.slice(0, 4).filter(Boolean).length, set).toBe(2);
      expect(goods.filter((g, i) => i > 0 && g !== goods[i - 1]).length, set).toBeGreaterThanOrEqual(3);
    }
  });

  it('holds in each set a good and a poor reply whose rating depends on what a check found', () => {
    for (const set of ['A', 'B'] as const) {
      const checked = itemsOf(check, set).filter((x) => x.finding);
      expect(checked.some((x) => x.good)).toBe(true);
      expect(checked.some((x) => !x.good)).toBe(true);
    }
  });

  it('names the file, the line and the field of each problem', () => {
    const broken = TEXT.replace('    set: B\n    good: true\n', '    set: C\n    good: true\n');
    const r = loadJudgementCheck(broken, 'check.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(formatProblem)[0]).toMatch(
      /^check\.yaml:\d+: items\[\d+\]\.set: must be one of "A", "B", not "C"$/,
    );
  });

  it('refuses a set that is not eight items, half of them good', () => {
    const lopsided = TEXT.replace(/(id: a-refund-fees\n {4}set: A\n {4}good: )true/, '$1false');
    const r = loadJudgementCheck(lopsided, 'check.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.message)).toContain('set A needs 8 items, half of them good: it has 8, 3 good');
  });
});

describe('the score', () => {
  const items = itemsOf(check, 'A');
  const rate = (good: number, poor: number) => items.map((x) => (x.good ? good : poor));

  it('is the mean rating of the good replies minus that of the poor ones', () => {
    expect(checkScore(items, rate(7, 1))).toBe(6);
    expect(checkScore(items, rate(1, 7))).toBe(-6);
    const mixed = items.map((x, i) => (x.good ? 6 - (i % 2) : 2 + (i % 2)));
    const good = items.flatMap((x, i) => (x.good ? [mixed[i]!] : []));
    const poor = items.flatMap((x, i) => (x.good ? [] : [mixed[i]!]));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(checkScore(items, mixed)).toBeCloseTo(mean(good) - mean(poor), 12);
  });

  it('is 0 for a player who rates every reply alike, however high', () => {
    expect(checkScore(items, rate(7, 7))).toBe(0);
    expect(checkScore(items, rate(4, 4))).toBe(0);
  });
});

describe('taking the check through the store', () => {
  const boot = (storage: KeyValueStorage, seed = 1) =>
    createAppStore({ check, levels, storage, newSeed: () => seed++ });
  const rateAll = (store: ReturnType<typeof boot>, r: (i: number) => number) => {
    for (let i = 0; i < ITEMS_PER_SET; i++) store.getState().rateCheck(r(i));
  };

  it('is offered before the first chapter, and skipping it goes to the briefing and is remembered', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    store.getState().newGame();
    expect(store.getState().screen).toBe('check-offer');
    store.getState().skipCheck();
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().level!.number).toBe(1);
    const again = boot(storage);
    again.getState().newGame();
    expect(again.getState().screen).toBe('briefing');
  });

  it('before, then after with the other set: eight ratings each, saved as they are given', () => {
    const storage = memoryStorage();
    const store = boot(storage, 2);
    store.getState().newGame();
    store.getState().openCheck();
    expect(store.getState().screen).toBe('check');
    const first = store.getState().progress.check.taking!.set;
    rateAll(store, (i) => (itemsOf(check, first)[i]!.good ? 6 : 2));
    expect(store.getState().screen).toBe('check-result');
    expect(store.getState().progress.check.before).toEqual({
      set: first,
      ratings: itemsOf(check, first).map((x) => (x.good ? 6 : 2)),
    });
    expect(store.getState().back).toBe('check-offer');

    store.getState().quitToTitle();
    store.getState().openCheck();
    const second = store.getState().progress.check.taking!.set;
    expect(second).not.toBe(first);
    rateAll(store, () => 4);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!).check;
    expect(saved.after.set).toBe(second);
    expect(saved.before.set).toBe(first);
    // Both taken: the menu shows the result; nobody rates an item twice.
    store.getState().quitToTitle();
    store.getState().openCheck();
    expect(store.getState().screen).toBe('check-result');
  });

  it('Back from the first item returns to where the check began, with nothing kept', () => {
    const store = boot(memoryStorage());
    store.getState().newGame();
    store.getState().openCheck();
    store.getState().backCheck();
    expect(store.getState().screen).toBe('check-offer');
    expect(store.getState().progress.check.taking).toBeUndefined();
  });

  it('resumes after a reload at the item it was on, and Previous takes a rating back', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    store.getState().openCheck();
    store.getState().rateCheck(5);
    store.getState().rateCheck(3);
    store.getState().backCheck();
    store.getState().rateCheck(2);
    const reloaded = boot(storage);
    expect(reloaded.getState().progress.check.taking!.ratings).toEqual([5, 2]);
    reloaded.getState().openCheck();
    expect(reloaded.getState().screen).toBe('check');
  });

  it('ignores a rating outside 1–7, and a damaged record does not lose the rest of the progress', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    store.getState().openCheck();
    store.getState().rateCheck(9);
    store.getState().rateCheck(0);
    expect(store.getState().progress.check.taking!.ratings).toEqual([]);
    const progress = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ ...progress, endings: { mini: 'verified-brand' }, check: 'garbage' }),
    );
    const reloaded = boot(storage).getState().progress;
    expect(reloaded.check).toEqual({});
    expect(reloaded.endings).toEqual({ mini: 'verified-brand' });
  });
});
