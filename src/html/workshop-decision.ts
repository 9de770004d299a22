// The workshop's main column on the projector, one decision at a time: the post the room votes on and its
// replies; then the split and what the reply did; then, if the facilitator stops for it, the discussion.
import { findingsFor, postInGame, replay } from '../core/engine.ts';
import { responseOf } from '../core/level-index.ts';
import { t } from '../i18n/i18n.ts';
import type { App, currentChoices } from '../state/store.ts';
import { splitText, type Workshop } from '../state/workshop.ts';
import { answerShown, findingText, hoursLeft, movedText, shares, shownMoves } from '../view/format.ts';
import { lessonText } from '../view/story.ts';
import { WORKSHOP_KEYS } from '../view/workshop.ts';
import { button, h } from './h.ts';
import { replyButtons } from './reply-buttons.ts';

/** A facilitator's button, with the key that presses it. */
export const keyed = (label: string, key: string, onClick: () => void) =>
  button(label, onClick, { 'aria-keyshortcuts': key === '+' ? 'Plus' : key, title: t('workshop.keys.title', { key }) });

/** The post being decided, with what the checks found, and the replies the teams vote for. */
export function votePanel(s: App, current: NonNullable<ReturnType<typeof currentChoices>>) {
  const { post, item, responses } = current;
  const game = s.game!;
  const found = findingsFor(s.level!, game, item.id);
  return h(
    'div',
    { class: 'decision' },
    h(
      'article',
      {
        class: `current-post${found.length ? ' checked' : ''}`,
        'aria-label': `${post.author.name} ${post.author.handle}`,
      },
      h('p', {
        class: 'author',
        text: t('workshop.view.author', {
          author: `${post.author.name} ${post.author.handle}`,
          shares: shares(item.shares),
          left: hoursLeft(item, post, game.hour),
        }),
      }),
      h('p', { class: 'text', text: post.text }),
      post.quote ? h('blockquote', { text: post.quote }) : null,
      found.length > 0 &&
        h(
          'ul',
          { class: 'findings', 'aria-label': t('workshop.view.found') },
          ...found.map((c) => h('li', { text: findingText(c) })),
        ),
    ),
    h(
      'div',
      { role: 'group', 'aria-label': t('workshop.view.responses'), class: 'responses' },
      ...replyButtons(responses, game, s.settings.showKinds, {
        meta: (hours, kind) =>
          kind ? t('workshop.view.metaKind', { kind, hours }) : t('workshop.view.meta', { hours }),
        pick: (r) => s.vote(r.id),
        attrs: (_, i) => ({ 'data-focus': `r${i}` }),
      }),
    ),
  );
}

/** The decision just played: the split, the reply, and what it did to the meters. */
export function resultPanel(s: App, w: Workshop) {
  const level = s.level!;
  const game = s.game!;
  const last = w.decisions.at(-1);
  const post = last && postInGame(level, game, last.post);
  const played = post && responseOf(post, last?.played);
  const before = s.save ? replay(level, s.save, s.save.actions.slice(0, -1)).values : game.values;
  const moved = shownMoves(before, game.values);
  return h(
    'div',
    { class: 'decision result', role: 'status' },
    h('h3', { text: played ? t('workshop.view.chose', { reply: played.label }) : t('workshop.view.letGo') }),
    last && post && h('p', { class: 'split', text: splitText(last, post) }),
    played && h('p', { class: 'answer', text: answerShown(played, level.persona.handle) }),
    h('p', {
      class: 'moved',
      text: movedText(moved) ? t('workshop.view.moved', { moved: movedText(moved) }) : t('workshop.view.barelyMoved'),
    }),
    nextStep(s, t('workshop.view.discuss')),
  );
}

/** The room stops to talk: the chapter's next question, and the lesson and note of the reply it played. */
export function discussPanel(s: App, w: Workshop) {
  const level = s.level!;
  const last = w.decisions.at(-1);
  const played = last && responseOf(postInGame(level, s.game!, last.post), last.played);
  const question = level.questions[(w.decisions.length - 1) % level.questions.length];
  return h(
    'div',
    { class: 'decision discuss', role: 'dialog', 'aria-label': t('workshop.view.discuss') },
    h('h3', { text: t('workshop.view.discuss') }),
    question && h('p', { class: 'question', text: question }),
    played?.lesson && h('p', { class: 'lesson', text: `${played.lesson}. ${lessonText(level, played.lesson)}` }),
    played && h('p', { class: 'note', text: played.note }),
    nextStep(s, t('workshop.view.resume')),
  );
}

/** After a decision: to the discussion and back (`discuss` names that button), or on to the next decision. */
const nextStep = (s: App, discuss: string) =>
  h(
    'div',
    { class: 'facilitator', role: 'group', 'aria-label': t('workshop.view.nextStep') },
    keyed(discuss, WORKSHOP_KEYS.discuss, () => s.discuss()),
    keyed(t('workshop.view.nextDecision'), WORKSHOP_KEYS.next, () => s.nextDecision()),
  );
