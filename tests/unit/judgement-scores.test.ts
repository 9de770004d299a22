// The judgement check's scores: discernment is the mean rating of fair items minus that of false ones, the
// best-reply share counts the replies that fit the truth, and confidence is set against correctness.
import { describe, expect, it } from 'vitest';
import { scoreJudgement } from '../../src/content/judgement-scores.ts';
import { bank } from './judgement-bank.ts';

const items = bank().items.filter((x) => x.set === 'A');
const best = (i: number) => items[i]!.replies.findIndex((r) => r.best);
const answer = (rating: (fair: boolean, i: number) => number, reply: (i: number) => number = best) =>
  items.map((x, i) => ({ rating: rating(x.fair, i), reply: reply(i) }));

describe('the judgement check scores', () => {
  it('discernment is the mean rating of the fair items minus that of the false ones', () => {
    expect(
      scoreJudgement(
        items,
        answer((fair) => (fair ? 7 : 1)),
      )!.discernment,
    ).toBe(6);
    expect(
      scoreJudgement(
        items,
        answer((fair) => (fair ? 1 : 7)),
      )!.discernment,
    ).toBe(-6);
    // Fair rated 6, 5, 6, 5 in turn and false 2, 3, …: means 5.5 and 2.5.
    const ratings = answer((fair, i) => (fair ? 6 - (i % 2) : 2 + (i % 2)));
    const mean = (fair: boolean) => {
      const rs = items.flatMap((x, i) => (x.fair === fair ? [ratings[i]!.rating] : []));
      return rs.reduce((a, b) => a + b, 0) / rs.length;
    };
    expect(scoreJudgement(items, ratings)!.discernment).toBeCloseTo(mean(true) - mean(false), 12);
  });

  it('is 0 for rating every post alike, however high', () => {
    expect(
      scoreJudgement(
        items,
        answer(() => 7),
      )!.discernment,
    ).toBe(0);
    expect(
      scoreJudgement(
        items,
        answer(() => 4),
      )!.discernment,
    ).toBe(0);
  });

  it('counts the best replies chosen, and only those', () => {
    expect(
      scoreJudgement(
        items,
        answer(() => 4),
      )!.bestReplies,
    ).toEqual({ right: 8, of: 8 });
    const wrong = (i: number) => (best(i) === 0 ? 1 : 0);
    expect(
      scoreJudgement(
        items,
        answer(() => 4, wrong),
      )!.bestReplies,
    ).toEqual({ right: 0, of: 8 });
    const half = (i: number) => (i % 2 ? best(i) : wrong(i));
    expect(
      scoreJudgement(
        items,
        answer(() => 4, half),
      )!.bestReplies,
    ).toEqual({ right: 4, of: 8 });
  });

  it('sets sure answers (1, 2, 6, 7) and leaning ones (3, 5) against being right; 4 is undecided', () => {
    // Sure and right on the first four, leaning and wrong on the next two, undecided on the last two.
    const ratings = answer((fair, i) => (i < 4 ? (fair ? 7 : 1) : i < 6 ? (fair ? 3 : 5) : 4));
    const s = scoreJudgement(items, ratings)!;
    expect(s.sure).toEqual({ right: 4, of: 4 });
    expect(s.leaning).toEqual({ right: 0, of: 2 });
    expect(s.undecided).toBe(2);
  });

  it('scores only what was answered, and nothing without a fair and a false item answered', () => {
    const [fair, unfair] = [items.findIndex((x) => x.fair), items.findIndex((x) => !x.fair)];
    const two = answer((isFair) => (isFair ? 6 : 3)).map((a, i) => (i === fair || i === unfair ? a : null));
    expect(scoreJudgement(items, two)).toMatchObject({ discernment: 3, bestReplies: { right: 2, of: 2 } });
    const fairOnly = items.map((x) => (x.fair ? { rating: 7, reply: 0 } : null));
    expect(scoreJudgement(items, fairOnly)).toBeNull();
  });
});
