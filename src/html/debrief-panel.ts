// The debrief as HTML: the decisions that moved the meters, each with its lesson and whether it told fair
// criticism from a false attack; discernment for the chapter and the campaign; the class questions.
import type { Level, Post } from '../content/schema.ts';
import type { MeterName } from '../content/terms.ts';
import { isRight, type Tally, tally, verdict } from '../core/discernment.ts';
import { findingsFor } from '../core/engine.ts';
import { storyChapter } from '../core/story.ts';
import type { Drift, GameState } from '../core/state.ts';
import { campaignTally } from '../state/progress.ts';
import { isScenario } from '../state/scenario-id.ts';
import { type App, judgementCheck, shownSession } from '../state/store.ts';
import { roomCheckAfterDue, teamPicks, type Workshop } from '../state/workshop.ts';
import { checkReport, roomCheckReport, shiftLine, takenPoints } from '../view/judgement.ts';
import { DECISIONS_SHOWN } from '../view/chart.ts';
import { type DecisionLine, decisionLines, lessonsMet, meterSummary, missedPosts } from '../view/debrief.ts';
import { checkingText, scoreText, tallyText, verdictText } from '../view/discernment.ts';
import { driftText, hiddenLines, movedSummary } from '../view/drift.ts';
import { fallLines, isCaseLesson, lessonText, styleLine, tryLines } from '../view/story.ts';
import { chapterName, kindWords, listSeparator, METER_LABELS, signed } from '../view/format.ts';
import { lessonLink } from './case-panel.ts';
import { debriefTools, printedChart } from './debrief-tools.ts';
import { button, h } from './h.ts';
import { roomCheckFigure } from './room-judgement-panel.ts';
import { roomSections, whatIf } from './room-debrief.ts';
import { endingOf, responseOf } from '../core/level-index.ts';
import { t } from '../i18n/i18n.ts';

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

/** Two meters: fair criticism owned, false attacks corrected. */
function tallyFigure(tally: Tally) {
  const bar = (key: 'owned' | 'corrected', value: number, max: number) => {
    const text = t(`debrief.discernment.${key}`, { value, max });
    return h(
      'label',
      { class: 'bar' },
      h('span', { text }),
      h('meter', { min: 0, max: Math.max(1, max), value, 'aria-label': text }),
    );
  };
  return h(
    'div',
    { class: 'tally' },
    bar('owned', tally.owned, tally.fair),
    bar('corrected', tally.corrected, tally.false),
  );
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

/** For a chapter that did not end well: how it went wrong, and what to try next. */
function wentWrong(level: Level, g: GameState) {
  const fall = fallLines(level, g);
  const tries = tryLines(g);
  return [
    fall.length > 0 && h('h3', { text: t('debrief.panel.wentWrong') }),
    fall.length > 0 && h('ul', { class: 'fall' }, ...fall.map((line) => h('li', { text: line }))),
    fall.length > 0 && tries.length > 0 && h('h3', { text: t('debrief.panel.tryNext') }),
    fall.length > 0 && tries.length > 0 && h('ul', { class: 'try' }, ...tries.map((line) => h('li', { text: line }))),
  ];
}

/** The room's judgement check in the room's debrief, and the way to its second round after the last chapter. */
function roomCheckSection(s: App, w: Workshop) {
  const again = roomCheckAfterDue(w, Boolean(s.game?.ending));
  return h(
    'section',
    { class: 'room-check-result', 'aria-label': t('debrief.roomCheck.heading') },
    h('h3', { text: t('debrief.roomCheck.heading') }),
    ...roomCheckFigure(s, w),
    again ? button(t('debrief.roomCheck.after'), () => s.openRoomCheck()) : null,
  );
}

function discernment(s: App, level: Level, g: GameState) {
  const chapter = tally(level, g);
  const campaign = campaignTally(s.progress);
  const points = takenPoints(judgementCheck(s), s.progress.check);
  const checkLine =
    points.length > 1 &&
    shiftLine(
      { ...points[0]!.scores, point: points[0]!.point },
      { ...points.at(-1)!.scores, point: points.at(-1)!.point },
    );
  return h(
    'section',
    { class: 'discernment', 'aria-label': t('debrief.discernment.label') },
    h('h3', { text: t('debrief.discernment.heading') }),
    ...(chapter.fair + chapter.false
      ? [
          h('p', { text: tallyText(chapter) }),
          tallyFigure(chapter),
          h('p', { text: scoreText(chapter) }),
          h('p', { class: 'checking', text: checkingText(chapter) }),
        ]
      : [h('p', { text: scoreText(chapter) })]),
    // A game opened from a replay code is someone's game: this player's campaign is not its own.
    !storyChapter(level) || s.finished?.fromCode
      ? null
      : h(
          'div',
          { class: 'campaign' },
          h('h4', { text: t('debrief.discernment.campaign', { count: Object.keys(s.progress.discernment).length }) }),
          h('p', { text: tallyText(campaign) }),
          h('p', { text: scoreText(campaign) }),
          h('p', { text: checkingText(campaign) }),
          checkLine && h('p', { text: t('debrief.discernment.judgementCheck', { shift: checkLine }) }),
        ),
  );
}

export function debriefPanel(s: App, level: Level, g: GameState): HTMLElement {
  const all = decisionLines(level, g);
  // A storm can hold hundreds of decisions: the debrief lists the latest ones.
  const lines = all.slice(-DECISIONS_SHOWN);
  const ending = endingOf(level, g.ending);
  const missed = missedPosts(level, g);
  const session = shownSession(s);
  return h(
    'section',
    { class: 'panel debrief', 'aria-label': t('debrief.panel.label') },
    h('h2', { tabindex: -1, text: t('debrief.panel.heading', { chapter: chapterName(level) }) }),
    ending &&
      h('p', {
        class: ending.good ? 'good' : 'bad',
        text: t('debrief.panel.reached', { ending: ending.title, hour: g.hour }),
      }),
    s.finished?.fromCode && h('p', { class: 'from-code', text: t('debrief.panel.fromCode') }),
    styleLine(g) && h('p', { text: styleLine(g)! }),
    h(
      'ul',
      { class: 'summary', 'aria-label': t('debrief.panel.meters') },
      ...meterSummary(g).map((line) => h('li', { text: line })),
    ),
    printedChart(level, g),
    ...wentWrong(level, g),
    h('h3', { text: t('debrief.panel.whatMoved') }),
    h('ul', { class: 'moved-summary' }, ...movedSummary(g).map((line) => h('li', { text: line }))),
    h('h3', { text: t('debrief.panel.hiddenValues') }),
    h('ul', { class: 'hidden-values' }, ...hiddenLines(g).map((line) => h('li', { text: line }))),
    discernment(s, level, g),
    // Sections with nothing in them are left out: no heading over an empty list.
    lines.length > 0 &&
      h('h3', {
        text:
          all.length > lines.length
            ? t('debrief.panel.lastDecisions', { shown: lines.length, all: all.length })
            : t('debrief.panel.decisions'),
      }),
    lines.length > 0 &&
      h(
        'ol',
        { class: 'decisions' },
        ...lines.map(({ decision, post, response, moved }) =>
          h(
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
          ),
        ),
      ),
    missed.length > 0 && h('h3', { text: t('debrief.panel.letGo') }),
    missed.length > 0 &&
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
    lessonsMet(all).length > 0 && h('h3', { text: t('debrief.panel.lessons') }),
    lessonsMet(all).length > 0 &&
      h('ul', { class: 'lessons' }, ...lessonsMet(all).map((l) => h('li', {}, ...lessonWords(s, level, l)))),
    ...(s.workshop ? roomSections(level, s.workshop) : []),
    s.workshop?.check && roomCheckSection(s, s.workshop),
    session && whatIf(level, g, session),
    h('h3', { text: t('debrief.panel.discussion') }),
    h('ol', { class: 'questions' }, ...level.questions.map((q) => h('li', { text: q }))),
    session &&
      debriefTools({
        level,
        game: g,
        session,
        ...(s.workshop
          ? { teams: teamPicks(s.workshop), roomCheck: roomCheckReport(judgementCheck(s), s.workshop) }
          : { check: s.finished?.fromCode ? undefined : checkReport(judgementCheck(s), s.progress.check) }),
      }),
    s.workshop
      ? h(
          'div',
          { class: 'menu' },
          s.workshop.at + 1 < s.workshop.chapters.length &&
            button(t('debrief.buttons.nextChapter'), () => s.nextWorkshopChapter()),
          button(t('debrief.buttons.leaveWorkshop'), () => s.endWorkshop()),
        )
      : h(
          'div',
          { class: 'menu' },
          button(t('debrief.buttons.playAgain'), () => s.openChapter(level.id)),
          storyChapter(level) && button(t('debrief.buttons.nextChapter'), () => s.nextChapter()),
          isScenario(level.id) && button(t('debrief.buttons.editor'), () => s.show('editor')),
          button(t('debrief.buttons.case'), () => s.openCase()),
          button(t('debrief.buttons.title'), () => s.quitToTitle()),
        ),
  );
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
