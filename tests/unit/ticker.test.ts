// The breaking-news ticker has something to say from the first hour: the headlines first, newest first,
// then what is trending while headlines are few.
import { describe, expect, it } from 'vitest';
import { loadAllLevels } from '../../src/data-files/load.ts';
import { newGame, step } from '../../src/core/engine.ts';
import { headlines } from '../../src/view/ticker.ts';

const first = loadAllLevels()[0]!;

describe('the ticker', () => {
  it('has a line for each post of the first hour, trending posts after any headline', () => {
    const g = newGame(first, { seed: 3, pacing: 'turn' });
    const posts = first.posts.filter((p) => p.at === 0 && !p.when);
    expect(posts.length).toBeGreaterThanOrEqual(2);
    const lines = headlines(first, g);
    expect(lines).toHaveLength(Math.min(4, posts.length));
    // Each line is a post's headline, or what its author posted, newest first among the trending.
    for (const p of posts)
      expect(lines).toContainEqual(p.headline ?? expect.stringMatching(`^Trending: ${p.author.name}: `));
    const firstTrending = lines.findIndex((l) => l.startsWith('Trending: '));
    expect(lines.slice(firstTrending).every((l) => l.startsWith('Trending: '))).toBe(true);
  });

  it('changes as the chapter goes on, and never holds more than four lines', () => {
    let g = newGame(first, { seed: 3, pacing: 'turn' });
    const seen = new Set<string>();
    for (let i = 0; i < 30 && !g.ending; i++) {
      const lines = headlines(first, g);
      expect(lines.length).toBeLessThanOrEqual(4);
      seen.add(lines.join('|'));
      g = step(first, g, { type: 'tick', hours: 1 });
    }
    expect(seen.size).toBeGreaterThan(2);
  });
});
