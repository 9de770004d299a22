// The sizes of a room's code and a phone's nickname, apart from the protocol's schemas so that the phone page
// can read them without loading a schema library.

/** Six letters and digits with no look-alikes (no I, O, 0, 1): about a billion codes. */
export const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const NICK_MAX = 24;
