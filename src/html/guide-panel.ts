// The facilitator's guide in the game, read from docs/facilitator-guide.md (one text for both) or, in another
// language, from docs/<language>/facilitator-guide.md, fetched the first time the panel opens in it (so the
// English page does not carry it). A language without its guide, or one that fails to load, shows the English.
import guide from '../../docs/facilitator-guide.md?raw';
import { currentLanguage, type Language, t } from '../i18n/i18n.ts';
import type { App } from '../state/store.ts';
import { button, h } from './h.ts';
import { markdown } from './markdown.ts';

const TRANSLATED = import.meta.glob<string>('../../docs/*/facilitator-guide.md', { query: '?raw', import: 'default' });

/** Each language's guide once fetched. */
const fetched = new Map<Language, string>([['en', guide]]);

async function guideIn(lang: Language): Promise<string> {
  const load = TRANSLATED[`../../docs/${lang}/facilitator-guide.md`];
  const text = load ? await load().catch(() => guide) : guide;
  fetched.set(lang, text);
  return text;
}

export function guidePanel(s: App): HTMLElement {
  const heading = h('h2', { tabindex: -1, text: t('judgement.guide.label') });
  const section = h(
    'section',
    { class: 'panel guide', 'aria-label': t('judgement.guide.label') },
    heading,
    h(
      'div',
      { class: 'menu' },
      button(t('judgement.guide.back'), () => s.show('workshop-setup')),
    ),
  );
  const lang = currentLanguage();
  const text = fetched.get(lang);
  if (text !== undefined) show(heading, text);
  else void guideIn(lang).then((loaded) => show(heading, loaded));
  return section;
}

/** The guide's title in the heading and its body after it (the Back button stays, and keeps the focus). */
function show(heading: HTMLElement, text: string) {
  const [title, ...body] = markdown(text);
  if (title?.textContent) heading.textContent = title.textContent;
  heading.after(...body);
}
