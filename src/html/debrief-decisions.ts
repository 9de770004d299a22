// The debrief's account of the player's decisions: each reply with what the hours did before it, what the
// checks found, whether it told fair criticism from a false attack, what it moved and its lesson; then the
// posts let go, and the lessons met.
import type { Level, Post } from '../content/schema.ts';
import type { MeterName } from '../content/terms.ts';
import { isRight, verdict } from '../core/discernment.ts';
import { findingsFor } from '../core/engine.ts';
import { responseOf } from '../core/level-index.ts';
import type { Drift, GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import type { App } from '../state/store.ts';
import { DECISIONS_SHOWN } from '../view/chart.ts';
import { type DecisionLine, lessonsMet, missedPosts } from '../view/debrief.ts';
import { verdictText } from '../view/discernment.ts';
import { driftText } from '../view/drift.ts';
import { kindWords, listSeparator, METER_LABELS, signed } from '../view/format.ts';
import { isCaseLesson, lessonText } from '../view/story.ts';
import { lessonLink } from './case-panel.ts';
import { h } from './h.ts';

/** What the hours did before a reply, when they moved a meter by a point or more. */
function driftLine(drift: Drift) {
  const text = driftText(drift);
  return text && h('p', { class: 'drift', text: t('debrief.decision.drift', { drift: text }) });
}

/** What a reply moved, "Public trust +6, Media heat −2", or that it barely moved them. */
function movedText(moved: DecisionLine['moved']) {
  const parts = Object.entries(moved).map(([m, d]) =>
    t('debrief.decision.moved', { meter: METER_LABELS[m as MeterName], change: signed(d) }),
  );
  return parts.join(listSeparator()) || t('debrief.decision.barelyMoved');
}

/** Verdict on a post with a claim (as it was in this game), answered by `responseId` (none: let go). */
function verdictLine(post: Post, responseId: string | null, checked = false) {
  if (!post.claim || post.claim === 'none') return null;
  const response = responseOf(post, responseId) ?? null;
  const v = verdict(post, response);
  const text = verdictText(post.claim, v);
  return h('p', {
    class: `verdict ${isRight(v) ? 'good' : 'bad'}`,
    text: response
      ? t(checked ? 'debrief.decision.afterChecking' : 'debrief.decision.withoutChecking', { verdict: text })
      : text,
  });
}

/** The decisions, the latest ones of a storm that holds hundreds; nothing when there were none. */
export function decisionsSection(s: App, level: Level, g: GameState, all: DecisionLine[]) {
  const lines = all.slice(-DECISIONS_SHOWN);
  if (!lines.length) return [];
  return [
    h('h3', {
      text:
        all.length > lines.length
          ? t('debrief.panel.lastDecisions', { shown: lines.length, all: all.length })
          : t('debrief.panel.decisions'),
    }),
    h('ol', { class: 'decisions' }, ...lines.map((line) => decisionItem(s, level, g, line))),
  ];
}

function decisionItem(s: App, level: Level, g: GameState, { decision, post, response, moved }: DecisionLine) {
  return h(
    'li',
    { class: response.trap ? 'trap' : '' },
    driftLine(decision.drift),
    h('p', {
      class: 'what',
      text: t('debrief.decision.post', { hour: decision.hour, handle: post.author.handle, text: post.text }),
    }),
    ...findingsFor(level, g, post.id).map((c) =>
      h('p', {
        class: 'finding',
        text: t(`debrief.decision.checked.${c.check}`, { finding: c.finding?.text ?? '' }),
      }),
    ),
    h('p', {
      class: 'choice',
      text: t(response.trap ? 'debrief.decision.choseTrap' : 'debrief.decision.chose', {
        reply: response.label,
        kind: kindWords(response.kind),
      }),
    }),
    verdictLine(post, response.id, decision.checked.length > 0),
    h('p', { class: 'moved', text: movedText(moved) }),
    h('p', { class: 'note', text: response.note }),
    response.lesson && h('p', { class: 'lesson' }, ...lessonWords(s, level, response.lesson)),
  );
}

/** The posts let go, with why that mattered where the chapter says; nothing when none was. */
export function missedSection(level: Level, g: GameState) {
  const missed = missedPosts(level, g);
  if (!missed.length) return [];
  return [
    h('h3', { text: t('debrief.panel.letGo') }),
    h(
      'ul',
      { class: 'missed' },
      ...missed.map((p) =>
        h(
          'li',
          {},
          h('p', {
            text: p.ignored?.note
              ? t('debrief.missed.postWithNote', { handle: p.author.handle, text: p.text, note: p.ignored.note })
              : t('debrief.missed.post', { handle: p.author.handle, text: p.text }),
          }),
          verdictLine(p, null),
        ),
      ),
    ),
  ];
}

/** The lessons the decisions met; nothing when they met none. */
export function lessonsSection(s: App, level: Level, all: DecisionLine[]) {
  const met = lessonsMet(all);
  if (!met.length) return [];
  return [
    h('h3', { text: t('debrief.panel.lessons') }),
    h('ul', { class: 'lessons' }, ...met.map((l) => h('li', {}, ...lessonWords(s, level, l)))),
  ];
}

/**
 * A lesson as the debrief shows it: its code, a link to the case page for the case's own lessons (a
 * scenario's own lessons have no page there), and its words.
 */
const lessonWords = (s: App, level: Level, code: string) => [
  isCaseLesson(code) ? lessonLink(s, code) : h('span', { class: 'lesson-code', text: code }),
  // The words in a span of their own: the printed handout keeps only the code beside each decision.
  h('span', { class: 'lesson-text', text: ` ${lessonText(level, code)}` }),
];
