/**
 * Player settings that outlive a campaign: language, sound and motion. Kept in their own
 * localStorage key so a damaged or reset save never loses them, and the other way round.
 */
export type Language = 'en' | 'zh';

export interface Settings {
  /** null: follow ?lang, then the browser's languages. */
  language: Language | null;
  muted: boolean;
  /** null: follow the system's prefers-reduced-motion. */
  reducedMotion: boolean | null;
}

export const SETTINGS_KEY = 'four-stages.settings';
const DEFAULTS: Settings = { language: null, muted: false, reducedMotion: null };

function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'zh';
}

/** Never throws: blocked or damaged storage gives the defaults. */
export function readSettings(storage: Storage | null): Settings {
  try {
    const value: unknown = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return { ...DEFAULTS };
    const record = value as Record<string, unknown>;
    const motion = record['reducedMotion'];
    return {
      language: isLanguage(record['language']) ? record['language'] : null,
      muted: record['muted'] === true,
      reducedMotion: typeof motion === 'boolean' ? motion : null,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

/** Merges and stores; false when storage refuses (the setting still applies to this visit). */
export function writeSettings(storage: Storage | null, patch: Partial<Settings>): boolean {
  try {
    if (!storage) return false;
    storage.setItem(SETTINGS_KEY, JSON.stringify({ ...readSettings(storage), ...patch }));
    return true;
  } catch {
    return false;
  }
}

/** ?lang=zh-CN | zh | en; anything else is ignored. */
export function langParam(search: string): Language | null {
  const value = new URLSearchParams(search).get('lang')?.toLowerCase() ?? null;
  if (value === 'en' || value?.startsWith('en-')) return 'en';
  if (value === 'zh' || value === 'zh-cn' || value === 'zh-hans') return 'zh';
  return null;
}

/** The link wins (a trainer chose it for the class), then the saved choice, then the browser. */
export function resolveLanguage(
  search: string,
  settings: Settings,
  browserLanguages: readonly string[],
): Language {
  const fromLink = langParam(search);
  if (fromLink) return fromLink;
  if (settings.language) return settings.language;
  return browserLanguages[0]?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The BCP 47 tag for <html lang> and Intl. */
export function languageTag(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
