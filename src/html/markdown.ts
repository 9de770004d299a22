// A small, safe Markdown reader for the game's own guides (docs/*.md, bundled as text): headings, paragraphs,
// lists, **strong** and `code`. Every word goes in as text, never as HTML.
import { h } from './h.ts';

/** Inline `code` and **strong** as elements, the rest as text. */
function inline(text: string): (Node | string)[] {
  return text
    .split(/(`[^`]+`|\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('`')
        ? h('code', { text: part.slice(1, -1) })
        : part.startsWith('**')
          ? h('strong', { text: part.slice(2, -2) })
          : part,
    );
}

export function markdown(source: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  let list = null as HTMLElement | null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(h('p', {}, ...inline(paragraph.join(' '))));
    paragraph = [];
  };
  for (const line of source.split('\n')) {
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const item = /^\s*(?:[-*]|(\d+)\.)\s+(.*)$/.exec(line);
    if (item && (list || !paragraph.length)) {
      flush();
      const tag = item[1] ? 'ol' : 'ul';
      if (list?.tagName.toLowerCase() !== tag) {
        list = h(tag);
        out.push(list);
      }
      list.append(h('li', {}, ...inline(item[2]!)));
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list.lastElementChild?.append(` `, ...inline(line.trim()));
      continue;
    }
    list = null;
    if (heading) {
      flush();
      // The page's own title is its h2: the guide's levels sit below it.
      const level = Math.min(6, heading[1]!.length + 1) as 2 | 3 | 4 | 5;
      out.push(h(`h${level}`, {}, ...inline(heading[2]!)));
    } else if (!line.trim()) flush();
    else paragraph.push(line.trim());
  }
  flush();
  return out;
}
