// `npm start` is how people first meet the game: the dev server must serve the campaign as built.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { openGame } from './browser.ts';

let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
});

afterAll(async () => {
  await server?.close();
});

it('serves the campaign in development and starts the first chapter', async () => {
  const session = await openGame(server.resolvedUrls!.local[0]!);
  try {
    const { page } = session;
    await page.getByRole('button', { name: 'New game' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Skip it' }).click();
    await page.getByRole('button', { name: 'Start chapter' }).click();
    await expect(page.getByRole('meter', { name: 'Public trust' }).getAttribute('aria-valuenow')).resolves.toMatch(
      /^\d+$/,
    );
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
});
