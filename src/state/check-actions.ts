// The store's actions for the judgement check: offered before the first chapter, open from the title menu,
// taken again after the campaign with the other set of items. Every rating is saved as it is given, so that
// a reload resumes the check where it was.
import { CHECK_SETS, ITEMS_PER_SET, otherSet } from '../content/judgement-check.ts';
import type { AppActions, StoreContext } from './app-state.ts';
import { type Progress, saveProgress } from './progress.ts';

type CheckActions = Pick<AppActions, 'newGame' | 'openCheck' | 'rateCheck' | 'backCheck' | 'skipCheck' | 'retakeCheck'>;

export function checkActions({ set, get, storage, chapters, newSeed, persist }: StoreContext): CheckActions {
  const update = (check: Progress['check'], screen = get().screen) => {
    const progress = { ...get().progress, check };
    persist(() => saveProgress(storage, progress));
    set({ progress, screen });
  };
  const first = () => chapters.find((l) => !l.bonus) ?? null;

  return {
    newGame: () => {
      const { check } = get().progress;
      const offer = !check.before && !check.skipped && !check.taking;
      set({ level: first(), screen: offer ? 'check-offer' : 'briefing', back: 'briefing' });
    },
    openCheck: () => {
      const { check } = get().progress;
      // Where the check goes back to: the offer before the first chapter, the title menu or the last ending.
      const { screen } = get();
      if (screen !== 'check' && screen !== 'check-result') set({ back: screen });
      if (check.taking) update(check, 'check');
      else if (!check.before) update({ ...check, taking: { set: CHECK_SETS[newSeed() % 2]!, ratings: [] } }, 'check');
      else if (!check.after) update({ ...check, taking: { set: otherSet(check.before.set), ratings: [] } }, 'check');
      else update(check, 'check-result');
    },
    rateCheck: (rating) => {
      const { check } = get().progress;
      if (!check.taking || !Number.isInteger(rating) || rating < 1 || rating > 7) return;
      const taking = { ...check.taking, ratings: [...check.taking.ratings, rating] };
      if (taking.ratings.length < ITEMS_PER_SET) return update({ ...check, taking });
      const done = { set: taking.set, ratings: taking.ratings };
      update({ ...check, taking: undefined, ...(check.before ? { after: done } : { before: done }) }, 'check-result');
    },
    backCheck: () => {
      const { check } = get().progress;
      if (!check.taking) return;
      if (check.taking.ratings.length) {
        update({ ...check, taking: { ...check.taking, ratings: check.taking.ratings.slice(0, -1) } });
      } else update({ ...check, taking: undefined }, get().back);
    },
    skipCheck: () => update({ ...get().progress.check, skipped: true }, 'briefing'),
    retakeCheck: () => {
      update({ skipped: get().progress.check.skipped });
      get().openCheck();
    },
  };
}
