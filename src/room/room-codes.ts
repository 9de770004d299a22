// A room's code, which phones type, and the facilitator's token, which proves a projector opened the room:
// the token is given to the projector once and only its hash is kept, compared in constant time.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_LENGTH, CODE_LETTERS } from '../state/room-limits.ts';

export const newCode = () =>
  Array.from({ length: CODE_LENGTH }, () => CODE_LETTERS[randomInt(CODE_LETTERS.length)]).join('');
export const newToken = () => randomBytes(24).toString('hex');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
