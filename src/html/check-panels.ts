// The judgement check as HTML: the offer before the first chapter, one post at a time (how likely the
// criticism is to be fair, 1–7, and which reply to post; keys 1–7 and A–C pick, Enter goes on), and the
// results: this time's scores, a small chart of every time taken, and after the campaign each post's truth.
import { type CheckItem, itemsOf, ITEMS_PER_SET, RATING_MAX, RATING_MIN } from '../content/judgement-check.ts';
import type { CheckAnswer } from '../content/judgement-scores.ts';
import type { CheckPoint } from '../state/check-points.ts';
import type { CheckTaken } from '../state/progress.ts';
import type { App } from '../state/store.ts';
import { DISCERNMENT_MEANS, POINT_NAMES, POINT_SHORT, scoreLines, shiftLine, takenPoints } from '../view/check.ts';
import { CHECK_TOPICS } from '../view/format.ts';
import { checkChart } from './check-chart.ts';
import { button, h } from './h.ts';

/** The letters that pick a reply, by its place. */
export const REPLY_KEYS = ['A', 'B', 'C'];

const panel = (label: string, ...children: (Node | null | false | undefined)[]) =>
  h('section', { class: 'panel check', 'aria-label': label }, ...children);

export function checkOfferPanel(s: App) {
  return panel(
    'Judgement check',
    h('h2', { text: 'Before you start: a judgement check' }),
    h('p', {
      text: `Eight posts from other companies' crises. For each, say how likely the criticism is to be fair and which reply you would post. It takes about five minutes. After the last chapter you answer eight others, and the debrief shows how your judgement moved.`,
    }),
    h(
      'div',
      { class: 'menu' },
      button('Take the check', () => s.openCheck()),
      button('Skip it', () => s.skipCheck()),
    ),
  );
}

/** A post as a feed shows it: who, what the profile says, the words, what is attached, and any finding. */
export function checkPost(item: CheckItem, headingLevel: 'h3' | 'h4' = 'h3') {
  const { post, finding } = item;
  return h(
    'article',
    { class: 'check-post' },
    h(headingLevel, { class: 'who' }, `${post.author} `, h('span', { class: 'handle', text: post.handle })),
    h('p', { class: 'about', text: post.about }),
    h('p', { class: 'text', text: post.text }),
    post.attached ? h('p', { class: 'attached', text: `Attached: ${post.attached}` }) : null,
    finding
      ? h('p', {
          class: 'finding',
          text: `A check found (${CHECK_TOPICS[finding.check].toLowerCase()}): ${finding.text}`,
        })
      : null,
  );
}

/** The rating scale as one group named by its question; the ends also say what they mean. */
export function ratingGroup(s: App, name: string, legend = s.check.scale.question, picked?: number) {
  const { scale } = s.check;
  return h(
    'fieldset',
    { class: 'scale' },
    h('legend', { text: legend }),
    ...Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => {
      const value = RATING_MIN + i;
      const end = value === RATING_MIN ? scale.low : value === RATING_MAX ? scale.high : null;
      return h(
        'label',
        { class: 'rating' },
        h('input', { type: 'radio', name, value, required: true, checked: picked === value }),
        String(value),
        end && h('span', { class: 'sr-only', text: `: ${end}` }),
      );
    }),
    h(
      'p',
      { class: 'scale-ends', 'aria-hidden': 'true' },
      h('span', { text: `${RATING_MIN}: ${scale.low}` }),
      h('span', { text: `${RATING_MAX}: ${scale.high}` }),
    ),
  );
}

/** The replies on offer as one group, lettered A, B, C. */
export function replyGroup(item: CheckItem, name: string, legend: string, picked?: number) {
  return h(
    'fieldset',
    { class: 'replies' },
    h('legend', { text: legend }),
    ...item.replies.map((r, i) =>
      h(
        'label',
        { class: 'reply-choice' },
        h('input', { type: 'radio', name, value: i, required: true, 'data-key': REPLY_KEYS[i], checked: picked === i }),
        h('span', { class: 'key', 'aria-hidden': 'true', text: REPLY_KEYS[i] }),
        h('span', { text: r.text }),
      ),
    ),
  );
}

/** The rating and reply picked in a form's two groups of radios, or null while either is unpicked. */
export function answerIn(form: HTMLFormElement, rating: string, reply: string): CheckAnswer | null {
  const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  const r = value(rating);
  const k = value(reply);
  return r && k ? { rating: Number(r), reply: Number(k) } : null;
}

export function checkItemPanel(s: App) {
  const taking = s.progress.check.taking;
  if (!taking) return null;
  const index = taking.answers.length;
  const item = itemsOf(s.check, taking.set)[index]!;
  const submit = (e: Event) => {
    e.preventDefault();
    const answer = answerIn(e.target as HTMLFormElement, 'rating', 'reply');
    if (answer) s.answerCheck(answer);
  };
  return panel(
    'Judgement check',
    h('h2', { tabindex: -1, text: `Judgement check, ${index + 1} of ${ITEMS_PER_SET}` }),
    h('p', {
      class: 'muted',
      text: `${POINT_NAMES[taking.point]}. Keys 1 to 7 pick a rating, A to ${REPLY_KEYS[item.replies.length - 1]} a reply, Enter goes on.`,
    }),
    checkPost(item),
    h(
      'form',
      { class: 'ratings', onsubmit: submit },
      ratingGroup(s, 'rating'),
      replyGroup(item, 'reply', s.check.replyQuestion),
      h(
        'div',
        { class: 'menu row' },
        button(index === ITEMS_PER_SET - 1 ? 'Finish' : 'Next', () => undefined, { type: 'submit' }),
        button(index ? 'Previous' : 'Back', () => s.backCheck()),
        index === 0 && button('Skip this check', () => s.skipCheck()),
      ),
    ),
  );
}

/** Each post of a set with its truth, the best reply, what the player answered, and what tells it apart. */
function explained(s: App, taken: CheckTaken) {
  return itemsOf(s.check, taken.set).map((item, i) => {
    const answer: CheckAnswer = taken.answers[i]!;
    const best = item.replies.findIndex((r) => r.best);
    return h(
      'li',
      { class: item.fair ? 'fair' : 'false' },
      checkPost(item, 'h4'),
      h('p', {
        class: 'truth',
        text: `${item.fair ? 'Fair criticism' : 'A false attack'}. You rated it ${answer.rating} and chose reply ${REPLY_KEYS[answer.reply]}${answer.reply === best ? ', the best one' : `; the best was ${REPLY_KEYS[best]}: “${item.replies[best]!.text}”`}.`,
      }),
      h('p', { text: item.why }),
    );
  });
}

export function checkResultPanel(s: App) {
  const points = takenPoints(s.check, s.progress.check);
  const latest = points.reduce<(typeof points)[number] | null>(
    (a, b) => (!a || b.taken.at >= a.taken.at ? b : a),
    null,
  );
  if (!latest) return null;
  const first = points[0]!;
  const afterwards = s.progress.check.after !== undefined;
  // The truths are shown once the campaign is behind: before it, they would give away the "after" set's twin.
  const sets: [CheckPoint, CheckTaken][] = afterwards ? points.map((p) => [p.point, p.taken]) : [];
  return panel(
    'Judgement check result',
    h('h2', { tabindex: -1, text: `Judgement check: ${POINT_NAMES[latest.point].toLowerCase()}` }),
    ...scoreLines(latest.scores).map((t) => h('p', { text: t })),
    latest !== first &&
      h('p', { text: shiftLine({ ...first.scores, point: first.point }, { ...latest.scores, point: latest.point }) }),
    checkChart(points.map((p) => ({ label: POINT_SHORT[p.point], values: [p.scores.discernment] }))),
    h('p', { class: 'muted', text: DISCERNMENT_MEANS }),
    !afterwards &&
      h('p', { text: 'After the last chapter you answer eight other posts; then each post’s truth is shown here.' }),
    ...sets.flatMap(([point, taken]) => [
      h('h3', { text: `${POINT_NAMES[point]}: the posts and what tells each apart` }),
      h('ol', { class: 'check-items' }, ...explained(s, taken)),
    ]),
    h(
      'div',
      { class: 'menu' },
      s.back === 'check-offer'
        ? button('Go to the first chapter', () => s.show('briefing'))
        : button('Done', () => s.show(s.back)),
      afterwards && button('Take the checks again', () => s.retakeCheck()),
    ),
  );
}
