// A tiny element builder. Text always goes in as text, never as HTML, so level files cannot inject markup.
export type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

export const button = (label: string, onClick: () => void, attrs: Attrs = {}) =>
  h('button', { type: 'button', onclick: onClick, ...attrs }, label);

/**
 * Sets an element's text only when it differs. The play layer is updated on every store change, and
 * assigning the same text still replaces the text node: the browser then lays it out and shapes it again
 * (with a throttled CPU, tens of milliseconds at each clock tick for a log of 60 posts).
 */
export function setText(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
}
