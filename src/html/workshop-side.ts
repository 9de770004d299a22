// The workshop's side column on the projector, beside the decision: each team's vote and the show of hands,
// the checks the room may run, and the rest of the feed, quieter.
import type { Check, Response } from '../content/schema.ts';
import { findPost } from '../core/engine.ts';
import { t } from '../i18n/i18n.ts';
import type { App } from '../state/store.ts';
import type { Workshop } from '../state/workshop.ts';
import { CHECK_ACTIONS, CHECK_KEYS, CHECK_TOPICS, hoursLeft, hoursText } from '../view/format.ts';
import { h } from './h.ts';
import { choiceButton } from './reply-buttons.ts';
import { teamPhones } from './room-panel.ts';

/**
 * The checks the room may run on the post it votes on, short and beside the teams, so that the post and
 * its replies keep the main column.
 */
export function checksPanel(s: App, checks: readonly Check[]) {
  if (!checks.length) return null;
  return h(
    'div',
    { role: 'group', 'aria-label': t('workshop.view.checks'), class: 'checks' },
    ...checks.map((c) =>
      choiceButton(
        CHECK_KEYS[c.check],
        CHECK_TOPICS[c.check],
        t('workshop.view.checkHours', { hours: c.hours }),
        () => s.roomCheck(c.check),
        {
          'data-focus': `c-${c.check}`,
          'aria-label': t('workshop.view.checkLabel', {
            key: CHECK_KEYS[c.check],
            action: CHECK_ACTIONS[c.check],
            hours: hoursText(c.hours),
          }),
        },
      ),
    ),
  );
}

/** Each team's vote so far (hidden until the vote ends), and the show of hands instead. */
export function teamsPanel(s: App, w: Workshop, responses: readonly Response[]) {
  return h(
    'div',
    { class: 'votes' },
    h(
      'div',
      { role: 'group', 'aria-label': t('workshop.view.teams'), class: 'teams' },
      ...w.teams.map((name, team) => {
        const state = w.picks[team] ? 'voted' : team === w.teamUp ? 'up' : 'waiting';
        return h(
          'button',
          {
            type: 'button',
            onclick: () => s.setTeamUp(team),
            'aria-pressed': String(team === w.teamUp),
            'data-focus': `t${team}`,
            class: w.picks[team] ? 'voted' : '',
          },
          `${t(`workshop.view.${state}`, { name })}${teamPhones(s, team)}`,
        );
      }),
    ),
    showOfHands(s, responses),
  );
}

/** A room without phones counts hands for each reply, and the counts stand for the teams' votes. */
function showOfHands(s: App, responses: readonly Response[]) {
  const hands = responses.map((r) =>
    h('input', {
      type: 'number',
      min: 0,
      value: 0,
      'aria-label': t('workshop.view.hands', { reply: r.label }),
      'data-response': r.id,
    }),
  );
  return h(
    'details',
    { class: 'hands' },
    h('summary', { text: t('workshop.view.showOfHands') }),
    h(
      'form',
      {
        onsubmit: (e) => {
          e.preventDefault();
          s.enterHands(Object.fromEntries(hands.map((i) => [i.dataset.response!, Math.max(0, Number(i.value) || 0)])));
        },
      },
      ...hands.map((input, i) =>
        h('label', { class: 'field' }, h('span', { text: `${i + 1}. ${responses[i]!.label}` }), input),
      ),
      h('button', { type: 'submit' }, t('workshop.view.useCounts')),
    ),
  );
}

/** The rest of the feed, newest first: secondary, one line each. */
export function otherPosts(s: App, currentId?: string) {
  const level = s.level!;
  const game = s.game!;
  const items = game.feed
    .filter((f) => f.id !== currentId)
    .slice(-8)
    .reverse();
  return h(
    'div',
    { role: 'log', 'aria-label': t('workshop.view.feed'), class: 'other-posts' },
    ...items.map((item) => {
      const post = findPost(level, item.id)!;
      const state =
        item.status === 'open'
          ? t('workshop.view.open', { left: hoursLeft(item, post, game.hour) })
          : t(item.status === 'answered' ? 'workshop.view.answered' : 'workshop.view.expired');
      return h(
        'article',
        { 'aria-label': `${post.author.name} ${post.author.handle}`, 'data-status': item.status },
        h('p', { class: 'author', text: `${post.author.handle} · ${state}` }),
        h('p', { class: 'text', text: post.text }),
      );
    }),
  );
}
