// The workshop on the projector, as HTML large enough for the back of a room (no text under 28 px): the
// post being decided and its replies, the teams' votes, the meters, the countdown (a `timer`) and the
// facilitator's buttons; the rest of the feed beside it, quieter. After each decision the room sees the
// split and what it did, and may stop to discuss it.
import { lessonText } from '../view/story.ts';
import type { Check, Response } from '../content/schema.ts';
import { METERS } from '../content/terms.ts';
import { findingsFor, findPost, postInGame, replay, replyCost } from '../core/engine.ts';
import { t } from '../i18n/i18n.ts';
import { type App, currentChoices } from '../state/store.ts';
import { splitText, type Workshop } from '../state/workshop.ts';
import {
  answerShown,
  CHECK_ACTIONS,
  CHECK_KEYS,
  CHECK_TOPICS,
  chapterName,
  findingText,
  hoursLeft,
  hourText,
  hoursText,
  kindWords,
  METER_LABELS,
  movedText,
  shares,
} from '../view/format.ts';
import { clock, WORKSHOP_KEYS } from '../view/workshop.ts';
import { button, h } from './h.ts';
import { createRoomPanel, teamPhones } from './room-panel.ts';
import { responseOf } from '../core/level-index.ts';

const keyed = (label: string, key: string, onClick: () => void) =>
  button(label, onClick, { 'aria-keyshortcuts': key === '+' ? 'Plus' : key, title: t('workshop.keys.title', { key }) });

export function createWorkshopView() {
  const root = h('section', { class: 'workshop', 'aria-label': t('workshop.view.label'), hidden: true });
  const timer = h('div', { role: 'timer', 'aria-label': t('workshop.view.countdown'), class: 'countdown' });
  const room = createRoomPanel();
  let shownKey: unknown[] = [];

  function update(s: App) {
    const w = s.workshop;
    const on = s.screen === 'workshop' && Boolean(w && s.game && s.level);
    root.hidden = !on;
    if (!on || !w) return;
    const counting = w.phase === 'vote' && w.left !== null;
    timer.replaceChildren(
      w.phase !== 'vote'
        ? t('workshop.view.voteOver')
        : w.left === null
          ? t('workshop.view.noCountdown')
          : w.running
            ? clock(w.left)
            : t('workshop.view.paused', { clock: clock(w.left) }),
      counting ? h('span', { class: 'sr-only', text: t('workshop.view.secondsLeft', { seconds: w.left }) }) : '',
    );
    timer.classList.toggle('urgent', counting && (w.left ?? 0) <= 10);
    const key = [s.game, w.phase, w.picks, w.up, w.running, w.teams, s.level, w.room, s.roomTally, s.roomOnline];
    if (key.every((k, i) => k === shownKey[i])) return;
    shownKey = key;
    const focused = document.activeElement?.closest('[data-focus]')?.getAttribute('data-focus');
    root.replaceChildren(...build(s, w));
    if (focused) root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
  }

  function build(s: App, w: Workshop): Node[] {
    const level = s.level!;
    const game = s.game!;
    const current = w.phase === 'vote' ? currentChoices(s) : null;
    const header = h(
      'header',
      { class: 'workshop-bar' },
      h('h2', { text: t('workshop.view.chapter', { name: chapterName(level) }) }),
      timer,
      h(
        'div',
        { class: 'facilitator', role: 'group', 'aria-label': t('workshop.view.facilitator') },
        w.phase === 'vote' &&
          w.left !== null &&
          keyed(t(w.running ? 'workshop.view.pause' : 'workshop.view.resume'), WORKSHOP_KEYS.pause, () =>
            s.toggleCountdown(),
          ),
        w.phase === 'vote' &&
          w.left !== null &&
          keyed(t('workshop.view.extend'), WORKSHOP_KEYS.extend, () => s.extendCountdown()),
        w.phase === 'vote' && keyed(t('workshop.view.endVote'), WORKSHOP_KEYS.end, () => s.decide()),
      ),
    );
    const meters = h(
      'div',
      { class: 'big-meters' },
      ...METERS.map((m) => {
        const v = Math.round(game.values[m]);
        const bar = h('div', {
          role: 'meter',
          'aria-label': METER_LABELS[m],
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': v,
          class: 'bar',
        });
        // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
        bar.style.setProperty('--value', `${v}%`);
        return h('div', { class: 'big-meter', 'data-meter': m }, h('span', { text: `${METER_LABELS[m]} ${v}` }), bar);
      }),
    );
    const main = current ? votePanel(s, current) : w.phase === 'discuss' ? discussPanel(s, w) : resultPanel(s, w);
    const side = h(
      'div',
      { class: 'side' },
      room.update(s),
      h('p', {
        class: 'status',
        text: t('workshop.view.status', { hour: hourText(game.hour, level.hours), decision: w.decisions.length + 1 }),
      }),
      current && teamsPanel(s, w, current.responses),
      current && checksPanel(s, current.checks),
      otherPosts(s, current?.item.id),
      button(t('workshop.view.leave'), () => confirm(t('workshop.view.leaveConfirm')) && s.endWorkshop()),
    );
    return [header, meters, h('div', { class: 'stage' }, main, side)];
  }

  function votePanel(s: App, current: NonNullable<ReturnType<typeof currentChoices>>) {
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
        ...responses.map((r, i) =>
          h(
            'button',
            { type: 'button', onclick: () => s.vote(r.id), 'data-focus': `r${i}` },
            `${i + 1}. ${r.label}`,
            h('span', {
              class: 'meta',
              text: s.settings.showKinds
                ? t('workshop.view.metaKind', { kind: kindWords(r.kind), hours: hoursText(replyCost(r, game)) })
                : t('workshop.view.meta', { hours: hoursText(replyCost(r, game)) }),
            }),
          ),
        ),
      ),
    );
  }

  /**
   * The checks the room may run on the post it votes on, short and beside the teams, so that the post and
   * its replies keep the main column.
   */
  function checksPanel(s: App, checks: readonly Check[]) {
    if (!checks.length) return null;
    return h(
      'div',
      { role: 'group', 'aria-label': t('workshop.view.checks'), class: 'checks' },
      ...checks.map((c) =>
        h(
          'button',
          {
            type: 'button',
            onclick: () => s.roomCheck(c.check),
            'data-focus': `c-${c.check}`,
            'aria-label': t('workshop.view.checkLabel', {
              key: CHECK_KEYS[c.check],
              action: CHECK_ACTIONS[c.check],
              hours: hoursText(c.hours),
            }),
          },
          `${CHECK_KEYS[c.check]}. ${CHECK_TOPICS[c.check]}`,
          h('span', { class: 'meta', text: t('workshop.view.checkHours', { hours: c.hours }) }),
        ),
      ),
    );
  }

  /** Each team's vote so far (hidden until the vote ends), and the show of hands instead. */
  function teamsPanel(s: App, w: Workshop, responses: readonly Response[]) {
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
      'div',
      { class: 'votes' },
      h(
        'div',
        { role: 'group', 'aria-label': t('workshop.view.teams'), class: 'teams' },
        ...w.teams.map((name, team) => {
          const state = w.picks[team] ? 'voted' : team === w.up ? 'up' : 'waiting';
          return h(
            'button',
            {
              type: 'button',
              onclick: () => s.setTeamUp(team),
              'aria-pressed': String(team === w.up),
              'data-focus': `t${team}`,
              class: w.picks[team] ? 'voted' : '',
            },
            `${t(`workshop.view.${state}`, { name })}${teamPhones(s, team)}`,
          );
        }),
      ),
      h(
        'details',
        { class: 'hands' },
        h('summary', { text: t('workshop.view.showOfHands') }),
        h(
          'form',
          {
            onsubmit: (e) => {
              e.preventDefault();
              s.enterHands(
                Object.fromEntries(hands.map((i) => [i.dataset.response!, Math.max(0, Number(i.value) || 0)])),
              );
            },
          },
          ...hands.map((input, i) =>
            h('label', { class: 'field' }, h('span', { text: `${i + 1}. ${responses[i]!.label}` }), input),
          ),
          h('button', { type: 'submit' }, t('workshop.view.useCounts')),
        ),
      ),
    );
  }

  /** The decision just played: the split, the reply, and what it did to the meters. */
  function resultPanel(s: App, w: Workshop) {
    const level = s.level!;
    const game = s.game!;
    const last = w.decisions.at(-1);
    const post = last && postInGame(level, game, last.post);
    const played = post && responseOf(post, last?.played);
    const before = s.save ? replay(level, s.save, s.save.actions.slice(0, -1)).values : game.values;
    const moved = Object.fromEntries(METERS.map((m) => [m, game.values[m] - before[m]]));
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
      h(
        'div',
        { class: 'facilitator', role: 'group', 'aria-label': t('workshop.view.nextStep') },
        keyed(t('workshop.view.discuss'), WORKSHOP_KEYS.discuss, () => s.discuss()),
        keyed(t('workshop.view.nextDecision'), WORKSHOP_KEYS.next, () => s.nextDecision()),
      ),
    );
  }

  function discussPanel(s: App, w: Workshop) {
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
      h(
        'div',
        { class: 'facilitator', role: 'group', 'aria-label': t('workshop.view.nextStep') },
        keyed(t('workshop.view.resume'), WORKSHOP_KEYS.discuss, () => s.discuss()),
        keyed(t('workshop.view.nextDecision'), WORKSHOP_KEYS.next, () => s.nextDecision()),
      ),
    );
  }

  /** The rest of the feed, newest first: secondary, one line each. */
  function otherPosts(s: App, currentId?: string) {
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

  return { root, update };
}
