// The debrief as HTML: the decisions that moved the meters, each with its lesson, and the class questions.
import { LESSON_TEXT } from '../content/lessons.ts';
import type { Level, MeterName } from '../content/schema.ts';
import type { GameState } from '../core/state.ts';
import type { App } from '../state/store.ts';
import { DECISIONS_SHOWN, decisionLines, lessonsMet, meterSummary, missedPosts, signed } from '../view/debrief.ts';
import { METER_LABELS, chapterName } from '../view/format.ts';
import { button, h } from './h.ts';

export function debriefPanel(s: App, level: Level, g: GameState): HTMLElement {
  const all = decisionLines(level, g);
  // A storm can hold hundreds of decisions: the debrief lists the latest ones.
  const lines = all.slice(-DECISIONS_SHOWN);
  const ending = level.endings.find((e) => e.id === g.ending);
  const missed = missedPosts(level, g);
  return h(
    'section',
    { class: 'panel debrief', 'aria-label': 'Debrief' },
    h('h2', { tabindex: -1, text: `Debrief: ${chapterName(level)}` }),
    ending && h('p', { class: ending.good ? 'good' : 'bad', text: `You reached “${ending.title}” at hour ${g.hour}.` }),
    h(
      'ul',
      { class: 'summary', 'aria-label': 'The meters over the chapter' },
      ...meterSummary(g).map((t) => h('li', { text: t })),
    ),
    h('h3', {
      text: all.length > lines.length ? `Your last ${lines.length} of ${all.length} decisions` : 'Your decisions',
    }),
    h(
      'ol',
      { class: 'decisions' },
      ...lines.map(({ decision, post, response, moved }) =>
        h(
          'li',
          { class: response.trap ? 'trap' : '' },
          h('p', { class: 'what', text: `Hour ${decision.hour}. ${post.author.handle}: ${post.text}` }),
          h('p', { class: 'choice', text: `You chose: ${response.label}${response.trap ? ' (the trap)' : ''}` }),
          h('p', {
            class: 'moved',
            text:
              Object.entries(moved)
                .map(([m, d]) => `${METER_LABELS[m as MeterName]} ${signed(d)}`)
                .join(', ') || 'The meters barely moved.',
          }),
          h('p', { class: 'note', text: response.note }),
          response.lesson && h('p', { class: 'lesson', text: `${response.lesson}: ${LESSON_TEXT[response.lesson]}` }),
        ),
      ),
    ),
    missed.length > 0 && h('h3', { text: 'Posts you let go' }),
    missed.length > 0 &&
      h(
        'ul',
        { class: 'missed' },
        ...missed.map((p) =>
          h('li', { text: `${p.author.handle}: ${p.text}${p.ignored?.note ? ` ${p.ignored.note}` : ''}` }),
        ),
      ),
    h('h3', { text: 'Lessons you met' }),
    h('ul', { class: 'lessons' }, ...lessonsMet(all).map((l) => h('li', { text: `${l}: ${LESSON_TEXT[l]}` }))),
    h('h3', { text: 'For discussion' }),
    h('ol', { class: 'questions' }, ...level.questions.map((q) => h('li', { text: q }))),
    h(
      'div',
      { class: 'menu' },
      button('Play again', () => s.openChapter(level.id)),
      !level.bonus && button('Next chapter', () => s.nextChapter()),
      button('Title menu', () => s.quitToTitle()),
    ),
  );
}
