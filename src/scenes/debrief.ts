// The debrief chart on the game's canvas: the three meters across the chapter, each with its own line style
// and marker shape, and a numbered mark at every decision (the numbers match the list beside it). Where
// everything goes is view/chart.ts's chartPlan, the meters' styles view/meter-styles.ts: this only draws.
import type * as Phaser from 'phaser';
import { METERS } from '../content/terms.ts';
import { t } from '../i18n/i18n.ts';
import { type Box, type ChartPlan, chartPlan } from '../view/chart.ts';
import { METER_LABELS, SHORT_LABELS } from '../view/format.ts';
import { METER_STYLES } from '../view/meter-styles.ts';
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
    // About the width of a digit at the labels' size, for spacing the reply numbers out.
    const plan = chartPlan(game, box, { endLabel: 96, digit: 10 * this.textScale });
    const g = this.graphics();
    this.drawAxes(g, box, plan);
    this.drawReplies(box, plan);
    this.drawMeters(g, plan);
    this.drawLegend(g, box, portrait);
  }

  /** The value lines with their numbers, and the hours along the bottom. */
  private drawAxes(g: Phaser.GameObjects.Graphics, box: Box, plan: ChartPlan) {
    g.lineStyle(1, COLORS.line);
    for (const { value, y } of plan.grid) {
      g.lineBetween(box.x, y, box.x + box.w, y);
      this.text(box.x - 8, y, String(value), 16, COLORS.muted).setOrigin(1, 0.5);
    }
    for (const { hour, x } of plan.ticks)
      this.text(x, box.y + box.h + 6, String(hour), 16, COLORS.muted).setOrigin(0.5, 0);
    this.text(
      box.x + box.w,
      box.y + box.h + 6,
      t('debrief.chart.hour', { hour: plan.hours }),
      16,
      COLORS.muted,
    ).setOrigin(1, 0);
  }

  /**
   * Each reply as a numbered line (the numbers match the debrief's list, which shows the latest ones), and
   * between replies what the hours did to trust on their own, so that the changes add up.
   */
  private drawReplies(box: Box, plan: ChartPlan) {
    const g = this.graphics();
    for (const x of plan.replies) g.lineStyle(1, COLORS.accent, 0.5).lineBetween(x, box.y, x, box.y + box.h);
    for (const { x, text } of plan.replyNumbers) this.text(x, box.y - 24, text, 16, COLORS.accent);
    for (const { x, text } of plan.drifts) this.text(x, box.y + 4, text, 16, COLORS.muted).setOrigin(0.5, 0);
  }

  /** Each meter's line in its style (a dashed one leaves out every other stretch) with its markers. */
  private drawMeters(g: Phaser.GameObjects.Graphics, plan: ChartPlan) {
    for (const { meter, points, markers } of plan.meters) {
      g.lineStyle(METER_STYLES[meter].width.canvas, COLORS[meter]);
      for (let i = 1; i < points.length; i++) {
        if (METER_STYLES[meter].dashed && i % 2 === 0) continue;
        g.lineBetween(points[i - 1]!.x, points[i - 1]!.y, points[i]!.x, points[i]!.y);
      }
      g.fillStyle(COLORS[meter]);
      for (const p of markers) METER_SHAPES[meter](g, p.x, p.y, 4);
    }
  }

  /** Each meter's marker and name under the chart, and what the numbers over it mean. */
  private drawLegend(g: Phaser.GameObjects.Graphics, box: Box, portrait: boolean) {
    METERS.forEach((m, k) => {
      const lx = box.x + k * Math.min(170, box.w / 3);
      const ly = box.y + box.h + 40;
      g.fillStyle(COLORS[m]);
      METER_SHAPES[m](g, lx + 6, ly + 10, 6);
      this.text(lx + 18, ly, portrait ? SHORT_LABELS[m] : METER_LABELS[m], 16, COLORS.text);
    });
    const key = t(portrait ? 'debrief.chart.sceneKeyShort' : 'debrief.chart.sceneKey');
    this.text(box.x, box.y + box.h + 64, key, 16, COLORS.muted);
  }
}
