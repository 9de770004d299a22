// The debrief's story of a chapter, told from what the player actually did: how they played (idle,
// mostly angry, mostly silent), the ending's words true to that, and for a chapter that went wrong how it
// fell and what to try next.
import type { Condition, Ending, Level } from '../content/schema.ts';
import { failing } from '../core/conditions.ts';
import { findPost, postInGame } from '../core/engine.ts';
import type { GameState } from '../core/state.ts';
import { METER_LABELS } from './format.ts';
import { endingOf, responseOf } from '../core/level-index.ts';

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

/** An idle chapter's ending, in words that claim no reply: the feed went on without the player. */
const IDLE_TEXT = {
  good: 'You never posted, and this time the feed settled on its own. It will not always.',
  bad: 'You never answered a single post. The feed did not wait: every question went unanswered, and the silence became the story.',
};

/** The ending's words: as written, except for an idle chapter, whose ending cannot describe replies. */
export function endingText(e: Ending, g: GameState): string {
  return playStyle(g) === 'idle' ? IDLE_TEXT[e.good ? 'good' : 'bad'] : e.text;
}

/** A sentence on how the chapter was played, when it was one-sided. */
export function styleLine(g: GameState): string | null {
  const expired = g.feed.filter((f) => f.status === 'expired').length;
  switch (playStyle(g)) {
    case 'idle':
      return `You did not reply to any post; ${expired === 1 ? 'one expired' : `${expired} expired`} unanswered.`;
    case 'angry':
      return 'Most of your replies hit back or deflected: the feed read them as a founder under siege.';
    case 'silent':
      return 'Most posts went without a reply from you: silence was read as an answer.';
    default:
      return null;
  }
}

const flagWords = (flag: string) => flag.replace(/-/g, ' ');

/** A reply's label in quotes, unless it is written as a quotation already. */
const inQuotes = (label: string) => (/^["“‘']/.test(label) ? label : `“${label}”`);

/** What a condition asks, in words; a flag is named by the replies that earn it. */
export function conditionWords(c: Condition, level: Level): string {
  if (c.value !== undefined) {
    const name = c.value in METER_LABELS ? METER_LABELS[c.value as keyof typeof METER_LABELS] : hiddenName(c.value);
    if (c.atLeast !== undefined && c.atMost !== undefined) return `${name} between ${c.atLeast} and ${c.atMost}`;
    return c.atLeast !== undefined ? `${name} at ${c.atLeast} or more` : `${name} at ${c.atMost} or less`;
  }
  if (c.flag !== undefined) {
    const by = level.posts.flatMap((p) =>
      p.responses.filter((r) => r.sets.includes(c.flag!)).map((r) => inQuotes(r.label)),
    );
    return by.length ? `a reply such as ${by.slice(0, 2).join(' or ')}` : `“${flagWords(c.flag)}”`;
  }
  if (c.notFlag !== undefined) return `never “${flagWords(c.notFlag)}”`;
  if (c.chose !== undefined) {
    const [post, response] = c.chose.split('.');
    const found = findPost(level, post!);
    const r = found && responseOf(found, response);
    return `the reply ${inQuotes(r?.label ?? c.chose)}`;
  }
  if (c.any) return c.any.map((x) => conditionWords(x, level)).join(', or ');
  if (c.all) return c.all.map((x) => conditionWords(x, level)).join(', and ');
  return `not ${conditionWords(c.not!, level)}`;
}

/** A collapse's condition as what happened: "public trust fell to 38 or less". */
function crossedWords(c: Condition, level: Level): string {
  if (c.all) return c.all.map((x) => crossedWords(x, level)).join(', and ');
  if (c.value === undefined) return `${conditionWords(c, level)} came about`;
  const name = c.value in METER_LABELS ? METER_LABELS[c.value as keyof typeof METER_LABELS] : hiddenName(c.value);
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  return c.atMost !== undefined ? `${lower} fell to ${c.atMost} or less` : `${lower} rose to ${c.atLeast} or more`;
}

const hiddenName = (v: string) =>
  ({ promiseDebt: 'promise debt', personaDependence: 'persona dependence', composure: 'composure' })[v] ?? v;

/**
 * Where the value of a failed value test ended, to set against what was asked: a whole number, unless
 * rounding would make it look as if the test held (53.6 against "54 or more" reads 53.6, not 54).
 */
function endedAt(c: Condition, g: GameState): string {
  if (c.value === undefined) return '';
  const v = g.values[c.value];
  const whole = Math.round(v);
  const looksMet = (c.atLeast !== undefined && whole >= c.atLeast) || (c.atMost !== undefined && whole <= c.atMost);
  return ` (you ended at ${looksMet ? v.toFixed(1) : whole})`;
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
    return sets(r?.sets) ? [`your reply ${inQuotes(r!.label)} to ${post.author.handle} (hour ${d.hour})`] : [];
  });
  const expired = g.feed.flatMap((f) =>
    f.status === 'expired' && sets(postInGame(level, g, f.id).ignored?.sets)
      ? [`letting ${findPost(level, f.id)!.author.handle} expire`]
      : [],
  );
  return [...replies, ...expired];
}

/** "a, b and c", or "a, b, c and 2 more". */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, CAUSES_SHOWN);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/**
 * For a chapter that did not end well: why. An early collapse names the line that was crossed; a chapter
 * that ran its course names what each good ending still asked for.
 */
export function fallLines(level: Level, g: GameState): string[] {
  const ending = endingOf(level, g.ending);
  if (!ending || ending.good) return [];
  if (ending.check === 'anytime' && ending.when) {
    return [`The chapter ended at hour ${g.hour}: ${crossedWords(ending.when, level)}.`];
  }
  return level.endings
    .filter((e) => e.good && e.when)
    .flatMap((e) => {
      const failed = failing(e.when!, g);
      const blocked = failed.flatMap((c) => (c.notFlag === undefined ? [] : [c.notFlag]));
      const missed = failed
        .filter((c) => c.notFlag === undefined)
        .map((c) => `${conditionWords(c, level)}${endedAt(c, g)}`);
      const causes = setBy(blocked, level, g);
      return [
        ...(missed.length ? [`“${e.title}” needed ${missed.join('; ')}.`] : []),
        // A flag that blocks a good ending is named by what set it: the player never sees the flag itself.
        ...(causes.length
          ? [`“${e.title}” was ruled out by ${listed(causes)}.`]
          : blocked.map((f) => `“${e.title}” needed never “${flagWords(f)}”.`)),
      ];
    });
}

/** Up to three things to try next time, from what went wrong this time. */
export function tryLines(g: GameState): string[] {
  const out: string[] = [];
  const expired = g.feed.filter((f) => f.status === 'expired').length;
  if (expired >= 2) {
    out.push(
      `${expired} posts expired unanswered, and each one cost trust and heat: answer the fastest-spreading and the soonest-expiring first, and pick a quicker reply when several posts wait.`,
    );
  }
  const style = playStyle(g);
  if (style === 'angry')
    out.push('Calm replies with evidence travel further than anger; the angry ones came back as headlines.');
  if (style === 'idle')
    out.push('Answer the posts: even one calm, checkable reply changes what the feed says about you.');
  const debt = Math.round(g.values.promiseDebt - g.start.promiseDebt);
  if (debt >= 5)
    out.push(
      `Promise debt rose by ${debt}: every promise not yet kept wears trust away each hour, and comes back as posts.`,
    );
  const persona = Math.round(g.values.personaDependence - g.start.personaDependence);
  if (persona >= 5) out.push('The brand leaned more on you: let the brand team answer, and put other faces forward.');
  return out.slice(0, 3);
}
