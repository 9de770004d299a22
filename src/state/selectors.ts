// What the views derive from the store, computed in one place so that the canvas, the HTML layer and the
// keys always agree (keys 1–9 press the buttons shown, in the order shown).
import type { Check, Post, Response } from '../content/schema.ts';
import { checksFor, choicesFor, findingsFor, findPost, openPosts } from '../core/engine.ts';
import type { FeedItem } from '../core/state.ts';
import type { JudgementBank } from '../content/judgement-check.ts';
import type { AppState } from './app-state.ts';
import type { ReplaySession } from './replay-code.ts';
import { dueTip } from './tutorial.ts';

type Viewed = Pick<AppState, 'game' | 'level' | 'selectedPostId'>;

/** The post the responses answer: the one the player picked, or else the oldest open one. */
export function currentPost(s: Viewed): { item: FeedItem; post: Post } | null {
  if (!s.game || !s.level) return null;
  const open = openPosts(s.game);
  const item = open.find((f) => f.id === s.selectedPostId) ?? open[0];
  return item ? { item, post: findPost(s.level, item.id)! } : null;
}

/**
 * The current post, the responses on offer for it in the order they are shown and numbered, and the checks
 * still open on it.
 */
export function currentChoices(
  s: Viewed,
): { item: FeedItem; post: Post; responses: Response[]; checks: Check[] } | null {
  const current = currentPost(s);
  if (!current || !s.game || !s.level) return null;
  return {
    ...current,
    responses: choicesFor(current.post, s.game),
    checks: checksFor(s.level, s.game, current.item.id),
  };
}

/**
 * What the game in play is drawn from: the game, the post picked, whatever holds the game (see isHeld) and
 * the settings. A view that follows it compares it shallowly (zustand's `shallow`).
 */
export const playShown = (
  s: Pick<AppState, 'game' | 'selectedPostId' | 'paused' | 'menuOpen' | 'legendOpen' | 'readingPostId' | 'settings'>,
) => ({
  game: s.game,
  selectedPostId: s.selectedPostId,
  paused: s.paused,
  menuOpen: s.menuOpen,
  legendOpen: s.legendOpen,
  readingPostId: s.readingPostId,
  settings: s.settings,
});

/**
 * What the dialogs over play show (html/help-panels.ts): the tip due, whether the legend is open, and the post
 * read whole with how many of its checks have found something (a check's finding adds a line to it).
 */
export function helpShown(
  s: Pick<AppState, 'screen' | 'level' | 'game' | 'settings' | 'readingPostId' | 'legendOpen' | 'menuOpen'>,
) {
  const onPlay = s.screen === 'play';
  const post = onPlay && s.readingPostId && s.level ? findPost(s.level, s.readingPostId) : undefined;
  return {
    tip: onPlay ? dueTip(s) : null,
    legend: onPlay && s.legendOpen,
    post,
    findings: post && s.game ? findingsFor(s.level!, s.game, post.id).length : 0,
  };
}

export type HelpShown = ReturnType<typeof helpShown>;

/** Whether the game waits for the player: paused, or the menu, the legend or a tip over it. */
export const isHeld = (
  s: Pick<AppState, 'paused' | 'menuOpen' | 'legendOpen' | 'readingPostId' | 'level' | 'game' | 'settings' | 'screen'>,
) => s.paused || s.menuOpen || s.legendOpen || s.readingPostId !== null || dueTip(s) !== null;

/**
 * The ended game on screen as a session to replay, for its debrief's code and downloads: the one the store
 * kept when it ended (or was opened), else a save that holds it (a workshop keeps its room's game in `save`).
 */
export function shownSession(s: Pick<AppState, 'game' | 'finished' | 'save'>): ReplaySession | null {
  const g = s.game;
  if (!g?.ending) return null;
  const same = (x: ReplaySession | null | undefined) => x?.level === g.level && x.seed === g.seed;
  if (same(s.finished?.session)) return s.finished!.session;
  if (!s.save || !same(s.save)) return null;
  const { level, seed, pacing, carry, actions } = s.save;
  return { level, seed, pacing, ...(carry && { carry }), actions };
}

/** Whether the campaign and the judgement check have arrived (the title shows before they do). */
export const contentArrived = (s: Pick<AppState, 'judgementBank'>): boolean => s.judgementBank !== null;

/**
 * The judgement check's items, for the screens that show them: those open only from actions that wait for
 * the content, so reaching one without it is a bug, said plainly.
 */
export function judgementBank(s: Pick<AppState, 'judgementBank'>): JudgementBank {
  if (!s.judgementBank) throw new Error('the judgement check was shown before the content arrived');
  return s.judgementBank;
}
