// What the views follow of the store: each part is shown again only when what it shows changes (a view
// compares its selector's pick shallowly, html/watch.ts), so a tick of the clock does not rebuild a dialog
// whose words it did not change, and a finding added to the post being read does.
import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/vanilla/shallow';
import { checksFor, openPosts, step } from '../../src/core/engine.ts';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { helpShown } from '../../src/state/selectors.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { type App, createAppStore } from '../../src/state/store.ts';
import { headlines, tickerLine } from '../../src/view/ticker.ts';

const levels = loadAllLevels();

/** The second chapter (no tips) in turn pacing, the first open post that can be checked read whole. */
function reading(): App {
  const storage = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ tutorial: false }) });
  const store = createAppStore({ judgementBank: readJudgementBank(), levels, storage, newSeed: () => 7 });
  store.getState().openChapter(levels.find((l) => l.number === 2)!.id);
  store.getState().start('turn');
  const { level, game } = store.getState();
  store.getState().readPost(openPosts(game!).find((f) => checksFor(level!, game!, f.id).length)!.id);
  return store.getState();
}

describe('the dialogs over play', () => {
  it('show the post read whole, and again when a check finds something in it, not when the hours pass', () => {
    const s = reading();
    const shown = helpShown(s);
    expect(shown).toMatchObject({ tip: null, legend: false, post: { id: s.readingPostId }, findings: 0 });

    const later = { ...s, game: step(s.level!, s.game!, { type: 'tick', hours: 1 }) };
    expect(later.game.hour).toBe(s.game!.hour + 1);
    expect(shallow(helpShown(later), shown)).toBe(true);

    const kind = checksFor(s.level!, s.game!, s.readingPostId!)[0]!.check;
    const checked = { ...s, game: step(s.level!, s.game!, { type: 'check', post: s.readingPostId!, check: kind }) };
    expect(helpShown(checked).findings).toBe(1);
    expect(shallow(helpShown(checked), shown)).toBe(false);
  });

  it('show nothing off the play screen', () => {
    expect(helpShown({ ...reading(), screen: 'debrief', legendOpen: true })).toEqual({
      tip: null,
      legend: false,
      post: undefined,
      findings: 0,
    });
  });
});

describe('the ticker’s line', () => {
  it('is the headlines one after the other during play, and nothing on another screen', () => {
    const s = reading();
    expect(tickerLine(s).split('   ◆   ')).toEqual(headlines(s.level!, s.game!));
    expect(tickerLine({ ...s, screen: 'debrief' })).toBe('');
  });
});
