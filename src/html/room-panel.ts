// The room on the projector, beside the teams: the code and the QR code of the join address while phones
// join, how many phones are in each team and how many have voted, and whether the vote ends by itself once
// every phone has voted. One element, updated in place, so the QR picture is not fetched again.
import { currentLanguage, t } from '../i18n/i18n.ts';
import type { App } from '../state/store.ts';
import { h } from './h.ts';

export function createRoomPanel() {
  const code = h('output', { id: 'room-code', class: 'room-code' });
  const link = h('a', { class: 'join-link', target: '_blank', rel: 'noopener' });
  const qr = h('img', { class: 'qr', alt: t('workshop.room.qr'), width: 200, height: 200 });
  const counts = h('p', { class: 'phone-counts' });
  const line = h('p', { class: 'room-line', role: 'status' });
  const autoEnd = h('input', { type: 'checkbox' });
  let shown = '';
  let act: App | null = null;
  autoEnd.addEventListener('change', () => act?.setRoomAutoEnd(autoEnd.checked));
  const root = h(
    'section',
    { class: 'room', 'aria-label': t('workshop.room.label') },
    qr,
    h('label', { for: 'room-code', text: t('workshop.room.code') }),
    code,
    h('p', { class: 'join-caption', text: t('workshop.room.join') }),
    link,
    counts,
    line,
    h('label', { class: 'choice' }, autoEnd, t('workshop.room.autoEnd')),
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
      link.setAttribute('aria-label', t('workshop.room.joinAddress', { address: room.join }));
      qr.src = `room/qr/${room.code}.svg?lang=${currentLanguage()}`;
    }
    root.classList.toggle('opening', !room.code);
    // Once the room is under way the QR code shrinks, for latecomers only, and the teams keep their place.
    root.classList.toggle('started', Boolean(s.workshop!.decisions.length || s.workshop!.chapterIndex));
    autoEnd.checked = room.autoEnd;
    const teams = s.roomTally?.teams ?? [];
    const joined = teams.reduce((n, t) => n + t.joined, 0);
    const voted = teams.reduce((n, t) => n + t.voted, 0);
    counts.textContent = t('workshop.room.counts', { joined, voted });
    line.textContent = !room.code ? t('workshop.room.opening') : s.roomOnline ? '' : t('workshop.room.reconnecting');
    return root;
  }

  return { update };
}

/** A team's phones in words, for its button: "2 of 3 phones voted". */
export function teamPhones(s: App, team: number): string {
  const phones = s.workshop?.room && s.roomTally?.teams[team];
  if (!phones?.joined) return '';
  return t('workshop.room.teamPhones', { count: phones.joined, voted: phones.voted });
}
