// The one store the views read: the core game state plus what the screens need around it.
// Views send intentions here; every rule is in src/core.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Level, Post } from '../content/schema.ts';
import { findPost, IllegalAction, newGame, openPosts, step } from '../core/engine.ts';
import { STORM_ID, buildStorm } from '../core/storm.ts';
import type { Action, FeedItem, GameState, Pacing } from '../core/state.ts';
import { type Progress, loadProgress, recordEnding, saveProgress } from './progress.ts';
import { type KeyValueStorage, type Save, clearSave, loadSave, writeSave } from './saves.ts';
import { type Settings, loadSettings, saveSettings } from './settings.ts';

export type Screen = 'title' | 'chapters' | 'settings' | 'credits' | 'briefing' | 'play' | 'ending' | 'debrief';

export interface AppState {
  levels: Level[];
  screen: Screen;
  /** Where Settings and Credits return to. */
  back: Screen;
  level: Level | null;
  game: GameState | null;
  save: Save | null;
  settings: Settings;
  progress: Progress;
  /** A message for the player in plain words (a damaged save, storage that refuses to save). */
  notice: string | null;
  paused: boolean;
  /** Paused because the tab was hidden: showing it again resumes. */
  pausedByHiding: boolean;
  menuOpen: boolean;
  selected: string | null;
  /** Share of the pictures loaded, 0–1; the menus work meanwhile. */
  loading: number;
}

export interface AppActions {
  setLoading(share: number): void;
  show(screen: Screen): void;
  openChapter(levelId: string): void;
  start(pacing: Pacing): void;
  continueGame(): void;
  select(postId: string): void;
  reply(responseId: string): void;
  tick(): void;
  setPaused(paused: boolean): void;
  tabHidden(hidden: boolean): void;
  setMenu(open: boolean): void;
  updateSettings(patch: Partial<Settings>): void;
  dismissNotice(): void;
  quitToTitle(): void;
  nextChapter(): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

export interface StoreDeps {
  levels: Level[];
  storage: KeyValueStorage;
  /** A fresh seed for each new game. */
  newSeed: () => number;
  prefersReducedMotion?: boolean;
}

export function createAppStore({ levels, storage, newSeed, prefersReducedMotion }: StoreDeps) {
  const chapters = [...levels].sort((a, b) => a.number - b.number);
  const resolve = (id: string, seed: number) =>
    id === STORM_ID ? buildStorm(chapters, seed) : chapters.find((l) => l.id === id);
  const loaded = loadSave(storage, resolve);

  return createStore<AppState & AppActions>()(
    subscribeWithSelector((set, get) => {
      /** Writes to storage; a browser that refuses (full, private mode) gets a notice, not a crash. */
      const persist = (write: () => void) => {
        try {
          write();
        } catch {
          set({ notice: 'This browser would not let Hot Seat save, so progress will not survive a reload.' });
        }
      };

      const apply = (action: Action) => {
        const { level, game, save } = get();
        if (!level || !game || !save || game.ending) return;
        let next: GameState;
        try {
          next = step(level, game, action);
        } catch (e) {
          if (e instanceof IllegalAction) return; // a stale click on a post that just expired
          throw e;
        }
        const saved: Save = { ...save, actions: [...save.actions, action] };
        const selected = get().selected;
        set({ game: next, save: saved, selected: selected && isOpen(next, selected) ? selected : null });
        if (next.ending) {
          const progress = recordEnding(get().progress, level, next.ending, next.values);
          persist(() => {
            clearSave(storage);
            saveProgress(storage, progress);
          });
          set({ progress, save: null, screen: 'ending', paused: false, menuOpen: false });
        } else {
          persist(() => writeSave(storage, { ...saved, focus: get().selected ?? undefined }));
        }
      };

      return {
        levels: chapters,
        screen: 'title',
        back: 'title',
        loading: 0,
        level: loaded.ok === true ? resolve(loaded.save.level, loaded.save.seed)! : null,
        game: loaded.ok === true ? loaded.state : null,
        save: loaded.ok === true ? loaded.save : null,
        settings: loadSettings(storage, prefersReducedMotion),
        progress: loadProgress(storage),
        notice: loaded.ok === false ? loaded.problem : null,
        paused: false,
        pausedByHiding: false,
        menuOpen: false,
        selected: loaded.ok === true ? (loaded.save.focus ?? null) : null,

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
        start: (pacing) => {
          const seed = newSeed();
          const level = get().level && resolve(get().level!.id, seed);
          if (!level) return;
          const previous = chapters.filter((l) => !l.bonus && l.number < level.number).at(-1);
          const carry = level.bonus || !previous ? undefined : get().progress.carry[previous.id];
          const save: Save = { v: 1, level: level.id, seed, pacing, carry, actions: [] };
          const game = newGame(level, save);
          persist(() => writeSave(storage, save));
          set({ level, game, save, screen: 'play', selected: null, paused: false, menuOpen: false });
        },
        continueGame: () => get().game && get().save && set({ screen: 'play', paused: false, menuOpen: false }),
        select: (postId) => {
          const { game, save } = get();
          if (!game || !isOpen(game, postId)) return;
          set({ selected: postId });
          if (save) persist(() => writeSave(storage, { ...save, focus: postId }));
        },
        reply: (responseId) => {
          const { game, level } = get();
          if (!game || !level || get().paused || get().menuOpen) return;
          const post = currentPost(get());
          if (post) apply({ t: 'reply', post: post.item.id, response: responseId });
        },
        tick: () => {
          const s = get();
          if (s.screen === 'play' && !s.paused && !s.menuOpen) apply({ t: 'tick', hours: 1 });
        },
        setPaused: (paused) => set({ paused, pausedByHiding: false }),
        tabHidden: (hidden) => {
          const s = get();
          if (hidden && s.screen === 'play' && !s.paused) set({ paused: true, pausedByHiding: true });
          else if (!hidden && s.pausedByHiding) set({ paused: false, pausedByHiding: false });
        },
        setMenu: (menuOpen) => set({ menuOpen }),
        updateSettings: (patch) => {
          const settings = { ...get().settings, ...patch };
          persist(() => saveSettings(storage, settings));
          set({ settings });
          if (patch.pacing && get().game && !get().game!.ending && get().game!.pacing !== patch.pacing) {
            apply({ t: 'pacing', pacing: patch.pacing });
          }
        },
        dismissNotice: () => set({ notice: null }),
        quitToTitle: () => set({ screen: 'title', menuOpen: false, paused: false }),
        nextChapter: () => {
          const { level } = get();
          const next = level && chapters.find((l) => !l.bonus && l.number > level.number);
          set(next ? { level: next, screen: 'briefing' } : { screen: 'chapters' });
        },
      };
    }),
  );
}

const isOpen = (g: GameState, id: string) => g.feed.some((f) => f.id === id && f.status === 'open');

/** The post the responses answer: the one the player picked, or else the oldest open one. */
export function currentPost(s: Pick<AppState, 'game' | 'level' | 'selected'>): { item: FeedItem; post: Post } | null {
  if (!s.game || !s.level) return null;
  const open = openPosts(s.game);
  const item = open.find((f) => f.id === s.selected) ?? open[0];
  return item ? { item, post: findPost(s.level, item.id)! } : null;
}
