// The store as the player meets it: start, reply, reload and Continue, finish a chapter and carry on,
// the clock that stops when it should, and storage that misbehaves. Every step goes through the actions.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { loadAllLevels, loadLevelFile, readJudgementBank, readStorm } from '../../src/data-files/load.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { Level } from '../../src/content/schema.ts';
import { HIDDEN } from '../../src/content/terms.ts';
import { available, carryFrom, findPost, newGame, openPosts, startValues } from '../../src/core/engine.ts';
import { buildStorm, STORM_ID } from '../../src/core/storm.ts';
import { PROGRESS_KEY } from '../../src/state/progress.ts';
import { BACKUP_KEY, type KeyValueStorage, loadSave, SAVE_KEY, SAVE_VERSION } from '../../src/state/saves.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { type AppStore, createAppStore, currentPost } from '../../src/state/store.ts';

const judgementBank = readJudgementBank();

const campaign = loadAllLevels();
const storm = readStorm();
const miniResult = loadLevelFile('tests/fixtures/mini.yaml');
if (!miniResult.ok) throw new Error(miniResult.problems.map(formatProblem).join('\n'));
const mini = miniResult.level;
const byId = (id: string) => campaign.find((l) => l.id === id)!;

const CANNOT_SAVE = 'This browser would not let Hot Seat save, so progress will not survive a reload.';

/**
 * A store at the title screen; seeds count up from 1000 so every game is reproducible. The first chapter's
 * tips are off unless the storage says otherwise (tutorial.test.ts tests them).
 */
function boot(storage: KeyValueStorage, levels: Level[] = [mini]): AppStore {
  if (storage.getItem(SETTINGS_KEY) === null) storage.setItem(SETTINGS_KEY, JSON.stringify({ tutorial: false }));
  let seed = 1000;
  const store = createAppStore({ judgementBank, levels, storm, storage, newSeed: () => seed++ });
  return store;
}

/** The game a fresh visit would rebuild from what is in storage right now. */
function storedGame(storage: KeyValueStorage, levels: Level[] = [mini]) {
  const loaded = loadSave(storage, (id, seed) =>
    id === STORM_ID ? buildStorm(campaign, storm, seed) : levels.find((l) => l.id === id),
  );
  return loaded.status === 'loaded' ? loaded.state : loaded;
}

/** mini.yaml started in turn pacing: "poster" is open at hour 0. */
function miniStarted(storage: KeyValueStorage = memoryStorage()) {
  const store = boot(storage);
  store.getState().openChapter('mini');
  store.getState().start('turn');
  return store;
}

/** Ticks the chapter to its end through the store, as live pacing would. */
function tickToEnd(store: AppStore) {
  for (let i = 0; i < 500 && store.getState().screen === 'play'; i++) store.getState().tick();
  expect(store.getState().screen).toBe('ending');
}

describe('starting and saving', () => {
  it('starting a chapter writes a save and shows the play screen', () => {
    const storage = memoryStorage();
    const store = miniStarted(storage);
    const s = store.getState();
    expect(s.screen).toBe('play');
    expect(s.game).toEqual(newGame(mini, { seed: 1000, pacing: 'turn' }));
    expect(JSON.parse(storage.getItem(SAVE_KEY)!)).toEqual({
      v: SAVE_VERSION,
      level: 'mini',
      seed: 1000,
      pacing: 'turn',
      actions: [],
    });
  });

  it('the pacing picked on the briefing is what Settings shows, and the game starts in it alone', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    store.getState().openChapter('mini');
    store.getState().start('live');
    expect(store.getState().settings.pacing).toBe('live');
    expect(store.getState().game!.pacing).toBe('live');
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).actions).toEqual([]);
  });

  it('each reply is saved at once, and the save rebuilds the game on screen', () => {
    const storage = memoryStorage();
    const store = miniStarted(storage);
    store.getState().reply('everyone');
    expect(store.getState().game!.chosen).toEqual(['poster.everyone']);
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).actions).toEqual([
      { type: 'reply', post: 'poster', response: 'everyone' },
    ]);
    expect(storedGame(storage)).toEqual(store.getState().game);

    store
      .getState()
      .reply(available(findPost(mini, currentPost(store.getState())!.item.id)!, store.getState().game!)[0]!.id);
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).actions).toHaveLength(2);
    expect(storedGame(storage)).toEqual(store.getState().game);
  });

  it('a new visit restores the same game, ready for Continue, on the post the player was reading', () => {
    const storage = memoryStorage();
    const first = miniStarted(storage);
    first.getState().tick(); // hour 1: the fan's post arrives beside the poster one
    first.getState().select('fan');
    expect(currentPost(first.getState())!.item.id).toBe('fan');

    const again = boot(storage);
    const s = again.getState();
    expect(s.notice).toBeNull();
    expect(s.save).not.toBeNull();
    expect(s.game).toEqual(first.getState().game);
    expect(s.level!.id).toBe('mini');
    expect(s.selectedPostId).toBe('fan');
    expect(currentPost(s)!.item.id).toBe('fan');

    s.continueGame();
    expect(again.getState().screen).toBe('play');
    again.getState().reply('joke');
    expect(again.getState().game!.chosen).toEqual(['fan.joke']);
  });

  it('shows the title before the content arrives, and brings the saved game back when it does', () => {
    const storage = memoryStorage();
    const first = miniStarted(storage);
    first.getState().tick();
    const waiting = createAppStore({ storage, newSeed: () => 1 });
    expect(waiting.getState()).toMatchObject({
      screen: 'title',
      levels: [],
      judgementBank: null,
      save: null,
      game: null,
    });
    // What storage holds that needs no chapter is there at once.
    expect(waiting.getState().settings.tutorial).toBe(false);

    waiting.getState().contentArrived({ levels: [mini], judgementBank, storm, scenarios: [] });
    const s = waiting.getState();
    expect(s.levels.map((l) => l.id)).toEqual(['mini']);
    expect(s.game).toEqual(first.getState().game);
    s.continueGame();
    expect(waiting.getState().screen).toBe('play');
  });

  it('the endless storm is dealt again from its seed on a new visit', () => {
    const storage = memoryStorage();
    const store = boot(storage, campaign);
    store.getState().openChapter(STORM_ID);
    // The briefing needs only the storm's words; the posts are dealt when it starts, from the game's seed.
    expect(store.getState().level).toMatchObject({ title: 'Endless storm', posts: [] });
    store.getState().start('turn');
    const s = store.getState();
    expect(s.level).toEqual(buildStorm(campaign, storm, s.save!.seed));
    const first = currentPost(s)!;
    s.reply(available(first.post, s.game!)[0]!.id);
    expect(store.getState().game!.chosen).toHaveLength(1);

    const again = boot(storage, campaign).getState();
    expect(again.level).toEqual(store.getState().level);
    expect(again.game).toEqual(store.getState().game);
  });

  it('a damaged save at boot is reported in plain words and offers no Continue', () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{"v":1,"level":"mini","seed":' });
    const store = boot(storage);
    const s = store.getState();
    expect(s.notice).toBe(
      'Your saved game could not be read: it looks damaged. A copy was kept, and a fresh game is ready.',
    );
    expect(s.save).toBeNull();
    expect(s.game).toBeNull();
    expect(storage.getItem(BACKUP_KEY)).toBe('{"v":1,"level":"mini","seed":');

    s.continueGame();
    expect(store.getState().screen).toBe('title');
    s.dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('no save at boot: no notice and no Continue', () => {
    const s = boot(memoryStorage()).getState();
    expect(s.notice).toBeNull();
    expect(s.save).toBeNull();
    s.continueGame();
    expect(s.screen).toBe('title');
  });
});

describe('finishing a chapter and the campaign', () => {
  /**
   * Plays mini.yaml to its end: the numbers, the joke and the certificates reach its good ending (seed 1000
   * and on); letting every post expire does not.
   */
  function finishMini(store: AppStore, win: boolean) {
    store.getState().openChapter('mini');
    store.getState().start('turn');
    const plan = win ? ['numbers', 'joke', 'proof'] : [];
    for (let i = 0; i < 100 && store.getState().screen === 'play'; i++) {
      const s = store.getState();
      const open = openPosts(s.game!).map((f) => findPost(mini, f.id)!);
      const post = open.find((p) => p.responses.some((r) => plan.includes(r.id)));
      if (!post) s.tick();
      else {
        s.select(post.id);
        store.getState().reply(post.responses.find((r) => plan.includes(r.id))!.id);
      }
    }
    return store.getState().game!;
  }

  it('keeps the best ending and counts the tries: a worse retry does not overwrite a good ending', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    const won = finishMini(store, true);
    const good = mini.endings.find((e) => e.id === won.ending)!;
    const lost = finishMini(store, false);
    expect(good.good).toBe(true);
    expect(mini.endings.find((e) => e.id === lost.ending)!.good).toBe(false);
    const later = boot(storage).getState().progress;
    expect(later.records.mini!.tries).toBe(2);
    expect(later.records.mini!.best).toBe(won.ending);
    expect(later.endings.mini).toBe(lost.ending);
  });

  it('reopens the last and the best debrief after a reload, the same game to the bit', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    const won = finishMini(store, true);
    const lost = finishMini(store, false);
    const later = boot(storage);
    later.getState().openDebrief('mini', 'lastGame');
    expect(later.getState().screen).toBe('debrief');
    expect(later.getState().game).toEqual(lost);
    later.getState().openDebrief('mini', 'bestGame');
    expect(later.getState().game).toEqual(won);
  });

  it('a debrief opened while a game is in progress does not lose the game: Continue brings it back', () => {
    const storage = memoryStorage();
    const store = boot(storage);
    finishMini(store, true);
    store.getState().openChapter('mini');
    store.getState().start('turn');
    store.getState().tick();
    const inProgress = store.getState().game;
    store.getState().quitToTitle();
    store.getState().openDebrief('mini', 'lastGame');
    expect(store.getState().game!.ending).not.toBeNull();
    store.getState().quitToTitle();
    store.getState().continueGame();
    expect(store.getState().screen).toBe('play');
    expect(store.getState().game).toEqual(inProgress);
  });

  it('a record that no longer fits its chapter gets a plain-words notice, not a crash', () => {
    const storage = memoryStorage();
    finishMini(boot(storage), true);
    const progress = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    progress.records.mini.lastGame.actions = [{ type: 'reply', post: 'gone', response: 'nope' }];
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    const later = boot(storage);
    later.getState().openDebrief('mini', 'lastGame');
    expect(later.getState().screen).toBe('title');
    expect(later.getState().notice).toMatch(/earlier version of "Mini chapter" and cannot be shown again/);
  });

  it('the ending clears the save, records the ending, and hands the hidden values to the next chapter', () => {
    const storage = memoryStorage();
    // Given out of order on purpose: the store keeps campaign order by chapter number.
    const store = boot(storage, [...campaign].reverse());
    const [one, two] = [campaign[0]!, campaign[1]!];
    store.getState().openChapter(one.id);
    store.getState().start('live');
    tickToEnd(store);

    const ended = store.getState();
    expect(ended.save).toBeNull();
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(ended.game!.ending).not.toBeNull();
    expect(ended.progress.endings[one.id]).toBe(ended.game!.ending);
    const carry = carryFrom(one, ended.game!.values);
    expect(ended.progress.carry[one.id]).toEqual(carry);
    expect(Object.values(carry).some((x) => x !== 0)).toBe(true); // the chapter did move a hidden value
    ended.continueGame();
    expect(store.getState().screen).toBe('ending'); // nothing left to continue

    // The next visit knows the ending too, and has no game to continue.
    const later = boot(storage, campaign).getState();
    expect(later.progress).toEqual(ended.progress);
    expect(later.save).toBeNull();

    ended.nextChapter();
    expect(store.getState().level!.id).toBe(two.id);
    expect(store.getState().screen).toBe('briefing');
    store.getState().start('turn');
    const s = store.getState();
    expect(s.save!.carry).toEqual(carry);
    const designed = startValues(two);
    for (const v of HIDDEN)
      expect(s.game!.values[v]).toBeCloseTo(Math.min(100, Math.max(0, designed[v] + carry[v]!)), 9);
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).carry).toEqual(carry);
  });

  describe('with every chapter already finished once', () => {
    const shift = (i: number) => ({ promiseDebt: 10 + i, personaDependence: -(10 + i), composure: -5 });
    const progress = {
      endings: Object.fromEntries(campaign.map((l) => [l.id, l.endings.at(-1)!.id])),
      carry: Object.fromEntries(campaign.map((l, i) => [l.id, shift(i)])),
    };
    const startIn = (id: string) => {
      const store = boot(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(progress) }), campaign);
      store.getState().openChapter(id);
      store.getState().start('turn');
      return store.getState();
    };

    it('a campaign chapter starts from the chapter before it in campaign order', () => {
      const nine = campaign.findIndex((l) => l.number === 9);
      const s = startIn('way-out');
      expect(s.save!.carry).toEqual(shift(nine));
      expect(s.game!.values.promiseDebt).toBe(Math.min(100, startValues(byId('way-out')).promiseDebt + 10 + nine));
    });

    it('the first chapter, a bonus chapter and the storm carry nothing', () => {
      for (const id of [campaign[0]!.id, 'blind-date-corner', STORM_ID]) {
        const s = startIn(id);
        expect(s.save!.carry).toBeUndefined();
        expect(s.game!.values.promiseDebt).toBe(startValues(s.level!).promiseDebt);
      }
    });
  });
});

describe('the clock', () => {
  it('a tick moves the crisis on by one hour on the play screen', () => {
    const store = miniStarted();
    store.getState().tick();
    expect(store.getState().game!.hour).toBe(1);
    expect(store.getState().save!.actions).toEqual([{ type: 'tick', hours: 1 }]);
  });

  it('does nothing while paused, while the menu is open, or off the play screen', () => {
    const store = miniStarted();
    const game = store.getState().game;
    const still = () => {
      store.getState().tick();
      expect(store.getState().game).toBe(game);
      expect(store.getState().save!.actions).toEqual([]);
    };
    store.getState().setPaused(true);
    still();
    store.getState().setPaused(false);
    store.getState().setMenu(true);
    still();
    store.getState().setMenu(false);
    store.getState().show('settings');
    still();
    store.getState().quitToTitle();
    still();
  });

  it('hiding the tab pauses play, and showing it resumes', () => {
    const store = miniStarted();
    store.getState().tabHidden(true);
    expect(store.getState().paused).toBe(true);
    store.getState().tick();
    expect(store.getState().game!.hour).toBe(0);
    store.getState().tabHidden(false);
    expect(store.getState().paused).toBe(false);
    store.getState().tick();
    expect(store.getState().game!.hour).toBe(1);
  });

  it('hiding the tab off the play screen pauses nothing', () => {
    const store = boot(memoryStorage());
    store.getState().tabHidden(true);
    expect(store.getState().paused).toBe(false);
  });

  it('a pause the player chose survives hiding and showing the tab', () => {
    const store = miniStarted();
    store.getState().setPaused(true);
    store.getState().tabHidden(true);
    store.getState().tabHidden(false);
    expect(store.getState().paused).toBe(true);
  });

  it('changing pacing mid-game is recorded, so the save still rebuilds the game exactly', () => {
    const storage = memoryStorage();
    const store = miniStarted(storage);
    store.getState().reply('numbers');
    store.getState().updateSettings({ pacing: 'live' });
    const s = store.getState();
    expect(s.settings.pacing).toBe('live');
    expect(s.game!.pacing).toBe('live');
    expect(s.save!.actions.at(-1)).toEqual({ type: 'pacing', pacing: 'live' });
    expect(storedGame(storage)).toEqual(s.game);
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!).pacing).toBe('live');

    store.getState().updateSettings({ pacing: 'live' }); // no change, nothing recorded
    store.getState().updateSettings({ volume: 0.2 });
    expect(store.getState().save!.actions).toHaveLength(2);
  });
});

describe('storage that refuses', () => {
  it('a full storage gives a notice, and the game plays on', () => {
    const map = new Map<string, string>([[SETTINGS_KEY, JSON.stringify({ tutorial: false })]]);
    const full: KeyValueStorage = {
      getItem: (k) => map.get(k) ?? null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (k) => void map.delete(k),
    };
    const store = boot(full);
    store.getState().openChapter('mini');
    expect(() => store.getState().start('turn')).not.toThrow();
    expect(store.getState().screen).toBe('play');
    expect(store.getState().notice).toBe(CANNOT_SAVE);

    store.getState().dismissNotice();
    expect(() => store.getState().reply('numbers')).not.toThrow();
    expect(store.getState().game!.chosen).toEqual(['poster.numbers']);
    expect(store.getState().notice).toBe(CANNOT_SAVE);
    expect(() => store.getState().updateSettings({ muted: true })).not.toThrow();
    expect(store.getState().settings.muted).toBe(true);
  });
});

describe('the content arriving after the title', () => {
  /** A storage that reads but refuses every write, as a full or locked one does. */
  const refusing = (): KeyValueStorage => ({
    getItem: (k) => (k === SETTINGS_KEY ? JSON.stringify({ tutorial: false }) : null),
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: () => {},
  });

  it('keeps a notice shown before it, when it brings none of its own', () => {
    const store = createAppStore({ storage: refusing(), newSeed: () => 1 });
    store.getState().updateSettings({ muted: true });
    expect(store.getState().notice).toBe(CANNOT_SAVE);
    store.getState().contentArrived({ levels: [mini], judgementBank, storm, scenarios: [] });
    expect(store.getState().notice).toBe(CANNOT_SAVE);
  });

  it('tells the views once, so that the menu is rebuilt once', () => {
    const store = createAppStore({ storage: memoryStorage(), newSeed: () => 1 });
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().contentArrived({ levels: [mini], judgementBank, storm, scenarios: [] });
    expect(changes).toBe(1);
  });
});

describe('choosing the post to answer', () => {
  it('a reply meant for a post that has just expired is ignored', () => {
    const storage = memoryStorage();
    const store = miniStarted(storage);
    store.getState().tick(); // the fan's post arrives
    store.getState().select('poster');
    for (let i = 0; i < 3; i++) store.getState().tick(); // hour 4: the poster's 4-hour window closes
    const s = store.getState();
    expect(s.game!.feed.find((f) => f.id === 'poster')!.status).toBe('expired');
    expect(openPosts(s.game!).map((f) => f.id)).toEqual(['fan']);
    const saved = storage.getItem(SAVE_KEY);

    expect(() => store.getState().reply('numbers')).not.toThrow(); // the poster's reply, clicked too late
    expect(store.getState().game).toBe(s.game);
    expect(store.getState().save).toBe(s.save);
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
  });

  it('select ignores posts that are not open', () => {
    const storage = memoryStorage();
    const store = miniStarted(storage);
    store.getState().select('late'); // has not arrived
    store.getState().select('no-such-post');
    expect(store.getState().selectedPostId).toBeNull();
    store.getState().reply('numbers');
    store.getState().select('poster'); // answered
    expect(store.getState().selectedPostId).toBeNull();
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).focus).toBeUndefined();
  });

  it('with nothing picked, the oldest open post is the one answered', () => {
    const store = miniStarted();
    store.getState().tick(); // poster (hour 0) and fan (hour 1) are both open
    expect(currentPost(store.getState())!.item.id).toBe('poster');
    expect(currentPost({ ...store.getState(), selectedPostId: 'late' })!.item.id).toBe('poster');
    store.getState().reply('numbers');
    expect(store.getState().game!.chosen).toEqual(['poster.numbers']);
    expect(currentPost(store.getState())!.item.id).toBe('fan');
  });
});
