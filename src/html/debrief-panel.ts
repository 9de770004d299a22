// The debrief as HTML: the decisions that moved the meters, each with its lesson and whether it told fair
// criticism from a false attack; discernment for the chapter and the campaign; the class questions.
import { isCaseLesson, lessonText } from '../content/lessons.ts';
import type { Level, MeterName, Post } from '../content/schema.ts';
import { isRight, type Tally, tally, verdict } from '../core/discernment.ts';
import { findingsFor } from '../core/engine.ts';
import type { Drift, GameState } from '../core/state.ts';
import { campaignTally } from '../state/progress.ts';
import { isScenario } from '../state/scenario-id.ts';
import { type App, shownSession } from '../state/store.ts';
import { roomCheckAfterDue, teamPicks, type Workshop } from '../state/workshop.ts';
import { checkReport, roomCheckReport, shiftLine, takenPoints } from '../view/check.ts';
import { DECISIONS_SHOWN } from '../view/chart.ts';
import { decisionLines, lessonsMet, meterSummary, missedPosts } from '../view/debrief.ts';
import { checkingText, scoreText, tallyText, verdictText } from '../view/discernment.ts';
import { driftText, hiddenLines, movedSummary } from '../view/drift.ts';
import { fallLines, styleLine, tryLines } from '../view/story.ts';
import { CHECK_TOPICS, chapterName, kindWords, METER_LABELS, signed } from '../view/format.ts';
import { lessonLink } from './case-panel.ts';
import { debriefTools, printedChart } from './debrief-tools.ts';
import { button, h } from './h.ts';
import { roomCheckFigure } from './room-check-panel.ts';
import { roomSections, whatIf } from './room-debrief.ts';
import { endingOf, responseOf } from '../core/level-index.ts';

/** What the hours did before a reply, when they moved a meter by a point or more. */
function driftLine(drift: Drift) {
  const text = driftText(drift);
  return text && h('p', { class: 'drift', text: `Before this reply, the hours moved: ${text}.` });
}

/** Two meters: fair criticism owned, false attacks corrected. */
function tallyFigure(t: Tally) {
  const bar = (label: string, value: number, max: number) =>
    h(
      'label',
      { class: 'bar' },
      h('span', { text: `${label}: ${value} of ${max}` }),
      h('meter', { min: 0, max: Math.max(1, max), value, 'aria-label': `${label}: ${value} of ${max}` }),
    );
  return h(
    'div',
    { class: 'tally' },
    bar('Fair criticism owned', t.owned, t.fair),
    bar('False attacks corrected', t.corrected, t.false),
  );
}

/** Verdict on a post with a claim (as it was in this game), answered by `responseId` (none: let go). */
function verdictLine(post: Post, responseId: string | null, checked = false) {
  if (!post.claim || post.claim === 'none') return null;
  const response = responseOf(post, responseId) ?? null;
  const v = verdict(post, response);
  const how = response ? (checked ? ', after checking' : ', without checking') : '';
  return h('p', {
    class: `verdict ${isRight(v) ? 'good' : 'bad'}`,
    text: `${verdictText(post.claim, v)}${how}`,
  });
}

/** For a chapter that did not end well: how it went wrong, and what to try next. */
function wentWrong(level: Level, g: GameState) {
  const fall = fallLines(level, g);
  const tries = tryLines(g);
  return [
    fall.length > 0 && h('h3', { text: 'How it went wrong' }),
    fall.length > 0 && h('ul', { class: 'fall' }, ...fall.map((t) => h('li', { text: t }))),
    fall.length > 0 && tries.length > 0 && h('h3', { text: 'What to try next time' }),
    fall.length > 0 && tries.length > 0 && h('ul', { class: 'try' }, ...tries.map((t) => h('li', { text: t }))),
  ];
}

const chaptersPlayed = (n: number) => `${n} ${n === 1 ? 'chapter' : 'chapters'} played`;

/** The room's judgement check in the room's debrief, and the way to its second round after the last chapter. */
function roomCheckSection(s: App, w: Workshop) {
  const again = roomCheckAfterDue(w, Boolean(s.game?.ending));
  return h(
    'section',
    { class: 'room-check-result', 'aria-label': "The room's judgement check" },
    h('h3', { text: "The room's judgement check" }),
    ...roomCheckFigure(s, w),
    again ? button("The room's judgement check, after", () => s.openRoomCheck()) : null,
  );
}

function discernment(s: App, level: Level, g: GameState) {
  const chapter = tally(level, g);
  const campaign = campaignTally(s.progress);
  const points = takenPoints(s.check, s.progress.check);
  const checkLine =
    points.length > 1 &&
    shiftLine(
      { ...points[0]!.scores, point: points[0]!.point },
      { ...points.at(-1)!.scores, point: points.at(-1)!.point },
    );
  return h(
    'section',
    { class: 'discernment', 'aria-label': 'Fair or false' },
    h('h3', { text: 'Fair criticism or false attack?' }),
    ...(chapter.fair + chapter.false
      ? [
          h('p', { text: tallyText(chapter) }),
          tallyFigure(chapter),
          h('p', { text: scoreText(chapter) }),
          h('p', { class: 'checking', text: checkingText(chapter) }),
        ]
      : [h('p', { text: scoreText(chapter) })]),
    // A game opened from a replay code is someone's game: this player's campaign is not its own.
    level.bonus || s.finished?.fromCode
      ? null
      : h(
          'div',
          { class: 'campaign' },
          h('h4', { text: `Across the campaign (${chaptersPlayed(Object.keys(s.progress.discernment).length)})` }),
          h('p', { text: tallyText(campaign) }),
          h('p', { text: scoreText(campaign) }),
          h('p', { text: checkingText(campaign) }),
          checkLine && h('p', { text: `Judgement check: ${checkLine}` }),
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
    { class: 'panel debrief', 'aria-label': 'Debrief' },
    h('h2', { tabindex: -1, text: `Debrief: ${chapterName(level)}` }),
    ending && h('p', { class: ending.good ? 'good' : 'bad', text: `You reached “${ending.title}” at hour ${g.hour}.` }),
    s.finished?.fromCode &&
      h('p', {
        class: 'from-code',
        text: 'Opened from a replay code: your own game and progress are as you left them.',
      }),
    styleLine(g) && h('p', { text: styleLine(g)! }),
    h(
      'ul',
      { class: 'summary', 'aria-label': 'The meters over the chapter' },
      ...meterSummary(g).map((t) => h('li', { text: t })),
    ),
    printedChart(level, g),
    ...wentWrong(level, g),
    h('h3', { text: 'What moved them' }),
    h('ul', { class: 'moved-summary' }, ...movedSummary(g).map((t) => h('li', { text: t }))),
    h('h3', { text: 'The hidden values' }),
    h('ul', { class: 'hidden-values' }, ...hiddenLines(g).map((t) => h('li', { text: t }))),
    discernment(s, level, g),
    // Sections with nothing in them are left out: no heading over an empty list.
    lines.length > 0 &&
      h('h3', {
        text: all.length > lines.length ? `Your last ${lines.length} of ${all.length} decisions` : 'Your decisions',
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
            h('p', { class: 'what', text: `Hour ${decision.hour}. ${post.author.handle}: ${post.text}` }),
            ...findingsFor(level, g, post.id).map((c) =>
              h('p', {
                class: 'finding',
                text: `You checked ${CHECK_TOPICS[c.check].toLowerCase()}: ${c.finding?.text ?? ''}`,
              }),
            ),
            h('p', {
              class: 'choice',
              text: `You chose: ${response.label} (${kindWords(response.kind)})${response.trap ? ', the trap' : ''}`,
            }),
            verdictLine(post, response.id, decision.checked.length > 0),
            h('p', {
              class: 'moved',
              text:
                Object.entries(moved)
                  .map(([m, d]) => `${METER_LABELS[m as MeterName]} ${signed(d)}`)
                  .join(', ') || 'The meters barely moved.',
            }),
            h('p', { class: 'note', text: response.note }),
            response.lesson && h('p', { class: 'lesson' }, ...lessonWords(s, level, response.lesson)),
          ),
        ),
      ),
    missed.length > 0 && h('h3', { text: 'Posts you let go' }),
    missed.length > 0 &&
      h(
        'ul',
        { class: 'missed' },
        ...missed.map((p) =>
          h(
            'li',
            {},
            h('p', { text: `${p.author.handle}: ${p.text}${p.ignored?.note ? ` ${p.ignored.note}` : ''}` }),
            verdictLine(p, null),
          ),
        ),
      ),
    lessonsMet(all).length > 0 && h('h3', { text: 'Lessons you met' }),
    lessonsMet(all).length > 0 &&
      h('ul', { class: 'lessons' }, ...lessonsMet(all).map((l) => h('li', {}, ...lessonWords(s, level, l)))),
    ...(s.workshop ? roomSections(level, s.workshop) : []),
    s.workshop?.check && roomCheckSection(s, s.workshop),
    session && whatIf(level, g, session),
    h('h3', { text: 'For discussion' }),
    h('ol', { class: 'questions' }, ...level.questions.map((q) => h('li', { text: q }))),
    session &&
      debriefTools({
        level,
        game: g,
        session,
        ...(s.workshop
          ? { teams: teamPicks(s.workshop), roomCheck: roomCheckReport(s.check, s.workshop) }
          : { check: s.finished?.fromCode ? undefined : checkReport(s.check, s.progress.check) }),
      }),
    s.workshop
      ? h(
          'div',
          { class: 'menu' },
          s.workshop.at + 1 < s.workshop.chapters.length && button('Next chapter', () => s.nextWorkshopChapter()),
          button('Leave workshop', () => s.endWorkshop()),
        )
      : h(
          'div',
          { class: 'menu' },
          button('Play again', () => s.openChapter(level.id)),
          !level.bonus && button('Next chapter', () => s.nextChapter()),
          isScenario(level.id) && button('Back to the editor', () => s.show('editor')),
          button('The case', () => s.openCase()),
          button('Title menu', () => s.quitToTitle()),
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
