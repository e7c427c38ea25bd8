import { describe, expect, it } from 'vitest';
import { openReport } from '../../../renderer/src/files-ui/open-files';
import { titleInSentence } from '../../../renderer/src/ui/title-in-sentence';
import { TAMIL_LONG } from '../../fixtures/seed-text';

const none = { repairTexts: [], warningTexts: [] };

describe('the toast after opening a file', () => {
  it('quotes a long title by its start, so a 1,000-character title does not fill the window', () => {
    const { summary } = openReport('huge.journey', 'W'.repeat(1000), none);
    expect(summary).toBe(`Opened “${'W'.repeat(80)}…” from huge.journey.`);
    const salvaged = openReport('huge.journey', 'W'.repeat(1000), none, true).summary;
    expect(salvaged.length).toBeLessThan(140);
  });

  it('keeps a short title whole', () => {
    expect(openReport('map.journey', 'Renewal', none).summary).toBe('Opened “Renewal” from map.journey.');
    expect(titleInSentence('x'.repeat(80))).toBe('x'.repeat(80));
  });

  it('cuts Tamil between letters, never between a consonant and its vowel sign', () => {
    const cut = titleInSentence(TAMIL_LONG);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(TAMIL_LONG.startsWith(kept)).toBe(true);
    const segments = [...new Intl.Segmenter('ta', { granularity: 'grapheme' }).segment(TAMIL_LONG)].map(
      (s) => s.segment,
    );
    expect(segments.slice(0, 80).join('')).toBe(kept);
  });
});
