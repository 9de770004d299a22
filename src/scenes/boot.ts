// Loads the pictures with a real progress bar along the bottom of the screen, on top of whatever the
// player is doing: the menus are HTML and work from the first moment.
import { COLORS } from '../view/theme.ts';
import { UiScene } from './ui-scene.ts';

/** The game's emblem, also its icon: a file of its own (public/), which the web-app manifest names too. */
const logoUrl = 'icon.svg';

export class BootScene extends UiScene {
  private bar!: Phaser.GameObjects.Graphics;

  constructor() {
    super('boot');
  }

  preload() {
    this.scene.bringToTop();
    this.setup();
    this.load.svg('logo', logoUrl, { width: 512, height: 512 });
    this.load.on('progress', (p: number) => {
      this.store.getState().setLoading(p);
      this.drawBar();
    });
  }

  create() {
    this.store.getState().setLoading(1);
    this.scene.stop();
    // A frame without the bar.
    this.keepAwake();
  }

  protected draw() {
    this.bar = this.graphics();
    this.drawBar();
  }

  private drawBar() {
    const w = this.cssW;
    const done = this.store.getState().loading;
    this.bar
      .clear()
      .fillStyle(COLORS.panel)
      .fillRect(0, this.cssH - 6, w, 6)
      .fillStyle(COLORS.accent)
      .fillRect(0, this.cssH - 6, w * done, 6);
  }
}
