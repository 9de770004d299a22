// A room server for the tests, on loopback and a free port, with a fresh folder for its rooms; and the
// projector's and the phones' sides of it as plain Socket.IO clients.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { loadAllLevels, readJudgementBank, readStorm, loadTranslatedContent } from '../../src/data-files/load.ts';
import { chapterResolver } from '../../src/core/storm.ts';
import { startRoomServer } from '../../src/room/server.ts';
import { memoryStorage } from '../../src/state/browser-storage.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { OpenAck } from '../../src/state/room-protocol.ts';
import { createAppStore } from '../../src/state/store.ts';
import type { Workshop } from '../../src/state/workshop.ts';

export const levels = loadAllLevels();
const judgementBank = readJudgementBank();
export const resolve = chapterResolver(levels, readStorm());
const translated = loadTranslatedContent('zh-CN');
export const chinese = translated.levels;

export async function testServer(dataDir = mkdtempSync(join(tmpdir(), 'rooms-')), redis?: string) {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  const server = await startRoomServer({
    port: 0,
    host: '127.0.0.1',
    dist,
    dataDir,
    resolve,
    translated: { 'zh-CN': chapterResolver(chinese, translated.storm) },
    redis,
    publicUrl: (port) => `http://127.0.0.1:${port}`,
    log: () => {},
  });
  return { ...server, dataDir, dist, url: `http://127.0.0.1:${server.port}` };
}

/** A workshop's store, set up as the projector sets it up with "Open a room". */
export function projectorStore(teams = ['Ravens', 'Otters', 'Foxes'], seed = 7) {
  const store = createAppStore({ levels, judgementBank, storage: memoryStorage(), newSeed: () => seed });
  store.getState().startWorkshop({ teams, seconds: 60, chapters: [levels[0]!.id], seed, room: true });
  return store;
}

/** The workshop as the projector sends it (without its token). */
export const shared = ({ room: _room, ...w }: Workshop) => w;

/** A connected client (saying its page's language, as the pages do); every test closes its clients. */
export async function client(url: string, language?: Language): Promise<Socket> {
  const s = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, query: { lang: language } });
  await new Promise<void>((done, fail) => {
    s.once('connect', () => done());
    s.once('connect_error', fail);
  });
  return s;
}

/** Emits and waits for the server's answer. */
export const ask = <T = { ok: boolean; error?: string }>(s: Socket, event: string, msg?: unknown): Promise<T> =>
  s.timeout(5000).emitWithAck(event, msg) as Promise<T>;

/** Opens a room from a projector store; gives back the projector's socket and the room's code and token. */
export async function openRoom(url: string, store = projectorStore(), language?: Language) {
  const projector = await client(url);
  const a = await ask<OpenAck>(projector, 'open', { workshop: shared(store.getState().workshop!), language });
  if (!a.ok) throw new Error(a.error);
  return { projector, store, code: a.code, token: a.token, join: a.join };
}

/** The next message of this kind (failing after 5 s). */
export const next = <T>(s: Socket, event: string): Promise<T> =>
  new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${event} message within 5 s`)), 5000);
    s.once(event, (m: T) => {
      clearTimeout(timer);
      done(m);
    });
  });

export const phoneId = (n: number) => n.toString(16).padStart(32, '0');
