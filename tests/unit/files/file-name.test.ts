import { describe, expect, it } from 'vitest';
import { journeyFileName } from '../../../renderer/src/files';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('journeyFileName', () => {
  it('keeps titles in any script', () => {
    expect(journeyFileName(TAMIL[0])).toBe(`${TAMIL[0]}.journey`);
    expect(journeyFileName('Հաճախորդների հավատարմություն')).toBe('Հաճախորդների հավատարմություն.journey');
    expect(journeyFileName('Onboarding', 'csv')).toBe('Onboarding.csv');
  });

  it('replaces characters no file system accepts', () => {
    expect(journeyFileName('Buy: online/offline <v2> "draft" a\\b | c? *')).toBe(
      'Buy - online-offline -v2- -draft- a-b - c- -.journey',
    );
    // A colon between words reads as a dash between words; one in a time stays one character.
    expect(journeyFileName('Online order: damaged item, 10:30')).toBe('Online order - damaged item, 10-30.journey');
    expect(journeyFileName('tab\there\u0000nul\u007f')).toBe('tab-here-nul-.journey');
  });

  it('trims dots and spaces at the ends, and removes bidi overrides', () => {
    expect(journeyFileName('  ..Report.. ')).toBe('Report.journey');
    expect(journeyFileName('photo\u202Egpj.exe')).toBe('photogpj.exe.journey');
  });

  it('steps around Windows reserved names', () => {
    expect(journeyFileName('CON')).toBe('CON_.journey');
    expect(journeyFileName('nul')).toBe('nul_.journey');
    expect(journeyFileName('com1.txt')).toBe('com1_.txt.journey');
    expect(journeyFileName('LPT9')).toBe('LPT9_.journey');
    expect(journeyFileName('Console')).toBe('Console.journey');
  });

  it('falls back to “Untitled journey”', () => {
    expect(journeyFileName('')).toBe('Untitled journey.journey');
    expect(journeyFileName(' ... ')).toBe('Untitled journey.journey');
  });

  it('limits the name to 200 UTF-8 bytes without splitting a character or cluster', () => {
    for (const sentence of [TAMIL[1], TELUGU[4], MALAYALAM[1], ARMENIAN[3]]) {
      const long = `${sentence} ${sentence}`.replace(/[<>:"/\\|?*]/g, '-');
      const name = journeyFileName(long);
      expect(bytes(name)).toBeLessThanOrEqual(200);
      expect(name.endsWith('.journey')).toBe(true);
      const base = name.slice(0, -'.journey'.length);
      expect(long.startsWith(base)).toBe(true);
      // The cut falls on a grapheme boundary of the original.
      const boundaries = new Set(
        [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(long)].map((s) => s.index),
      );
      expect(boundaries.has(base.length) || /[\s.]/.test(long[base.length] ?? ' ')).toBe(true);
    }
    const emoji = journeyFileName('👩‍👩‍👧‍👦'.repeat(20));
    expect(bytes(emoji)).toBeLessThanOrEqual(200);
    expect(emoji.replace('.journey', '').length % '👩‍👩‍👧‍👦'.length).toBe(0);
  });

  it('drops lone surrogates and stays NFC', () => {
    expect(journeyFileName('a\ud800b')).toBe('ab.journey');
    expect(journeyFileName('e\u0301')).toBe('\u00e9.journey');
  });
});
