// The judgement check run for a workshop's room: one post at a time on the projector, each team's rating
// and reply keyed in by the facilitator, then the room's result without names, before and after side by
// side. The answers of the post shown live in the form until Next, so that picking one does not redraw it.
import { ITEMS_PER_SET, itemsOf, RATING_MAX, RATING_MIN } from '../content/judgement-check.ts';
import type { App } from '../state/store.ts';
import type { RoomCheck, Workshop } from '../state/workshop.ts';
import { POINT_NAMES, POINT_SHORT, roomCheckReport, roomLines, shiftLine } from '../view/check.ts';
import { checkChart } from './check-chart.ts';
import { answerIn, checkPost, ratingGroup, REPLY_KEYS } from './check-panels.ts';
import { button, h } from './h.ts';

export function roomCheckPanel(s: App): HTMLElement | null {
  const w = s.workshop;
  if (!w?.check) return null;
  return w.check.taking ? itemPanel(s, w, w.check.taking) : resultPanel(s, w);
}

function itemPanel(s: App, w: Workshop, taking: NonNullable<RoomCheck['taking']>) {
  const item = itemsOf(s.check, taking.set)[taking.item]!;
  const given = taking.answers[taking.item] ?? [];
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    s.answerRoomCheck(w.teams.map((_, t) => answerIn(form, `rating-${t}`, `reply-${t}`)));
  };
  const replies = item.replies.map((_, i) => REPLY_KEYS[i]!);
  return h(
    'section',
    { class: 'panel check room-check', 'aria-label': "The room's judgement check" },
    h('h2', { tabindex: -1, text: `The room's judgement check, ${taking.item + 1} of ${ITEMS_PER_SET}` }),
    h('p', {
      class: 'muted',
      text: `${POINT_NAMES[taking.point]}. Each team says how likely the criticism is to be fair and which reply it would post; a team left blank is not counted for this post.`,
    }),
    h(
      'div',
      { class: 'room-check-body' },
      h(
        'div',
        { class: 'room-item' },
        checkPost(item),
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
          h('span', { text: 'Team' }),
          h('span', {
            text: `${s.check.scale.question} ${RATING_MIN} ${s.check.scale.low}, ${RATING_MAX} ${s.check.scale.high}`,
          }),
          h('span', { text: 'Reply' }),
        ),
        ...w.teams.map((team, t) =>
          h(
            'div',
            { class: 'team-answer', role: 'group', 'aria-label': team },
            h('h3', { text: team }),
            ratingGroup(s, `rating-${t}`, `${team}: ${s.check.scale.question}`, given[t]?.rating),
            h(
              'fieldset',
              { class: 'replies letters' },
              h('legend', { text: `${team}: ${s.check.replyQuestion}` }),
              ...replies.map((key, i) =>
                h(
                  'label',
                  { class: 'rating' },
                  h('input', { type: 'radio', name: `reply-${t}`, value: i, checked: given[t]?.reply === i }),
                  key,
                ),
              ),
            ),
          ),
        ),
        h(
          'div',
          { class: 'menu row' },
          h('button', { type: 'submit' }, taking.item === ITEMS_PER_SET - 1 ? 'Finish' : 'Next'),
          button(taking.item ? 'Previous' : 'Leave the check', () => s.backRoomCheck()),
        ),
      ),
    ),
  );
}

/** The room's check before and after, side by side, without names: for the projector and the room's debrief. */
export function roomCheckFigure(s: App, w: Workshop): Element[] {
  const points = roomCheckReport(s.check, w);
  const scored = points.flatMap((p) => (p.mean === null ? [] : [{ ...p, mean: p.mean }]));
  const [first, last] = scored;
  const parts: (Element | null)[] = [
    h(
      'div',
      { class: 'side-by-side' },
      ...points.map((p) =>
        h(
          'section',
          { class: 'room-point', 'aria-label': POINT_NAMES[p.point] },
          h('h3', { text: POINT_NAMES[p.point] }),
          ...roomLines(p).map((t) => h('p', { text: t })),
        ),
      ),
    ),
    first && last
      ? h('p', { text: shiftLine({ ...first, discernment: first.mean }, { ...last, discernment: last.mean }) })
      : null,
    scored.length
      ? checkChart(scored.map((p) => ({ label: POINT_SHORT[p.point], values: p.teams.map((t) => t.discernment) })))
      : null,
  ];
  return parts.filter((x) => x !== null);
}

function resultPanel(s: App, w: Workshop) {
  const both = Boolean(w.check?.before && w.check.after);
  return h(
    'section',
    { class: 'panel check room-check', 'aria-label': "The room's judgement check" },
    h('h2', { tabindex: -1, text: both ? "The room's judgement, before and after" : "The room's judgement check" }),
    ...roomCheckFigure(s, w),
    h(
      'div',
      { class: 'menu row' },
      button(s.game?.ending ? "The room's debrief" : 'Start the chapter', () => s.closeRoomCheck()),
    ),
  );
}
