// The store's actions for the trainer's own scenarios: play one from the editor, remove one from Chapters.
import type { AppActions, StoreContext } from './app-state.ts';
import { type Progress, saveProgress } from './progress.ts';
import { clearSave } from './saves.ts';
import { saveScenarios } from './kept-scenarios.ts';

type ScenarioActions = Pick<AppActions, 'playScenario' | 'removeScenario'>;

export function scenarioActions({ set, get, storage, persist }: StoreContext): ScenarioActions {
  return {
    playScenario: async (yaml) => {
      // The level loader (YAML, the schema) comes with the first scenario played, never with the game.
      const { readScenario } = await import('./scenarios.ts');
      const r = readScenario(yaml);
      if (!r.ok) return r.problems;
      const { scenario } = r;
      const others = get().scenarios.filter((u) => u.id !== scenario.id);
      const scenarios = [...others, scenario];
      persist(() => saveScenarios(storage, scenarios));
      set({ scenarios, level: scenario.level, screen: 'briefing' });
      return [];
    },
    removeScenario: (id) => {
      const { scenarios, save, progress } = get();
      const kept = scenarios.filter((u) => u.id !== id);
      const { [id]: _record, ...records } = progress.records;
      const { [id]: _ending, ...endings } = progress.endings;
      const next: Progress = { ...progress, records, endings };
      // A saved game of a removed scenario could never continue: it goes with it.
      const ownSave = save?.level === id;
      persist(() => {
        saveScenarios(storage, kept);
        saveProgress(storage, next);
        if (ownSave) clearSave(storage);
      });
      set({ scenarios: kept, progress: next, ...(ownSave ? { save: null, game: null } : {}) });
    },
  };
}
