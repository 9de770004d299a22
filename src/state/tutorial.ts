// The first chapter teaches as it goes: each tip once, when what it explains is on screen, in order.
// Skippable, and shown again when the player asks for it in the settings. A reply's or a check's key pressed
// over a tip closes it and acts (keyboard.ts): the tips still due wait until after.
import type { Level } from '../content/schema.ts';
import { storyChapter } from '../core/story.ts';
import { checksFor, openPosts } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import type { AppState } from './app-state.ts';

/** Whether any open post offers a check now. */
const hasChecks = (level: Level, game: GameState) =>
  openPosts(game).some((f) => checksFor(level, game, f.id).length > 0);

export const TIPS = ['meters', 'replies', 'checks', 'clock', 'moved', 'expired', 'legend'] as const;
export type Tip = (typeof TIPS)[number];

/** The tip due now, if any. */
export function dueTip(
  s: Pick<AppState, 'level' | 'game' | 'settings' | 'screen' | 'legendOpen' | 'menuOpen'>,
): Tip | null {
  const { level, game, settings } = s;
  if (!settings.tutorial || s.screen !== 'play' || !level || !storyChapter(level) || level.number !== 1) return null;
  // A tip waits while the legend or the menu is open: one dialog at a time.
  if (!game || game.ending || s.legendOpen || s.menuOpen) return null;
  const unseen = (t: Tip) => !settings.tipsSeen.includes(t);
  if (unseen('meters')) return 'meters';
  if (unseen('replies')) return 'replies';
  if (unseen('checks') && hasChecks(level, game)) return 'checks';
  if (game.pacing === 'live' && unseen('clock')) return 'clock';
  if (game.decisions.length && unseen('moved')) return 'moved';
  if (game.feed.some((f) => f.status === 'expired') && unseen('expired')) return 'expired';
  if (!unseen('moved') && unseen('legend')) return 'legend';
  return null;
}

/** The state as the game sees it past the tips: what holds the game but a tip still holds it. */
export const pastTips = <S extends Pick<AppState, 'settings'>>(s: S): S => ({
  ...s,
  settings: { ...s.settings, tutorial: false },
});
