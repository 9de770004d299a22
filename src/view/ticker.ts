// The breaking-news ticker's lines, derived from the game so far (newest first): the headlines the chapter's
// posts and replies made, and, while there are few of them, what is trending in the feed.
import type { Level } from '../content/schema.ts';
import { findPost, postInGame } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { responseOf } from '../core/level-index.ts';
import type { AppState } from '../state/app-state.ts';

/** How much of a trending post the ticker quotes. */
const QUOTE_CHARS = 70;

/** The last line made, and the game it was made from: the line is asked for at every change of the store. */
let made: { level: Level; game: GameState; line: string } | null = null;

/** The ticker's line during play: the headlines one after the other, or nothing without a game. */
export function tickerLine(s: Pick<AppState, 'screen' | 'level' | 'game'>): string {
  const { level, game } = s;
  if (s.screen !== 'play' || !game || !level) return '';
  if (made?.level !== level || made.game !== game) made = { level, game, line: headlines(level, game).join('   ◆   ') };
  return made.line;
}

export function headlines(level: Level, g: GameState, max = 4): string[] {
  const lines: { hour: number; text: string }[] = [];
  for (const f of g.feed) {
    const h = findPost(level, f.id)?.headline;
    if (h) lines.push({ hour: f.arrivedAt, text: h });
  }
  for (const d of g.decisions) {
    const h = responseOf(postInGame(level, g, d.post), d.response)?.headline;
    if (h) lines.push({ hour: d.hour, text: h });
  }
  const news = lines
    .sort((a, b) => b.hour - a.hour)
    .map((l) => l.text)
    .slice(0, max);
  // What is trending, newest first, only as many as there is room for (a storm's feed holds hundreds).
  const trending: string[] = [];
  for (let i = g.feed.length - 1; i >= 0 && news.length + trending.length < max; i--) {
    const p = findPost(level, g.feed[i]!.id)!;
    if (!p.headline) trending.push(t('play.ticker.trending', { name: p.author.name, text: quote(p.text) }));
  }
  return [...news, ...trending];
}

const quote = (text: string) => (text.length <= QUOTE_CHARS ? text : `${text.slice(0, QUOTE_CHARS).trimEnd()}…`);
