import { afterEach, describe, expect, it } from 'vitest';
import { evidenceSummary, type EvidenceSummary } from '../../../renderer/src/domain/evidence';
import { evidenceText } from '../../../renderer/src/editor/panels/evidence-text';
import { setUiLanguage } from '../../../renderer/src/i18n';

/** 7 items: 2 by data, 1 by research, 2 on assumptions or anecdotes, 2 with no level (as domain/evidence's test). */
const SUMMARY: EvidenceSummary = {
  items: 7,
  touchpoints: { assumption: 0, anecdote: 1, research: 1, data: 1, none: 1 },
  painPoints: { assumption: 1, anecdote: 0, research: 0, data: 1, none: 1 },
  all: { assumption: 1, anecdote: 1, research: 1, data: 2, none: 2 },
  dataShare: 29,
  researchOrDataShare: 43,
};

describe('the insights panel’s evidence sentence, in the interface language', () => {
  afterEach(() => setUiLanguage('en'));

  it('reads in English as the domain sentence does, the share written as a percentage', async () => {
    await setUiLanguage('en');
    expect(evidenceText(SUMMARY)).toBe(
      '2 of 7 touchpoints and pain points (29%) are backed by data and 1 more by research; 2 rest on assumptions or anecdotes; 2 have no evidence level.',
    );
    expect(evidenceText({ ...SUMMARY, all: { ...SUMMARY.all, data: 1, research: 0 } })).toMatch(
      /^1 of 7 .* is backed by data;/,
    );
    expect(evidenceText(evidenceSummary({ touchpoints: [] }))).toBe('The map has no touchpoints yet.');
  });

  it('has no English left in Tamil, Telugu, Malayalam and Armenian (it was English in every language)', async () => {
    for (const language of ['ta', 'te', 'ml', 'hy'] as const) {
      await setUiLanguage(language);
      for (const s of [SUMMARY, evidenceSummary({ touchpoints: [] })]) {
        const text = evidenceText(s);
        expect(text, language).not.toMatch(/[A-Za-z]|\{\{|panels\./);
      }
      expect(evidenceText(SUMMARY), language).toMatch(/\b7\b.*\b2\b/);
    }
    await setUiLanguage('hy');
    expect(evidenceText(SUMMARY)).toContain('(29%)');
    expect(evidenceText(SUMMARY).endsWith('։')).toBe(true);
  });
});
