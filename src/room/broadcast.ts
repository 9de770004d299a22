// What the server sends without being asked: a room's tally to its projector, its view to its phones when
// what they show changes (just the clock when only the countdown moved), and the end of a closed room.
// A room's projector and its phones are two Socket.IO rooms, named here.
import type { PhoneView } from '../state/room-protocol.ts';
import type { Room } from './room.ts';
import type { RoomContext } from './room-context.ts';

export const hostsOf = (code: string) => `host:${code}`;
export const phonesOf = (code: string) => `phones:${code}`;

type Parts = Pick<RoomContext, 'io' | 'now'>;

/** The votes so far, to the room's projector. */
export const tallyTo = ({ io, now }: Parts, room: Room) => io.to(hostsOf(room.code)).emit('tally', room.tally(now()));

/** What changed for the room's phones since they were shown `before`, and a new tally when the vote moved on. */
export function sendChange(parts: Parts, room: Room, before: PhoneView) {
  const after = room.view;
  const phones = parts.io.to(phonesOf(room.code));
  // The countdown alone changes every second: phones get just the clock then, and nothing when nothing
  // they show changed (a team's pick moving on the projector).
  const same = (v: PhoneView) => JSON.stringify({ ...v, left: 0, running: false });
  if (same(before) !== same(after)) phones.emit('view', after);
  else if (before.left !== after.left || before.running !== after.running)
    phones.emit('clock', { left: after.left, running: after.running });
  if (before.decision !== after.decision || before.phase !== after.phase) tallyTo(parts, room);
}

/** Tells the room's phones it is over, and lets them go. */
export function sendClosed({ io }: Parts, room: Room) {
  const phones = phonesOf(room.code);
  io.to(phones).emit('view', { ...room.view, phase: 'closed', post: null, replies: [], result: null });
  io.in(phones).socketsLeave(phones);
}
