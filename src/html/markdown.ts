// A small, safe Markdown reader for the game's own guides (docs/*.md, bundled as text): headings,
// paragraphs, lists, tables, code blocks, **strong** and `code`. Every word goes in as text, never as HTML.
import { h as el } from './h.ts';

function inline(text: string): (Node | string)[] {
  return text
    .split(/(`[^`]+`|\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('`') && part.length > 1
        ? el('code', { text: part.slice(1, -1) })
        : part.startsWith('**') && part.length > 3
          ? el('strong', { text: part.slice(2, -2) })
          : part,
    );
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** The guide as elements; a `#` heading becomes an h`top` (the page's own headings sit above it). */
export function markdown(source: string, top: 2 | 3 = 2): HTMLElement[] {
  const out: HTMLElement[] = [];
  const lines = source.split('\n');
  let paragraph: string[] = [];
  let list = null as HTMLElement | null;
  const flush = () => {
    if (paragraph.length) out.push(el('p', {}, ...inline(paragraph.join(' '))));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      flush();
      list = null;
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.startsWith('```')) code.push(lines[i]!);
      // Focusable, so that a keyboard can scroll a wide block on a phone.
      out.push(el('pre', { tabindex: 0 }, el('code', { text: code.join('\n') })));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line) && /^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1] ?? '')) {
      flush();
      list = null;
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && /^\s*\|/.test(lines[i]!); i++) rows.push(cells(lines[i]!));
      i--;
      out.push(
        el(
          'div',
          { class: 'table-scroll', tabindex: 0 },
          el(
            'table',
            {},
            el('thead', {}, el('tr', {}, ...head.map((c) => el('th', { scope: 'col' }, ...inline(c))))),
            el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, ...inline(c)))))),
          ),
        ),
      );
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*]|(\d+)\.)\s+(.*)$/.exec(line);
    if (item && (list || !paragraph.length)) {
      flush();
      const tag = item[1] ? 'ol' : 'ul';
      if (list?.tagName.toLowerCase() !== tag) {
        list = el(tag);
        out.push(list);
      }
      list!.append(el('li', {}, ...inline(item[2]!)));
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list.lastElementChild?.append(' ', ...inline(line.trim()));
      continue;
    }
    list = null;
    if (heading) {
      flush();
      const level = Math.min(6, heading[1]!.length + top - 1) as 2 | 3 | 4 | 5 | 6;
      out.push(el(`h${level}`, {}, ...inline(heading[2]!)));
    } else if (!line.trim()) flush();
    else paragraph.push(line.trim());
  }
  flush();
  return out;
}
