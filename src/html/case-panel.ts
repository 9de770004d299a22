// "The case": the story behind the game and the index of its lessons, opened from the title menu and from
// every lesson code in a debrief (at that lesson).
import { LESSON_CODES, type Lesson } from '../content/terms.ts';
import { t } from '../i18n/i18n.ts';
import type { App } from '../state/store.ts';
import { caseLessonText } from '../view/story.ts';
import { button, h } from './h.ts';

export function casePanel(s: App) {
  return h(
    'section',
    { class: 'panel case', 'aria-label': t('story.case.label') },
    h('h2', { tabindex: -1, text: t('story.case.title') }),
    ...t('story.case.story', { returnObjects: true }).map((p) => h('p', { text: p })),
    h('h3', { text: t('story.case.lessons') }),
    h('p', { class: 'muted', text: t('story.case.lessonsIntro') }),
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
        h('dd', { text: caseLessonText(code) }),
      ]),
    ),
    h(
      'div',
      { class: 'menu' },
      button(t('story.case.back'), () => s.show(s.returnTo)),
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
      'aria-label': t('story.case.lessonLink', { code }),
    },
    code,
  );
