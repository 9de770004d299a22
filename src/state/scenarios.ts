// The trainer's own scenarios, written in the editor and played without a build. Each is kept in storage as
// the YAML its author wrote and loaded with the campaign's own loader when the game starts, so a scenario
// that a newer version no longer accepts is shown with its first problem instead of breaking the game.
import { loadLevel } from '../content/loader.ts';
import { formatProblem, type Problem } from '../content/problems.ts';
import type { Level } from '../content/schema.ts';
import { t } from '../i18n/i18n.ts';
import type { KeyValueStorage } from './saves.ts';
import { ownId, SCENARIO_PREFIX, SCENARIOS_KEY } from './scenario-id.ts';

/** A scenario in "Your scenarios": playable when its text loads, else the reason it does not. */
export interface UserScenario {
  /** The id inside the game: the prefix and the file's own id. */
  id: string;
  title: string;
  yaml: string;
  level: Level | null;
  problem: string | null;
}

export type LoadedScenario = { ok: true; scenario: UserScenario } | { ok: false; problems: Problem[] };

/**
 * Reads a scenario's text with the level loader. A scenario stands outside the campaign's story (no hidden
 * values carried in, no next chapter, no first-chapter tips): it is marked as the trainer's own.
 */
export function readScenario(yaml: string): LoadedScenario {
  const r = loadLevel(yaml, 'scenario.yaml');
  if (!r.ok) return r;
  const id = SCENARIO_PREFIX + r.level.id;
  const level: Level = { ...r.level, id, source: 'own' };
  return { ok: true, scenario: { id, title: level.title, yaml, level, problem: null } };
}

/** Every stored scenario, in the order they were first played (the game reads them only when some are kept). */
export function loadScenarios(storage: KeyValueStorage): UserScenario[] {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(SCENARIOS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) => {
    const { id, yaml } = (entry ?? {}) as { id?: unknown; yaml?: unknown };
    if (typeof id !== 'string' || typeof yaml !== 'string') return [];
    const r = readScenario(yaml);
    if (r.ok) return [r.scenario];
    const problem = r.problems[0] ? formatProblem(r.problems[0]) : t('menus.chapters.noProblem');
    return [{ id, title: ownId(id), yaml, level: null, problem }];
  });
}
