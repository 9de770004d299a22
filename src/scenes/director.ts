// Shows the scene that belongs to the store's current screen.
import type * as Phaser from 'phaser';
import type { AppStore, Screen } from '../state/store';

const SCENE_OF: Record<Screen, string> = {
  boot: 'boot',
  title: 'backdrop',
  chapters: 'backdrop',
  settings: 'backdrop',
  credits: 'backdrop',
  briefing: 'backdrop',
  play: 'feed',
  ending: 'ending',
  debrief: 'debrief',
};

export function directScenes(game: Phaser.Game, store: AppStore): () => void {
  return store.subscribe(
    (s) => SCENE_OF[s.screen],
    (key, prev) => {
      game.scene.stop(prev);
      game.scene.start(key);
    },
  );
}
