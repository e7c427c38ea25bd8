/**
 * The words for a record's fields (i18n/field-words.ts): one for every field a salvage can name, in all
 * five languages, the label a screen already shows where there is one; in English the same word the
 * domain writes in its log sentence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_WORDS, type FieldCode } from '../../../renderer/src/domain/salvage-fields';
import { FIELD_WORD_KEYS, fieldWord, midSentence } from '../../../renderer/src/i18n/field-words';
import { CATALOGUES, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';

function lookup(language: string, key: string): unknown {
  const catalogue = CATALOGUES[language as keyof typeof CATALOGUES];
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogue);
}

describe('field words', () => {
  afterEach(() => setUiLanguage('en'));

  it('every field has a word in all five languages; in English it is the domain’s word', async () => {
    const codes = Object.keys(FIELD_WORDS) as FieldCode[];
    expect(Object.keys(FIELD_WORD_KEYS).sort()).toEqual([...codes].sort());
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      for (const code of codes) {
        const word = lookup(language, FIELD_WORD_KEYS[code]);
        expect(typeof word === 'string' && word.trim() !== '', `${language} ${code}`).toBe(true);
        expect(fieldWord(code), `${language} ${code}`).toBe(midSentence(word as string, language));
        if (language === 'en') expect(fieldWord(code)).toBe(FIELD_WORDS[code]);
      }
    }
  });

  it('reuses the labels the screens show: the inspector’s, the table view’s, the persona editor’s', () => {
    expect(FIELD_WORD_KEYS.emotion).toBe('inspector.emotion');
    expect(FIELD_WORD_KEYS.painPoint).toBe('inspector.itemPainPoint');
    expect(FIELD_WORD_KEYS.csat).toBe('table.columns.csat');
    expect(FIELD_WORD_KEYS.need).toBe('panels.need');
  });

  it('lowers a capital that only starts a label, in the language’s own way; capitals and scripts without case stay', () => {
    expect(midSentence('Severity', 'en')).toBe('severity');
    expect(midSentence('Owner (actor)', 'en')).toBe('owner (actor)');
    expect(midSentence('CSAT answers', 'en')).toBe('CSAT answers');
    expect(midSentence('NPS', 'en')).toBe('NPS');
    expect(midSentence('Հույզ', 'hy')).toBe('հույզ');
    expect(midSentence('உணர்ச்சி', 'ta')).toBe('உணர்ச்சி');
  });

  it('a code this build does not know is said as it is', () => {
    expect(fieldWord('mood')).toBe('mood');
    expect(fieldWord('toString')).toBe('toString');
  });
});
