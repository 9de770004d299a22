// The room server over loopback: a projector opens a room, phones join teams and vote, the projector gets the
// tally; votes count once, only for the decision on screen and a reply on offer; the facilitator's commands
// need the token; a phone that reconnects keeps its vote; a restarted server takes its rooms back; a closed
// room leaves nothing on disk.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { JoinAck, PeekAck, PhoneView, Tally, VoteAck } from '../../src/state/room-protocol.ts';
import en from '../../src/i18n/en.ts';
import zh from '../../src/i18n/zh-CN.ts';
import { acceptedLanguages } from '../../src/room/join-page.ts';
import { currentChoices } from '../../src/state/store.ts';
import { decisionNumber } from '../../src/state/workshop.ts';
import { ask, chinese, client, next, openRoom, phoneId, projectorStore, shared, testServer } from './room-server.ts';

const open: { close(): Promise<void> }[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const s of open.splice(0)) await s.close();
});
const started = async (dir?: string) => {
  const s = await testServer(dir);
  open.push(s);
  return s;
};
const connected = async (url: string) => {
  const s = await client(url);
  sockets.push(s);
  return s;
};

describe('a room with phones', () => {
  it('lets phones join a team, vote, change their vote, and tells the projector', async () => {
    const server = await started();
    const room = await openRoom(server.url);
    sockets.push(room.projector);
    expect(room.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(room.join).toBe(`${server.url}/join?code=${room.code}`);

    const phone = await connected(server.url);
    expect(await ask<PeekAck>(phone, 'peek', { code: room.code })).toEqual({
      ok: true,
      teams: ['Ravens', 'Otters', 'Foxes'],
    });
    const tallied = next<Tally>(room.projector, 'tally');
    const joined = await ask<JoinAck>(phone, 'join', { code: room.code, team: 1, nick: 'Mia', phone: phoneId(1) });
    if (!joined.ok) throw new Error(joined.error);
    const shown = currentChoices(room.store.getState())!;
    // The phone sees the post on the projector and its replies in the order dealt there.
    expect(joined.view.phase).toBe('vote');
    expect(joined.view.post?.text).toBe(shown.post.text);
    expect(joined.view.replies.map((r) => r.label)).toEqual(shown.responses.map((r) => r.label));
    expect((await tallied).teams[1]).toEqual({ joined: 1, voted: 0, counts: {} });

    const [first, second] = joined.view.replies;
    let tally = next<Tally>(room.projector, 'tally');
    expect(await ask<VoteAck>(phone, 'vote', { decision: joined.view.decision, reply: first!.id })).toMatchObject({
      ok: true,
      mine: first!.id,
    });
    expect((await tally).teams[1]).toEqual({ joined: 1, voted: 1, counts: { [first!.id]: 1 } });
    tally = next<Tally>(room.projector, 'tally');
    await ask(phone, 'vote', { decision: joined.view.decision, reply: second!.id });
    // A changed vote replaces the first: still one vote.
    expect((await tally).teams[1]).toEqual({ joined: 1, voted: 1, counts: { [second!.id]: 1 } });
  });

  it('shows the phones of a room opened in Chinese the post and replies in Chinese, and an English room in English', async () => {
    const server = await started();
    for (const language of ['zh-CN', 'en'] as const) {
      const room = await openRoom(server.url, projectorStore(), language);
      sockets.push(room.projector);
      const phone = await connected(server.url);
      const joined = await ask<JoinAck>(phone, 'join', { code: room.code, team: 0, phone: phoneId(7) });
      if (!joined.ok) throw new Error(joined.error);
      const shown = currentChoices(room.store.getState())!;
      const translated = chinese[0]!.posts.find((p) => p.id === shown.post.id)!;
      expect(joined.view.post?.text).toBe(language === 'en' ? shown.post.text : translated.text);
      expect(/\p{Script=Han}/u.test(joined.view.post!.text)).toBe(language === 'zh-CN');
      expect(joined.view.replies.map((r) => r.id)).toEqual(shown.responses.map((r) => r.id));
    }
  });

  it('serves the phone page in the join link’s language, else the browser’s, its words as data', async () => {
    const server = await started();
    copyFileSync('join.html', join(server.dist, 'join.html'));
    const page = async (path: string, accept = '') => {
      const res = await fetch(`${server.url}${path}`, { headers: { 'Accept-Language': accept } });
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await res.text();
      const data = /<script type="application\/json" id="words">(.*?)<\/script>/.exec(html)?.[1];
      return {
        lang: /<html lang="([^"]+)">/.exec(html)?.[1],
        words: JSON.parse(data ?? '{}') as Record<string, string>,
      };
    };
    const chinese = await page('/join?code=ABCDEF&lang=zh-CN', 'en-GB');
    expect(chinese.lang).toBe('zh-CN');
    expect(chinese.words.join).toBe(zh.phone.join);
    expect((await page('/join', 'zh-CN,zh;q=0.9,en;q=0.8')).words.roomCode).toBe(zh.phone.roomCode);
    const english = await page('/join', 'fr-FR,en;q=0.5');
    expect(english).toEqual({ lang: 'en', words: en.phone });
  });

  it('tells each connection why it is refused in the language its page is in', async () => {
    const server = await started();
    const room = await openRoom(server.url);
    sockets.push(room.projector);
    for (const language of ['zh-CN', 'en'] as const) {
      const phone = await client(server.url, language);
      sockets.push(phone);
      const words = language === 'en' ? en.room : zh.room;
      expect(await ask(phone, 'peek', { code: 'ZZZZZZ' })).toEqual({ ok: false, error: words.noSuchCode });
      expect(await ask(phone, 'vote', { decision: 1, reply: 'x' })).toEqual({ ok: false, error: words.joinFirst });
      // A refusal from the room itself, too.
      const joined = await ask(phone, 'join', { code: room.code, team: 5, phone: phoneId(9) });
      expect(joined).toEqual({ ok: false, error: words.noTeam });
    }
  });

  it('reads a browser’s languages in the order it prefers them', () => {
    expect(acceptedLanguages('en;q=0.5, zh-CN, fr;q=0.8, de;q=0')).toEqual(['zh-CN', 'fr', 'en']);
    expect(acceptedLanguages('')).toEqual([]);
  });

  it('refuses a reply not on offer, a vote on another decision, and a phone that has not joined', async () => {
    const server = await started();
    const room = await openRoom(server.url);
    sockets.push(room.projector);
    const stranger = await connected(server.url);
    expect(await ask(stranger, 'vote', { decision: 0, reply: 'x' })).toEqual({
      ok: false,
      error: 'Join the room first.',
    });
    const phone = await connected(server.url);
    const joined = await ask<JoinAck>(phone, 'join', { code: room.code, team: 0, phone: phoneId(2) });
    if (!joined.ok) throw new Error(joined.error);
    expect(await ask(phone, 'vote', { decision: joined.view.decision, reply: 'not-a-reply' })).toEqual({
      ok: false,
      error: 'That reply is not on offer.',
    });
    expect(await ask(phone, 'vote', { decision: joined.view.decision + 1, reply: joined.view.replies[0]!.id })).toEqual(
      {
        ok: false,
        error: 'This vote is over.',
      },
    );
    expect(await ask(phone, 'join', { code: room.code, team: 5, phone: phoneId(2) })).toEqual({
      ok: false,
      error: 'No such team in this room.',
    });
    expect(await ask(phone, 'peek', { code: 'ZZZZZZ' })).toMatchObject({ ok: false });
  });

  it('takes a phone’s messages in the order it sent them: a vote sent right behind its join counts', async () => {
    const server = await started();
    const room = await openRoom(server.url);
    sockets.push(room.projector);
    const phone = await connected(server.url);
    const shown = currentChoices(room.store.getState())!;
    const decision = decisionNumber(room.store.getState().workshop!);
    // What a phone coming back sends when its player taps at once: its join, then its vote, not waiting.
    const [joined, voted] = await Promise.all([
      ask<JoinAck>(phone, 'join', { code: room.code, team: 0, phone: phoneId(5) }),
      ask<VoteAck>(phone, 'vote', { decision, reply: shown.responses[0]!.id }),
    ]);
    expect(joined).toMatchObject({ ok: true, mine: null });
    expect(voted).toMatchObject({ ok: true, mine: shown.responses[0]!.id });
  });

  it('takes the projector’s next decision to the phones, and only with the token', async () => {
    const server = await started();
    const room = await openRoom(server.url);
    sockets.push(room.projector);
    const phone = await connected(server.url);
    const joined = await ask<JoinAck>(phone, 'join', { code: room.code, team: 0, phone: phoneId(3) });
    if (!joined.ok) throw new Error(joined.error);
    await ask(phone, 'vote', { decision: joined.view.decision, reply: joined.view.replies[0]!.id });

    const s = room.store.getState();
    s.vote(joined.view.replies[0]!.id);
    s.decide();
    const forged = await connected(server.url);
    const bad = await ask(forged, 'state', {
      code: room.code,
      token: '0'.repeat(48),
      workshop: shared(room.store.getState().workshop!),
    });
    expect(bad).toMatchObject({ ok: false });
    const seen = next<PhoneView>(phone, 'view');
    expect(
      await ask(room.projector, 'state', {
        code: room.code,
        token: room.token,
        workshop: shared(room.store.getState().workshop!),
      }),
    ).toEqual({ ok: true });
    const result = await seen;
    expect(result.phase).toBe('result');
    expect(result.result?.heading).toBe(`The room chose: ${joined.view.replies[0]!.label}`);

    room.store.getState().nextDecision();
    const again = next<PhoneView>(phone, 'view');
    await ask(room.projector, 'state', {
      code: room.code,
      token: room.token,
      workshop: shared(room.store.getState().workshop!),
    });
    const second = await again;
    expect(second.phase).toBe('vote');
    expect(second.decision).toBe(joined.view.decision + 1);
    // The old vote does not carry over to the new decision.
    const hosted = await ask<{ tally: Tally }>(room.projector, 'host', { code: room.code, token: room.token });
    expect(hosted.tally.teams[0]).toEqual({ joined: 1, voted: 0, counts: {} });
  });

  it('keeps a phone’s vote when it drops and comes back, and a room through a server restart', async () => {
    const server = await started();
    const room = await openRoom(server.url);
    const phone = await connected(server.url);
    const joined = await ask<JoinAck>(phone, 'join', { code: room.code, team: 2, nick: 'Sam', phone: phoneId(4) });
    if (!joined.ok) throw new Error(joined.error);
    const reply = joined.view.replies[1]!.id;
    await ask(phone, 'vote', { decision: joined.view.decision, reply });
    phone.disconnect();
    const back = await connected(server.url);
    expect(await ask(back, 'join', { code: room.code, team: 2, nick: 'Sam', phone: phoneId(4) })).toMatchObject({
      ok: true,
      mine: reply,
    });

    room.projector.disconnect();
    back.disconnect();
    await server.close();
    open.splice(open.indexOf(server), 1);
    const restarted = await started(server.dataDir);
    const again = await connected(restarted.url);
    expect(await ask(again, 'join', { code: room.code, team: 2, phone: phoneId(4) })).toMatchObject({
      ok: true,
      mine: reply,
    });
    const projector = await connected(restarted.url);
    const hosted = await ask<{ ok: boolean; tally: Tally }>(projector, 'host', { code: room.code, token: room.token });
    expect(hosted.tally.teams[2]).toEqual({ joined: 1, voted: 1, counts: { [reply]: 1 } });

    // Closing the room deletes its file: nothing about its phones is kept.
    expect(existsSync(join(restarted.dataDir, `${room.code}.json`))).toBe(true);
    expect(await ask(projector, 'close', { code: room.code, token: room.token })).toEqual({ ok: true });
    expect(readdirSync(restarted.dataDir)).toEqual([]);
    expect(await ask(again, 'peek', { code: room.code })).toMatchObject({ ok: false });
  });

  it('draws the QR code of a join address for any well-formed code, so it cannot tell which rooms are open', async () => {
    const server = await started();
    const room = await openRoom(server.url);
    sockets.push(room.projector);
    const open = await fetch(`${server.url}/room/qr/${room.code}.svg`);
    const none = await fetch(`${server.url}/room/qr/${room.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ'}.svg`);
    expect([open.status, none.status]).toEqual([200, 200]);
    expect(open.headers.get('content-type')).toBe('image/svg+xml');
    expect(await open.text()).toMatch(/^<svg /);
    expect((await fetch(`${server.url}/room/qr/abc.svg`)).status).toBe(404);
  });
});
