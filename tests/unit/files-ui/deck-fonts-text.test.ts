import { afterEach, describe, expect, it } from 'vitest';
import { deckFonts } from '../../../renderer/src/exports/pptx/fonts';
import { deckFontsText } from '../../../renderer/src/files-ui/export/deck-fonts-text';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE, SEED_TITLE } from '../../fixtures/seed-text';

function tamilAndArmenian() {
  const b = journey('Renewal');
  const stage = b.stage(SEED_PHRASE.tamil);
  b.touchpoint(stage, { title: 'Call', painPoints: [] });
  b.touchpoint(stage, { title: 'Visit', thoughts: SEED_TITLE.armenian });
  return deckFonts(b.build());
}

/** What is left once the names (fonts, the site, PowerPoint) are taken out: the sentence's own words. */
const words = (text: string) =>
  text.replace(/Noto Sans( Tamil| Armenian)?|Google Fonts|PowerPoint/g, '').replace(/[^\p{L}]+/gu, ' ');

describe('the PowerPoint dialog’s sentence on fonts, in the interface language', () => {
  afterEach(() => setUiLanguage('en'));

  it('in English, as before', async () => {
    await setUiLanguage('en');
    expect(deckFontsText(tamilAndArmenian())).toBe(
      'For its Tamil and Armenian text, the computer that shows the deck needs Noto Sans, Noto Sans Tamil and ' +
        'Noto Sans Armenian installed (free from Google Fonts); without them the text may show as empty boxes.',
    );
  });

  it('in Tamil, Telugu, Malayalam and Armenian: the scripts named in the language, no English sentence', async () => {
    const tamilName = { ta: 'தமிழ்', te: 'తమిళ', ml: 'തമിഴ്', hy: 'թամիլերեն' } as const;
    for (const language of ['ta', 'te', 'ml', 'hy'] as const) {
      await setUiLanguage(language);
      const text = deckFontsText(tamilAndArmenian());
      expect(text, language).toContain(tamilName[language]);
      expect(text, language).toContain('Noto Sans Armenian');
      expect(text, language).toContain('Google Fonts');
      expect(words(text), language).not.toMatch(/[A-Za-z]{2,}/);
      const latinOnly = deckFontsText({ scripts: ['latin'], families: ['Noto Sans'] });
      expect(latinOnly, language).toContain('Noto Sans');
      expect(words(latinOnly), language).not.toMatch(/[A-Za-z]{2,}/);
    }
  });
});
