// Why the clock moved further than a reply's hours, and why a reply opened or closed, in words for the
// line over the feed: the player should never wonder where the hours went.
import type { GameEvent } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';

/** The shortest run of hours with nothing to answer that is worth a word (one hour goes without saying). */
const QUIET_SAID = 2;

/** Why the clock moved further than a reply's hours, and a reply that opened or closed, in words. */
export function clockWords(events: readonly GameEvent[]): string {
  let out = '';
  for (const e of events) {
    if (e.type === 'tired') out += t('play.clockWords.tired');
    else if (e.type === 'quiet' && e.hours >= QUIET_SAID) out += t('play.clockWords.quiet', { hours: e.hours });
    else if (e.type === 'brand-voice') out += t(e.open ? 'play.clockWords.brandOpen' : 'play.clockWords.brandClosed');
  }
  return out;
}
