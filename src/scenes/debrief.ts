// The debrief chart: the three meters across the chapter, each with its own line style and marker shape,
// and a numbered mark at every decision (the numbers match the list beside it).
import { METERS } from '../content/terms.ts';
import { t } from '../i18n/i18n.ts';
import { chartSeries, hourStep, markLabels, shownDecisions, trustDrift } from '../view/chart.ts';
import { METER_LABELS, SHORT_LABELS, signed } from '../view/format.ts';
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
      ? { x: 44, y: 72, w: w - 64, h: h * 0.34 - 140 }
      : { x: 56, y: 96, w: w * 0.5 - 80, h: h - 220 };
    const title = t(portrait ? 'debrief.chart.sceneTitleShort' : 'debrief.chart.sceneTitle', { hours: game.hour });
    this.text(box.x - 36, 16, title, 18, COLORS.text, { fontStyle: 'bold' });
    const g = this.graphics();
    const hours = Math.max(1, game.hour);
    const X = (hour: number) => box.x + (hour / hours) * box.w;
    const Y = (v: number) => box.y + box.h - (v / 100) * box.h;
    g.lineStyle(1, COLORS.line);
    for (const v of [0, 25, 50, 75, 100]) {
      g.lineBetween(box.x, Y(v), box.x + box.w, Y(v));
      this.text(box.x - 8, Y(v), String(v), 16, COLORS.muted).setOrigin(1, 0.5);
    }
    this.drawHourAxis(box, hours, X);
    this.drawDecisions(box, X);
    METERS.forEach((m, k) => {
      const pts = chartSeries(game).map((s) => ({ x: X(s.hour), y: Y(s[m]) }));
      // Thick, dashed and thin lines with their own marker shapes, so the three read apart without colour.
      g.lineStyle(m === 'heat' ? 1.5 : 3, COLORS[m]);
      for (let i = 1; i < pts.length; i++) {
        if (m === 'loyalty' && i % 2 === 0) continue;
        g.lineBetween(pts[i - 1]!.x, pts[i - 1]!.y, pts[i]!.x, pts[i]!.y);
      }
      g.fillStyle(COLORS[m]);
      pts.forEach((p, i) => i % Math.max(1, Math.ceil(pts.length / 12)) === 0 && METER_SHAPES[m](g, p.x, p.y, 4));
      const lx = box.x + k * Math.min(170, box.w / 3);
      const ly = box.y + box.h + 40;
      METER_SHAPES[m](g, lx + 6, ly + 10, 6);
      this.text(lx + 18, ly, portrait ? SHORT_LABELS[m] : METER_LABELS[m], 16, COLORS.text);
    });
    const key = t(portrait ? 'debrief.chart.sceneKeyShort' : 'debrief.chart.sceneKey');
    this.text(box.x, box.y + box.h + 64, key, 16, COLORS.muted);
  }

  /** Hours along the bottom, about six ticks whatever the length of the chapter. */
  private drawHourAxis(box: Box, hours: number, X: (hour: number) => number) {
    const step = hourStep(hours);
    // The word "hours" takes the last place; a tick that would run into it is left out.
    for (let hour = 0; hour <= hours && X(hour) < box.x + box.w - 64; hour += step) {
      this.text(X(hour), box.y + box.h + 6, String(hour), 16, COLORS.muted).setOrigin(0.5, 0);
    }
    this.text(box.x + box.w, box.y + box.h + 6, t('debrief.chart.hours'), 16, COLORS.muted).setOrigin(1, 0);
  }

  /**
   * Each reply as a numbered line (the numbers match the debrief's list, which shows the latest ones), and
   * between replies what the hours did to trust on their own, so that the changes add up.
   */
  private drawDecisions(box: Box, X: (hour: number) => number) {
    const { game } = this.store.getState();
    if (!game) return;
    const g = this.graphics();
    const { shown } = shownDecisions(game);
    for (const d of shown) g.lineStyle(1, COLORS.accent, 0.5).lineBetween(X(d.hour), box.y, X(d.hour), box.y + box.h);
    // About the width of a digit at the label's size, for spacing the labels out.
    const labels = markLabels(
      shown.map((d) => X(d.hour)),
      10 * this.textScale,
    );
    for (const { x, text } of labels) this.text(x, box.y - 24, text, 16, COLORS.accent);
    for (const { from, to, trust } of trustDrift(game)) {
      if (!trust || X(to) - X(from) < 30) continue;
      this.text((X(from) + X(to)) / 2, box.y + 4, signed(trust), 16, COLORS.muted).setOrigin(0.5, 0);
    }
  }
}

type Box = { x: number; y: number; w: number; h: number };
