// The judgement check as HTML: the offer before the first chapter, one item at a time (a radio group of
// ratings 1–7, keys 1–7 pick, Enter goes on), and the result with the shift between before and after.
import { checkScore, itemsOf, ITEMS_PER_SET, RATING_MAX, RATING_MIN } from '../content/judgement-check.ts';
import type { App } from '../state/store.ts';
import { checkResultLines } from '../view/check.ts';
import { button, h } from './h.ts';

const panel = (label: string, ...children: (Node | null | false | undefined)[]) =>
  h('section', { class: 'panel check', 'aria-label': label }, ...children);

export function checkOfferPanel(s: App) {
  return panel(
    'Judgement check',
    h('h2', { text: 'Before you start: a judgement check' }),
    h('p', {
      text: `Eight short replies from other companies' crises, each rated from ${RATING_MIN} to ${RATING_MAX} for how well it would rebuild trust. It takes about three minutes. After the last chapter you rate eight others, and the debrief shows how your judgement moved.`,
    }),
    h(
      'div',
      { class: 'menu' },
      button('Take the check', () => s.openCheck()),
      button('Skip it', () => s.skipCheck()),
    ),
  );
}

export function checkItemPanel(s: App) {
  const taking = s.progress.check.taking;
  if (!taking) return null;
  const index = taking.ratings.length;
  const item = itemsOf(s.check, taking.set)[index]!;
  const phase = s.progress.check.before ? 'after the campaign' : 'before the campaign';
  const name = `rating-${index}`;
  const submit = (e: Event) => {
    e.preventDefault();
    const picked = (e.target as HTMLFormElement).querySelector<HTMLInputElement>(`input[name=${name}]:checked`);
    if (picked) s.rateCheck(Number(picked.value));
  };
  const scale = s.check.scale;
  // A row of seven numbers; the ends also say what they mean (read out with the number, shown below).
  const options = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => {
    const value = RATING_MIN + i;
    const end = value === RATING_MIN ? scale.low : value === RATING_MAX ? scale.high : null;
    return h(
      'label',
      { class: 'rating' },
      h('input', { type: 'radio', name, value, required: true }),
      String(value),
      end && h('span', { class: 'sr-only', text: `: ${end}` }),
    );
  });
  return panel(
    'Judgement check',
    h('h2', { tabindex: -1, text: `Judgement check, ${index + 1} of ${ITEMS_PER_SET}` }),
    h('p', { class: 'muted', text: `Taken ${phase}. Keys 1 to 7 pick a rating, Enter goes on.` }),
    h('p', { class: 'situation', text: item.situation }),
    item.finding ? h('p', { class: 'finding', text: `A check found: ${item.finding}` }) : null,
    h('blockquote', { class: 'reply', text: item.reply }),
    h(
      'form',
      { class: 'ratings', onsubmit: submit },
      h(
        'fieldset',
        {},
        h('legend', { text: scale.question }),
        ...options,
        h(
          'p',
          { class: 'scale-ends', 'aria-hidden': 'true' },
          h('span', { text: `1: ${scale.low}` }),
          h('span', { text: `7: ${scale.high}` }),
        ),
      ),
      h(
        'div',
        { class: 'menu row' },
        button(index === ITEMS_PER_SET - 1 ? 'Finish' : 'Next', () => undefined, { type: 'submit' }),
        button(index ? 'Previous' : 'Back', () => s.backCheck()),
      ),
    ),
  );
}

export function checkResultPanel(s: App) {
  const { before, after } = s.progress.check;
  if (!before) return null;
  const explain = (r: typeof before) =>
    itemsOf(s.check, r.set).map((item, i) =>
      h(
        'li',
        { class: item.good ? 'good-practice' : 'poor-practice' },
        h('p', { class: 'reply', text: `“${item.reply}”` }),
        h('p', {
          text: `You rated it ${r.ratings[i]}. ${item.good ? 'Good practice' : 'Poor practice'}: ${item.why}`,
        }),
      ),
    );
  return panel(
    'Judgement check result',
    h('h2', { tabindex: -1, text: after ? 'Your judgement, before and after' : 'Judgement check done' }),
    ...checkResultLines(
      checkScore(itemsOf(s.check, before.set), before.ratings),
      after && checkScore(itemsOf(s.check, after.set), after.ratings),
    ).map((t) => h('p', { text: t })),
    after && h('h3', { text: 'The replies you rated, with what makes each good or poor' }),
    after && h('ol', { class: 'check-items' }, ...explain(before), ...explain(after)),
    h(
      'div',
      { class: 'menu' },
      s.back === 'check-offer'
        ? button('Go to the first chapter', () => s.show('briefing'))
        : button('Done', () => s.show(s.back)),
      after && button('Take both checks again', () => s.retakeCheck()),
    ),
  );
}
