// Plays a workshop's chapter through the store to its ending: every team the first reply shown, the vote
// ended at once, then on to the next decision.
import type { Level } from '../../src/content/schema.ts';
import { choicesFor, findPost } from '../../src/core/engine.ts';
import type { AppStore } from '../../src/state/store.ts';

export function playRoomToEnd(store: AppStore, level: Level) {
  for (let i = 0; i < 200 && !store.getState().game!.ending; i++) {
    const s = store.getState();
    if (s.workshop!.phase !== 'vote') s.nextDecision();
    else {
      const open = s.game!.feed.find((f) => f.status === 'open')!;
      s.vote(choicesFor(findPost(level, open.id)!, s.game!)[0]!.id);
      s.decide();
    }
  }
}
