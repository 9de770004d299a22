// The languages the game speaks, apart from the words themselves: the room's protocol and the phone page
// name a language without loading the i18n library.
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language named in itself, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

export const isLanguage = (v: unknown): v is Language => LANGUAGES.includes(v as Language);
