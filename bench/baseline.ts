// The bench's yardstick: a bare Phaser 4 game with one empty scene, configured like the real game (same
// renderer choice, canvas size, scale mode and background), so that the bench can divide by it.
import * as Phaser from 'phaser';
import './baseline.css';

class EmptyScene extends Phaser.Scene {
  constructor() {
    super('empty');
  }

  create() {
    // What the bench waits for: the first scene's create() has run.
    document.body.dataset.ready = 'yes';
  }
}

const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#0f1420',
  width: Math.round(window.innerWidth * dpr),
  height: Math.round(window.innerHeight * dpr),
  scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
  audio: { noAudio: true },
  banner: false,
  scene: [EmptyScene],
});
