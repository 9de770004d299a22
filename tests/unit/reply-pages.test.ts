// A phone's replies, when even packed they would crowd the post off the screen, show a page at a time.
import { describe, expect, it } from 'vitest';
import { replyPages } from '../../src/view/layout.ts';

describe('pages of replies on a phone', () => {
  it('keeps every reply on one page when they fit', () => {
    expect(replyPages([44, 44, 60], 200)).toEqual([{ from: 0, to: 3 }]);
  });

  it('fills each page as far as it goes, in the order shown, and every reply is on exactly one page', () => {
    const pages = replyPages([44, 64, 64, 44, 64], 150);
    expect(pages).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
      { from: 4, to: 5 },
    ]);
  });

  it('gives a reply taller than the room a page of its own rather than none', () => {
    expect(replyPages([300, 40], 100)).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
  });
});
