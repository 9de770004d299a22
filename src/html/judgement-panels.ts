// The judgement check as HTML: the offer before the first chapter, one post at a time (how likely the
// criticism is to be fair, 1–7, and which reply to post; keys 1–7 and A–C pick, Enter goes on), and the
// results: this time's scores, a small chart of every time taken, and after the campaign each post's truth.
import type { JudgementItem } from '../content/judgement-check.ts';
import { itemsOf, ITEMS_PER_SET, RATING_MAX, RATING_MIN } from '../content/judgement-items.ts';
import type { JudgementAnswer } from '../content/judgement-scores.ts';
import { t } from '../i18n/i18n.ts';
import type { JudgementPoint } from '../state/judgement-points.ts';
import type { JudgementTaken } from '../state/progress.ts';
import { type App, judgementBank } from '../state/store.ts';
import {
  discernmentMeans,
  pointInline,
  pointName,
  pointShort,
  scoreLines,
  shiftLine,
  takenPoints,
} from '../view/judgement.ts';
import { judgementChart } from './judgement-chart.ts';
import { button, h } from './h.ts';

/** The letters that pick a reply, by its place. */
export const REPLY_KEYS = ['A', 'B', 'C'];

const panel = (label: string, ...children: (Node | null | false | undefined)[]) =>
  h('section', { class: 'panel judgement', 'aria-label': label }, ...children);

export function judgementOfferPanel(s: App) {
  return panel(
    t('judgement.offer.label'),
    h('h2', { text: t('judgement.offer.heading') }),
    h('p', { text: t('judgement.offer.text') }),
    h(
      'div',
      { class: 'menu' },
      button(t('judgement.offer.take'), () => s.openJudgement()),
      button(t('judgement.offer.skip'), () => s.skipJudgement()),
    ),
  );
}

/** A post as a feed shows it: who, what the profile says, the words, what is attached, and any finding. */
export function judgementPost(item: JudgementItem, headingLevel: 'h3' | 'h4' = 'h3') {
  const { post, finding } = item;
  return h(
    'article',
    { class: 'judgement-post' },
    h(headingLevel, { class: 'who' }, `${post.author} `, h('span', { class: 'handle', text: post.handle })),
    h('p', { class: 'about', text: post.about }),
    h('p', { class: 'text', text: post.text }),
    post.attached
      ? h('p', { class: 'attached', text: t('judgement.post.attached', { attached: post.attached }) })
      : null,
    finding
      ? h('p', { class: 'finding', text: t(`judgement.post.finding.${finding.check}`, { text: finding.text }) })
      : null,
  );
}

/** The rating scale as one group named by its question; the ends also say what they mean. */
export function ratingGroup(s: App, name: string, legend = judgementBank(s).scale.question, picked?: number) {
  const { scale } = judgementBank(s);
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
        end && h('span', { class: 'sr-only', text: t('judgement.post.scaleEnd', { end }) }),
      );
    }),
    h(
      'p',
      { class: 'scale-ends', 'aria-hidden': 'true' },
      h('span', { text: t('judgement.post.scaleEndShown', { value: RATING_MIN, end: scale.low }) }),
      h('span', { text: t('judgement.post.scaleEndShown', { value: RATING_MAX, end: scale.high }) }),
    ),
  );
}

/** The replies on offer as one group, lettered A, B, C. */
export function replyGroup(item: JudgementItem, name: string, legend: string, picked?: number) {
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
export function answerIn(form: HTMLFormElement, rating: string, reply: string): JudgementAnswer | null {
  const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  const r = value(rating);
  const k = value(reply);
  return r && k ? { rating: Number(r), reply: Number(k) } : null;
}

export function judgementItemPanel(s: App) {
  const taking = s.progress.judgement.taking;
  if (!taking) return null;
  const index = taking.answers.length;
  const item = itemsOf(judgementBank(s), taking.set)[index]!;
  const submit = (e: Event) => {
    e.preventDefault();
    const answer = answerIn(e.target as HTMLFormElement, 'rating', 'reply');
    if (answer) s.answerJudgement(answer);
  };
  return panel(
    t('judgement.item.label'),
    h('h2', { tabindex: -1, text: t('judgement.item.heading', { number: index + 1, total: ITEMS_PER_SET }) }),
    h('p', {
      class: 'muted',
      text: t('judgement.item.keys', { point: pointName(taking.point), last: REPLY_KEYS[item.replies.length - 1] }),
    }),
    judgementPost(item),
    h(
      'form',
      { class: 'ratings', onsubmit: submit },
      ratingGroup(s, 'rating'),
      replyGroup(item, 'reply', judgementBank(s).replyQuestion),
      h(
        'div',
        { class: 'menu row' },
        button(t(index === ITEMS_PER_SET - 1 ? 'judgement.item.finish' : 'judgement.item.next'), () => undefined, {
          type: 'submit',
        }),
        button(t(index ? 'judgement.item.previous' : 'judgement.item.back'), () => s.backJudgement()),
        index === 0 && button(t('judgement.item.skip'), () => s.skipJudgement()),
      ),
    ),
  );
}

/** What a post was, what the player answered, and the best reply if theirs was not. */
function truthLine(item: JudgementItem, answer: JudgementAnswer) {
  const best = item.replies.findIndex((r) => r.best);
  const values = {
    truth: t(item.fair ? 'judgement.result.fair' : 'judgement.result.false'),
    rating: answer.rating,
    reply: REPLY_KEYS[answer.reply],
  };
  return answer.reply === best
    ? t('judgement.result.choseBest', values)
    : t('judgement.result.choseOther', { ...values, best: REPLY_KEYS[best], text: item.replies[best]!.text });
}

/** Each post of a set with its truth, the best reply, what the player answered, and what tells it apart. */
function explained(s: App, taken: JudgementTaken) {
  return itemsOf(judgementBank(s), taken.set).map((item, i) => {
    const answer: JudgementAnswer = taken.answers[i]!;
    return h(
      'li',
      { class: item.fair ? 'fair' : 'false' },
      judgementPost(item, 'h4'),
      h('p', { class: 'truth', text: truthLine(item, answer) }),
      h('p', { text: item.why }),
    );
  });
}

export function judgementResultPanel(s: App) {
  const points = takenPoints(judgementBank(s), s.progress.judgement);
  const latest = points.reduce<(typeof points)[number] | null>(
    (a, b) => (!a || b.taken.at >= a.taken.at ? b : a),
    null,
  );
  if (!latest) return null;
  const first = points[0]!;
  const afterwards = s.progress.judgement.after !== undefined;
  // The truths are shown once the campaign is behind: before it, they would give away the "after" set's twin.
  const sets: [JudgementPoint, JudgementTaken][] = afterwards ? points.map((p) => [p.point, p.taken]) : [];
  return panel(
    t('judgement.result.label'),
    h('h2', { tabindex: -1, text: t('judgement.result.heading', { point: pointInline(latest.point) }) }),
    ...scoreLines(latest.scores).map((line) => h('p', { text: line })),
    latest !== first &&
      h('p', { text: shiftLine({ ...first.scores, point: first.point }, { ...latest.scores, point: latest.point }) }),
    judgementChart(points.map((p) => ({ label: pointShort(p.point), values: [p.scores.discernment] }))),
    h('p', { class: 'muted', text: discernmentMeans() }),
    !afterwards && h('p', { text: t('judgement.result.truthsLater') }),
    ...sets.flatMap(([point, taken]) => [
      h('h3', { text: t('judgement.result.setHeading', { point: pointName(point) }) }),
      h('ol', { class: 'judgement-items' }, ...explained(s, taken)),
    ]),
    h(
      'div',
      { class: 'menu' },
      s.returnTo === 'judgement-offer'
        ? button(t('judgement.result.firstChapter'), () => s.show('briefing'))
        : button(t('judgement.result.done'), () => s.show(s.returnTo)),
      afterwards && button(t('judgement.result.again'), () => s.retakeJudgement()),
    ),
  );
}
