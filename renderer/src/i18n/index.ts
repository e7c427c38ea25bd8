/**
 * Waymark's interface language: one i18next instance over the catalogues in
 * locales/ (English, Tamil, Telugu, Malayalam, Armenian), plurals by
 * Intl.PluralRules (`_one` / `_other` keys). `setUiLanguage` switches at once,
 * without a reload: React components re-render through react-i18next, the
 * open journey's store is untouched.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { quotableText } from '../domain/control-characters';
import { formatNumber } from './format';
import { LANGUAGE_LOCALES, UI_LANGUAGES, isUiLanguage, rememberLanguage, type UiLanguage } from './languages';

export * from './languages';
export * from './format';
export { useTranslation, Trans } from 'react-i18next';

/**
 * The catalogue files, one per language and section: `locales/<language>/<section>.json` holds
 * the keys under `<section>.` (so `locales/ta/toolbar.json` gives `toolbar.undo` in Tamil). One
 * file per section keeps each screen's words together and lets two people translate two screens
 * without touching the same file.
 */
const SECTION_FILES = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

function loadCatalogues(): Record<UiLanguage, Record<string, unknown>> {
  const catalogues = Object.fromEntries(UI_LANGUAGES.map((l) => [l, {}])) as Record<
    UiLanguage,
    Record<string, unknown>
  >;
  for (const [file, section] of Object.entries(SECTION_FILES)) {
    const [, language, name] = /\/locales\/([a-z]+)\/([A-Za-z0-9]+)\.json$/.exec(file) ?? [];
    if (!isUiLanguage(language) || !name) throw new Error(`Unexpected catalogue file ${file}`);
    catalogues[language][name] = section;
  }
  return catalogues;
}

export const CATALOGUES: Readonly<Record<UiLanguage, Record<string, unknown>>> = loadCatalogues();

/** Catalogue keys, flattened with dots ("library.tabs.journeys"). */
export function catalogueKeys(catalogue: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? catalogueKeys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

export const i18n: I18n = i18next.createInstance();

// Ready as soon as this module loads (in English; the catalogues are bundled, so this is synchronous):
// every component and test can translate before the app has chosen its language.
void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(UI_LANGUAGES.map((l) => [l, { translation: CATALOGUES[l] }])),
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  // React escapes HTML itself; a value quoted in a sentence (a file's name, a journey's title) shows its
  // control and bidirectional control characters as “�”, so none can hide or turn the sentence around.
  interpolation: { escapeValue: true, escape: quotableText },
  returnNull: false,
  initAsync: false,
});

/** Starts the interface in the language: switches i18next and marks the document (`lang`). */
export function initI18n(language: UiLanguage): I18n {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  applyToDocument(language);
  return i18n;
}

function applyToDocument(language: UiLanguage) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dataset['script'] = language;
}

/** The interface language now. */
export function currentLanguage(): UiLanguage {
  const l = i18n.language;
  return isUiLanguage(l) ? l : 'en';
}

/**
 * A count as the interface says it: in the language's number format ("5,000"; Indian grouping
 * "1,23,456" in Tamil, Telugu and Malayalam; "123 456" in Armenian), never as bare digits.
 */
export const countText = (value: number, language: UiLanguage = currentLanguage()): string =>
  formatNumber(value, language, 0);

/**
 * The values of a plural sentence: `count` chooses the form (one, other), `n` is the number the
 * sentence shows, written by `countText` (such sentences write `{{n}}`, not `{{count}}`).
 */
export const countParams = (count: number): { count: number; n: string } => ({ count, n: countText(count) });

/** The units a size is said in; each has a catalogue entry writing a number in it. */
export type SizeUnit = 'bytes' | 'KB' | 'MB' | 'GB' | 'TB';

const SIZE_UNIT_KEYS: Readonly<Record<SizeUnit, string>> = {
  bytes: 'errors.sizeBytes',
  KB: 'errors.sizeKilobytes',
  MB: 'errors.sizeMegabytes',
  GB: 'errors.sizeGigabytes',
  TB: 'errors.sizeTerabytes',
};

/**
 * A size as the language writes it, number and unit: "12.5 MB", "12,5 ՄԲ", "64 கி.பை.". The caller
 * chooses the unit and rounds (file limits count in 1,024s, the storage estimate in 1,000s).
 */
export function sizeText(
  size: { value: number; unit: SizeUnit },
  language: UiLanguage = currentLanguage(),
  maximumFractionDigits = 1,
): string {
  return i18n.getFixedT(language)(SIZE_UNIT_KEYS[size.unit], {
    size: formatNumber(size.value, language, maximumFractionDigits),
  });
}

/** The locale of the current language, for Intl. */
export function currentLocale(): string {
  return LANGUAGE_LOCALES[currentLanguage()];
}

/** Switches the interface language at once (no reload). */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  applyToDocument(language);
}

function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The person's choice: switches at once and is remembered for the next start. */
export async function chooseUiLanguage(language: UiLanguage): Promise<void> {
  rememberLanguage(localStore(), language);
  await setUiLanguage(language);
}

/** Stands for the value while a sentence is asked of i18next once (plain text: the escape leaves it as it is). */
const VALUE_MARK = '\uE000waymark-value\uE000';
const fillers = new Map<string, (value: string) => string>();

/**
 * A sentence with one value in it, for saying many times over (the name of each card of a large map):
 * asked of i18next once per language and key, then filled in, the value made quotable as `t` makes it.
 * Asked of i18next for each of 2,000 cards, the names took 70 ms of the map's open.
 */
export function sentenceWith(key: string, name: string): (value: string) => string {
  const cacheKey = `${i18n.language}\u0000${key}\u0000${name}`;
  let fill = fillers.get(cacheKey);
  if (!fill) {
    const parts = i18n.t(key, { [name]: VALUE_MARK }).split(VALUE_MARK);
    fill = (value) => parts.join(quotableText(value));
    fillers.set(cacheKey, fill);
  }
  return fill;
}

/** A translated string outside React (toasts from plain modules, menus sent to main). */
export const t: I18n['t'] = ((...args: Parameters<I18n['t']>) => i18n.t(...args)) as I18n['t'];
