// "The case": the story behind the game and the index of its lessons, opened from the title menu and from
// every lesson code in a debrief (at that lesson).
import { CASE_LESSONS_INTRO, CASE_STORY, CASE_TITLE } from '../content/case-story.ts';
import { LESSON_TEXT } from '../content/lessons.ts';
import { LESSON_CODES, type Lesson } from '../content/schema.ts';
import type { App } from '../state/store.ts';
import { button, h } from './h.ts';

export function casePanel(s: App) {
  return h(
    'section',
    { class: 'panel case', 'aria-label': 'The case' },
    h('h2', { tabindex: -1, text: CASE_TITLE }),
    ...CASE_STORY.map((p) => h('p', { text: p })),
    h('h3', { text: 'The lessons' }),
    h('p', { class: 'muted', text: CASE_LESSONS_INTRO }),
    h(
      'dl',
      { class: 'lessons-index' },
      ...LESSON_CODES.flatMap((code) => [
        h('dt', {
          id: `lesson-${code}`,
          tabindex: -1,
          class: code === s.caseLesson ? 'focus-target' : undefined,
          text: code,
        }),
        h('dd', { text: LESSON_TEXT[code] }),
      ]),
    ),
    h(
      'div',
      { class: 'menu' },
      button('Back', () => s.show(s.back)),
    ),
  );
}

/** A lesson code as a button that opens the case page at that lesson. */
export const lessonLink = (s: App, code: Lesson) =>
  h(
    'button',
    {
      type: 'button',
      class: 'lesson-code',
      onclick: () => s.openCase(code),
      'aria-label': `Lesson ${code}, in the case`,
    },
    code,
  );
