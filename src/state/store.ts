// The one store the views read (see app-state.ts for its shape). Views send intentions here; every rule is
// in src/core. The store is built from a few pieces that share a context: the game's actions
// (game-actions.ts) and the screens' actions below.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { JudgementBank } from '../content/judgement-check.ts';
import type { Level } from '../content/schema.ts';
import type { Storm } from '../content/storm.ts';
import { IllegalAction, replay } from '../core/engine.ts';
import { buildStorm, STORM_ID } from '../core/storm.ts';
import { t } from '../i18n/i18n.ts';
import type { AppActions, App, AppState, StoreContext } from './app-state.ts';
import { judgementActions } from './judgement-actions.ts';
import { runClock, type Timers } from './clock.ts';
import { dueLater } from './judgement-points.ts';
import { gameActions, performer } from './game-actions.ts';
import { loadProgress } from './progress.ts';
import { replayFromCode } from './replay-code.ts';
import { type KeyValueStorage, loadSave } from './saves.ts';
import { loadSettings, saveSettings } from './settings.ts';
import { scenarioActions } from './scenario-actions.ts';
import type { UserScenario } from './scenarios.ts';
import { dueTip } from './tutorial.ts';
import { workshopActions } from './workshop-actions.ts';
import { readWorkshop, type Workshop } from './workshop.ts';

export type { App, AppActions, AppState, Screen } from './app-state.ts';
export {
  contentArrived,
  currentChoices,
  currentPost,
  isHeld,
  judgementBank,
  shownSession,
} from './selectors.ts';
export { dueTip } from './tutorial.ts';

export type AppStore = ReturnType<typeof createAppStore>;

export interface StoreDeps {
  /**
   * The campaign, the judgement check, the storm and the trainer's scenarios when they are at hand; without
   * the first two the store starts at the title and waits for `contentArrived` (without a storm, it deals none).
   */
  levels?: Level[];
  judgementBank?: JudgementBank;
  storm?: Storm;
  scenarios?: UserScenario[];
  storage: KeyValueStorage;
  /** A fresh seed for each new game. */
  newSeed: () => number;
  /** The clock, for the judgement check's dates; the browser's by default. */
  now?: () => number;
  /** Timers for the game's clock (clock.ts): without them, time passes only when an action says so. */
  timers?: Timers;
  prefersReducedMotion?: boolean;
}

export function createAppStore({
  levels,
  judgementBank,
  storm,
  scenarios = [],
  storage,
  newSeed,
  now = Date.now,
  timers,
  prefersReducedMotion,
}: StoreDeps) {
  const store = createStore<App>()(
    subscribeWithSelector((set, get) => {
      const resolve = (id: string, seed: number) => resolveIn(get(), id, seed);
      const persist = (write: () => void) => {
        try {
          write();
        } catch {
          set({ notice: t('menus.notices.cannotSave') });
        }
      };
      const base = { set, get, storage, resolve, newSeed, now, persist };
      const ctx: StoreContext = { ...base, perform: performer(base) };
      return {
        ...initialState(storage, now, prefersReducedMotion),
        ...gameActions(ctx),
        ...judgementActions(ctx),
        ...workshopActions(ctx),
        ...scenarioActions(ctx),
        ...screenActions(ctx),
      };
    }),
  );
  if (levels && judgementBank)
    store.getState().contentArrived({ levels, judgementBank, storm: storm ?? null, scenarios });
  if (timers) runClock(store, timers);
  return store;
}

/** A chapter or a trainer's scenario by its id, in the content given; the endless storm is dealt from its seed. */
function resolveIn(
  { levels, storm, scenarios }: Pick<AppState, 'levels' | 'storm' | 'scenarios'>,
  id: string,
  seed: number,
) {
  if (id === STORM_ID) return storm ? buildStorm(levels, storm, seed) : undefined;
  return levels.find((l) => l.id === id) ?? scenarios.find((u) => u.id === id)?.level ?? undefined;
}

/** The title screen, before the content has arrived: what storage holds that needs no chapter to read. */
function initialState(storage: KeyValueStorage, now: () => number, prefersReducedMotion?: boolean): AppState {
  const progress = loadProgress(storage);
  return {
    levels: [],
    scenarios: [],
    judgementBank: null,
    storm: null,
    screen: 'title',
    returnTo: 'title',
    loading: 0,
    level: null,
    game: null,
    save: null,
    settings: loadSettings(storage, prefersReducedMotion),
    progress,
    dueJudgement: dueLater(progress.judgement, now()),
    notice: null,
    paused: false,
    pausedByHiding: false,
    hidden: false,
    menuOpen: false,
    legendOpen: false,
    readingPostId: null,
    selectedPostId: null,
    caseLesson: null,
    finished: null,
    workshop: null,
    roomTally: null,
    roomOnline: false,
  };
}

/**
 * Once the content is here: the saved game ready behind Continue; or, after a reload in the middle of a
 * workshop, the workshop where it was, its countdown stopped until the facilitator starts it again. A save
 * or a workshop that could not be read says so in the notice; else the notice already shown stays.
 */
function restored(storage: KeyValueStorage, resolve: StoreContext['resolve']): Partial<AppState> {
  const loaded = loadSave(storage, resolve);
  const saved = loaded.status === 'loaded' ? loaded : null;
  const room = readWorkshop(storage);
  const resumed = room.workshop && resumeWorkshop(room.workshop, resolve);
  const notice = loaded.status === 'damaged' ? loaded.problem : room.problem;
  return {
    level: saved ? resolve(saved.save.level, saved.save.seed)! : null,
    game: saved?.state ?? null,
    save: saved?.save ?? null,
    selectedPostId: saved?.save.focus ?? null,
    ...(notice && { notice }),
    ...resumed,
  };
}

function resumeWorkshop(w: Workshop, resolve: StoreContext['resolve']): Partial<AppState> | null {
  const level = resolve(w.save.level, w.save.seed);
  if (!level) return null;
  try {
    const game = replay(level, w.save, w.save.actions);
    const workshop = { ...w, running: false };
    const screen = w.judgement?.taking ? 'room-judgement' : game.ending ? 'debrief' : 'workshop';
    return { workshop, level, game, save: w.save, selectedPostId: null, screen };
  } catch (e) {
    if (e instanceof IllegalAction) return null;
    throw e;
  }
}

type ScreenActions = Omit<
  AppActions,
  | keyof ReturnType<typeof gameActions>
  | keyof ReturnType<typeof judgementActions>
  | keyof ReturnType<typeof workshopActions>
  | keyof ReturnType<typeof scenarioActions>
>;

function screenActions(ctx: StoreContext): ScreenActions {
  const { set, get, storage, resolve, persist, perform } = ctx;
  return {
    // One change, so that the views follow it once (the menu is rebuilt once): what storage holds is read
    // against the content arriving, before the store holds it.
    contentArrived: ({ levels, judgementBank, storm, scenarios }) => {
      const content = { levels: [...levels].sort((a, b) => a.number - b.number), judgementBank, storm, scenarios };
      set({ ...content, ...restored(storage, (id, seed) => resolveIn(content, id, seed)) });
    },
    setLoading: (loading) => set({ loading }),
    show: (screen) =>
      set((s) => ({
        screen,
        returnTo: screen === 'settings' || screen === 'credits' ? s.screen : s.returnTo,
        menuOpen: false,
      })),
    // The storm is dealt when it starts; its briefing needs only its words.
    openChapter: (levelId) => {
      const { levels, storm } = get();
      const briefed = levelId === STORM_ID ? storm && buildStorm(levels, storm, 0, 0) : resolve(levelId, 0);
      set({ level: briefed ?? null, screen: 'briefing' });
    },
    setMenu: (menuOpen) => set({ menuOpen, legendOpen: false }),
    setLegend: (legendOpen) => set({ legendOpen, menuOpen: false }),
    readPost: (postId) => set({ readingPostId: postId }),
    dismissTip: () => {
      const tip = dueTip(get());
      if (tip) get().updateSettings({ tipsSeen: [...get().settings.tipsSeen, tip] });
    },
    skipTutorial: () => get().updateSettings({ tutorial: false }),
    replayTutorial: () => {
      get().updateSettings({ tutorial: true, tipsSeen: [] });
      set({ notice: t('menus.notices.tipsAgain') });
    },
    updateSettings: (patch) => {
      const settings = { ...get().settings, ...patch };
      persist(() => saveSettings(storage, settings));
      set({ settings });
      const game = get().game;
      if (patch.pacing && game && !game.ending && game.pacing !== patch.pacing) {
        perform({ type: 'pacing', pacing: patch.pacing });
      }
    },
    dismissNotice: () => set({ notice: null }),
    quitToTitle: () => set({ screen: 'title', menuOpen: false, legendOpen: false, readingPostId: null, paused: false }),
    openCase: (lesson) =>
      set((s) => ({
        screen: 'case',
        caseLesson: lesson ?? null,
        returnTo: s.screen === 'case' ? s.returnTo : s.screen,
      })),
    openDebrief: (levelId, which) => {
      const record = get().progress.records[levelId];
      const game = record?.[which];
      const level = game && resolve(levelId, game.seed);
      if (!level || !game) return;
      try {
        set({
          level,
          game: replay(level, game, game.actions),
          finished: { session: { level: levelId, ...game }, fromCode: false },
          screen: 'debrief',
          returnTo: 'briefing',
        });
      } catch (e) {
        if (!(e instanceof IllegalAction)) throw e;
        set({ notice: t('menus.notices.oldDebrief', { title: level.title }) });
      }
    },
    openReplay: (code) => {
      const r = replayFromCode(code, get().levels, get().storm);
      if ('error' in r) {
        set({ notice: r.error, screen: 'title' });
        return;
      }
      const finished = { session: r.session, fromCode: true };
      set({ level: r.level, game: r.game, finished, screen: 'debrief', returnTo: 'title', selectedPostId: null });
    },
    nextChapter: () => {
      const { level } = get();
      const next = level && get().levels.find((l) => !l.bonus && l.number > level.number);
      set(next ? { level: next, screen: 'briefing' } : { screen: 'chapters' });
    },
  };
}
