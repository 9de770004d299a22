// Inside a learning-management system: the game talks to the LMS's SCORM 1.2 API (window.API, found in a
// parent frame or the window that opened it). Before the store starts, the learner's saved game and progress
// come back from cmi.suspend_data; after every change they go back, with where the learner is
// (lesson_location), whether the chapters the course asks for are done (lesson_status) and the score.
// Outside an LMS none of this runs and the game plays as usual.
import { addTallies, discernmentScore, EMPTY_TALLY } from '../core/discernment.ts';
import type { Progress } from '../state/progress.ts';
import type { KeyValueStorage, LevelResolver } from '../state/saves.ts';
import type { AppStore } from '../state/store.ts';
import { packSuspend, unpackSuspend } from '../state/suspend-data.ts';
import type { Level } from '../content/schema.ts';
import type { Storm } from '../content/storm.ts';

/** The calls of a SCORM 1.2 runtime the game uses. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}

/** How far up the frames (and to the opener's) to look for the LMS's API, as the SCORM 1.2 guide does. */
const MAX_HOPS = 8;
/** Changes come in bursts (a reply saves the game and the progress): one write to the LMS per burst. */
const WRITE_AFTER_MS = 500;

const isApi = (w: unknown): w is { API: Scorm12Api } => {
  try {
    return typeof (w as { API?: Scorm12Api }).API?.LMSInitialize === 'function';
  } catch {
    return false; // another origin's frame
  }
};

/** The LMS's SCORM 1.2 API, or null outside an LMS. */
export function findScormApi(win: Window): Scorm12Api | null {
  for (const start of [win, win.opener as Window | null]) {
    let w: Window | null = start;
    for (let hop = 0; w && hop < MAX_HOPS; hop++) {
      if (isApi(w)) return w.API;
      if (w.parent === w) break;
      w = w.parent;
    }
  }
  return null;
}

/**
 * The chapters a course asks for, from the launch address (`chapters=1,3` by number, set when the package
 * is built); the first chapter when it names none.
 */
export function requiredChapters(search: string, levels: readonly Level[]): Level[] {
  const asked = new URLSearchParams(search).get('chapters');
  const numbers = asked ? asked.split(',').map(Number) : [1];
  const found = levels.filter((l) => !l.bonus && numbers.includes(l.number));
  return found.length ? found : levels.filter((l) => l.number === 1);
}

/**
 * What the course reports: completed once every required chapter has ended; the score is discernment (0–100)
 * over those chapters, the debrief's own measure of telling fair criticism from false attacks.
 */
export function courseResult(progress: Progress, required: readonly Level[]) {
  const done = required.every((l) => progress.endings[l.id]);
  const tally = required.map((l) => progress.discernment[l.id] ?? EMPTY_TALLY).reduce(addTallies, EMPTY_TALLY);
  return { status: done ? 'completed' : 'incomplete', score: discernmentScore(tally) } as const;
}

/** Takes the learner's saved state back from the LMS into this browser's storage (before the store starts). */
export function resumeFromLms(api: Scorm12Api, storage: KeyValueStorage, levels: readonly Level[], storm: Storm) {
  api.LMSInitialize('');
  const kept = unpackSuspend(api.LMSGetValue('cmi.suspend_data') ?? '', levels, storm);
  for (const [key, value] of Object.entries(kept ?? {})) storage.setItem(key, value);
}

/** Reports to the LMS after every change of the game or the progress, and when the page goes away. */
export function reportToLms(
  api: Scorm12Api,
  store: AppStore,
  storage: KeyValueStorage,
  resolve: LevelResolver,
  required: readonly Level[],
) {
  // The LMS keeps the suspend data for the next session only when the learner leaves "suspended".
  api.LMSSetValue('cmi.core.exit', 'suspend');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const s = store.getState();
    const packed = packSuspend(storage, resolve);
    if (packed !== null) api.LMSSetValue('cmi.suspend_data', packed);
    if (s.level) api.LMSSetValue('cmi.core.lesson_location', s.level.id);
    const { status, score } = courseResult(s.progress, required);
    api.LMSSetValue('cmi.core.lesson_status', status);
    if (score !== null) {
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(score));
    }
    api.LMSCommit('');
  };
  const soon = () => {
    if (timer === undefined) timer = setTimeout(write, WRITE_AFTER_MS);
  };
  store.subscribe((s) => s.save, soon);
  store.subscribe((s) => s.progress, soon);
  write();
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) clearTimeout(timer);
    write();
    api.LMSFinish('');
  });
}
