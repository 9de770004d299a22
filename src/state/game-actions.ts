// The store's actions during a chapter: start, continue, pick a post, reply, let the clock run, pause.
import { IllegalAction, newGame, openPosts, replay, step } from '../core/engine.ts';
import type { Action, GameState } from '../core/state.ts';
import { storyChapter } from '../core/story.ts';
import type { AppActions, StoreContext } from './app-state.ts';
import { recordEnding, saveProgress } from './progress.ts';
import { clearSave, type Save, SAVE_VERSION, writeSave } from './saves.ts';
import { currentPost, isHeld } from './selectors.ts';
import { pastTips } from './tutorial.ts';

const isOpen = (g: GameState, id: string) => openPosts(g).some((f) => f.id === id);

/** Steps the game by one action and saves the log; an action that no longer fits (a stale click) is dropped. */
export function performer({ set, get, storage, persist }: Omit<StoreContext, 'perform'>) {
  return (action: Action) => {
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
    // A workshop's game is saved with the workshop (workshop-actions.ts) and is no one's progress.
    if (get().workshop) {
      set({ game: next, save: saved, selectedPostId: null, ...(next.ending ? { screen: 'ending' as const } : {}) });
      return;
    }
    const selectedPostId = get().selectedPostId;
    set({
      game: next,
      save: saved,
      selectedPostId: selectedPostId && isOpen(next, selectedPostId) ? selectedPostId : null,
    });
    if (next.ending) {
      const { seed, pacing, carry } = saved;
      const game = { seed, pacing, carry, actions: saved.actions };
      const progress = recordEnding(get().progress, level, next, game);
      persist(() => {
        clearSave(storage);
        saveProgress(storage, progress);
      });
      const finished = { session: { level: level.id, ...game }, fromCode: false };
      set({
        progress,
        save: null,
        finished,
        screen: 'ending',
        paused: false,
        menuOpen: false,
        legendOpen: false,
        readingPostId: null,
      });
    } else {
      persist(() => writeSave(storage, { ...saved, focus: get().selectedPostId ?? undefined }));
    }
  };
}

type GameActions = Pick<
  AppActions,
  'start' | 'continueGame' | 'select' | 'reply' | 'runCheck' | 'tick' | 'setPaused' | 'tabHidden'
>;

export function gameActions({ set, get, storage, resolve, newSeed, persist, perform }: StoreContext): GameActions {
  return {
    start: (pacing) => {
      const seed = newSeed();
      const chosen = get().level;
      const level = chosen && resolve(chosen.id, seed);
      if (!level) return;
      const previous = get()
        .levels.filter((l) => storyChapter(l) && l.number < level.number)
        .at(-1);
      const carry = !storyChapter(level) || !previous ? undefined : get().progress.carry[previous.id];
      const save: Save = { v: SAVE_VERSION, level: level.id, seed, pacing, carry, actions: [] };
      const game = newGame(level, save);
      persist(() => writeSave(storage, save));
      set({ level, game, save, screen: 'play', selectedPostId: null, paused: false, menuOpen: false });
      // The pacing picked on the briefing becomes the setting, so that Settings shows what is being played.
      get().updateSettings({ pacing });
    },
    continueGame: () => {
      const { save, game } = get();
      if (!save) return;
      // A past debrief opened meanwhile replaced the game on screen: the save brings the game back.
      if (!game || game.level !== save.level || game.seed !== save.seed || game.ending) {
        const level = resolve(save.level, save.seed)!;
        set({ level, game: replay(level, save, save.actions), selectedPostId: save.focus ?? null });
      }
      set({ screen: 'play', paused: false, menuOpen: false });
    },
    select: (postId) => {
      const { game, save } = get();
      if (!game || !isOpen(game, postId)) return;
      set({ selectedPostId: postId });
      if (save) persist(() => writeSave(storage, { ...save, focus: postId }));
    },
    reply: (responseId, overTip = false) => {
      const s = get();
      if (isHeld(overTip ? pastTips(s) : s)) return;
      const current = currentPost(s);
      if (current) perform({ type: 'reply', post: current.item.id, response: responseId });
    },
    runCheck: (kind, overTip = false) => {
      const s = get();
      if (isHeld(overTip ? pastTips(s) : s)) return;
      const current = currentPost(s);
      if (!current) return;
      // The post stays the one answered, so that its finding is in view when the hours have passed.
      set({ selectedPostId: current.item.id });
      perform({ type: 'check', post: current.item.id, check: kind });
    },
    tick: () => {
      const s = get();
      if (s.screen === 'play' && !isHeld(s)) perform({ type: 'tick', hours: 1 });
    },
    setPaused: (paused) => set({ paused, pausedByHiding: false }),
    tabHidden: (hidden) => {
      set({ hidden });
      const s = get();
      if (hidden && s.screen === 'play' && !s.paused) set({ paused: true, pausedByHiding: true });
      else if (!hidden && s.pausedByHiding) set({ paused: false, pausedByHiding: false });
    },
  };
}
