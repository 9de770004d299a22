// The projector's line to the room server, while a workshop has a room: it opens the room, sends the workshop
// after every change, takes the phones' tally back into the store, and closes the room when the workshop
// ends. Socket.IO's client is loaded only when a room is opened: a game without phones never pays for it.
import type { Socket } from 'socket.io-client';
import { currentLanguage, t } from '../i18n/i18n.ts';
import type { HostAck, OpenAck, Tally } from '../state/room-protocol.ts';
import type { AppStore } from '../state/store.ts';
import type { Workshop } from '../state/workshop.ts';

/** At most this often, the projector redraws the phones' counts (a burst of votes is one redraw). */
const TALLY_EVERY_MS = 100;

/** The workshop as the server keeps it: without the facilitator's token. */
const shared = ({ room: _room, ...w }: Workshop) => w;

export function linkRoom(store: AppStore) {
  let socket: Socket | null = null;
  /** Socket.IO's client is being loaded: changes meanwhile must not start a second line. */
  let connecting = false;
  let hosting: { code: string; token: string } | null = null;
  let waiting: Tally | null = null;
  let timer: number | undefined;

  const takeTally = (tally: Tally) => {
    waiting = tally;
    if (timer !== undefined) return;
    store.getState().phoneTally(tally);
    waiting = null;
    timer = window.setTimeout(() => {
      timer = undefined;
      if (waiting) takeTally(waiting);
    }, TALLY_EVERY_MS);
  };

  /** On every connection (the first and after each drop): open the room, or take it up again. */
  function hello(s: Socket) {
    const room = store.getState().workshop?.room;
    if (!room) return;
    if (!room.code || !room.token) {
      const w = store.getState().workshop!;
      s.emit('open', { workshop: shared(w), language: currentLanguage() }, (a: OpenAck) => {
        if (!a.ok) return store.getState().roomLost(t('workshop.room.refused', { error: a.error }));
        hosting = { code: a.code, token: a.token };
        store.getState().roomOpened(a);
      });
      return;
    }
    const asked = { code: room.code, token: room.token };
    s.emit('host', asked, (a: HostAck) => {
      if (!a.ok) return store.getState().roomLost(t('workshop.room.closed', { code: asked.code }));
      hosting = asked;
      store.getState().setRoomOnline(true);
      sendState();
      takeTally(a.tally);
    });
  }

  function sendState() {
    const w = store.getState().workshop;
    if (socket?.connected && hosting && w) socket.emit('state', { ...hosting, workshop: shared(w) });
  }

  async function connect() {
    connecting = true;
    const { io } = await import('socket.io-client');
    connecting = false;
    // The workshop may have been left while the client loaded.
    if (!store.getState().workshop?.room) return;
    const s = io({ reconnectionDelayMax: 2000, query: { lang: currentLanguage() } });
    socket = s;
    s.on('connect', () => hello(s));
    s.on('disconnect', () => store.getState().setRoomOnline(false));
    s.on('tally', takeTally);
    // A room not yet opened that cannot reach a server never will: say so. An open room keeps trying.
    s.on('connect_error', () => {
      if (!store.getState().workshop?.room?.code) store.getState().roomLost(t('workshop.room.noServer'));
    });
  }

  function unlink(close: boolean) {
    if (close && hosting) socket?.emit('close', hosting);
    const s = socket;
    socket = null;
    hosting = null;
    // The close goes out before the line is cut.
    setTimeout(() => s?.disconnect(), 500);
  }

  store.subscribe(
    (s) => s.workshop,
    (w) => {
      if (w?.room && !socket && !connecting) void connect();
      else if (!w?.room && socket) unlink(!w);
      else sendState();
    },
    { fireImmediately: true },
  );
}
