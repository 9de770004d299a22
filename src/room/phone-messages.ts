// A phone's messages on its connection: peek at a room's teams, join it (or rejoin after a reload, or move to
// another room or phone id), vote, and leave when the connection drops. Wrong codes are limited per network
// address and, since a venue's phones often share one address, far lower per connection, so that codes
// cannot be found by trying them.
import { JoinSchema, PeekSchema, VoteSchema } from '../state/room-protocol.ts';
import { phonesOf } from './broadcast.ts';
import { ack, type Connection } from './connection.ts';
import { Budget } from './limits.ts';
import type { AskPhone } from './phone-answers.ts';
import type { RoomContext } from './room-context.ts';

/** A phone's messages are tiny: anything bigger is hostile. */
const MAX_PHONE_MESSAGE_BYTES = 2048;
/** A phone mistypes a code a few times; a script trying codes would need millions. */
const WRONG_CODES_PER_CONNECTION = 10;

export function phoneMessages(c: Connection, { now, perAddress }: RoomContext, ask: AskPhone) {
  const { ip, language, refuse } = c;
  const myWrongCodes = new Budget(WRONG_CODES_PER_CONNECTION, WRONG_CODES_PER_CONNECTION / 60, now());
  /** The phone this connection joined as, and its room. */
  let phone: { id: string; code: string } | null = null;
  const unknownCode = () => {
    perAddress.wrongCodes.take(ip, now());
    myWrongCodes.take(now());
    return refuse('noSuchCode');
  };
  const tooManyTries = () => !myWrongCodes.left(now()) || !perAddress.wrongCodes.left(ip, now());
  const leave = (p: { id: string; code: string }) =>
    void ask({ event: 'leave', msg: null, code: p.code, phone: p.id, language });

  c.on('peek', PeekSchema, MAX_PHONE_MESSAGE_BYTES, async (m, cb) => {
    if (tooManyTries()) return ack(cb, refuse('tooManyCodes'));
    ack(cb, (await ask({ event: 'peek', msg: m, code: m.code, language })) ?? unknownCode());
  });
  c.on('join', JoinSchema, MAX_PHONE_MESSAGE_BYTES, async (m, cb) => {
    if (tooManyTries()) return ack(cb, refuse('tooManyCodes'));
    const answer = await ask({ event: 'join', msg: m, code: m.code, phone: m.phone, language });
    if (!answer) return ack(cb, unknownCode());
    if (answer.ok) {
      // A phone joining as another, or in another room, leaves the one it was.
      if (phone && (phone.code !== m.code || phone.id !== m.phone)) leave(phone);
      phone = { id: m.phone, code: m.code };
      c.socket.join(phonesOf(m.code));
    }
    ack(cb, answer);
  });
  c.on('vote', VoteSchema, MAX_PHONE_MESSAGE_BYTES, async (m, cb) => {
    if (!phone) return ack(cb, refuse('joinFirst'));
    ack(
      cb,
      (await ask({ event: 'vote', msg: m, code: phone.code, phone: phone.id, language })) ?? refuse('roomClosed'),
    );
  });
  c.socket.on('disconnect', () => {
    if (phone) leave(phone);
  });
}
