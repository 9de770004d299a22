// A workshop with phones, as a room runs one: the room server started as `npm run room` starts it, the
// projector at 1920×1080 opening a room (its code, QR code and join address), three phones (real Chromium
// pages at 320×568 and 390×844) joining by link and by typing the code, voting and changing a vote; a phone
// that drops and comes back, the projector reloading and the server restarting, each with nothing lost; the
// room's debrief and downloads with the phones' votes.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSerious } from './axe.ts';
import { openGame, type Session, screenshot } from './browser.ts';
import { downloaded } from './debrief.ts';
import { baseUrl, playRoomToEnd } from './game.ts';
import { type RoomProcess, startRoomProcess } from '../unit/room-process.ts';

let server: RoomProcess;
const sessions: Session[] = [];
beforeAll(async () => {
  server = await startRoomProcess();
});
afterAll(async () => {
  for (const s of sessions.splice(0)) await s.close();
  await server?.stop();
});

/** `own`: a browser of its own, for a phone whose network the test turns off. */
async function browser(url: string, width: number, height: number, touch = false, own = false) {
  const s = await openGame(url, { width, height, touch, own });
  sessions.push(s);
  return s;
}

const responses = (page: Page) => page.getByRole('group', { name: 'Responses' }).getByRole('button');
const phoneStatus = (page: Page) => page.getByRole('status');
const counts = (projector: Page) => projector.locator('.phone-counts');

async function joinByLink(join: string, team: string, width: number, height: number) {
  const phone = await browser(join, width, height, true);
  const page = phone.page;
  await page.getByRole('group', { name: 'Team' }).getByRole('radio', { name: team }).check();
  await page.getByRole('button', { name: 'Join' }).click();
  await responses(page).first().waitFor();
  return phone;
}

/** Taps reply `n`; unless it is the last vote the room waits for, the phone says the vote is in. */
async function vote(page: Page, n: number, last = false) {
  await responses(page)
    .nth(n - 1)
    .click();
  if (last) return;
  await expect.poll(() => phoneStatus(page).textContent()).toMatch(new RegExp(`^Your vote is in: ${n}\\. `));
}

describe('a workshop with phones', () => {
  it('joins three phones, takes their votes, survives drops, a reload and a restart, and debriefs them', async () => {
    const projector = await browser(server.url, 1920, 1080);
    const page = projector.page;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await page.getByRole('button', { name: 'Workshop' }).click();
    await page.getByLabel('Seconds per decision').fill('120');
    await page.getByLabel('Seed').fill('424242');
    await page.getByRole('button', { name: 'Open a room' }).click();
    const code = page.getByLabel('Room code');
    await expect.poll(() => code.textContent()).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    const roomCode = (await code.textContent())!;
    const link = page.getByRole('link', { name: 'Join address' });
    const join = (await link.getAttribute('href'))!;
    expect(join).toBe(`${server.url}/join?code=${roomCode}`);
    // The QR code is drawn by the room server from the join address, and shows.
    await expect
      .poll(() =>
        page
          .getByRole('img', { name: 'QR code of the join address' })
          .evaluate((i: HTMLImageElement) => i.naturalWidth),
      )
      .toBeGreaterThan(0);
    await screenshot(page, 'room-projector-1920');

    // Phone 1 follows the link: the code is filled in. Phone 2 types the code on the bare page.
    const one = await joinByLink(join, 'Ravens', 320, 568);
    const two = await browser(`${server.url}/join`, 390, 844, true, true);
    await two.page.getByLabel('Room code').fill(roomCode);
    await two.page.getByRole('group', { name: 'Team' }).getByRole('radio', { name: 'Otters' }).check();
    await two.page.getByLabel('Nickname (optional)').fill('<b>Mia</b>');
    await two.page.getByRole('button', { name: 'Join' }).click();
    await responses(two.page).first().waitFor();
    await expect(two.page.getByText('Team Otters · <b>Mia</b>', { exact: false }).count()).resolves.toBe(1);
    const three = await joinByLink(join, 'Foxes', 320, 568);
    await expect.poll(() => counts(page).textContent()).toBe('Phones: 3 joined, 0 voted');
    await expectNoSerious(one.page, 'the phone page');
    await screenshot(one.page, 'room-phone-320');
    await screenshot(two.page, 'room-phone-390');

    // The phones show the projector's replies in the projector's order.
    const shown = (await page.getByRole('group', { name: 'Responses' }).getByRole('button').allTextContents()).map(
      (t) => t.replace(/ — [^—]*$/, ''),
    );
    expect(await responses(one.page).allTextContents()).toEqual(shown);

    // Ravens change their mind; the vote ends by itself once all three have voted.
    await vote(one.page, 1);
    await vote(two.page, 1);
    await vote(one.page, 2);
    await expect.poll(() => counts(page).textContent()).toBe('Phones: 3 joined, 2 voted');
    await expect(page.getByRole('button', { name: /^Ravens: voted · 1 of 1 phone voted$/ }).count()).resolves.toBe(1);
    await screenshot(page, 'room-projector-votes-1920');
    await vote(three.page, 2, true);
    const chosen = shown[1]!.replace(/^\d\. /, '');
    await page.getByRole('heading', { name: `The room chose: ${chosen}` }).waitFor();
    await one.page.getByRole('heading', { name: `The room chose: ${chosen}` }).waitFor();
    await screenshot(one.page, 'room-phone-result-320');

    // Phone 2 drops (Wi-Fi gone) while the next decision starts, and comes back to it.
    await two.context.setOffline(true);
    await expect.poll(() => phoneStatus(two.page).textContent(), { timeout: 20_000 }).toMatch(/^Reconnecting/);
    await page.getByRole('button', { name: 'Next decision' }).click();
    await responses(one.page).first().waitFor();
    await two.context.setOffline(false);
    await responses(two.page).first().waitFor({ timeout: 15_000 });
    await vote(two.page, 1);
    // A reload of the phone keeps its vote.
    await two.page.reload();
    await expect.poll(() => phoneStatus(two.page).textContent(), { timeout: 15_000 }).toMatch(/^Your vote is in: 1\. /);

    // The projector reloads mid-vote: the room and its counts come back.
    await page.reload();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await expect.poll(() => page.getByLabel('Room code').textContent()).toBe(roomCode);
    await expect.poll(() => counts(page).textContent()).toBe('Phones: 3 joined, 1 voted');

    // The server restarts: its rooms come back from disk; phones and projector reconnect by themselves.
    await server.stop();
    await expect.poll(() => page.locator('.room-line').textContent()).toMatch(/^Reconnecting/);
    await server.restart();
    await expect.poll(() => page.locator('.room-line').textContent(), { timeout: 20_000 }).toBe('');
    await vote(one.page, 1);
    await expect.poll(() => counts(page).textContent(), { timeout: 15_000 }).toBe('Phones: 3 joined, 2 voted');
    await page.getByRole('button', { name: 'End vote now' }).click();
    await page.getByRole('heading', { name: /^The room chose: / }).waitFor();

    // The rest of the chapter by the facilitator's keys; the debrief keeps the phones' votes.
    await playRoomToEnd(page);
    await page.getByRole('button', { name: "The room's debrief" }).click();
    await page.getByRole('heading', { name: "The room's votes" }).waitFor();
    const phonesLine = page.locator('.room-votes .phones').first();
    await expect(phonesLine.textContent()).resolves.toMatch(
      /^Phones: Ravens 1 phone: .+ 1; Otters 1 phone: .+ 1; Foxes 1 phone: .+ 1$/,
    );
    const csv = (await downloaded(page, 'Download CSV')).bytes.toString('utf8').split('\r\n');
    expect(csv[0]).toMatch(/,phones voted,phone votes$/);
    expect(csv.slice(1, 4).map((l) => l.split(',')[0])).toEqual(['Ravens', 'Otters', 'Foxes']);
    // Ravens' one phone voted (the label may be quoted: it can hold commas).
    expect(csv[1]).toMatch(/,1,"?1 phone: .+ 1"?$/);
    const json = JSON.parse((await downloaded(page, 'Download JSON')).bytes.toString('utf8'));
    expect(json.phoneVotes.map((t: { team: string }) => t.team)).toEqual(['Ravens', 'Otters', 'Foxes']);

    // Leaving the workshop closes the room: the phones are told.
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Leave workshop' }).click();
    await one.page.getByRole('heading', { name: 'The room has closed' }).waitFor();
    // The browser itself logs the reconnection attempts made while the server was down or a phone offline,
    // and a packet the socket library sent in the instant its connection was already closing.
    const outage =
      /net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)|WebSocket is already in CLOSING or CLOSED state/;
    for (const s of sessions) {
      expect(
        s.errors.filter((e) => !outage.test(e)),
        'console errors',
      ).toEqual([]);
      expect(s.foreign, 'requests outside the page origin').toEqual([]);
    }
  }, 120_000);

  it('says plainly when the game is not served by a room server, and goes on without phones', async () => {
    const { page } = await browser(baseUrl, 1280, 800);
    await page.getByRole('button', { name: 'Workshop' }).click();
    await page.getByRole('button', { name: 'Open a room' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'No room server answered' }).count(), { timeout: 15_000 })
      .toBe(1);
    await expect(page.getByLabel('Room code').count()).resolves.toBe(0);
    await page.getByRole('group', { name: 'Responses' }).getByRole('button').first().waitFor();
  });

  it('keeps the phone page under 30 KB of script and style, gzipped', () => {
    const html = readFileSync('dist/join.html', 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(`dist/${f}`)).length, 0);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });
});
