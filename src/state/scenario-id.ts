// Inside the game a trainer's scenario has its file's id behind a prefix: it can never clash with a chapter,
// and a save or a record of it names it plainly ("user:fair-deal").
export const SCENARIO_PREFIX = 'user:';

/** Where the scenarios are kept in storage (kept-scenarios.ts writes them, scenarios.ts reads them). */
export const SCENARIOS_KEY = 'hot-seat/scenarios';

export const isScenario = (levelId: string) => levelId.startsWith(SCENARIO_PREFIX);

/** The id its author wrote in the file. */
export const ownId = (levelId: string) => levelId.slice(SCENARIO_PREFIX.length);
