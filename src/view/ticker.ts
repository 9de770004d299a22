// The breaking-news ticker's lines, derived from the game so far (newest first).
import type { Level } from '../content/schema.ts';
import { findPost } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';

export function headlines(level: Level, g: GameState, max = 4): string[] {
  const lines: { hour: number; text: string }[] = [];
  for (const f of g.feed) {
    const h = findPost(level, f.id)?.headline;
    if (h) lines.push({ hour: f.arrivedAt, text: h });
  }
  for (const d of g.decisions) {
    const h = findPost(level, d.post)?.responses.find((r) => r.id === d.response)?.headline;
    if (h) lines.push({ hour: d.hour, text: h });
  }
  return lines
    .sort((a, b) => b.hour - a.hour)
    .slice(0, max)
    .map((l) => l.text);
}
