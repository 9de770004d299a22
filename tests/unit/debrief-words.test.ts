// What the debrief says is true to what the player did: an idle chapter, an angry one and a silent one read
// differently; a chapter that went wrong says how, and what the good ending still needed; what the replies
// and the hours moved adds up to the net change.
import { describe, expect, it } from 'vitest';
import { loadLevelFile } from '../../src/data-files/load.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { newGame, step } from '../../src/core/engine.ts';
import type { Action, GameState } from '../../src/core/state.ts';
import { hiddenLines, movedSummary } from '../../src/view/drift.ts';
import { endingText, fallLines, playStyle, styleLine, tryLines } from '../../src/view/story.ts';

const r = loadLevelFile('tests/fixtures/mini.yaml');
if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
const mini = r.level;
const ending = (g: GameState) => mini.endings.find((e) => e.id === g.ending)!;

/** Plays mini from seed 1000: the given replies where their post is open, ticks otherwise, to the end. */
function play(replies: Record<string, string>): GameState {
  let s = newGame(mini, { seed: 1000, pacing: 'turn' });
  for (let i = 0; i < 100 && !s.ending; i++) {
    const open = s.feed.find((f) => f.status === 'open' && replies[f.id]);
    const a: Action = open ? { type: 'reply', post: open.id, response: replies[open.id]! } : { type: 'tick', hours: 1 };
    s = step(mini, s, a);
  }
  return s;
}

describe('the story of a chapter', () => {
  it('an idle chapter: no reply at all, and an ending that does not speak of replies', () => {
    const g = play({});
    expect(playStyle(g)).toBe('idle');
    expect(styleLine(g)).toMatch(/^You did not reply to any post; \d+ expired unanswered\.$/);
    expect(endingText(ending(g), g)).toMatch(/never answered|never posted/);
    expect(endingText(ending(g), g)).not.toBe(ending(g).text);
  });

  it('a mostly angry chapter and a mostly silent one are named for what they were', () => {
    const angry = play({ poster: 'everyone', backlash: 'fury' });
    expect(playStyle(angry)).toBe('angry');
    expect(styleLine(angry)).toMatch(/hit back or deflected/);
    expect(endingText(ending(angry), angry)).toBe(ending(angry).text);
    const engaged = play({ poster: 'numbers', fan: 'joke', late: 'proof' });
    expect(playStyle(engaged)).toBe('engaged');
    expect(styleLine(engaged)).toBeNull();
  });

  it('a chapter that ran its course without the good ending says what the good ending still needed', () => {
    const g = play({ poster: 'everyone' });
    expect(ending(g).good).toBe(false);
    const lines = fallLines(mini, g);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^“Verified brand” needed /);
    expect(lines[0]).toContain('a reply such as “Publish the measured numbers”');
  });

  it('a won chapter has no fall to explain', () => {
    const g = play({ poster: 'numbers', fan: 'joke', late: 'proof' });
    expect(ending(g).good).toBe(true);
    expect(fallLines(mini, g)).toEqual([]);
  });

  it('suggests answering posts when several expired, and never more than three things', () => {
    const g = play({});
    const tries = tryLines(g);
    expect(tries.length).toBeGreaterThan(0);
    expect(tries.length).toBeLessThanOrEqual(3);
    expect(tries.join(' ')).toMatch(/Answer the posts/);
  });

  it('the replies and the hours add up to each meter net change, in words', () => {
    const g = play({ poster: 'everyone', fan: 'joke' });
    for (const line of movedSummary(g)) {
      const [, replies, hours, net] = line.match(
        /your replies ([+−±]\d+), the hours between them ([+−±]\d+).*; ([+−±]\d+) in all\./,
      )!;
      const n = (x: string) => Number(x.replace('−', '-').replace('±', ''));
      expect(Math.abs(n(replies!) + n(hours!) - n(net!))).toBeLessThanOrEqual(1); // each is rounded
    }
    expect(hiddenLines(g)).toHaveLength(3);
    for (const l of hiddenLines(g))
      expect(l).toMatch(/^(Promise debt|Persona dependence|Composure) went from \d+ to \d+: /);
  });
});
