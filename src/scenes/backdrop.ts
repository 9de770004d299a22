// Behind the menus: the emblem and faint posts drifting past, as if the feed never sleeps.
import { COLORS } from '../view/theme.ts';
import { UiScene } from './ui-scene.ts';

export class BackdropScene extends UiScene {
  constructor() {
    super('backdrop');
  }

  protected draw() {
    const { cssW: w, cssH: h } = this;
    const g = this.graphics();
    g.fillGradientStyle(COLORS.night, COLORS.night, COLORS.panel, COLORS.panel, 1).fillRect(0, 0, w, h);
    // Ghost cards: the same places every time (no randomness needed for decoration).
    for (let i = 0; i < 9; i++) {
      const card = this.add.graphics().fillStyle(COLORS.card, 0.35).fillRoundedRect(0, 0, 220, 64, 12);
      card.fillStyle(COLORS.line, 0.5).fillCircle(30, 32, 16).fillRect(56, 20, 120, 8).fillRect(56, 36, 90, 8);
      card.setPosition(((i * 173) % Math.max(w, 1)) - 60, (i * 97) % Math.max(h, 1));
      this.root.add(card);
      if (!this.reducedMotion) {
        this.tweens.add({
          targets: card,
          y: card.y - h - 80,
          duration: 24000 + i * 2500,
          repeat: -1,
          onRepeat: () => (card.y = h + 40),
        });
      }
    }
    // The emblem appears once the boot scene has loaded it.
    if (this.store.getState().screen === 'title' && this.textures.exists('logo')) {
      const size = Math.min(180, h * 0.22, w * 0.4);
      const logo = this.add.image(w / 2, size / 2 + 24, 'logo').setDisplaySize(size, size);
      this.root.add(logo);
    }
  }

  protected changed(s: { screen: string; loading: number }, prev: { screen: string; loading: number }) {
    if (s.screen !== prev.screen || (s.loading === 1 && prev.loading < 1)) this.redraw();
  }
}
