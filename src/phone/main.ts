// The phone page (/join): join a workshop's room with its code, pick a team, then vote on each post from the
// phone while the projector shows the feed. Light on purpose (no Phaser, no schema library): Socket.IO's
// client and this file. A phone that drops (screen lock, Wi-Fi) rejoins as itself, its vote kept.
//
// Its words come chosen: the room server picks them with i18next in the phone's language (the join link's,
// else the browser's) and puts them in the page as data; the phone only fills its values in. The i18n
// library itself would double the page's weight (its budget is 30 KB). Served elsewhere, it speaks English.
import { io } from 'socket.io-client';
import { h } from '../html/h.ts';
import english from '../i18n/en/phone.json';
import { CODE_LENGTH, NICK_MAX } from '../state/room-limits.ts';
import type { JoinAck, PeekAck, PhoneView, VoteAck } from '../state/room-protocol.ts';
import './phone.css';

interface Membership {
  code: string;
  team: number;
  nick: string;
}

type Words = typeof english;
const words: Words = { ...english, ...JSON.parse(document.getElementById('words')?.textContent || '{}') };
/** A phrase with its values put in. */
const phrase = (key: keyof Words, values: Record<string, string | number> = {}) =>
  words[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

const ID_KEY = 'hot-seat/phone-id';
const ROOM_KEY = 'hot-seat/phone-room';
const root = document.getElementById('phone')!;
const socket = io({ reconnectionDelayMax: 2000, query: { lang: document.documentElement.lang } });

/** Storage that may be refused (private browsing): the page then works for this visit only. */
const stored = {
  get: (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string | null) => {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // kept in memory only
    }
  },
};

/** This phone's name to the server: random, kept, so that coming back counts as the same phone. */
function phoneId(): string {
  const known = stored.get(ID_KEY);
  if (known && /^[0-9a-f]{32}$/.test(known)) return known;
  const id = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  stored.set(ID_KEY, id);
  return id;
}

function savedMembership(): Membership | null {
  try {
    const m = JSON.parse(stored.get(ROOM_KEY) ?? 'null') as Membership | null;
    return m && typeof m.code === 'string' && Number.isInteger(m.team) ? m : null;
  } catch {
    return null;
  }
}

const phone = phoneId();
const linked = new URLSearchParams(location.search).get('code')?.toUpperCase() ?? '';
let member: Membership | null = savedMembership();
// A link to another room than the one this phone was in starts afresh.
if (member && linked && member.code !== linked) member = null;
let view: PhoneView | null = null;
let mine: string | null = null;
const status = h('p', { role: 'status' });
const timer = h('p', { class: 'countdown', role: 'timer', 'aria-label': phrase('countdown') });

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
function showClock(left: number | null, running: boolean) {
  timer.textContent = left === null ? '' : phrase(running ? 'left' : 'leftPaused', { time: clock(left) });
}

function joinForm(problem = '') {
  const code = h('input', {
    type: 'text',
    name: 'code',
    id: 'code',
    maxlength: CODE_LENGTH,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    value: member?.code ?? linked,
  });
  const teams = h('fieldset', { class: 'teams', hidden: true }, h('legend', { text: phrase('team') }));
  const nick = h('input', {
    type: 'text',
    id: 'nick',
    maxlength: NICK_MAX,
    autocomplete: 'nickname',
    value: member?.nick ?? '',
  });
  status.textContent = problem;
  status.className = problem ? 'problem' : '';
  let asked = '';
  const lookUp = () => {
    const c = code.value.trim().toUpperCase();
    if (c.length !== CODE_LENGTH || c === asked) return;
    asked = c;
    socket.emit('peek', { code: c }, (a: PeekAck) => {
      if (c !== code.value.trim().toUpperCase()) return;
      if (!a.ok) {
        asked = '';
        teams.hidden = true;
        return say(a.error, true);
      }
      say('');
      teams.replaceChildren(
        h('legend', { text: phrase('team') }),
        ...a.teams.map((name, i) =>
          h('label', { class: 'team' }, h('input', { type: 'radio', name: 'team', value: i, required: true }), name),
        ),
      );
      teams.hidden = false;
    });
  };
  code.addEventListener('input', lookUp);
  const join = (e: Event) => {
    e.preventDefault();
    const picked = teams.querySelector<HTMLInputElement>('input[name="team"]:checked');
    const c = code.value.trim().toUpperCase();
    if (c.length !== CODE_LENGTH) return say(phrase('codeLength', { count: CODE_LENGTH }), true);
    if (!picked) return say(phrase(teams.hidden ? 'checking' : 'pickTeam'), true);
    joinRoom({ code: c, team: Number(picked.value), nick: nick.value.trim() });
  };
  root.replaceChildren(
    h('h1', { text: phrase('joinTitle') }),
    h(
      'form',
      { onsubmit: join, novalidate: true },
      h('label', { for: 'code' }, phrase('roomCode'), code),
      teams,
      h('label', { for: 'nick' }, phrase('nickname'), nick),
      h('button', { type: 'submit' }, phrase('join')),
    ),
    status,
  );
  if (!code.value) code.focus();
  lookUp();
}

function say(text: string, problem = false) {
  status.textContent = text;
  status.className = problem ? 'problem' : '';
}

function joinRoom(m: Membership) {
  socket.emit('join', { ...m, phone }, (a: JoinAck) => {
    if (!a.ok) {
      member = null;
      stored.set(ROOM_KEY, null);
      return joinForm(a.error);
    }
    member = m;
    stored.set(ROOM_KEY, JSON.stringify(m));
    mine = a.mine;
    show(a.view);
    if (pending?.decision === a.view.decision) sendPending();
  });
}

/** The vote tapped but not yet taken by the server: sent again once the phone is back in the room. */
let pending: { decision: number; reply: string } | null = null;

function vote(reply: string) {
  if (!view) return;
  pending = { decision: view.decision, reply };
  sendPending();
}

function sendPending() {
  const p = pending;
  if (!p) return;
  // Not queued while offline: a vote sent before the phone has rejoined would be refused.
  if (!socket.connected) return say(phrase('waiting'));
  say(phrase('sending'));
  socket.timeout(4000).emit('vote', p, (err: Error | null, a: VoteAck) => {
    if (pending !== p) return;
    if (err) return say(phrase('waiting'));
    pending = null;
    if (!a.ok) return say(a.error, true);
    mine = a.mine;
    render();
  });
}

function show(v: PhoneView) {
  if (view && v.decision !== view.decision) {
    mine = null;
    pending = null;
  }
  view = v;
  render();
}

function render() {
  if (!view || !member) return joinForm();
  const v = view;
  const team = v.teams[member.team] ?? '';
  const focused = document.activeElement?.getAttribute('data-reply');
  const head = [
    h('h1', { text: phrase('room', { code: v.code }) }),
    h('p', {
      class: 'where',
      text: phrase(member.nick ? 'whereNick' : 'where', { team, nick: member.nick, chapter: v.chapter }),
    }),
  ];
  showClock(v.left, v.running);
  if (v.phase === 'closed') {
    stored.set(ROOM_KEY, null);
    member = null;
    root.replaceChildren(h('h1', { text: phrase('closed') }), h('p', { text: phrase('thanks') }));
    return;
  }
  if (v.phase === 'vote' && v.post) {
    const picked = v.replies.find((r) => r.id === mine);
    const n = picked ? v.replies.indexOf(picked) + 1 : 0;
    say(pending ? phrase('waiting') : picked ? phrase('voteIn', { n, label: picked.label }) : phrase('pickReply'));
    root.replaceChildren(
      ...head,
      timer,
      h(
        'article',
        { class: 'post', 'aria-label': v.post.author },
        h('p', { class: 'author', text: v.post.author }),
        h('p', { text: v.post.text }),
        v.post.quote ? h('blockquote', { text: v.post.quote }) : null,
        v.post.findings.length > 0 &&
          h(
            'ul',
            { class: 'findings', 'aria-label': phrase('found') },
            ...v.post.findings.map((f) => h('li', { text: f })),
          ),
      ),
      h(
        'div',
        { role: 'group', 'aria-label': phrase('responses'), class: 'responses' },
        ...v.replies.map((r, i) =>
          h(
            'button',
            { type: 'button', 'aria-pressed': String(r.id === mine), 'data-reply': r.id, onclick: () => vote(r.id) },
            phrase('reply', { n: i + 1, label: r.label }),
          ),
        ),
      ),
      status,
    );
    if (focused) root.querySelector<HTMLElement>(`[data-reply="${CSS.escape(focused)}"]`)?.focus();
    return;
  }
  say('');
  const words =
    v.phase === 'judgement'
      ? [h('p', { text: phrase('judgement') })]
      : v.result
        ? [
            h('h2', { text: v.result.heading }),
            h('p', { text: v.result.split }),
            v.result.answer ? h('p', { text: v.result.answer }) : '',
            h('p', {
              class: 'where',
              text: phrase(v.phase === 'ended' ? 'over' : 'next'),
            }),
          ]
        : [h('p', { text: phrase('firstPost') })];
  root.replaceChildren(...head, ...words, status);
}

socket.on('connect', () => {
  if (member) joinRoom(member);
});
socket.on('disconnect', () => say(phrase('reconnecting')));
socket.on('view', show);
socket.on('clock', ({ left, running }: { left: number | null; running: boolean }) => {
  if (!view) return;
  view = { ...view, left, running };
  showClock(left, running);
});
const rejoining = savedMembership();
if (member && rejoining) root.replaceChildren(h('h1', { text: phrase('joining', { code: rejoining.code }) }), status);
else joinForm();
