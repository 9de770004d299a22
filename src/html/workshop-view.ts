// The workshop on the projector, as HTML large enough for the back of a room (no text under 28 px): the
// post being decided and its replies, the teams' votes, the meters, the countdown (a `timer`) and the
// facilitator's buttons; the rest of the feed beside it, quieter. After each decision the room sees the
// split and what it did, and may stop to discuss it.
import { lessonText } from '../content/lessons.ts';
import { type Check, METERS, type Response } from '../content/schema.ts';
import { findingsFor, findPost, postInGame, replay, replyCost } from '../core/engine.ts';
import { type App, currentChoices } from '../state/store.ts';
import { splitText, type Workshop } from '../state/workshop.ts';
import {
  answerShown,
  CHECK_ACTIONS,
  CHECK_KEYS,
  CHECK_TOPICS,
  chapterName,
  findingText,
  hourText,
  hoursLeft,
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
  button(label, onClick, { 'aria-keyshortcuts': key === '+' ? 'Plus' : key, title: `Key: ${key}` });

export function createWorkshopView() {
  const root = h('section', { class: 'workshop', 'aria-label': 'Workshop', hidden: true });
  const timer = h('div', { role: 'timer', 'aria-label': 'Countdown', class: 'countdown' });
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
        ? 'Vote over'
        : w.left === null
          ? 'No countdown'
          : `${clock(w.left)}${w.running ? '' : ' (paused)'}`,
      counting ? h('span', { class: 'sr-only', text: `, ${w.left} seconds left` }) : '',
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
      h('h2', { text: `Chapter ${chapterName(level)}` }),
      timer,
      h(
        'div',
        { class: 'facilitator', role: 'group', 'aria-label': 'Facilitator' },
        w.phase === 'vote' &&
          w.left !== null &&
          keyed(w.running ? 'Pause' : 'Resume', WORKSHOP_KEYS.pause, () => s.toggleCountdown()),
        w.phase === 'vote' && w.left !== null && keyed('+30 s', WORKSHOP_KEYS.extend, () => s.extendCountdown()),
        w.phase === 'vote' && keyed('End vote now', WORKSHOP_KEYS.end, () => s.decide()),
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
      h('p', { class: 'status', text: `${hourText(game.hour, level.hours)}, decision ${w.decisions.length + 1}` }),
      current && teamsPanel(s, w, current.responses),
      current && checksPanel(s, current.checks),
      otherPosts(s, current?.item.id),
      button('Leave workshop', () => confirm('Leave the workshop? Its progress will be lost.') && s.endWorkshop()),
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
          text: `${post.author.name} ${post.author.handle} · ${shares(item.shares)} shares, ${hoursLeft(item, post, game.hour)} to reply`,
        }),
        h('p', { class: 'text', text: post.text }),
        post.quote ? h('blockquote', { text: post.quote }) : null,
        found.length > 0 &&
          h(
            'ul',
            { class: 'findings', 'aria-label': 'What the room found' },
            ...found.map((c) => h('li', { text: findingText(c) })),
          ),
      ),
      h(
        'div',
        { role: 'group', 'aria-label': 'Responses', class: 'responses' },
        ...responses.map((r, i) =>
          h(
            'button',
            { type: 'button', onclick: () => s.vote(r.id), 'data-focus': `r${i}` },
            `${i + 1}. ${r.label}`,
            h('span', {
              class: 'meta',
              text: ` — ${s.settings.showKinds ? `${kindWords(r.kind)}, ` : ''}${hoursText(replyCost(r, game))}`,
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
      { role: 'group', 'aria-label': 'Checks', class: 'checks' },
      ...checks.map((c) =>
        h(
          'button',
          {
            type: 'button',
            onclick: () => s.roomCheck(c.check),
            'data-focus': `c-${c.check}`,
            'aria-label': `${CHECK_KEYS[c.check]}. ${CHECK_ACTIONS[c.check]}, ${hoursText(c.hours)}`,
          },
          `${CHECK_KEYS[c.check]}. ${CHECK_TOPICS[c.check]}`,
          h('span', { class: 'meta', text: ` · ${c.hours} h` }),
        ),
      ),
    );
  }

  /** Each team's vote so far (hidden until the vote ends), and the show of hands instead. */
  function teamsPanel(s: App, w: Workshop, responses: readonly Response[]) {
    const hands = responses.map((r) =>
      h('input', { type: 'number', min: 0, value: 0, 'aria-label': `Hands for ${r.label}`, 'data-response': r.id }),
    );
    return h(
      'div',
      { class: 'votes' },
      h(
        'div',
        { role: 'group', 'aria-label': 'Teams', class: 'teams' },
        ...w.teams.map((name, t) =>
          h(
            'button',
            {
              type: 'button',
              onclick: () => s.setTeamUp(t),
              'aria-pressed': String(t === w.up),
              'data-focus': `t${t}`,
              class: w.picks[t] ? 'voted' : '',
            },
            `${name}: ${w.picks[t] ? 'voted' : t === w.up ? 'up to vote' : 'waiting'}${teamPhones(s, t)}`,
          ),
        ),
      ),
      h(
        'details',
        { class: 'hands' },
        h('summary', { text: 'Show of hands' }),
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
          h('button', { type: 'submit' }, 'Use these counts'),
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
      h('h3', { text: played ? `The room chose: ${played.label}` : 'The room let an hour go by' }),
      last && post && h('p', { class: 'split', text: splitText(last, post) }),
      played && h('p', { class: 'answer', text: answerShown(played, level.persona.handle) }),
      h('p', {
        class: 'moved',
        text: movedText(moved) ? `Since the vote: ${movedText(moved)}.` : 'The meters barely moved.',
      }),
      h(
        'div',
        { class: 'facilitator', role: 'group', 'aria-label': 'Next step' },
        keyed('Discuss', WORKSHOP_KEYS.discuss, () => s.discuss()),
        keyed('Next decision', WORKSHOP_KEYS.next, () => s.nextDecision()),
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
      { class: 'decision discuss', role: 'dialog', 'aria-label': 'Discuss' },
      h('h3', { text: 'Discuss' }),
      question && h('p', { class: 'question', text: question }),
      played?.lesson && h('p', { class: 'lesson', text: `${played.lesson}. ${lessonText(level, played.lesson)}` }),
      played && h('p', { class: 'note', text: played.note }),
      h(
        'div',
        { class: 'facilitator', role: 'group', 'aria-label': 'Next step' },
        keyed('Resume', WORKSHOP_KEYS.discuss, () => s.discuss()),
        keyed('Next decision', WORKSHOP_KEYS.next, () => s.nextDecision()),
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
      { role: 'log', 'aria-label': 'Feed', class: 'other-posts' },
      ...items.map((item) => {
        const post = findPost(level, item.id)!;
        const state =
          item.status === 'open'
            ? `waiting, ${hoursLeft(item, post, game.hour)} left`
            : item.status === 'answered'
              ? 'answered'
              : 'expired';
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
