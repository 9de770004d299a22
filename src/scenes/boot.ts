// Boot: a real progress bar while the pictures and sounds load, then the title menu.
import logoUrl from '../../assets/img/logo.svg?url';
import { COLORS } from '../view/theme';
import { UiScene } from './ui-scene';

export class BootScene extends UiScene {
  private progress = 0;
  private bar!: Phaser.GameObjects.Graphics;

  constructor() {
    super('boot');
  }

  preload() {
    this.setup();
    this.load.svg('logo', logoUrl, { width: 512, height: 512 });
    this.load.on('progress', (p: number) => this.setProgress(p));
  }

  create() {
    this.store.getState().booted();
  }

  private setProgress(p: number) {
    this.progress = p;
    this.store.getState().setLoading(p);
    if (this.bar) this.drawBar();
  }

  protected draw() {
    this.bar = this.graphics();
    this.text(this.cssW / 2, this.cssH / 2 - 40, 'Loading Hot Seat…', 18, COLORS.muted).setOrigin(0.5);
    this.drawBar();
  }

  private drawBar() {
    const w = Math.min(320, this.cssW - 48);
    const x = (this.cssW - w) / 2;
    const y = this.cssH / 2;
    this.bar.clear().fillStyle(COLORS.panel).fillRoundedRect(x, y, w, 14, 7).fillStyle(COLORS.accent).fillRoundedRect(x, y, Math.max(14, w * this.progress), 14, 7);
  }
}
