// The debrief as HTML: how the chapter ended and what moved the meters; the decisions, each with its lesson
// and whether it told fair criticism from a false attack (debrief-decisions.ts); discernment for the chapter
// and the campaign (debrief-discernment.ts); a room's picks; the class questions; the handout and the way on.
import type { Level } from '../content/schema.ts';
import { endingOf } from '../core/level-index.ts';
import type { GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { isScenario } from '../state/scenario-id.ts';
import { type App, judgementBank, shownSession } from '../state/store.ts';
import { storyChapter } from '../core/story.ts';
import { roomJudgementAfterDue, teamPicks, type Workshop } from '../state/workshop.ts';
import { judgementReport, roomJudgementReport } from '../view/judgement.ts';
import { decisionLines, meterSummary } from '../view/debrief.ts';
import { hiddenLines, movedSummary } from '../view/drift.ts';
import { chapterName } from '../view/format.ts';
import { fallLines, styleLine, tryLines } from '../view/story.ts';
import { decisionsSection, lessonsSection, missedSection } from './debrief-decisions.ts';
import { discernment } from './debrief-discernment.ts';
import { debriefTools, printedChart } from './debrief-tools.ts';
import { button, h } from './h.ts';
import { roomJudgementFigure } from './room-judgement-panel.ts';
import { roomSections, whatIf } from './room-debrief.ts';

export function debriefPanel(s: App, level: Level, g: GameState): HTMLElement {
  const all = decisionLines(level, g);
  const session = shownSession(s);
  // Sections with nothing in them are left out: no heading over an empty list.
  return h(
    'section',
    { class: 'panel debrief', 'aria-label': t('debrief.panel.label') },
    ...outcome(s, level, g),
    discernment(s, level, g),
    ...decisionsSection(s, level, g, all),
    ...missedSection(level, g),
    ...lessonsSection(s, level, all),
    ...(s.workshop ? roomSections(level, s.workshop) : []),
    s.workshop?.judgement && roomJudgementSection(s, s.workshop),
    session && whatIf(level, g, session),
    h('h3', { text: t('debrief.panel.discussion') }),
    h('ol', { class: 'questions' }, ...level.questions.map((q) => h('li', { text: q }))),
    session &&
      debriefTools({
        level,
        game: g,
        session,
        ...(s.workshop
          ? { teams: teamPicks(s.workshop), roomJudgement: roomJudgementReport(judgementBank(s), s.workshop) }
          : { judgement: s.finished?.fromCode ? undefined : judgementReport(judgementBank(s), s.progress.judgement) }),
      }),
    nextSteps(s, level),
  );
}

/** How the chapter ended, the meters over it, how it went wrong if it did, and what moved the values. */
function outcome(s: App, level: Level, g: GameState) {
  const ending = endingOf(level, g.ending);
  return [
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
  ];
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
function roomJudgementSection(s: App, w: Workshop) {
  const again = roomJudgementAfterDue(w, Boolean(s.game?.ending));
  return h(
    'section',
    { class: 'room-judgement-result', 'aria-label': t('debrief.roomJudgement.heading') },
    h('h3', { text: t('debrief.roomJudgement.heading') }),
    ...roomJudgementFigure(s, w),
    again ? button(t('debrief.roomJudgement.after'), () => s.openRoomJudgement()) : null,
  );
}

/** Where to go from here: a workshop's next chapter, or a solo player's next game, editor, case or title. */
function nextSteps(s: App, level: Level) {
  if (s.workshop)
    return h(
      'div',
      { class: 'menu' },
      s.workshop.chapterIndex + 1 < s.workshop.chapters.length &&
        button(t('debrief.buttons.nextChapter'), () => s.nextWorkshopChapter()),
      button(t('debrief.buttons.leaveWorkshop'), () => s.endWorkshop()),
    );
  return h(
    'div',
    { class: 'menu' },
    button(t('debrief.buttons.playAgain'), () => s.openChapter(level.id)),
    storyChapter(level) && button(t('debrief.buttons.nextChapter'), () => s.nextChapter()),
    isScenario(level.id) && button(t('debrief.buttons.editor'), () => s.show('editor')),
    button(t('debrief.buttons.case'), () => s.openCase()),
    button(t('debrief.buttons.title'), () => s.quitToTitle()),
  );
}
