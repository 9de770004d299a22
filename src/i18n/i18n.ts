// The interface's words, through i18next: every view asks t('part.key', values) and gets them in the
// player's language, with plurals by the language's own rules (Intl.PluralRules: English has one and
// other, Chinese only other) and values put in. English is bundled and is the fallback; another language's
// strings load when it is chosen, before anything is shown. One language a page: a switch reloads the page
// (the game, the progress and a workshop are all kept in storage).
import i18next from 'i18next';
import en from './en.ts';
import { isLanguage, type Language, LANGUAGES } from './languages.ts';

export { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from './languages.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  // The views put text in with textContent (never innerHTML), so nothing needs escaping here.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const t = i18next.t.bind(i18next);

/**
 * The language to show: the one asked in the address (?lang=zh-CN), else the one chosen before, else the
 * browser's first that the game has (any Chinese but a traditional one reads the simplified), else English.
 */
export function pickLanguage(asked: string | null, chosen: Language | undefined, browser: readonly string[]): Language {
  if (isLanguage(asked)) return asked;
  if (chosen) return chosen;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('en')) return 'en';
    if (lower.startsWith('zh') && !/-(tw|hk|mo|hant)/.test(lower)) return 'zh-CN';
  }
  return 'en';
}

/** Each language's strings but English's, loaded when first asked for. */
const LOAD: Record<Exclude<Language, 'en'>, () => Promise<{ default: unknown }>> = {
  'zh-CN': () => import('./zh-CN.ts'),
};

async function load(lang: Language) {
  if (lang !== 'en' && !i18next.hasResourceBundle(lang, 'translation'))
    i18next.addResourceBundle(lang, 'translation', (await LOAD[lang]()).default);
}

/** Switches the interface's words to a language, loading its strings the first time. */
export async function useLanguage(lang: Language): Promise<void> {
  await load(lang);
  await i18next.changeLanguage(lang);
}

/** Every language's strings, for the room server, which speaks to each room in its projector's language. */
export const loadLanguages = () => Promise.all(LANGUAGES.map(load));

/** The words in one language, whatever the current one is. */
export const tIn = (lang: Language) => i18next.getFixedT(lang);

/** The language the words are in now. */
export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'en');

/** One part of the interface's strings in a language, as written (values not filled in), English where it lacks one. */
export const stringsIn = <K extends keyof typeof en>(lang: Language, part: K): (typeof en)[K] => ({
  ...en[part],
  ...(i18next.getResourceBundle(lang, 'translation') as typeof en | undefined)?.[part],
});
