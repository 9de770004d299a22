// The line over the feed says why the clock moved further than a reply's hours, and why brand-voice replies
// appeared or vanished; an hour's wait between posts goes without saying.
import { describe, expect, it } from 'vitest';
import { clockWords } from '../../src/view/clock-words.ts';

describe('what the clock did, in words', () => {
  it('says a wait of two hours or more with nothing to answer, not a single hour', () => {
    expect(clockWords([{ type: 'quiet', hours: 1 }])).toBe('');
    expect(clockWords([{ type: 'quiet', hours: 3 }])).toBe('No post was waiting, so the clock ran on 3 hours. ');
  });

  it('says a tired reply took longer, and brand voice opening and closing', () => {
    expect(clockWords([{ type: 'tired' }])).toMatch(/^You are tired: that reply took an hour longer/);
    expect(clockWords([{ type: 'brand-voice', open: true }])).toMatch(/^Brand voice is open/);
    expect(clockWords([{ type: 'brand-voice', open: false }])).toMatch(/^Brand voice is closed again/);
  });

  it('says nothing of what the feed shows anyway', () => {
    expect(
      clockWords([
        { type: 'replied', post: 'a', response: 'b' },
        { type: 'checked', post: 'a', check: 'account' },
      ]),
    ).toBe('');
  });
});
