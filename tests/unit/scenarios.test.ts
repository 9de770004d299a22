// The trainer's own scenarios in the store: played from the editor's text, kept across a reload with the
// saved game that Continue picks up, removed with that game, and a stored text that no longer loads shown
// with its problem instead of breaking the game.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/content/schema.ts';
import { loadAllLevels, readJudgementBank } from '../../src/data-files/load.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import { PROGRESS_KEY } from '../../src/state/progress.ts';
import { SAVE_KEY } from '../../src/state/saves.ts';
import { SCENARIOS_KEY } from '../../src/state/scenario-id.ts';
import { loadScenarios } from '../../src/state/scenarios.ts';
import { SETTINGS_KEY } from '../../src/state/settings.ts';
import { createAppStore, currentPost, dueTip } from '../../src/state/store.ts';

const judgementBank = readJudgementBank();
const MINI = readFileSync('tests/fixtures/mini.yaml', 'utf8');

function boot(storage = memoryStorage(), levels: Level[] = []) {
  if (storage.getItem(SETTINGS_KEY) === null) storage.setItem(SETTINGS_KEY, JSON.stringify({ tutorial: false }));
  let seed = 7;
  return createAppStore({ judgementBank, levels, scenarios: loadScenarios(storage), storage, newSeed: () => seed++ });
}

describe('your scenarios', () => {
  it('plays a scenario from its text and Continue resumes it after a reload', async () => {
    const storage = memoryStorage();
    const store = boot(storage);
    expect(await store.getState().playScenario(MINI)).toEqual([]);
    expect(store.getState().screen).toBe('briefing');
    expect(store.getState().level?.id).toBe('user:mini');
    store.getState().start('turn');
    const post = currentPost(store.getState())!;
    store.getState().reply(post.post.responses[0]!.id);
    expect(JSON.parse(storage.getItem(SAVE_KEY)!).level).toBe('user:mini');

    const again = boot(storage).getState();
    expect(again.scenarios.map((u) => u.title)).toEqual(['Mini chapter']);
    expect(again.save?.level).toBe('user:mini');
    again.continueGame();
    expect(again.notice).toBeNull();
    expect(boot(storage).getState().game?.decisions).toHaveLength(1);
  });

  it('gives back the loader problems for a text that does not load, and keeps nothing', async () => {
    const storage = memoryStorage();
    const problems = await boot(storage).getState().playScenario('id: x\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'scenario.yaml', line: 1 });
    expect(storage.getItem(SCENARIOS_KEY)).toBeNull();
  });

  it('removes a scenario with its saved game and record', async () => {
    const storage = memoryStorage();
    const store = boot(storage);
    await store.getState().playScenario(MINI);
    store.getState().start('turn');
    store.getState().removeScenario('user:mini');
    expect(store.getState().scenarios).toEqual([]);
    expect(store.getState().save).toBeNull();
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(boot(storage).getState().scenarios).toEqual([]);
  });

  it('says plainly when a saved game belongs to a scenario that is gone', async () => {
    const storage = memoryStorage();
    const store = boot(storage);
    await store.getState().playScenario(MINI);
    store.getState().start('turn');
    storage.setItem(SCENARIOS_KEY, '[]');
    expect(boot(storage).getState().notice).toMatch(
      /^Your saved game belongs to your scenario "mini", which no longer/,
    );
  });

  it('lists a stored scenario that no longer loads with its problem', async () => {
    const storage = memoryStorage({ [SCENARIOS_KEY]: JSON.stringify([{ id: 'user:old', yaml: 'id: old\n' }]) });
    const [old] = boot(storage).getState().scenarios;
    expect(old).toMatchObject({ id: 'user:old', level: null });
    expect(old?.problem).toMatch(/^scenario\.yaml:1: /);
  });

  it('lists and plays a scenario stored when an ending’s timing was written `check:`', async () => {
    const former = MINI.replaceAll('timing: ', 'check: ');
    const storage = memoryStorage({ [SCENARIOS_KEY]: JSON.stringify([{ id: 'user:mini', yaml: former }]) });
    const [kept] = boot(storage).getState().scenarios;
    expect(kept).toMatchObject({ id: 'user:mini', title: 'Mini chapter', problem: null });
    expect(kept?.level?.endings.map((e) => e.timing)).toEqual(['anytime', 'end', 'end']);
  });

  it('stands outside the campaign whatever its number: it carries nothing in and shows no first-chapter tips', async () => {
    const campaign = loadAllLevels();
    const first = campaign.find((l) => l.number === 1)!;
    const storage = memoryStorage({
      [SETTINGS_KEY]: JSON.stringify({ tutorial: true }),
      [PROGRESS_KEY]: JSON.stringify({ endings: {}, carry: { [first.id]: { promiseDebt: 20 } } }),
    });
    const store = boot(storage, campaign);
    for (const number of [1, 2]) {
      await store.getState().playScenario(MINI.replace('number: 1', `number: ${number}`));
      store.getState().start('turn');
      expect(store.getState().save?.carry).toBeUndefined();
      expect(dueTip(store.getState())).toBeNull();
    }
  });

  it("cannot be marked as the trainer's own by its file", async () => {
    const problems = await boot().getState().playScenario(MINI.replace('number: 1', 'number: 1\nsource: own'));
    expect(problems.map((p) => p.path)).toContain('source');
  });
});
