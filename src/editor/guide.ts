// The authoring guide in the editor, in the interface's language: docs/writing-scenarios.md, or its
// translation docs/<language>/writing-scenarios.md (one text for the repository and the game; English when a
// language has none). Fetched the first time the panel opens.
import { markdown } from '../html/markdown.ts';
import { currentLanguage, type Language } from '../i18n/i18n.ts';

const GUIDES = import.meta.glob<string>(['../../docs/writing-scenarios.md', '../../docs/*/writing-scenarios.md'], {
  query: '?raw',
  import: 'default',
});

const guidePath = (lang: Language) => `../../docs/${lang === 'en' ? '' : `${lang}/`}writing-scenarios.md`;

export async function guideElements(): Promise<HTMLElement[]> {
  const load = GUIDES[guidePath(currentLanguage())] ?? GUIDES[guidePath('en')];
  if (!load) return markdown('The authoring guide is not part of this build.', 3);
  return markdown(await load(), 3);
}
