// Security as a player (or a school's IT department) would check it: level text can never become markup
// or script, the shipped page carries a strict Content-Security-Policy that the game itself never trips,
// and a whole chapter is played without a single request leaving the game's own origin.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewServer } from 'vite';
import { choiceLabel, gameSessions, playToEnd, skipTips, startFirstChapter } from './game.ts';

const { open, current } = gameSessions();

/**
 * Answers until the ending shows, with the reply labelled `prefer` when one is shown and else with "1"
 * (the order is dealt from the seed, so a position names no particular reply); returns the ending heading.
 */
const playToEnding = (page: Page, onEachPost?: () => Promise<void>, prefer?: string) =>
  playToEnd(page, async (replies) => {
    await onEachPost?.();
    return String(replies.map(choiceLabel).indexOf(prefer ?? '') + 1 || 1);
  });

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const BOLD = '<b>bold</b>';

/** Markup that level text could have turned into elements, anywhere in the document. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    b: document.querySelectorAll('b').length,
    // The game's own pictures are data URLs it drew (the printed chart); an injected one points elsewhere.
    imgs: [...document.querySelectorAll('img')]
      .map((i) => i.getAttribute('src'))
      .filter((s) => !s?.startsWith('data:image/png;base64,')),
    inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).map((s) => s.textContent),
    handlers: [...document.querySelectorAll('[onerror], [onload], [onclick]')].map((e) => e.outerHTML.slice(0, 80)),
  }));

const NOTHING_INJECTED = { pwned: undefined, b: 0, imgs: [], inlineScripts: [], handlers: [] };

describe('level text is shown as text', () => {
  let server: PreviewServer;
  let outDir: string;
  let hostileUrl: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'hot-seat-hostile-'));
    const previous = process.env.HOT_SEAT_LEVELS;
    process.env.HOT_SEAT_LEVELS = 'tests/fixtures/hostile-levels';
    try {
      // Imported here, after the variable is set: the config reads the level folder when it is loaded.
      const { build, preview } = await import('vite');
      await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
      server = await preview({
        logLevel: 'error',
        build: { outDir },
        preview: { port: 0, host: '127.0.0.1', strictPort: false },
      });
    } finally {
      if (previous === undefined) delete process.env.HOT_SEAT_LEVELS;
      else process.env.HOT_SEAT_LEVELS = previous;
    }
    hostileUrl = server.resolvedUrls!.local[0]!;
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('shows markup in titles, briefing, posts, authors, responses, the ending and the debrief as literal text', async () => {
    const page = await open({ url: hostileUrl });
    const requestedX: string[] = [];
    page.on('request', (r) => new URL(r.url()).pathname.endsWith('/x') && requestedX.push(r.url()));

    // The chapter list and the briefing.
    await page.getByRole('button', { name: 'Chapters' }).click();
    await expect(page.getByRole('group', { name: 'Chapters' }).getByRole('button').first().textContent()).resolves.toBe(
      `1. ${BOLD} ${SCRIPT}`,
    );
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Skip it' }).click();
    const briefing = page.getByRole('region', { name: 'Briefing' });
    await expect(briefing.getByRole('heading').first().textContent()).resolves.toBe(`Chapter 1. ${BOLD} ${SCRIPT}`);
    await expect(briefing.textContent()).resolves.toContain(`Briefing ${SCRIPT} and ${IMG} and ${BOLD}.`);
    await expect(briefing.textContent()).resolves.toContain(`You play ${BOLD} Lin Che (@linche), ${IMG}.`);
    await expect(injected(page)).resolves.toEqual(NOTHING_INJECTED);

    await page.getByRole('radio', { name: 'Turn by turn' }).check();
    await page.getByRole('button', { name: 'Start chapter' }).click();
    await skipTips(page);
    const responses = page.getByRole('group', { name: 'Responses' });
    await responses.getByRole('button').first().waitFor({ state: 'attached' });
    await expect(page.getByRole('region', { name: 'Game' }).getByRole('heading').first().textContent()).resolves.toBe(
      `Chapter 1. ${BOLD} ${SCRIPT}`,
    );

    // Every post's author and text in the Feed log, every response label on its button.
    const seenLabels = new Set<string>();
    const seenReplying = new Set<string>();
    const feed = page.getByRole('log', { name: 'Feed' });
    const feedTexts = new Set<string>();
    const authors = new Set<string>();
    const ending = await playToEnding(
      page,
      async () => {
        for (const t of await feed.getByRole('article').allTextContents()) feedTexts.add(t);
        for (const a of await feed
          .getByRole('article')
          .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label'))))
          authors.add(a!);
        for (const b of await responses.getByRole('button').allTextContents()) seenLabels.add(choiceLabel(b));
        seenReplying.add((await responses.locator('p').textContent()) ?? '');
        await expect(injected(page)).resolves.toEqual(NOTHING_INJECTED);
      },
      IMG,
    );
    const feedText = [...feedTexts].join('\n');
    expect([...authors]).toEqual(expect.arrayContaining([`${SCRIPT} @scripter`, `${IMG} @imager`, `${BOLD} @bolder`]));
    for (const t of [`Post ${SCRIPT} text`, `Quote ${IMG}`, `Post ${IMG} text`, `Post ${BOLD} text`])
      expect(feedText).toContain(t);
    expect([...seenLabels]).toEqual(expect.arrayContaining([IMG, `${BOLD} ${SCRIPT}`, SCRIPT]));
    expect([...seenReplying].map((t) => t.replace(/, [^:]* to reply:/, ':'))).toContain(
      `Replying to @scripter: Post ${SCRIPT} text`,
    );

    // The ending and the debrief.
    expect(ending).toMatch(/^Ending: /);
    expect(ending).toContain(IMG);
    await expect(page.getByRole('region', { name: 'Ending' }).textContent()).resolves.toContain(
      `Ending ${IMG} ${BOLD}`,
    );
    await page.getByRole('button', { name: 'See the debrief' }).click();
    const debrief = page.getByRole('region', { name: 'Debrief' });
    await debrief.getByRole('heading', { name: /^Debrief: / }).waitFor();
    await expect(debrief.getByRole('heading').first().textContent()).resolves.toBe(`Debrief: 1. ${BOLD} ${SCRIPT}`);
    const debriefText = (await debrief.textContent())!;
    for (const t of [
      `@scripter: Post ${SCRIPT} text`,
      `You chose: ${IMG}`,
      `Note ${SCRIPT}`,
      `Question ${SCRIPT}?`,
      `Question ${IMG}?`,
      `Question ${BOLD}?`,
    ])
      expect(debriefText).toContain(t);

    await expect(injected(page)).resolves.toEqual(NOTHING_INJECTED);
    expect(requestedX, 'requests for the src of an injected <img>').toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  const csp = () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = html.match(/<meta[^>]+http-equiv="Content-Security-Policy"[^>]*>/i)?.[0];
    const content = meta
      ?.match(/content="([^"]*)"/)?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"');
    return { html, meta, content };
  };
  const directive = (content: string, name: string) =>
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name)
      ?.slice(1);

  it('ships a policy in dist/index.html whose scripts come only from the game itself', () => {
    const { meta, content, html } = csp();
    expect(meta, 'a Content-Security-Policy meta in dist/index.html').toBeTruthy();
    // A meta policy only covers what comes after it.
    expect(html.indexOf(meta!)).toBeLessThan(html.indexOf('<script'));
    const scripts = directive(content!, 'script-src') ?? directive(content!, 'default-src');
    expect(scripts, `script-src in: ${content}`).toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'wasm-unsafe-eval'");
    expect(
      scripts!.some((s) => s === '*' || /^(https?:|data:|blob:)$/.test(s)),
      `script-src ${scripts!.join(' ')}`,
    ).toBe(false);
    expect(directive(content!, 'object-src')).toEqual(["'none'"]);
    expect(directive(content!, 'base-uri')).toEqual(["'none'"]);
    expect(directive(content!, 'default-src')).toEqual(["'self'"]);
    // No inline script in the page for the policy to have to allow.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });

  it('is enforced: an inline script injected at run time is refused by the browser', async () => {
    const page = await open();
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = 1';
      document.head.append(s);
    });
    await expect(page.evaluate(() => (window as { __inlineRan?: number }).__inlineRan)).resolves.toBeUndefined();
    // The refusal is a console error; it is the one this test expects, so it is taken off the list.
    const s = current();
    const refusals = s.errors.filter((e) => /Content Security Policy/i.test(e));
    expect(refusals.length).toBeGreaterThan(0);
    s.errors.splice(0, s.errors.length, ...s.errors.filter((e) => !refusals.includes(e)));
  });

  it('lets the game boot and play a whole chapter to its debrief without a single violation or foreign request', async () => {
    const page = await open();
    const violations: string[] = [];
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    await startFirstChapter(page);
    await expect(playToEnding(page)).resolves.toMatch(/^Ending: \S/);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /^Debrief: / }).waitFor();
    await page.getByRole('button', { name: 'Title menu' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    expect(violations).toEqual([]);
    expect(current().errors).toEqual([]);
    expect(current().foreign, 'requests outside the page origin during a whole chapter').toEqual([]);
  }, 120_000);
});
