// npm run simulate -- --replay CODE [--json]: plays the game a replay code holds, in Node, and prints where it
// ended, with the numbers the debrief shows. A code that cannot be used is said in plain words, exit code 2.
import type { Level } from '../content/schema.ts';
import type { Storm } from '../content/storm.ts';
import { METERS } from '../content/terms.ts';
import { replayFromCode, replayResult } from '../state/replay-code.ts';
import { endingOf } from '../core/level-index.ts';
import { storyChapter } from '../core/story.ts';

const NAMES = { trust: 'Public trust', loyalty: 'Fan loyalty', heat: 'Media heat' } as const;

/** Prints the replayed game's outcome (of a chapter, or of the storm dealt from them); returns the exit code. */
export function printReplay(code: string, levels: readonly Level[], storm: Storm, json: boolean): number {
  const r = replayFromCode(code, levels, storm);
  if ('error' in r) {
    console.error(r.error);
    return 2;
  }
  const result = replayResult(r.game);
  if (json) {
    console.log(JSON.stringify(result));
    return 0;
  }
  const { level, session, game } = r;
  const ending = endingOf(level, game.ending)!;
  const replies = game.decisions.length;
  console.log(
    [
      `${storyChapter(level) ? `Chapter ${level.number}. ${level.title}` : level.title}, seed ${session.seed}, ${session.pacing === 'live' ? 'live clock' : 'turn by turn'}: ${replies} ${replies === 1 ? 'reply' : 'replies'} over ${game.hour} hours.`,
      `Ending: ${ending.title} (${ending.good ? 'a good ending' : 'it ended badly'}).`,
      `${METERS.map((m) => `${NAMES[m]} ${result.final[m]}`).join(', ')}.`,
    ].join('\n'),
  );
  return 0;
}
