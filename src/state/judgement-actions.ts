// The store's actions for the judgement check: offered before the first chapter, taken again after the
// last, then a week and a month later from the title menu; open from the title menu at any time. Every
// answer is saved as it is given, so that a reload resumes it where it was. Any point may be skipped.
import { answerFits, ITEMS_PER_SET, itemsOf } from '../content/judgement-items.ts';
import type { AppActions, StoreContext } from './app-state.ts';
import { type JudgementPoint, dueLater, setFor } from './judgement-points.ts';
import { type Progress, saveProgress } from './progress.ts';

type JudgementActions = Pick<
  AppActions,
  'newGame' | 'openJudgement' | 'answerJudgement' | 'backJudgement' | 'skipJudgement' | 'retakeJudgement'
>;

export function judgementActions({ set, get, storage, newSeed, now, persist }: StoreContext): JudgementActions {
  const update = (judgement: Progress['judgement'], screen = get().screen) => {
    const progress = { ...get().progress, judgement };
    persist(() => saveProgress(storage, progress));
    set({ progress, screen, dueJudgement: dueLater(judgement, now()) });
  };
  const first = () => get().levels.find((l) => !l.bonus) ?? null;
  const start = (point: JudgementPoint) => {
    const { judgement } = get().progress;
    update(
      { ...judgement, taking: { point, set: setFor(point, newSeed(), judgement.before?.set), answers: [] } },
      'judgement',
    );
  };

  return {
    newGame: () => {
      const { judgement } = get().progress;
      const offer = !judgement.before && !judgement.skipped.includes('before') && !judgement.taking;
      set({ level: first(), screen: offer ? 'judgement-offer' : 'briefing', returnTo: 'briefing' });
    },
    openJudgement: (point) => {
      const { judgement } = get().progress;
      // Where the judgement check goes back to: the offer before the first chapter, the title menu or the last ending.
      const { screen } = get();
      if (screen !== 'judgement' && screen !== 'judgement-result') set({ returnTo: screen });
      if (judgement.taking) update(judgement, 'judgement');
      else if (point) start(point);
      else if (!judgement.before) start('before');
      else if (!judgement.after) start('after');
      else update(judgement, 'judgement-result');
    },
    answerJudgement: (answer) => {
      const { judgement } = get().progress;
      const { taking } = judgement;
      const bank = get().judgementBank;
      if (!taking || !bank) return;
      const item = itemsOf(bank, taking.set)[taking.answers.length];
      if (!item || !answerFits(item, answer)) return;
      const answers = [...taking.answers, answer];
      if (answers.length < ITEMS_PER_SET) return update({ ...judgement, taking: { ...taking, answers } });
      update(
        { ...judgement, taking: undefined, [taking.point]: { set: taking.set, answers, at: now() } },
        'judgement-result',
      );
    },
    backJudgement: () => {
      const { judgement } = get().progress;
      if (!judgement.taking) return;
      if (judgement.taking.answers.length) {
        update({ ...judgement, taking: { ...judgement.taking, answers: judgement.taking.answers.slice(0, -1) } });
      } else update({ ...judgement, taking: undefined }, get().returnTo);
    },
    skipJudgement: () => {
      const { judgement } = get().progress;
      const point = judgement.taking?.point ?? 'before';
      const returnTo = get().returnTo;
      update(
        { ...judgement, taking: undefined, skipped: [...judgement.skipped, point] },
        point === 'before' && (returnTo === 'judgement-offer' || returnTo === 'briefing') ? 'briefing' : returnTo,
      );
    },
    retakeJudgement: () => {
      update({ skipped: [] });
      get().openJudgement();
    },
  };
}
