// The store's actions for the judgement check: offered before the first chapter, taken again after the
// last, then a week and a month later from the title menu; open from the title menu at any time. Every
// answer is saved as it is given, so that a reload resumes the check where it was. Any point may be skipped.
import { answerFits, ITEMS_PER_SET, itemsOf } from '../content/judgement-items.ts';
import type { AppActions, StoreContext } from './app-state.ts';
import { type JudgementPoint, dueLater, setFor } from './judgement-points.ts';
import { type Progress, saveProgress } from './progress.ts';

type JudgementActions = Pick<
  AppActions,
  'newGame' | 'openJudgement' | 'answerJudgement' | 'backJudgement' | 'skipJudgement' | 'retakeJudgement'
>;

export function judgementActions({ set, get, storage, newSeed, now, persist }: StoreContext): JudgementActions {
  const update = (check: Progress['check'], screen = get().screen) => {
    const progress = { ...get().progress, check };
    persist(() => saveProgress(storage, progress));
    set({ progress, screen, dueJudgement: dueLater(check, now()) });
  };
  const first = () => get().levels.find((l) => !l.bonus) ?? null;
  const start = (point: JudgementPoint) => {
    const { check } = get().progress;
    update({ ...check, taking: { point, set: setFor(point, newSeed(), check.before?.set), answers: [] } }, 'check');
  };

  return {
    newGame: () => {
      const { check } = get().progress;
      const offer = !check.before && !check.skipped.includes('before') && !check.taking;
      set({ level: first(), screen: offer ? 'check-offer' : 'briefing', returnTo: 'briefing' });
    },
    openJudgement: (point) => {
      const { check } = get().progress;
      // Where the check goes back to: the offer before the first chapter, the title menu or the last ending.
      const { screen } = get();
      if (screen !== 'check' && screen !== 'check-result') set({ returnTo: screen });
      if (check.taking) update(check, 'check');
      else if (point) start(point);
      else if (!check.before) start('before');
      else if (!check.after) start('after');
      else update(check, 'check-result');
    },
    answerJudgement: (answer) => {
      const { check } = get().progress;
      const { taking } = check;
      const bank = get().judgementBank;
      if (!taking || !bank) return;
      const item = itemsOf(bank, taking.set)[taking.answers.length];
      if (!item || !answerFits(item, answer)) return;
      const answers = [...taking.answers, answer];
      if (answers.length < ITEMS_PER_SET) return update({ ...check, taking: { ...taking, answers } });
      update({ ...check, taking: undefined, [taking.point]: { set: taking.set, answers, at: now() } }, 'check-result');
    },
    backJudgement: () => {
      const { check } = get().progress;
      if (!check.taking) return;
      if (check.taking.answers.length) {
        update({ ...check, taking: { ...check.taking, answers: check.taking.answers.slice(0, -1) } });
      } else update({ ...check, taking: undefined }, get().returnTo);
    },
    skipJudgement: () => {
      const { check } = get().progress;
      const point = check.taking?.point ?? 'before';
      const returnTo = get().returnTo;
      update(
        { ...check, taking: undefined, skipped: [...check.skipped, point] },
        point === 'before' && (returnTo === 'check-offer' || returnTo === 'briefing') ? 'briefing' : returnTo,
      );
    },
    retakeJudgement: () => {
      update({ skipped: [] });
      get().openJudgement();
    },
  };
}
