// The trainer's scenarios as storage keeps them: what the game needs of them without the level loader (the
// store writes them; scenarios.ts reads them with the loader, fetched only when some are kept).
import type { KeyValueStorage } from './saves.ts';
import { SCENARIOS_KEY } from './scenario-id.ts';

/** Whether any scenario is kept, so that the loader is fetched only for a trainer who wrote one. */
export function keepsScenarios(storage: KeyValueStorage): boolean {
  const kept = storage.getItem(SCENARIOS_KEY);
  return kept !== null && kept !== '[]';
}

export const saveScenarios = (storage: KeyValueStorage, scenarios: readonly { id: string; yaml: string }[]) =>
  storage.setItem(SCENARIOS_KEY, JSON.stringify(scenarios.map(({ id, yaml }) => ({ id, yaml }))));
