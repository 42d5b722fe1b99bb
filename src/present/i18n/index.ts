import type { LocalText } from '../../sim';
import { browserStorage } from '../../platform/save';
import { languageTag, readSettings, resolveLanguage, type Language } from '../../platform/settings';
import { en, type MessageKey } from './en';

export type { MessageKey } from './en';
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The page's language from ?lang, the saved setting and the browser. It is fixed for the page's
 * life: switching stores the choice and reloads (the autosave keeps the game), so no screen ever
 * shows two languages at once. Boot applies it before building any screen.
 */
export function pageLanguage(): Language {
  if (typeof location === 'undefined') return 'en';
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return resolveLanguage(location.search, readSettings(browserStorage()), languages);
}
type Catalogue = Readonly<Record<MessageKey, string>>;
let language: keyof LocalText & Language = 'en';
let catalogue: Catalogue = en;
const catalogues: Partial<Record<Language, Catalogue>> = { en };

/**
 * Loads a language's catalogue, then chooses it. Chinese is a chunk of its own, so a page in
 * English never downloads it (and the shop's JavaScript stays within its budget).
 */
export async function loadLanguage(next: Language): Promise<void> {
  // The document says its language at once, before the catalogue's chunk arrives.
  if (typeof document !== 'undefined') document.documentElement.lang = languageTag(next);
  if (catalogues[next] === undefined) catalogues.zh = (await import('./zh')).zh;
  setLanguage(next);
}

/** For code that runs without the bundler's chunks (Node tests, the CLI): a catalogue imported. */
export function registerCatalogue(lang: Language, messages: Catalogue): void {
  catalogues[lang] = messages;
}

/**
 * Chooses a loaded catalogue (`loadLanguage` loads it); only before any screen is built (boot,
 * or a session link's language), and tells the document, so screen readers and CJK fonts follow.
 */
export function setLanguage(next: Language): void {
  const messages = catalogues[next];
  if (messages === undefined) throw new Error(`the ${next} catalogue is not loaded`);
  language = next;
  catalogue = messages;
  if (typeof document !== 'undefined') document.documentElement.lang = languageTag(next);
}

/** The page's language: 'en' or 'zh'. */
export function currentLanguage(): Language {
  return language;
}

/** A message with its `{name}` parameters filled in; unknown parameters stay visible. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = catalogue[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** For keys built from data (event kinds, choices, rules): checks the key exists. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}

/** Like t() for a key built from data; falls back to the key itself so nothing throws. */
export function tKey(key: string, params?: MessageParams): string {
  return isMessageKey(key) ? t(key, params) : key;
}

/** Text from a level file in the current language. */
export function local(text: LocalText): string {
  return text[language];
}
