// The room on the projector, beside the teams: the code and the QR code of the join address while phones
// join, how many phones are in each team and how many have voted, and whether the vote ends by itself once
// every phone has voted. One element, updated in place, so the QR picture is not fetched again.
import type { App } from '../state/store.ts';
import { h } from './h.ts';

export function createRoomPanel() {
  const code = h('output', { id: 'room-code', class: 'room-code' });
  const link = h('a', { class: 'join-link', target: '_blank', rel: 'noopener' });
  const qr = h('img', { class: 'qr', alt: 'QR code of the join address', width: 200, height: 200 });
  const counts = h('p', { class: 'phone-counts' });
  const line = h('p', { class: 'room-line', role: 'status' });
  const autoEnd = h('input', { type: 'checkbox' });
  let shown = '';
  let act: App | null = null;
  autoEnd.addEventListener('change', () => act?.setRoomAutoEnd(autoEnd.checked));
  const root = h(
    'section',
    { class: 'room', 'aria-label': 'Phones' },
    qr,
    h('label', { for: 'room-code', text: 'Room code' }),
    code,
    h('p', { class: 'join-caption', text: 'Join address' }),
    link,
    counts,
    line,
    h('label', { class: 'choice' }, autoEnd, 'End the vote when every phone has voted'),
  );

  function update(s: App) {
    act = s;
    const room = s.workshop?.room;
    if (!room) return null;
    if (room.code && room.join && room.code !== shown) {
      shown = room.code;
      code.textContent = room.code;
      link.href = room.join;
      link.textContent = room.join;
      link.setAttribute('aria-label', `Join address: ${room.join}`);
      qr.src = `room/qr/${room.code}.svg`;
    }
    root.classList.toggle('opening', !room.code);
    // Once the room is under way the QR code shrinks, for latecomers only, and the teams keep their place.
    root.classList.toggle('started', Boolean(s.workshop!.decisions.length || s.workshop!.at));
    autoEnd.checked = room.autoEnd;
    const teams = s.roomTally?.teams ?? [];
    const joined = teams.reduce((n, t) => n + t.joined, 0);
    const voted = teams.reduce((n, t) => n + t.voted, 0);
    counts.textContent = `Phones: ${joined} joined, ${voted} voted`;
    line.textContent = !room.code
      ? 'Opening a room…'
      : s.roomOnline
        ? ''
        : 'Reconnecting to the room server… votes from phones wait until it answers.';
    return root;
  }

  return { update };
}

/** A team's phones in words, for its button: "2 of 3 phones voted". */
export function teamPhones(s: App, team: number): string {
  const t = s.workshop?.room && s.roomTally?.teams[team];
  if (!t?.joined) return '';
  return ` · ${t.voted} of ${t.joined} ${t.joined === 1 ? 'phone' : 'phones'} voted`;
}
