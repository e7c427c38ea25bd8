/**
 * The languages Waymark speaks, how the first one is chosen (the remembered
 * choice, else the operating system's locale, else English) and where the
 * choice is kept. Pure apart from the storage passed in.
 */
export const UI_LANGUAGES = ['en', 'ta', 'te', 'ml', 'hy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language in its own name (a menu of languages is read by someone who may not read the current one). */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  ta: 'தமிழ்',
  te: 'తెలుగు',
  ml: 'മലയാളം',
  hy: 'Հայերեն',
};

/** The BCP 47 locale each language formats numbers, dates and sorts in. */
export const LANGUAGE_LOCALES: Readonly<Record<UiLanguage, string>> = {
  en: 'en-GB',
  ta: 'ta-IN',
  te: 'te-IN',
  ml: 'ml-IN',
  hy: 'hy-AM',
};

export const LANGUAGE_STORAGE_KEY = 'waymark.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the locales (most preferred first, as `navigator.languages` or
 * Electron's `app.getLocale()` give them) that Waymark speaks, matched by
 * primary subtag ("ta-LK" → ta); English when none is.
 */
export function pickLanguage(locales: readonly string[]): UiLanguage {
  for (const locale of locales) {
    const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
}

type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The remembered language, else the best match for the OS locales. */
export function initialLanguage(storage: LanguageStorage | null, osLocales: readonly string[]): UiLanguage {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  return isUiLanguage(stored) ? stored : pickLanguage(osLocales);
}

/** Remembers the choice; false when storage refused it (the language still changes for this run). */
export function rememberLanguage(storage: LanguageStorage | null, language: UiLanguage): boolean {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
    return storage !== null;
  } catch {
    return false;
  }
}
