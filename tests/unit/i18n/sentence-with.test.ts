/** `sentenceWith` says a sentence with one value exactly as `t` does, once per language and key. */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, sentenceWith, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

afterEach(() => setUiLanguage('en'));

const VALUES = [
  'Pay at the till',
  TAMIL[0]!,
  ARMENIAN[0]!,
  TELUGU[0]!,
  MALAYALAM[0]!,
  'report\u202Egnp.journey',
  'a {{title}} and $t(editor.card.node) in a title',
  '',
];

describe('a sentence said for many values', () => {
  it('is the sentence t gives, in every language, for titles with scripts, controls and i18next syntax', async () => {
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      const card = sentenceWith('editor.card.node', 'title');
      const stage = sentenceWith('editor.stage.node', 'name');
      for (const value of VALUES) {
        expect(card(value)).toBe(i18n.t('editor.card.node', { title: value }));
        expect(stage(value)).toBe(i18n.t('editor.stage.node', { name: value }));
      }
    }
  });

  it('follows the interface language', async () => {
    expect(sentenceWith('editor.card.node', 'title')('X')).toBe('Touchpoint X');
    await setUiLanguage('ta');
    expect(sentenceWith('editor.card.node', 'title')('X')).toBe('தொடுப்புள்ளி X');
  });
});
