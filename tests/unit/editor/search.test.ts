import { describe, expect, it } from 'vitest';
import { matchesQuery, normaliseForSearch } from '../../../renderer/src/domain/search';
import { findMatches } from '../../../renderer/src/editor/search/match';
import { EMPTY_FILTERS } from '../../../renderer/src/editor/ui-store';
import { smallJourney } from './fixtures';
import {
  ARMENIAN,
  ARMENIAN_LONG,
  MALAYALAM,
  MALAYALAM_LONG,
  SEED_SENTENCES,
  TAMIL,
  TAMIL_LONG,
  TELUGU,
  TELUGU_LONG,
} from '../../fixtures/seed-text';

describe('search normalisation', () => {
  it('folds case and Latin diacritics', () => {
    expect(normaliseForSearch('Crème BRÛLÉE')).toBe('creme brulee');
    expect(matchesQuery('Façade review', 'facade')).toBe(true);
  });

  it('keeps vowel signs of Tamil, Telugu and Malayalam, which change the word', () => {
    expect(normaliseForSearch('கொடு')).not.toBe(normaliseForSearch('கடு'));
    expect(matchesQuery('வாடிக்கையாளர் அனுபவம்', 'அனுபவம்')).toBe(true);
    expect(matchesQuery('వినియోగదారు విధేయత', 'విధేయత')).toBe(true);
    expect(matchesQuery('സന്തുഷ്ടരായ ഉപഭോക്താക്കൾ', 'ഉപഭോക്താക്കൾ')).toBe(true);
  });

  it('folds Armenian case', () => {
    expect(matchesQuery('Հաճախորդների հավատարմություն', 'հաճախորդների')).toBe(true);
  });

  it('treats composed and decomposed text alike', () => {
    expect(normaliseForSearch('e\u0301')).toBe(normaliseForSearch('é'));
  });

  /** The per-character normaliser this one replaced: each result must stay the same. */
  function characterByCharacter(text: string): string {
    let out = '';
    let previousBase = '';
    for (const ch of text.normalize('NFD')) {
      if (/\p{M}/u.test(ch)) {
        if (!/[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u.test(previousBase)) out += ch;
        continue;
      }
      previousBase = ch;
      out += ch;
    }
    return out.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
  }

  const LATIN = [
    'Crème BRÛLÉE à la Façade — Ångström, Øre, Straße, ŒUVRE',
    '  Pays   online\tthen\nWAITS  ',
    'Zoë’s naïve café: résumé, jalapeño, Dvořák, Łódź, Ştefan, Nguyễn',
    'A\u0308\u0301ccent stacked, e\u0301 decomposed, \u0301 leading mark',
  ];
  const CYRILLIC_GREEK = ['Ёлка и ЙОГУРТ, ѝ', 'Ἀθῆναι ΚΑΛΗΜΈΡΑ ά', '\u0483\u0301 Cyrillic mark alone'];

  it('gives the results of the character-by-character normaliser on seed text in every script and on Latin with diacritics', () => {
    const texts = [
      ...SEED_SENTENCES,
      TAMIL_LONG,
      TELUGU_LONG,
      MALAYALAM_LONG,
      ARMENIAN_LONG,
      ...SEED_SENTENCES.map((s) => s.normalize('NFD')),
      ...SEED_SENTENCES.map((s) => ` ${s.toUpperCase()}\n\t `),
      ...LATIN,
      ...CYRILLIC_GREEK,
      '',
      '   ',
    ];
    for (const text of texts) expect(normaliseForSearch(text), text).toBe(characterByCharacter(text));
    expect(normaliseForSearch(LATIN[0]!)).toBe('creme brulee a la facade — angstrom, øre, straße, œuvre');
    expect(normaliseForSearch(LATIN[1]!)).toBe('pays online then waits');
    expect(normaliseForSearch(ARMENIAN[0])).toBe(ARMENIAN[0].toLocaleLowerCase('und'));
    // Vowel signs and viramas of the Indic scripts are kept, so a seed sentence is itself.
    for (const s of [...TAMIL, ...TELUGU, ...MALAYALAM]) expect(normaliseForSearch(s)).toBe(s.toLocaleLowerCase('und'));
  });
});

describe('canvas search and filters', () => {
  it('finds a touchpoint by its channel as the interface names it, and by the stored id', () => {
    const doc = smallJourney();
    const t = { ...doc.touchpoints[0]!, channel: 'social media' };
    const tamil = (channel: string) => (channel === 'social media' ? 'சமூக ஊடகம்' : channel);
    const find = (text: string, name?: (c: string) => string) => findMatches([t], [], { ...EMPTY_FILTERS, text }, name);
    expect(find('ஊடகம்', tamil)).toEqual([t.id]);
    expect(find('social', tamil)).toEqual([t.id]);
    // Without the interface's names, only the stored id is searched.
    expect(find('ஊடகம்')).toEqual([]);
  });

  it('matches text in titles and pain points, and filters by emotion', () => {
    const doc = smallJourney();
    doc.touchpoints[2]!.painPoints = [
      { id: 'pain:p1' as never, text: 'Card declined twice', severity: 3, originId: null, evidence: null },
    ];
    expect(findMatches(doc.touchpoints, [], { ...EMPTY_FILTERS, text: 'declined' })).toEqual([doc.touchpoints[2]!.id]);
    expect(findMatches(doc.touchpoints, [], { ...EMPTY_FILTERS, minSeverity: 3 })).toEqual([doc.touchpoints[2]!.id]);
    const negative = findMatches(doc.touchpoints, [], { ...EMPTY_FILTERS, emotionMax: -1 });
    expect(negative).toHaveLength(3);
  });

  it('asks a channel’s name once per channel for a whole search, and searches a card again once it is edited', () => {
    const doc = smallJourney();
    const cards = doc.touchpoints.map((t, i) => ({ ...t, channel: i % 2 ? 'email' : 'social media' }));
    let asked = 0;
    const tamil = (channel: string): string => {
      asked++;
      return channel === 'social media' ? 'சமூக ஊடகம்' : 'மின்னஞ்சல்';
    };
    const find = (list: typeof cards, text: string, name = tamil) =>
      findMatches(list, [], { ...EMPTY_FILTERS, text }, name);
    expect(find(cards, 'ஊடகம்')).toHaveLength(cards.length / 2);
    expect(asked).toBe(2);
    // The same cards searched again (the next key typed) give the same answer from the kept text.
    expect(find(cards, 'ஊடக')).toHaveLength(cards.length / 2);
    // An edited card is a new row: its new title is searched.
    const edited = cards.map((t, i) => (i === 0 ? { ...t, title: 'Orders a replacement' } : t));
    expect(find(edited, 'replacement')).toEqual([edited[0]!.id]);
    expect(find(cards, 'replacement')).toEqual([]);
    // The interface in another language: the channel's new name is searched, the old one no longer.
    const english = (channel: string) => channel;
    expect(find(cards, 'ஊடகம்', english)).toEqual([]);
    expect(find(cards, 'social', english)).toHaveLength(cards.length / 2);
  });
});
