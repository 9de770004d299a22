// Why the clock moved further than a reply's hours, and why a reply opened or closed, in words for the
// line over the feed: the player should never wonder where the hours went.
import type { GameEvent } from '../core/state.ts';

/** The shortest run of hours with nothing to answer that is worth a word (one hour goes without saying). */
const QUIET_SAID = 2;

/** Why the clock moved further than a reply's hours, and a reply that opened or closed, in words. */
export function clockWords(events: readonly GameEvent[]): string {
  let out = '';
  for (const e of events) {
    if (e.type === 'tired') out += 'You are tired: that reply took an hour longer. ';
    else if (e.type === 'quiet' && e.hours >= QUIET_SAID)
      out += `No post was waiting, so the clock ran on ${e.hours} hours. `;
    else if (e.type === 'brand-voice')
      out += e.open
        ? "Brand voice is open: the brand's account now carries weight without you. "
        : 'Brand voice is closed again: the brand leans on you too much for its account to speak alone. ';
  }
  return out;
}
