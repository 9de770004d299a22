// Behind the menus: the emblem and faint posts that drift into place as the game opens, then rest, so
// that the canvas sleeps while the player reads the menus. With reduced motion they are in place at once.
import * as Phaser from 'phaser';
import { COLORS } from '../view/theme.ts';
import { UiScene } from './ui-scene.ts';

const ENTRANCE_MS = 1200;

export class BackdropScene extends UiScene {
  private logo: Phaser.GameObjects.Image | null = null;

  constructor() {
    super('backdrop');
  }

  // The menus change on top; only the emblem follows them (a rebuild would start the cards over). It shows
  // on the title, once the boot scene has loaded it: its texture arrives after the loader's last progress.
  create() {
    super.create();
    this.follow(
      (s) => s.screen === 'title',
      () => this.showLogo(),
    );
    const logoLoaded = `${Phaser.Textures.Events.ADD_KEY}logo`;
    const onLogo = () => {
      this.showLogo();
      this.keepAwake();
    };
    this.textures.on(logoLoaded, onLogo);
    this.events.once('shutdown', () => this.textures.off(logoLoaded, onLogo));
  }

  protected draw() {
    const { cssW: w, cssH: h } = this;
    const g = this.graphics();
    g.fillGradientStyle(COLORS.night, COLORS.night, COLORS.panel, COLORS.panel, 1).fillRect(0, 0, w, h);
    // Ghost cards: the same places every time (no randomness needed for decoration).
    for (let i = 0; i < 9; i++) {
      const card = this.graphics().fillStyle(COLORS.card, 0.35).fillRoundedRect(0, 0, 220, 64, 12);
      card.fillStyle(COLORS.line, 0.5).fillCircle(30, 32, 16).fillRect(56, 20, 120, 8).fillRect(56, 36, 90, 8);
      card.setPosition(((i * 173) % Math.max(w, 1)) - 60, (i * 97) % Math.max(h, 1));
      if (this.entering && !this.reducedMotion) {
        const y = card.y;
        card.setAlpha(0).setY(y + 60);
        this.tweens.add({ targets: card, y, alpha: 1, delay: i * 60, duration: ENTRANCE_MS, ease: 'Cubic.easeOut' });
      }
    }
    this.logo = null;
    this.showLogo();
  }

  /** The emblem, on the title screen once the boot scene has loaded it. */
  private showLogo() {
    const onTitle = this.store.getState().screen === 'title';
    if (!this.logo && onTitle && this.textures.exists('logo')) {
      const { cssW: w, cssH: h } = this;
      const size = Math.min(180, h * 0.22, w * 0.4);
      this.logo = this.adopt(this.add.image(w / 2, size / 2 + 24, 'logo').setDisplaySize(size, size));
    }
    this.logo?.setVisible(onTitle);
  }
}
