// The judgement check run for a workshop's room: one post at a time on the projector, each team's rating
// and reply keyed in by the facilitator, then the room's result without names, before and after side by
// side. The answers of the post shown live in the form until Next, so that picking one does not redraw it.
import { ITEMS_PER_SET, itemsOf, RATING_MAX, RATING_MIN } from '../content/judgement-items.ts';
import { t } from '../i18n/i18n.ts';
import { type App, judgementBank } from '../state/store.ts';
import type { RoomJudgement, Workshop } from '../state/workshop.ts';
import { pointName, pointShort, roomJudgementReport, roomLines, shiftLine } from '../view/judgement.ts';
import { judgementChart } from './judgement-chart.ts';
import { answerIn, judgementPost, ratingGroup, REPLY_KEYS } from './judgement-panels.ts';
import { button, h } from './h.ts';

export function roomJudgementPanel(s: App): HTMLElement | null {
  const w = s.workshop;
  if (!w?.judgement) return null;
  return w.judgement.taking ? itemPanel(s, w, w.judgement.taking) : resultPanel(s, w);
}

function itemPanel(s: App, w: Workshop, taking: NonNullable<RoomJudgement['taking']>) {
  const item = itemsOf(judgementBank(s), taking.set)[taking.item]!;
  const given = taking.answers[taking.item] ?? [];
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    s.answerRoomJudgement(w.teams.map((_, k) => answerIn(form, `rating-${k}`, `reply-${k}`)));
  };
  const replies = item.replies.map((_, i) => REPLY_KEYS[i]!);
  return h(
    'section',
    { class: 'panel judgement room-judgement', 'aria-label': t('judgement.room.label') },
    h('h2', { tabindex: -1, text: t('judgement.room.itemHeading', { number: taking.item + 1, total: ITEMS_PER_SET }) }),
    h('p', { class: 'muted', text: t('judgement.room.itemHint', { point: pointName(taking.point) }) }),
    h(
      'div',
      { class: 'room-judgement-body' },
      h(
        'div',
        { class: 'room-item' },
        judgementPost(item),
        h(
          'ol',
          { class: 'room-replies' },
          ...item.replies.map((r, i) =>
            h('li', {}, h('span', { class: 'key', text: REPLY_KEYS[i] }), h('span', { text: r.text })),
          ),
        ),
      ),
      h(
        'form',
        { class: 'room-answers', onsubmit: submit },
        // On a projector the teams are rows under one header; the groups keep their full names for a reader.
        h(
          'p',
          { class: 'room-header', 'aria-hidden': 'true' },
          h('span', { text: t('judgement.room.team') }),
          h('span', {
            text: t('judgement.room.scaleHeader', { ...judgementBank(s).scale, min: RATING_MIN, max: RATING_MAX }),
          }),
          h('span', { text: t('judgement.room.reply') }),
        ),
        ...w.teams.map((team, k) =>
          h(
            'div',
            { class: 'team-answer', role: 'group', 'aria-label': team },
            h('h3', { text: team }),
            ratingGroup(
              s,
              `rating-${k}`,
              t('judgement.room.teamQuestion', { team, question: judgementBank(s).scale.question }),
              given[k]?.rating,
            ),
            h(
              'fieldset',
              { class: 'replies letters' },
              h('legend', {
                text: t('judgement.room.teamQuestion', { team, question: judgementBank(s).replyQuestion }),
              }),
              ...replies.map((key, i) =>
                h(
                  'label',
                  { class: 'rating' },
                  h('input', { type: 'radio', name: `reply-${k}`, value: i, checked: given[k]?.reply === i }),
                  key,
                ),
              ),
            ),
          ),
        ),
        h(
          'div',
          { class: 'menu row' },
          h(
            'button',
            { type: 'submit' },
            t(taking.item === ITEMS_PER_SET - 1 ? 'judgement.item.finish' : 'judgement.item.next'),
          ),
          button(t(taking.item ? 'judgement.item.previous' : 'judgement.room.leave'), () => s.backRoomJudgement()),
        ),
      ),
    ),
  );
}

/**
 * The room's judgement check before and after, side by side, without names: for the projector and the room's
 * debrief.
 */
export function roomJudgementFigure(s: App, w: Workshop): Element[] {
  const points = roomJudgementReport(judgementBank(s), w);
  const scored = points.flatMap((p) => (p.mean === null ? [] : [{ ...p, mean: p.mean }]));
  const [first, last] = scored;
  const parts: (Element | null)[] = [
    h(
      'div',
      { class: 'side-by-side' },
      ...points.map((p) =>
        h(
          'section',
          { class: 'room-point', 'aria-label': pointName(p.point) },
          h('h3', { text: pointName(p.point) }),
          ...roomLines(p).map((line) => h('p', { text: line })),
        ),
      ),
    ),
    first && last
      ? h('p', { text: shiftLine({ ...first, discernment: first.mean }, { ...last, discernment: last.mean }) })
      : null,
    scored.length
      ? judgementChart(scored.map((p) => ({ label: pointShort(p.point), values: p.teams.map((x) => x.discernment) })))
      : null,
  ];
  return parts.filter((x) => x !== null);
}

function resultPanel(s: App, w: Workshop) {
  const both = Boolean(w.judgement?.before && w.judgement.after);
  return h(
    'section',
    { class: 'panel judgement room-judgement', 'aria-label': t('judgement.room.label') },
    h('h2', { tabindex: -1, text: t(both ? 'judgement.room.beforeAndAfter' : 'judgement.room.label') }),
    ...roomJudgementFigure(s, w),
    h(
      'div',
      { class: 'menu row' },
      button(t(s.game?.ending ? 'judgement.room.debrief' : 'judgement.room.startChapter'), () =>
        s.closeRoomJudgement(),
      ),
    ),
  );
}
