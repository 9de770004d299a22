// The ending: a wash of colour and a burst of shapes (rising for a good ending, falling for a bad one)
// behind the ending card, which the DOM layer shows. The shapes come to rest where they land, so that the
// canvas sleeps while the player reads; with reduced motion they are there from the start.
import { COLORS } from '../view/theme.ts';
import { UiScene } from './ui-scene.ts';
import { endingOf } from '../core/level-index.ts';

export class EndingScene extends UiScene {
  constructor() {
    super('ending');
  }

  protected draw() {
    const { level, game } = this.store.getState();
    const good = (level && endingOf(level, game?.ending)?.good) ?? false;
    const { cssW: w, cssH: h } = this;
    const tint = good ? COLORS.good : COLORS.bad;
    this.graphics().fillGradientStyle(COLORS.night, COLORS.night, tint, tint, 1, 1, 0.35, 0.35).fillRect(0, 0, w, h);
    for (let i = 0; i < 24; i++) {
      const x = (((i * 131) % 97) / 97) * w;
      const shape = this.graphics().fillStyle(i % 3 ? tint : COLORS.accent, 0.6);
      if (good) shape.fillCircle(0, 0, 5 + (i % 4) * 2);
      else shape.fillRect(-10, -3, 20 + (i % 5) * 6, 6);
      // Where it rests: scattered over the screen, the same places every time.
      const y = (((i * 53) % 89) / 89) * h;
      shape.setPosition(x, y);
      if (this.entering && !this.reducedMotion) {
        shape.setY(good ? h + 20 : -20);
        this.tweens.add({ targets: shape, y, delay: i * 60, duration: 1200 + (i % 6) * 150, ease: 'Cubic.easeOut' });
      }
    }
  }
}
