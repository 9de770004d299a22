// How each meter is drawn wherever the three are drawn together: a line of its own weight and dash, and a
// marker of its own shape, so that they read apart without colour (their colours are in view/theme.ts).
// The chart on the game's canvas (scenes/debrief.ts), the chart image (html/chart-image.ts) and the meter
// icons on the feed (scenes/feed-parts.ts) all draw from here.
import type { MeterName } from '../content/terms.ts';

interface MeterStyle {
  /**
   * A dashed line: the image dashes it with IMAGE_DASH; the game's canvas, whose lines have no dashes, leaves
   * out every other stretch between two samples.
   */
  dashed: boolean;
  /** The line's width on the game's canvas, and in the chart image (drawn for print, a little heavier). */
  width: { canvas: number; image: number };
}

/** Thick, dashed and thin. */
export const METER_STYLES: Record<MeterName, MeterStyle> = {
  trust: { dashed: false, width: { canvas: 3, image: 4 } },
  loyalty: { dashed: true, width: { canvas: 3, image: 3.5 } },
  heat: { dashed: false, width: { canvas: 1.5, image: 2 } },
};

/** The image's dash: 12 px drawn, 7 left out. */
export const IMAGE_DASH = [12, 7];

/** A meter's marker as a shape to fill, for any renderer to draw. */
export type Marker =
  | { kind: 'circle'; x: number; y: number; r: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number }
  | { kind: 'triangle'; points: [number, number, number, number, number, number] };

/**
 * The marker of meter `m` centred on (x, y), `r` its half width: a circle for trust, a square for loyalty,
 * a triangle for heat (a pixel wider and taller than r, so that it looks as large as the others).
 */
export function marker(m: MeterName, x: number, y: number, r: number): Marker {
  if (m === 'trust') return { kind: 'circle', x, y, r };
  if (m === 'loyalty') return { kind: 'rect', x: x - r, y: y - r, w: r * 2, h: r * 2 };
  return { kind: 'triangle', points: [x, y - r - 1, x + r + 1, y + r, x - r - 1, y + r] };
}
