import { describe, expect, it } from 'vitest';
import { deckFonts } from '../../../renderer/src/exports/pptx/fonts';
import { scriptRuns, scriptsIn } from '../../../renderer/src/reports/scripts';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE, SEED_TITLE, TAMIL } from '../../fixtures/seed-text';

describe('scriptRuns: text cut into runs of one script', () => {
  it('gives back the text, with digits, spaces and punctuation joining the run before them', () => {
    const text = `CEM: ${SEED_PHRASE.tamil} (3.0) ${SEED_PHRASE.armenian}!`;
    const runs = scriptRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.map((r) => r.script)).toEqual(['latin', 'tamil', 'armenian']);
    expect(runs[1]!.text).toBe(`${SEED_PHRASE.tamil} (3.0) `);
  });

  it('keeps Tamil, Telugu and Malayalam clusters (vowel signs, viramas, joiners) in one run', () => {
    for (const text of [TAMIL[0], SEED_TITLE.malayalam]) {
      const runs = scriptRuns(text);
      expect(runs).toHaveLength(1);
      expect(runs[0]!.text).toBe(text);
    }
    // Telugu with a Latin word inside: the Latin word is its own run, the rest stays Telugu.
    const telugu = scriptRuns(SEED_TITLE.telugu);
    expect(telugu.map((r) => r.script)).toEqual(['latin', 'telugu']);
    expect(telugu.map((r) => r.text).join('')).toBe(SEED_TITLE.telugu);
  });

  it('makes text with no letters one Latin run, and leading punctuation join the first script', () => {
    expect(scriptRuns('12 / 5')).toEqual([{ text: '12 / 5', script: 'latin' }]);
    expect(scriptRuns(`“${SEED_PHRASE.armenian}”`)).toEqual([
      { text: `“${SEED_PHRASE.armenian}”`, script: 'armenian' },
    ]);
    expect(scriptRuns('')).toEqual([]);
  });

  it('lists the scripts present, in a fixed order', () => {
    expect(scriptsIn([SEED_PHRASE.malayalam, 'abc', SEED_PHRASE.tamil])).toEqual(['latin', 'tamil', 'malayalam']);
    expect(scriptsIn(['123', ''])).toEqual([]);
  });
});

describe('deckFonts: what the export dialog says about fonts', () => {
  it('names the Noto family of every script the journey uses', () => {
    const b = journey('Renewal');
    const stage = b.stage(SEED_PHRASE.tamil);
    b.touchpoint(stage, { title: 'Call', painPoints: [] });
    b.touchpoint(stage, { title: 'Visit', thoughts: SEED_TITLE.armenian });
    const fonts = deckFonts(b.build());
    expect(fonts.scripts).toEqual(['latin', 'tamil', 'armenian']);
    expect(fonts.families).toEqual(['Noto Sans', 'Noto Sans Tamil', 'Noto Sans Armenian']);
    expect(fonts.message).toBe(
      'For its Tamil and Armenian text, the computer that shows the deck needs Noto Sans, Noto Sans Tamil and ' +
        'Noto Sans Armenian installed (free from Google Fonts); without them the text may show as empty boxes.',
    );
  });

  it('asks for nothing special when all text is Latin', () => {
    const b = journey('Renewal');
    b.touchpoint(b.stage('Buy'), { title: 'Pay' });
    const fonts = deckFonts(b.build());
    expect(fonts.families).toEqual(['Noto Sans']);
    expect(fonts.message).toContain('Noto Sans');
  });
});
