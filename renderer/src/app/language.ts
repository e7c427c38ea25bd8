/**
 * Starts the interface language before the first render: the remembered
 * choice, else the browser's languages (`navigator.languages`); in Electron,
 * when nothing is remembered, the OS locale from main (`app.getLocale()`
 * through the Host's appInfo) decides as soon as it arrives.
 */
import {
  currentLanguage,
  i18n,
  initI18n,
  initialLanguage,
  isUiLanguage,
  LANGUAGE_STORAGE_KEY,
  pickLanguage,
  setUiLanguage,
} from '../i18n';
import { getHost, MENU_LABEL_KEYS, type MenuLabels } from '../platform';

/** Blanks main fills in itself (a file's name and folder, an error's words, a wait in its native dialogs), passed through as they are. */
const MAIN_BLANKS = {
  name: '{{name}}',
  folder: '{{folder}}',
  detail: '{{detail}}',
  seconds: '{{seconds}}',
  size: '{{size}}',
  limit: '{{limit}}',
};

/** The native menus' and dialogs' words in the current language, from the catalogue's `menu` section. */
export function menuLabels(): MenuLabels {
  return Object.fromEntries(
    MENU_LABEL_KEYS.map((key) => [key, i18n.t(`menu.${key}`, { appName: 'Waymark', ...MAIN_BLANKS })]),
  ) as MenuLabels;
}

function tellHost() {
  getHost().setLanguage(currentLanguage(), menuLabels());
}

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

function browserLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

function rememberedLanguage(): string | null {
  try {
    return storage()?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function startLanguage(): void {
  initI18n(initialLanguage(storage(), browserLocales()));
  i18n.on('languageChanged', tellHost);
  tellHost();
  if (isUiLanguage(rememberedLanguage())) return;
  void getHost()
    .appInfo()
    .then((info) => {
      // A language the person chose while the OS locale was on its way wins over the locale.
      if (isUiLanguage(rememberedLanguage())) return;
      if (info.locale) void setUiLanguage(pickLanguage([info.locale, ...browserLocales()]));
    })
    .catch(() => undefined);
}
