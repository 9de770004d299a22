// The case's lessons (CASEFILE section 4) in the game's own words, for the debrief.
import type { Lesson, Level, Scenario } from './schema.ts';

export const LESSON_TEXT: Record<Lesson, string> = {
  L1: 'Anger is what a trapped person looks like from outside; venting online does not end a hard time.',
  L2: 'Refuting a rumour corrects a literal mistake; it does not pay back a trust deficit.',
  L3: 'Say things so that they leave little room to be misread.',
  L4: 'Trust that began as an emotional leap needs careful upkeep on both sides, or it sets into doubt.',
  L5: 'Fine print and hype names erode trust, even when the whole industry uses them.',
  L6: 'Marketing speeds up a strong product and drags down a weak one: the problem is promising high and delivering low.',
  L7: 'Growing fast packs decades of mistakes into a few years, and they come to light together.',
  L8: 'Honest critics deserve patience; malicious PR deserves evidence.',
  L9: 'Spread the persona: a brand with a consistent, checkable personality carries less risk than one person.',
  L10: 'Make claims checkable: in facts and figures, in people trying it themselves, and in time keeping its promise.',
  L11: 'Memes can humanise or take you apart; laughing at yourself and inviting remixes beats anger.',
  L12: 'Safety and looks can both be had in theory, but under a budget they trade off: say which comes first.',
};

export const SCENARIO_TITLES: Record<Scenario, string> = {
  S1: 'The breakfast era',
  S2: 'The free-extras launch',
  S3: 'The fine print',
  S4: 'The carbon hood',
  S5: 'The crashes',
  S6: 'The clipped quote',
  S7: 'The smear campaign',
  S8: 'The communications shake-up',
  S9: 'The meme turns',
  S10: 'The blogger at the blind-date corner',
  S11: 'The way out',
};

/** Whether a lesson code is one of the case's (L1–L12), which the case page explains. */
export const isCaseLesson = (code: string): code is Lesson => Object.hasOwn(LESSON_TEXT, code);

/**
 * A lesson's words: a level's own lessons first (a trainer's scenario may define them), then the case's.
 * The one place to look a lesson up, so that every view shows the same words.
 */
export const lessonText = (level: Pick<Level, 'lessons'>, code: string): string =>
  level.lessons[code] ?? (isCaseLesson(code) ? LESSON_TEXT[code] : code);
