// The debrief chart: the three meters across the chapter, each with its own line style and marker shape,
// and a numbered mark at every decision (the numbers match the list beside it).
import { DECISIONS_SHOWN } from '../view/debrief.ts';
import { METERS } from '../content/schema.ts';
import { METER_LABELS, SHORT_LABELS } from '../view/format.ts';
import { COLORS } from '../view/theme.ts';
import { METER_SHAPES } from './feed-parts.ts';
import { UiScene } from './ui-scene.ts';

export class DebriefScene extends UiScene {
  constructor() {
    super('debrief');
  }

  protected draw() {
    const { game, level } = this.store.getState();
    const { cssW: w, cssH: h } = this;
    if (!game || !level) return;
    // Wide screens: chart on the left, the DOM debrief on the right. Phones: chart on top.
    const portrait = w < 900;
    const box = portrait
      ? { x: 44, y: 40, w: w - 64, h: h * 0.34 - 96 }
      : { x: 56, y: 64, w: w * 0.5 - 80, h: h - 160 };
    this.text(
      box.x - 36,
      box.y - 32,
      portrait ? `${game.hour} hours in three lines` : `The chapter in three lines, over ${game.hour} hours`,
      18,
      COLORS.text,
      { fontStyle: 'bold' },
    );
    const g = this.graphics();
    const hours = Math.max(1, game.hour);
    const X = (hour: number) => box.x + (hour / hours) * box.w;
    const Y = (v: number) => box.y + box.h - (v / 100) * box.h;
    g.lineStyle(1, COLORS.line);
    for (const v of [0, 25, 50, 75, 100]) {
      g.lineBetween(box.x, Y(v), box.x + box.w, Y(v));
      this.text(box.x - 8, Y(v), String(v), 16, COLORS.muted).setOrigin(1, 0.5);
    }
    // Numbered marks match the debrief's list, which shows the latest decisions.
    const offset = Math.max(0, game.decisions.length - DECISIONS_SHOWN);
    game.decisions.slice(offset).forEach((d, i) => {
      g.lineStyle(1, COLORS.accent, 0.5).lineBetween(X(d.hour), box.y, X(d.hour), box.y + box.h);
      if (!portrait || i % 2 === 0)
        this.text(X(d.hour), box.y + box.h + 6, String(i + 1), 16, COLORS.accent).setOrigin(0.5, 0);
    });
    METERS.forEach((m, k) => {
      const pts = game.samples.map((s) => ({ x: X(s.hour), y: Y(s[m]) }));
      // Thick, dashed and thin lines with their own marker shapes, so the three read apart without colour.
      g.lineStyle(m === 'heat' ? 1.5 : 3, COLORS[m]);
      for (let i = 1; i < pts.length; i++) {
        if (m === 'loyalty' && i % 2 === 0) continue;
        g.lineBetween(pts[i - 1]!.x, pts[i - 1]!.y, pts[i]!.x, pts[i]!.y);
      }
      g.fillStyle(COLORS[m]);
      pts.forEach((p, i) => i % Math.max(1, Math.ceil(pts.length / 12)) === 0 && METER_SHAPES[m](g, p.x, p.y, 4));
      const lx = box.x + k * Math.min(170, box.w / 3);
      const ly = portrait ? box.y + box.h + 30 : box.y + box.h + 34;
      METER_SHAPES[m](g, lx + 6, ly + 10, 6);
      this.text(lx + 18, ly, portrait ? SHORT_LABELS[m] : METER_LABELS[m], 16, COLORS.text);
    });
  }
}
