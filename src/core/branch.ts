// "What if": a finished game played again with some replies changed. The engine is deterministic, so the
// branch is exact up to the first change; after it the game goes on with the same later actions wherever
// they still fit (a reply to a post that is no longer open, or a reply no longer on offer, is left out),
// and the clock then runs to the chapter's end. Used by the workshop's what-if and by each team's own path.
import type { Level } from '../content/schema.ts';
import { available, findPost, play } from './engine.ts';
import type { Action, GameState, NewGameOptions } from './state.ts';

/** A changed reply: at the `decision`-th reply of the log (0-based), answer with `response` instead. */
export type Changes = ReadonlyMap<number, string>;

export function branch(level: Level, opts: NewGameOptions, actions: readonly Action[], changes: Changes): GameState {
  const game = play(level, opts);
  let decision = -1;
  for (const a of actions) {
    if (game.state.ending) break;
    let action = a;
    if (a.type === 'reply') {
      decision++;
      const changed = changes.get(decision);
      const reply = changed === undefined ? a : { ...a, response: changed };
      if (!fits(level, game.state, reply)) continue;
      action = reply;
    }
    game.act(action);
  }
  // Nothing left to play: the hours run out with whatever is still open left unanswered.
  for (let h = 0; !game.state.ending && h <= level.hours; h++) game.act({ type: 'tick', hours: 1 });
  return game.result();
}

function fits(level: Level, s: GameState, a: Extract<Action, { type: 'reply' }>): boolean {
  const post = findPost(level, a.post);
  const open = s.feed.some((f) => f.id === a.post && f.status === 'open');
  return Boolean(post && open && available(post, s).some((r) => r.id === a.response));
}
