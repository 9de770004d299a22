// Opening a replay code in the store: the code's debrief, read-only; the player's save and progress untouched.
import { describe, expect, it } from 'vitest';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { PROGRESS_KEY } from '../../src/state/progress.ts';
import { encodeReplay, type ReplaySession, replayFromCode } from '../../src/state/replay-code.ts';
import { SAVE_KEY } from '../../src/state/saves.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { teamPicks } from '../../src/state/workshop.ts';
import { createAppStore, currentChoices, shownSession } from '../../src/state/store.ts';

const levels = loadAllLevels();

function boot() {
  const storage = memoryStorage();
  storage.setItem(SETTINGS_KEY, JSON.stringify({ tutorial: false }));
  let seed = 500;
  return {
    storage,
    store: createAppStore({ judgementBank: readJudgementBank(), levels, storage, newSeed: () => seed++ }),
  };
}

/** Plays the open chapter to its ending by always taking the first reply shown, through the store. */
function finish(store: ReturnType<typeof boot>['store']) {
  for (let i = 0; i < 200 && store.getState().screen === 'play'; i++) {
    const choices = currentChoices(store.getState());
    if (choices) store.getState().reply(choices.responses[0]!.id);
    else store.getState().tick();
  }
  expect(store.getState().screen).toBe('ending');
}

describe('a replay code opened in the game', () => {
  it('is also made for a workshop’s room, whose game the workshop keeps, with each team’s picks', () => {
    const { store } = boot();
    store.getState().startWorkshop({ teams: ['A', 'B'], seconds: null, chapters: ['breakfast-era'], seed: 7 });
    for (let i = 0; i < 300 && !store.getState().game!.ending; i++) {
      const s = store.getState();
      if (s.workshop!.phase !== 'vote') s.nextDecision();
      else {
        const shown = currentChoices(s)!.responses;
        s.vote(shown[0]!.id);
        s.vote(shown.at(-1)!.id);
        s.decide();
      }
    }
    const s = store.getState();
    const session = shownSession(s)!;
    expect(session).toMatchObject({ level: 'breakfast-era', seed: 7, actions: s.workshop!.save.actions });
    const back = replayFromCode(encodeReplay(s.level!, session), levels);
    if ('error' in back) throw new Error(back.error);
    expect(back.game.values).toEqual(s.game!.values);
    const teams = teamPicks(s.workshop!);
    expect(teams.map((t) => t.picks.length)).toEqual([s.game!.decisions.length, s.game!.decisions.length]);
  });

  it('shows the debrief of its game and leaves the save and the progress as they were', () => {
    const a = boot();
    a.store.getState().openChapter('breakfast-era');
    a.store.getState().start('turn');
    finish(a.store);
    const session = shownSession(a.store.getState())!;
    const code = encodeReplay(a.store.getState().level!, session);
    const ended = a.store.getState().game!;

    const b = boot();
    b.store.getState().openChapter('fine-print');
    b.store.getState().start('live');
    b.store.getState().tick();
    const saved = b.storage.getItem(SAVE_KEY);
    const progress = b.storage.getItem(PROGRESS_KEY);
    b.store.getState().openReplay(code);
    const s = b.store.getState();
    expect(s.screen).toBe('debrief');
    expect(s.game).toEqual(ended);
    expect(s.finished).toEqual({ session, fromCode: true });
    expect(shownSession(s)).toEqual(session);
    expect(b.storage.getItem(SAVE_KEY)).toBe(saved);
    expect(b.storage.getItem(PROGRESS_KEY)).toBe(progress);
    // Continue brings the player's own game back.
    s.continueGame();
    expect(b.store.getState().game!.level).toBe('fine-print');
    expect(b.store.getState().screen).toBe('play');
  });

  it('a past debrief reopened has its session too', () => {
    const a = boot();
    a.store.getState().openChapter('breakfast-era');
    a.store.getState().start('turn');
    finish(a.store);
    const session: ReplaySession = shownSession(a.store.getState())!;
    expect(session.actions.length).toBeGreaterThan(3);
    a.store.getState().quitToTitle();
    a.store.getState().openDebrief('breakfast-era', 'lastGame');
    expect(shownSession(a.store.getState())).toEqual(session);
  });

  it('says what is wrong with a code over the title menu', () => {
    const { store } = boot();
    store.getState().openReplay('garbage');
    expect(store.getState().screen).toBe('title');
    expect(store.getState().notice).toBe('This is not a Hot Seat replay code.');
  });
});
