/**
 * The PowerPoint dialog's sentence on fonts, in the interface language: which of the journey's scripts
 * need which Noto families (exports/pptx/fonts.ts finds them; it knows no catalogue). Font and site names
 * are names, kept out of the catalogues.
 */
import type { DeckFonts } from '../../exports/pptx/fonts';
import { currentLanguage, i18n, LANGUAGE_LOCALES } from '../../i18n';

type TextScript = DeckFonts['scripts'][number];

const SCRIPT_KEYS: Readonly<Record<Exclude<TextScript, 'latin'>, string>> = {
  tamil: 'export.pptxScript.tamil',
  telugu: 'export.pptxScript.telugu',
  malayalam: 'export.pptxScript.malayalam',
  armenian: 'export.pptxScript.armenian',
};

const FONT_SOURCE = 'Google Fonts';

/** "A, B and C" as the language lists things; commas alone where the runtime has no list data for it (Armenian in Chromium). */
function list(items: readonly string[], locale: string): string {
  if (Intl.ListFormat.supportedLocalesOf([locale]).length === 0) return items.join(', ');
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

export function deckFontsText(fonts: Pick<DeckFonts, 'scripts' | 'families'>): string {
  const locale = LANGUAGE_LOCALES[currentLanguage()];
  const others = fonts.scripts.filter((s): s is Exclude<TextScript, 'latin'> => s !== 'latin');
  if (others.length === 0) return i18n.t('export.pptxFontsLatin', { fonts: list(fonts.families, locale) });
  return i18n.t('export.pptxFontsScripts', {
    scripts: list(
      others.map((s) => i18n.t(SCRIPT_KEYS[s])),
      locale,
    ),
    fonts: list(fonts.families, locale),
    source: FONT_SOURCE,
  });
}
