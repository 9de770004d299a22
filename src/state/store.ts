// The one store the views read (see app-state.ts for its shape). Views send intentions here; every rule is
// in src/core. The store is built from a few pieces that share a context: the game's actions
// (game-actions.ts) and the screens' actions below.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { JudgementCheck } from '../content/judgement-check.ts';
import type { Level } from '../content/schema.ts';
import { IllegalAction, replay } from '../core/engine.ts';
import { buildStorm, STORM_ID } from './storm.ts';
import { t } from '../i18n/i18n.ts';
import type { AppActions, App, AppState, StoreContext } from './app-state.ts';
import { checkActions } from './judgement-actions.ts';
import { runClock, type Timers } from './clock.ts';
import { dueLater } from './judgement-points.ts';
import { gameActions, performer } from './game-actions.ts';
import { loadProgress } from './progress.ts';
import { replayFromCode } from './replay-code.ts';
import { type KeyValueStorage, loadSave } from './saves.ts';
import { loadSettings, saveSettings } from './settings.ts';
import { scenarioActions } from './scenario-actions.ts';
import { loadScenarios, type UserScenario } from './scenarios.ts';
import { dueTip } from './tutorial.ts';
import { workshopActions } from './workshop-actions.ts';
import { readWorkshop, type Workshop } from './workshop.ts';

export type { App, AppActions, AppState, Screen } from './app-state.ts';
export { currentChoices, currentPost, isHeld, shownSession } from './selectors.ts';
export { dueTip } from './tutorial.ts';

export type AppStore = ReturnType<typeof createAppStore>;

export interface StoreDeps {
  levels: Level[];
  /** The judgement check's items. */
  check: JudgementCheck;
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
  check,
  storage,
  newSeed,
  now = Date.now,
  timers,
  prefersReducedMotion,
}: StoreDeps) {
  const chapters = [...levels].sort((a, b) => a.number - b.number);
  const stored = loadScenarios(storage);

  const store = createStore<App>()(
    subscribeWithSelector((set, get) => {
      // The trainer's scenarios change while the game runs; before the state exists, the stored ones count.
      const resolve = (id: string, seed: number) =>
        id === STORM_ID
          ? buildStorm(chapters, seed)
          : (chapters.find((l) => l.id === id) ??
            (get()?.scenarios ?? stored).find((u) => u.id === id)?.level ??
            undefined);
      const persist = (write: () => void) => {
        try {
          write();
        } catch {
          set({ notice: t('menus.notices.cannotSave') });
        }
      };
      const base = { set, get, storage, chapters, check, resolve, newSeed, now, persist };
      const ctx: StoreContext = { ...base, perform: performer(base) };
      return {
        ...initialState(ctx, stored, prefersReducedMotion),
        ...gameActions(ctx),
        ...checkActions(ctx),
        ...workshopActions(ctx),
        ...scenarioActions(ctx),
        ...screenActions(ctx),
      };
    }),
  );
  if (timers) runClock(store, timers);
  return store;
}

/**
 * The title screen, with the saved game (if any) ready behind Continue; or, after a reload in the middle of
 * a workshop, the workshop where it was, its countdown stopped until the facilitator starts it again.
 */
function initialState(ctx: StoreContext, scenarios: UserScenario[], prefersReducedMotion?: boolean): AppState {
  const { storage, resolve, chapters, check, now } = ctx;
  const loaded = loadSave(storage, resolve);
  const saved = loaded.status === 'loaded' ? loaded : null;
  const room = readWorkshop(storage);
  const progress = loadProgress(storage);
  const resumed = room.workshop && resumeWorkshop(room.workshop, resolve);
  return {
    levels: chapters,
    scenarios,
    check,
    screen: 'title',
    back: 'title',
    loading: 0,
    level: saved ? resolve(saved.save.level, saved.save.seed)! : null,
    game: saved?.state ?? null,
    save: saved?.save ?? null,
    settings: loadSettings(storage, prefersReducedMotion),
    progress,
    dueCheck: dueLater(progress.check, now()),
    notice: loaded.status === 'damaged' ? loaded.problem : room.problem,
    paused: false,
    pausedByHiding: false,
    hidden: false,
    menuOpen: false,
    legendOpen: false,
    reading: null,
    selected: saved?.save.focus ?? null,
    caseLesson: null,
    finished: null,
    workshop: null,
    roomTally: null,
    roomOnline: false,
    ...resumed,
  };
}

function resumeWorkshop(w: Workshop, resolve: StoreContext['resolve']): Partial<AppState> | null {
  const level = resolve(w.save.level, w.save.seed);
  if (!level) return null;
  try {
    const game = replay(level, w.save, w.save.actions);
    const workshop = { ...w, running: false };
    const screen = w.check?.taking ? 'room-check' : game.ending ? 'debrief' : 'workshop';
    return { workshop, level, game, save: w.save, selected: null, screen };
  } catch (e) {
    if (e instanceof IllegalAction) return null;
    throw e;
  }
}

type ScreenActions = Omit<
  AppActions,
  | keyof ReturnType<typeof gameActions>
  | keyof ReturnType<typeof checkActions>
  | keyof ReturnType<typeof workshopActions>
  | keyof ReturnType<typeof scenarioActions>
>;

function screenActions({ set, get, storage, chapters, resolve, persist, perform }: StoreContext): ScreenActions {
  return {
    setLoading: (loading) => set({ loading }),
    show: (screen) =>
      set((s) => ({
        screen,
        back: screen === 'settings' || screen === 'credits' ? s.screen : s.back,
        menuOpen: false,
      })),
    // The storm is dealt when it starts; its briefing needs only its words.
    openChapter: (levelId) =>
      set({
        level: (levelId === STORM_ID ? buildStorm(chapters, 0, 0) : resolve(levelId, 0)) ?? null,
        screen: 'briefing',
      }),
    setMenu: (menuOpen) => set({ menuOpen, legendOpen: false }),
    setLegend: (legendOpen) => set({ legendOpen, menuOpen: false }),
    readPost: (reading) => set({ reading }),
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
    quitToTitle: () => set({ screen: 'title', menuOpen: false, legendOpen: false, reading: null, paused: false }),
    openCase: (lesson) =>
      set((s) => ({ screen: 'case', caseLesson: lesson ?? null, back: s.screen === 'case' ? s.back : s.screen })),
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
          back: 'briefing',
        });
      } catch (e) {
        if (!(e instanceof IllegalAction)) throw e;
        set({ notice: t('menus.notices.oldDebrief', { title: level.title }) });
      }
    },
    openReplay: (code) => {
      const r = replayFromCode(code, chapters);
      if ('error' in r) {
        set({ notice: r.error, screen: 'title' });
        return;
      }
      const finished = { session: r.session, fromCode: true };
      set({ level: r.level, game: r.game, finished, screen: 'debrief', back: 'title', selected: null });
    },
    nextChapter: () => {
      const { level } = get();
      const next = level && chapters.find((l) => !l.bonus && l.number > level.number);
      set(next ? { level: next, screen: 'briefing' } : { screen: 'chapters' });
    },
  };
}
