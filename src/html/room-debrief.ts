// What the debrief adds for a workshop (every team's pick at every decision, the teams side by side) and,
// for every debrief whose game it can replay, the what-if: another reply at any decision, replayed by the
// engine from there.
import type { Level, Post } from '../content/schema.ts';
import { branch } from '../core/branch.ts';
import { discernmentScore } from '../core/discernment.ts';
import { findPost, postInGame } from '../core/engine.ts';
import type { Action, GameState, NewGameOptions } from '../core/state.ts';
import { phoneVotesText, splitText, teamGame, teamTally, type Workshop } from '../state/workshop.ts';
import { METER_LABELS } from '../view/format.ts';
import { METERS } from '../content/schema.ts';
import { button, h } from './h.ts';
import { meterChart } from './meter-chart.ts';
import { endingOf, responseOf } from '../core/level-index.ts';

const label = (post: Post, id: string | null | undefined) => responseOf(post, id)?.label ?? 'no vote';

export function roomSections(level: Level, w: Workshop): HTMLElement[] {
  const decisions = w.decisions.map((d) => ({ d, post: postInGame(level, w.save, d.post) }));
  return [
    h('h3', { text: "The room's votes" }),
    h(
      'ol',
      { class: 'room-votes' },
      ...decisions.map(({ d, post }) =>
        h(
          'li',
          {},
          h('p', { class: 'what', text: `${post.author.handle}: ${post.text}` }),
          h('p', {
            class: 'choice',
            text: d.played ? `The room played: ${label(post, d.played)}` : 'The room let it go.',
          }),
          h('p', { class: 'split', text: splitText(d, post) }),
          h('p', { class: 'picks', text: w.teams.map((t, i) => `${t}: ${label(post, d.picks[i])}`).join('; ') }),
          d.phones &&
            h('p', {
              class: 'phones',
              text: `Phones: ${w.teams.map((t, i) => `${t} ${phoneVotesText(d.phones![i], post) || 'no phone votes'}`).join('; ')}`,
            }),
        ),
      ),
    ),
    h('h3', { text: 'Teams side by side' }),
    h(
      'table',
      { class: 'teams-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Team', 'Had the room followed it', 'Fair criticism owned', 'False attacks corrected', 'Discernment'].map(
            (t) => h('th', { scope: 'col', text: t }),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...w.teams.map((name, t) => {
          const own = teamGame(level, w.save, w.decisions, t);
          const ending = endingOf(level, own.ending);
          const tally = teamTally(level, w.save, w.decisions, t);
          const score = discernmentScore(tally);
          return h(
            'tr',
            {},
            h('th', { scope: 'row', text: name }),
            h('td', { text: ending ? `${ending.title} (${ending.good ? 'good' : 'bad'})` : '—' }),
            h('td', { text: `${tally.owned} of ${tally.fair}` }),
            h('td', { text: `${tally.corrected} of ${tally.false}` }),
            h('td', { text: score === null ? 'nothing to tell apart' : `${score} of 100` }),
          );
        }),
      ),
    ),
  ];
}

/** Pick a decision and another reply; the engine plays the chapter again from there. */
export function whatIf(
  level: Level,
  g: GameState,
  session: NewGameOptions & { actions: readonly Action[] },
): HTMLElement {
  const result = h('div', { class: 'what-if-result', role: 'status', 'aria-label': 'What if result' });
  const decision = h('select', {});
  const reply = h('select', {});
  g.decisions.forEach((d, i) => {
    const post = findPost(level, d.post)!;
    decision.append(h('option', { value: i }, `${i + 1}. Hour ${d.hour}, ${post.author.handle}`));
  });
  const showReplies = () => {
    const d = g.decisions[Number(decision.value)];
    const post = d && findPost(level, d.post);
    reply.replaceChildren(
      ...(post?.responses.filter((r) => r.id !== d?.response).map((r) => h('option', { value: r.id }, r.label)) ?? []),
    );
  };
  decision.addEventListener('change', showReplies);
  showReplies();
  const run = () => {
    const alt = branch(level, session, session.actions, new Map([[Number(decision.value), reply.value]]));
    const ending = endingOf(level, alt.ending);
    const real = endingOf(level, g.ending);
    result.replaceChildren(
      h(
        'p',
        {},
        `With “${reply.selectedOptions[0]?.textContent}” the chapter would have ended at hour ${alt.hour} with “${ending?.title}” (${ending?.good ? 'a good ending' : 'a bad ending'}), instead of “${real?.title}”.`,
      ),
      h(
        'p',
        {},
        METERS.map((m) => `${METER_LABELS[m]} ${Math.round(alt.values[m])} (played: ${Math.round(g.values[m])})`).join(
          ', ',
        ),
      ),
      meterChart('The meters as played (solid) and in the what-if (dashed)', [
        { samples: g.samples, dashed: false },
        { samples: alt.samples, dashed: true },
      ]),
    );
  };
  return h(
    'section',
    { class: 'what-if', 'aria-label': 'What if' },
    h('h3', { text: 'What if?' }),
    h(
      'p',
      { class: 'what-if-help' },
      'Choose a decision and another reply: the chapter is played again from there with the same chances. Later replies stay where they still fit; posts never seen go unanswered.',
    ),
    g.decisions.length
      ? h(
          'div',
          { class: 'what-if-form' },
          h('label', { class: 'field' }, h('span', { text: 'Decision' }), decision),
          h('label', { class: 'field' }, h('span', { text: 'Reply instead' }), reply),
          button('Replay from here', run),
        )
      : h('p', { text: 'There was no decision to change.' }),
    result,
  );
}
