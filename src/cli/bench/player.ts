// The bench's keyboard player, in Node: it plays the endless storm the way the key presses in the browser
// will (parts.ts keyFor), so that the bench can start the game from a save and check what it did.
import type { Level } from '../../content/schema.ts';
import { choicesFor, findPost, newGame, openPosts, step } from '../../core/engine.ts';
import type { Action, GameState, Pacing } from '../../core/state.ts';
import { STORM_ID } from '../../core/storm.ts';
import { SAVE_VERSION, type Save } from '../../state/saves.ts';
import { keyFor } from './parts.ts';

/** What a key press does in the game: it answers the oldest open post (nothing selected) with that response. */
export function keyAction(level: Level, s: GameState, key: number): Action {
  const item = openPosts(s)[0]!;
  const r = choicesFor(findPost(level, item.id)!, s)[key - 1]!;
  return { type: 'reply', post: item.id, response: r.id };
}

export interface StormStart {
  save: Save;
  level: Level;
  /** The game the save holds. */
  state: GameState;
}

/** The endless storm dealt for a seed (from the campaign and data/storm.yaml). */
export type DealStorm = (seed: number) => Level;

/** A save of the storm from `seed`, played by key presses until its feed holds `posts` posts. */
export function stormSave(deal: DealStorm, seed: number, posts: number, pacing: Pacing): StormStart {
  const level = deal(seed);
  let s = newGame(level, { seed, pacing: 'turn' });
  const actions: Action[] = [];
  while (s.feed.length < posts) {
    if (s.ending) throw new Error(`the bench's storm (seed ${seed}) ended after ${s.feed.length} posts`);
    const item = openPosts(s)[0]!;
    const a = keyAction(level, s, keyFor(choicesFor(findPost(level, item.id)!, s).map((r) => r.kind)));
    s = step(level, s, a);
    actions.push(a);
  }
  return { save: { v: SAVE_VERSION, level: STORM_ID, seed, pacing, actions }, level, state: s };
}
