// What the debrief adds for a workshop (every team's pick at every decision, the teams side by side) and,
// for every debrief whose game it can replay, the what-if: another reply at any decision, replayed by the
// engine from there.
import type { Level, Post } from '../content/schema.ts';
import { branch } from '../core/branch.ts';
import { discernmentScore } from '../core/discernment.ts';
import { findPost, postInGame } from '../core/engine.ts';
import type { GameLog, GameState } from '../core/state.ts';
import { t } from '../i18n/i18n.ts';
import { phoneVotesText, splitText, teamGame, teamTally, type Workshop } from '../state/workshop.ts';
import { METER_LABELS } from '../view/format.ts';
import { METERS } from '../content/terms.ts';
import { button, h } from './h.ts';
import { meterChart } from './meter-chart.ts';
import { endingOf, responseOf } from '../core/level-index.ts';

const label = (post: Post, id: string | null | undefined) =>
  responseOf(post, id)?.label ?? t('workshop.debrief.noVote');

export function roomSections(level: Level, w: Workshop): HTMLElement[] {
  const decisions = w.decisions.map((d) => ({ d, post: postInGame(level, w.save, d.post) }));
  return [
    h('h3', { text: t('workshop.debrief.votes') }),
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
            text: d.played
              ? t('workshop.debrief.played', { reply: label(post, d.played) })
              : t('workshop.debrief.letGo'),
          }),
          h('p', { class: 'split', text: splitText(d, post) }),
          h('p', {
            class: 'picks',
            text: w.teams
              .map((team, i) => t('workshop.debrief.pick', { team, reply: label(post, d.picks[i]) }))
              .join(t('workshop.debrief.separator')),
          }),
          d.phones && h('p', { class: 'phones', text: phonesText(w.teams, d.phones, post) }),
        ),
      ),
    ),
    h('h3', { text: t('workshop.debrief.sideBySide') }),
    h(
      'table',
      { class: 'teams-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['team', 'followed', 'owned', 'corrected', 'discernment'] as const).map((k) =>
            h('th', { scope: 'col', text: t(`workshop.debrief.${k}`) }),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...w.teams.map((name, team) => {
          const own = teamGame(level, w.save, w.decisions, team);
          const ending = endingOf(level, own.ending);
          const tally = teamTally(level, w.save, w.decisions, team);
          const score = discernmentScore(tally);
          return h(
            'tr',
            {},
            h('th', { scope: 'row', text: name }),
            h('td', {
              text: ending
                ? t(ending.good ? 'workshop.debrief.goodEnding' : 'workshop.debrief.badEnding', { title: ending.title })
                : '—',
            }),
            h('td', { text: t('workshop.debrief.outOf', { number: tally.owned, total: tally.fair }) }),
            h('td', { text: t('workshop.debrief.outOf', { number: tally.corrected, total: tally.false }) }),
            h('td', {
              text: score === null ? t('workshop.debrief.nothingToTell') : t('workshop.debrief.score', { score }),
            }),
          );
        }),
      ),
    ),
  ];
}

/** Each team's phone votes at a decision, "Ravens 3 phones: …; Otters no phone votes". */
const phonesText = (teams: readonly string[], phones: readonly Record<string, number>[], post: Post) =>
  t('workshop.debrief.phones', {
    teams: teams
      .map((team, i) =>
        t('workshop.debrief.teamPhones', {
          team,
          votes: phoneVotesText(phones[i], post) || t('workshop.debrief.noPhoneVotes'),
        }),
      )
      .join(t('workshop.debrief.separator')),
  });

/** Pick a decision and another reply; the engine plays the chapter again from there. */
export function whatIf(level: Level, g: GameState, session: GameLog): HTMLElement {
  const result = h('div', { class: 'what-if-result', role: 'status', 'aria-label': t('workshop.whatIf.result') });
  const decision = h('select', {});
  const reply = h('select', {});
  g.decisions.forEach((d, i) => {
    const post = findPost(level, d.post)!;
    decision.append(
      h(
        'option',
        { value: i },
        t('workshop.whatIf.option', { number: i + 1, hour: d.hour, handle: post.author.handle }),
      ),
    );
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
        t(ending?.good ? 'workshop.whatIf.good' : 'workshop.whatIf.bad', {
          reply: reply.selectedOptions[0]?.textContent,
          hour: alt.hour,
          ending: ending?.title,
          played: real?.title,
        }),
      ),
      h(
        'p',
        {},
        METERS.map((m) =>
          t('workshop.whatIf.meter', {
            meter: METER_LABELS[m],
            value: Math.round(alt.values[m]),
            played: Math.round(g.values[m]),
          }),
        ).join(t('workshop.whatIf.separator')),
      ),
      meterChart(t('workshop.whatIf.chart'), [
        { samples: g.samples, dashed: false },
        { samples: alt.samples, dashed: true },
      ]),
    );
  };
  return h(
    'section',
    { class: 'what-if', 'aria-label': t('workshop.whatIf.label') },
    h('h3', { text: t('workshop.whatIf.heading') }),
    h('p', { class: 'what-if-help' }, t('workshop.whatIf.help')),
    g.decisions.length
      ? h(
          'div',
          { class: 'what-if-form' },
          h('label', { class: 'field' }, h('span', { text: t('workshop.whatIf.decision') }), decision),
          h('label', { class: 'field' }, h('span', { text: t('workshop.whatIf.reply') }), reply),
          button(t('workshop.whatIf.replay'), run),
        )
      : h('p', { text: t('workshop.whatIf.none') }),
    result,
  );
}
