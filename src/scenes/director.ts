// Shows the scene that belongs to the store's current screen.
import type * as Phaser from 'phaser';
import type { AppStore, Screen } from '../state/store.ts';
import { KEEP_AWAKE } from './render-on-demand.ts';

const SCENE_OF: Record<Screen, string> = {
  title: 'backdrop',
  chapters: 'backdrop',
  settings: 'backdrop',
  credits: 'backdrop',
  briefing: 'backdrop',
  play: 'feed',
  ending: 'ending',
  debrief: 'debrief',
  'judgement-offer': 'backdrop',
  judgement: 'backdrop',
  'judgement-result': 'backdrop',
  case: 'backdrop',
  'workshop-setup': 'backdrop',
  guide: 'backdrop',
  // The workshop's feed is HTML, large enough for a projector (src/html/workshop-view.ts).
  workshop: 'backdrop',
  'room-judgement': 'backdrop',
  editor: 'backdrop',
};

export function directScenes(game: Phaser.Game, store: AppStore): () => void {
  // The boot scene starts by itself and loads on top; the screen's own scene starts beside it.
  game.events.once('ready', () => game.scene.start(SCENE_OF[store.getState().screen]));
  return store.subscribe(
    (s) => SCENE_OF[s.screen],
    (key, prev) => {
      game.scene.stop(prev);
      game.scene.start(key);
      game.events.emit(KEEP_AWAKE);
    },
  );
}
