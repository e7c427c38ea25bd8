/**
 * The deck's personas (exports/pptx/slides.ts personaSlides): each persona's name, role, quote,
 * needs, fears, goals and desires as editable text runs on a Personas slide, in the deck's language
 * and in the Noto family of each script; all on one slide when they fit, else over "2 of 3" slides,
 * with every item kept in the notes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../../renderer/src/exports/pptx/deck';
import { deckFonts } from '../../../renderer/src/exports/pptx/fonts';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import type { ReportLanguage } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, MALAYALAM, SEED_PHRASE, TAMIL, TELUGU } from '../../fixtures/seed-text';

/** Each slide's XML and its notes' XML, in slide order. */
async function deckSlides(doc: ReturnType<ReturnType<typeof journey>['build']>, language: ReportLanguage) {
  const parts = unzipSync(
    await buildDeck(doc, { layout: '16:9', brandColour: '#0b7285', logo: null, date: '', language }),
  );
  const numbered = (pattern: RegExp) =>
    Object.keys(parts)
      .filter((n) => pattern.test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]))
      .map((n) => strFromU8(parts[n]!));
  return {
    slides: numbered(/^ppt\/slides\/slide\d+\.xml$/),
    notes: numbered(/^ppt\/notesSlides\/notesSlide\d+\.xml$/),
  };
}

/** A slide's paragraphs, each its runs' text joined. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    [...p[1]!.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => t[1]).join(''),
  );

/** The typeface of each run holding this text. */
const fontsOf = (xml: string, text: string) =>
  [...xml.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)]
    .filter((r) => r[1]!.includes(`<a:t>${text}`))
    .map((r) => /<a:latin typeface="([^"]*)"/.exec(r[1]!)?.[1]);

function twoPersonas() {
  const b = journey('Renewal');
  b.stage('Discover');
  b.persona(SEED_PHRASE.tamil, true, {
    role: SEED_PHRASE.telugu,
    quote: SEED_PHRASE.malayalam,
    needs: [TAMIL[1]!.slice(0, 40).trim()],
    fears: [TELUGU[1]!.slice(0, 40).trim()],
    goals: [MALAYALAM[1]!.slice(0, 40).trim()],
    desires: [ARMENIAN[1]!.slice(0, 40).trim()],
  });
  b.persona(SEED_PHRASE.armenian, true, { role: 'Buyer', needs: ['Speed'], spender: true });
  return b.build();
}

describe('the deck’s personas', { timeout: 30_000 }, () => {
  for (const language of ['ta', 'hy'] as const) {
    it(`puts every persona on one Personas slide after the title, as text in the deck’s language (${language})`, async () => {
      const doc = twoPersonas();
      const labels = REPORT_LABELS[language];
      const { slides } = await deckSlides(doc, language);
      const slide = slides[1]!;
      const texts = paragraphs(slide);
      expect(texts[0]).toBe(labels.sections.personas);
      expect(slides.filter((s) => paragraphs(s)[0] === labels.sections.personas)).toHaveLength(1);
      for (const heading of [
        labels.persona.needs,
        labels.persona.fears,
        labels.persona.goals,
        labels.persona.desires,
      ]) {
        expect(texts).toContain(heading);
      }
      const [tamil, armenian] = doc.personas;
      expect(texts).toEqual(
        expect.arrayContaining([
          tamil!.name,
          tamil!.role,
          `“${tamil!.quote}”`,
          `• ${tamil!.needs[0]}`,
          `• ${tamil!.fears[0]}`,
          `• ${tamil!.goals[0]}`,
          `• ${tamil!.desires[0]}`,
          armenian!.name,
          'Buyer',
          labels.persona.spender,
          '• Speed',
        ]),
      );
      expect(fontsOf(slide, tamil!.name)).toEqual(['Noto Sans Tamil']);
      expect(fontsOf(slide, armenian!.name)).toEqual(['Noto Sans Armenian']);
      expect(fontsOf(slide, tamil!.role)).toEqual(['Noto Sans Telugu']);
      expect(fontsOf(slide, labels.persona.needs)).toEqual([
        language === 'ta' ? 'Noto Sans Tamil' : 'Noto Sans Armenian',
      ]);
    });
  }

  it('goes on over continuation slides when the personas do not fit, every item kept in the notes', async () => {
    const b = journey('Many');
    b.stage('Discover');
    const many = Array.from({ length: 9 }, (_, i) =>
      b.persona(`${SEED_PHRASE.malayalam} ${i + 1}`, true, {
        role: 'Role',
        needs: Array.from({ length: 12 }, (_, j) => `Need ${i + 1}.${j + 1} ${TELUGU[0]!.slice(0, 30)}`),
      }),
    );
    const { slides, notes } = await deckSlides(b.build(), 'en');
    const personaSlides = slides.filter((s) => paragraphs(s)[0]?.startsWith('Personas'));
    expect(personaSlides.length).toBeGreaterThan(1);
    expect(paragraphs(personaSlides[1]!)[0]).toBe(`Personas  2 of ${personaSlides.length}`);
    const onSlides = personaSlides.flatMap(paragraphs);
    for (const p of many) expect(onSlides).toContain(p.name);
    expect(onSlides.some((t) => /^\+ \d+ more \(see the notes\)$/.test(t))).toBe(true);
    const allNotes = notes.join('\n');
    for (const p of many) for (const need of p.needs) expect(allNotes).toContain(need);
  });

  it('keeps a list item of a sentence whole on the slide (a template’s goal of 80 letters)', async () => {
    const b = journey('Renewal');
    b.stage('Discover');
    const goal = 'Have the children’s and her own winter clothes sorted by the first cold weekend';
    b.persona('Maya', true, { goals: [goal], needs: ['Clear delivery dates'] });
    const { slides } = await deckSlides(b.build(), 'en');
    expect(paragraphs(slides[1]!)).toContain(`• ${goal}`);
  });

  it('names the fonts of the personas’ scripts in the export dialog', () => {
    const b = journey('Renewal');
    b.persona('Priya', true, { needs: [SEED_PHRASE.malayalam] });
    expect(deckFonts(b.build(), 'en').families).toContain('Noto Sans Malayalam');
  });

  it('has no Personas slide for a journey without personas', async () => {
    const b = journey('Renewal');
    b.stage('Discover');
    const { slides } = await deckSlides(b.build(), 'en');
    expect(slides.flatMap(paragraphs)).not.toContain('Personas');
  });
});
