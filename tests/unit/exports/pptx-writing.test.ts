import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeck, type DeckOptions } from '../../../renderer/src/exports/pptx/deck';
import { pptxStepText } from '../../../renderer/src/files-ui/export/use-pptx-export';
import { setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(() => setUiLanguage('en'));

const options = (overrides: Partial<DeckOptions> = {}): DeckOptions => ({
  layout: '16:9',
  brandColour: '#0b7285',
  logo: null,
  date: new Date(Date.UTC(2026, 10, 28)),
  ...overrides,
});

function manyStages() {
  const b = journey({ title: TAMIL[0] });
  for (let s = 0; s < 6; s++) {
    const stage = b.stage(`Stage ${s + 1}`);
    const cards = Array.from({ length: 12 }, (_, i) =>
      b.touchpoint(stage, { title: `${TAMIL[i % TAMIL.length]} ${s}.${i}`, emotion: (i % 7) - 3, pains: [2] }),
    );
    b.chain(...cards);
  }
  return b.build();
}

describe('the deck’s last step, writing the file', { timeout: 60_000 }, () => {
  it('is told as its own phase after every slide step, and the file is still a whole, compressed deck', async () => {
    const seen: string[] = [];
    const bytes = await buildDeck(manyStages(), {
      ...options(),
      onProgress: (done, total, phase) => {
        seen.push(`${phase} ${done}/${total}`);
      },
    });
    const slideSteps = seen.filter((s) => s.startsWith('slides'));
    const writing = seen.filter((s) => s.startsWith('writing'));
    expect(slideSteps.length).toBeGreaterThan(6);
    expect(writing.length).toBeGreaterThanOrEqual(2);
    // Writing comes after every slide step and ends the run at total/total.
    expect(seen.indexOf(writing[0]!)).toBe(slideSteps.length);
    const [, last] = /(\d+)\/(\d+)$/.exec(seen[seen.length - 1]!)!.slice(1);
    expect(seen[seen.length - 1]).toBe(`writing ${last}/${last}`);
    const parts = unzipSync(bytes);
    const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThan(6);
    const unpacked = Object.values(parts).reduce((sum, part) => sum + part.length, 0);
    expect(bytes.length).toBeLessThan(unpacked / 3);
    expect(new TextDecoder().decode(parts['ppt/slides/slide1.xml'])).toContain(TAMIL[0]);
  });

  it('can be cancelled while the file is written: the build stops with the cancel and returns no bytes', async () => {
    const cancel = new Error('cancelled');
    await expect(
      buildDeck(manyStages(), {
        ...options(),
        onProgress: (_done, _total, phase) => {
          if (phase === 'writing') throw cancel;
        },
      }),
    ).rejects.toBe(cancel);
  });

  it('says “Writing the file…” in every language, with no share it cannot know', async () => {
    const texts = new Set<string>();
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      const text = pptxStepText({ kind: 'writing' });
      expect(text).not.toMatch(/%|\{\{/);
      expect(text).not.toBe(pptxStepText({ kind: 'saving' }));
      texts.add(text);
    }
    await setUiLanguage('en');
    expect(pptxStepText({ kind: 'writing' })).toBe('Writing the file…');
    expect(texts.size).toBe(UI_LANGUAGES.length);
  });
});
