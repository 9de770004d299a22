// The debrief's story of a chapter, told from what the player actually did: how they played (idle,
// mostly angry, mostly silent), the ending's words true to that, and for a chapter that went wrong how it
// fell and what to try next; and the case's lessons, which the debrief names by their codes.
import type { Condition, Ending, Level } from '../content/schema.ts';
import { LESSON_CODES, type Lesson, type ValueName } from '../content/terms.ts';
import { failing } from '../core/conditions.ts';
import { findPost, postInGame } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import { endingOf, responseOf } from '../core/level-index.ts';
import { t } from '../i18n/i18n.ts';
import { METER_LABELS } from './format.ts';

export type Style = 'idle' | 'angry' | 'silent' | 'engaged';

const ANGRY = new Set(['anger', 'deflect']);

/** How the chapter was played: no reply at all, mostly angry replies, mostly let go, or engaged. */
export function playStyle(g: GameState): Style {
  const replies = g.decisions.length;
  if (!replies) return 'idle';
  const angry = g.decisions.filter((d) => ANGRY.has(d.kind)).length;
  const silent = g.decisions.filter((d) => d.kind === 'silence').length;
  const expired = g.feed.filter((f) => f.status === 'expired').length;
  if (angry * 2 >= replies) return 'angry';
  if ((silent + expired) * 2 > replies + expired) return 'silent';
  return 'engaged';
}

/**
 * The ending's words: as written, except for an idle chapter, whose ending cannot describe replies: the
 * feed went on without the player.
 */
export function endingText(e: Ending, g: GameState): string {
  if (playStyle(g) !== 'idle') return e.text;
  return e.good ? t('story.idle.good') : t('story.idle.bad');
}

/** A sentence on how the chapter was played, when it was one-sided. */
export function styleLine(g: GameState): string | null {
  const expired = g.feed.filter((f) => f.status === 'expired').length;
  switch (playStyle(g)) {
    case 'idle':
      return t('story.style.idle', { count: expired });
    case 'angry':
      return t('story.style.angry');
    case 'silent':
      return t('story.style.silent');
    default:
      return null;
  }
}

const flagWords = (flag: string) => flag.replace(/-/g, ' ');

/** A reply's label in quotes, unless it is written as a quotation already. */
const inQuotes = (label: string) => (/^["“‘']/.test(label) ? label : t('story.conditions.quoted', { text: label }));

/** A value's name in the debrief's sentences: the meters as the screen names them, the hidden ones in lower case. */
const valueName = (v: ValueName) =>
  v === 'trust' || v === 'loyalty' || v === 'heat' ? METER_LABELS[v] : t(`story.values.${v}`);

/** What a condition asks, in words; a flag is named by the replies that earn it. */
export function conditionWords(c: Condition, level: Level): string {
  if (c.value !== undefined) {
    const name = valueName(c.value);
    if (c.atLeast !== undefined && c.atMost !== undefined)
      return t('story.conditions.between', { name, min: c.atLeast, max: c.atMost });
    return c.atLeast !== undefined
      ? t('story.conditions.atLeast', { name, value: c.atLeast })
      : t('story.conditions.atMost', { name, value: c.atMost });
  }
  if (c.flag !== undefined) {
    const [first, second] = level.posts.flatMap((p) =>
      p.responses.filter((r) => r.sets.includes(c.flag!)).map((r) => inQuotes(r.label)),
    );
    if (second) return t('story.conditions.suchAsEither', { first, second });
    if (first) return t('story.conditions.suchAs', { reply: first });
    return t('story.conditions.quoted', { text: flagWords(c.flag) });
  }
  if (c.notFlag !== undefined) return t('story.conditions.never', { flag: flagWords(c.notFlag) });
  if (c.chose !== undefined) {
    const [post, response] = c.chose.split('.');
    const found = findPost(level, post!);
    const r = found && responseOf(found, response);
    return t('story.conditions.theReply', { reply: inQuotes(r?.label ?? c.chose) });
  }
  if (c.any) return c.any.map((x) => conditionWords(x, level)).join(t('story.conditions.anySeparator'));
  if (c.all) return c.all.map((x) => conditionWords(x, level)).join(t('story.conditions.allSeparator'));
  return t('story.conditions.not', { condition: conditionWords(c.not!, level) });
}

/** A collapse's condition as what happened: "public trust fell to 38 or less". */
function crossedWords(c: Condition, level: Level): string {
  if (c.all) return c.all.map((x) => crossedWords(x, level)).join(t('story.conditions.allSeparator'));
  if (c.value === undefined) return t('story.conditions.cameAbout', { condition: conditionWords(c, level) });
  const capital = valueName(c.value);
  const name = capital.charAt(0).toLowerCase() + capital.slice(1);
  return c.atMost !== undefined
    ? t('story.conditions.fellTo', { name, value: c.atMost })
    : t('story.conditions.roseTo', { name, value: c.atLeast });
}

/**
 * What a failed test asked, and for a value test where the value ended, to set against it: a whole number,
 * unless rounding would make it look as if the test held (53.6 against "54 or more" reads 53.6, not 54).
 */
function missedWords(c: Condition, level: Level, g: GameState): string {
  const condition = conditionWords(c, level);
  if (c.value === undefined) return condition;
  const v = g.values[c.value];
  const whole = Math.round(v);
  const looksMet = (c.atLeast !== undefined && whole >= c.atLeast) || (c.atMost !== undefined && whole <= c.atMost);
  return t('story.fall.endedAt', { condition, value: looksMet ? v.toFixed(1) : whole });
}

/** Causes named at most, the rest counted. */
const CAUSES_SHOWN = 3;

/**
 * What set the flags a good ending must not have, in the player's terms rather than the flags' names: the
 * replies chosen (as they turned out in this game) and the posts let expire.
 */
function setBy(flags: readonly string[], level: Level, g: GameState): string[] {
  const sets = (list: readonly string[] | undefined) => flags.some((f) => list?.includes(f));
  const replies = g.decisions.flatMap((d) => {
    const post = postInGame(level, g, d.post);
    const r = responseOf(post, d.response);
    return sets(r?.sets)
      ? [t('story.fall.yourReply', { reply: inQuotes(r!.label), handle: post.author.handle, hour: d.hour })]
      : [];
  });
  const expired = g.feed.flatMap((f) =>
    f.status === 'expired' && sets(postInGame(level, g, f.id).ignored?.sets)
      ? [t('story.fall.letExpire', { handle: findPost(level, f.id)!.author.handle })]
      : [],
  );
  return [...replies, ...expired];
}

/** "a, b and c", or "a, b, c and 2 more". */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, CAUSES_SHOWN);
  const more = items.length - shown.length;
  const joined = (list: readonly string[]) => list.join(t('story.fall.listSeparator'));
  if (more > 0) return t('story.fall.listMore', { items: joined(shown), more });
  return shown.length > 1
    ? t('story.fall.listLast', { items: joined(shown.slice(0, -1)), last: shown.at(-1) })
    : (shown[0] ?? '');
}

/**
 * For a chapter that did not end well: why. An early collapse names the line that was crossed; a chapter
 * that ran its course names what each good ending still asked for.
 */
export function fallLines(level: Level, g: GameState): string[] {
  const ending = endingOf(level, g.ending);
  if (!ending || ending.good) return [];
  if (ending.timing === 'anytime' && ending.when) {
    return [t('story.fall.collapse', { hour: g.hour, crossed: crossedWords(ending.when, level) })];
  }
  return level.endings
    .filter((e) => e.good && e.when)
    .flatMap((e) => {
      const failed = failing(e.when!, g);
      const blocked = failed.flatMap((c) => (c.notFlag === undefined ? [] : [c.notFlag]));
      const missed = failed.filter((c) => c.notFlag === undefined).map((c) => missedWords(c, level, g));
      const causes = setBy(blocked, level, g);
      return [
        ...(missed.length
          ? [t('story.fall.needed', { ending: e.title, missed: missed.join(t('story.fall.missedSeparator')) })]
          : []),
        // A flag that blocks a good ending is named by what set it: the player never sees the flag itself.
        ...(causes.length
          ? [t('story.fall.ruledOut', { ending: e.title, causes: listed(causes) })]
          : blocked.map((f) => t('story.fall.neededNever', { ending: e.title, flag: flagWords(f) }))),
      ];
    });
}

/** Up to three things to try next time, from what went wrong this time. */
export function tryLines(g: GameState): string[] {
  const out: string[] = [];
  const expired = g.feed.filter((f) => f.status === 'expired').length;
  if (expired >= 2) {
    out.push(t('story.try.expired', { expired }));
  }
  const style = playStyle(g);
  if (style === 'angry') out.push(t('story.try.angry'));
  if (style === 'idle') out.push(t('story.try.idle'));
  const debt = Math.round(g.values.promiseDebt - g.start.promiseDebt);
  if (debt >= 5) out.push(t('story.try.debt', { debt }));
  const persona = Math.round(g.values.personaDependence - g.start.personaDependence);
  if (persona >= 5) out.push(t('story.try.persona'));
  return out.slice(0, 3);
}

/** Whether a lesson code is one of the case's (L1–L12), which the case page explains. */
export const isCaseLesson = (code: string): code is Lesson => (LESSON_CODES as readonly string[]).includes(code);

/** One of the case's lessons (CASEFILE section 4) in the game's own words. */
export const caseLessonText = (code: Lesson): string => t(`story.lessons.${code}`);

/**
 * A lesson's words: a level's own lessons first (a trainer's scenario may define them), then the case's.
 * The one place to look a lesson up, so that every view shows the same words.
 */
export const lessonText = (level: Pick<Level, 'lessons'>, code: string): string =>
  level.lessons[code] ?? (isCaseLesson(code) ? caseLessonText(code) : code);
