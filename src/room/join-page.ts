// The phone page as the room server serves it: the built join.html in the phone's language (the join link's
// ?lang=, else the browser's Accept-Language), its title and its words chosen here with i18next and put in
// the page as a JSON data block (never run as script, so the CSP holds). The phone fills in their values.
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { escapeXml } from '../cli/scorm-package.ts';
import { pickLanguage, stringsIn } from '../i18n/i18n.ts';

/** The browser's languages from its Accept-Language header, most wanted first. */
export const acceptedLanguages = (header = ''): string[] =>
  header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((l) => l.tag);

/** join.html from the build, in the language the request asks for; null when the build has none. */
export function joinPage(dist: string, req: IncomingMessage, url: URL): string | null {
  let html: string;
  try {
    html = readFileSync(join(dist, 'join.html'), 'utf8');
  } catch {
    return null;
  }
  const lang = pickLanguage(url.searchParams.get('lang'), undefined, acceptedLanguages(req.headers['accept-language']));
  const words = stringsIn(lang, 'phone');
  // "<" written as \u003c, so that no text can close the data block.
  const data = JSON.stringify(words).replace(/</g, '\\u003c');
  return html
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeXml(words.pageTitle)}</title>`)
    .replace(/<noscript>[^<]*<\/noscript>/, `<noscript>${escapeXml(words.noscript)}</noscript>`)
    .replace('</head>', `<script type="application/json" id="words">${data}</script></head>`);
}
