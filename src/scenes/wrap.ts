// Phaser's word wrap at a width, with the game's own line breaks (view/line-break.ts): English at spaces,
// Chinese between characters with its punctuation rules, which Phaser's own wrap does not know.
import type * as Phaser from 'phaser';
import { breakLines } from '../view/line-break.ts';

export const wrapAt = (width: number) => ({
  width,
  // The text's canvas has its font set before the wrap runs, so it measures as the text will be drawn.
  callback: (text: string, shown: Phaser.GameObjects.Text) =>
    breakLines(text, width, (s) => shown.context.measureText(s).width),
});
