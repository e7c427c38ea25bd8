/**
 * Every deliverable speaks its language: a Tamil deck has Tamil slide titles,
 * column headings, continuation and "more" lines and speaker notes (no word
 * of the English deck), and a friction type, stored by its English id
 * ('missing information'), prints by its name in the document's language in
 * the report, the viewer, the deck and the Markdown; the data exports keep
 * the id.
 */
import { describe, expect, it } from 'vitest';
import { newOpportunity, newPainPoint } from '../../../renderer/src/domain/factories';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { FRICTION_TYPES, type FrictionType } from '../../../renderer/src/domain/vocabulary';
import { deckFonts } from '../../../renderer/src/exports/pptx/fonts';
import { buildViewerHtml } from '../../../renderer/src/exports/viewer/build';
import { journeyDeckTexts } from './deck-text';
import { touchpointsToCsv } from '../../../renderer/src/files/csv/export';
import { frictionTypesText, frictionTypeText } from '../../../renderer/src/reports/friction-text';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { buildMarkdownReport } from '../../../renderer/src/reports/markdown';
import type { ReportLanguage } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';
import { reportOptions } from '../reports/fixture';

const ta = REPORT_LABELS.ta;
const en = REPORT_LABELS.en;
const TYPES: FrictionType[] = ['missing information', 'waiting', 'hand-offs'];
/** The types' English ids and English names, none of which a Tamil document may print. */
const ENGLISH_TYPE_WORDS = /missing information|waiting|hand-offs/i;

/**
 * One stage of twelve Tamil-titled touchpoints, more than a map column and the hot-spot slide show; each with
 * friction of three types, an emotion, a pain point and an opportunity (one done, so the ranking says what it
 * left out).
 */
function tamilJourney(): JourneyDocument {
  const b = journey(TAMIL[0]);
  const stage = b.stage(TAMIL[1]);
  for (let i = 0; i < 12; i++) {
    const opportunity = {
      ...newOpportunity(`${TAMIL[2]} ${i + 1}`),
      status: i === 0 ? ('done' as const) : ('idea' as const),
    };
    b.touchpoint(stage, {
      title: `${TAMIL[3]} ${i + 1}`,
      emotion: -2,
      friction: { score: 4, types: TYPES },
      painPoints: [newPainPoint(`${TAMIL[4]} ${i + 1}`, 3)],
      opportunities: [opportunity],
    });
  }
  return b.build();
}

describe('friction type names', () => {
  it('every language names every type, in the words of the app’s friction menu', () => {
    for (const language of Object.keys(REPORT_LABELS) as ReportLanguage[]) {
      const names = FRICTION_TYPES.map((t) => frictionTypeText(t, REPORT_LABELS[language]));
      expect(new Set(names).size, language).toBe(FRICTION_TYPES.length);
      if (language !== 'en') for (const name of names) expect(name, language).not.toMatch(/[A-Za-z]/);
    }
    expect(frictionTypesText(TYPES, ta)).toBe('விடுபட்ட தகவல், காத்திருப்பு, கைமாற்றங்கள்');
    expect(frictionTypesText(TYPES, en)).toBe('Missing information, Waiting, Hand-offs');
    expect(frictionTypesText([], ta)).toBe('');
  });
});

describe('a Tamil deliverable names friction types in Tamil', () => {
  const doc = tamilJourney();
  const names = frictionTypesText(TYPES, ta);

  it('report: the stage table and the hot spots', () => {
    const html = buildReportHtml(doc, reportOptions({ language: 'ta', logo: null }), { fonts: [], personaPhotos: {} });
    const stages = html.slice(html.indexOf('id="sec-stages"'), html.indexOf('id="sec-hotspots"'));
    const hotspots = html.slice(html.indexOf('id="sec-hotspots"'));
    expect(stages).toContain(`<div class="muted kinds">${names}</div>`);
    expect(hotspots).toContain(`<div class="muted kinds">${names}</div>`);
    expect(html).not.toMatch(ENGLISH_TYPE_WORDS);
  });

  it('Markdown', () => {
    const md = buildMarkdownReport(doc, ta);
    expect(md).toContain(`- **${ta.table.friction}:** 4/5 (${names})\n`);
    expect(md).not.toMatch(ENGLISH_TYPE_WORDS);
  });

  it('interactive viewer: the record and what search finds', () => {
    const html = buildViewerHtml(doc, { fonts: [], language: 'ta' });
    expect(html).toContain(`<b class="num">4/5</b> · ${names}`);
    expect(html).not.toMatch(ENGLISH_TYPE_WORDS);
  });

  it('data exports keep the ids, which read back', () => {
    expect(touchpointsToCsv(doc)).toContain('missing information');
  });
});

describe('a Tamil deck', () => {
  const doc = tamilJourney();

  it('has Tamil slide titles, headings, lines and speaker notes, and no word of the English deck', async () => {
    const { slides, notes } = await journeyDeckTexts(doc, 'ta');
    expect(slides).toContain(ta.sections.map);
    expect(slides).toContain(ta.sections.hotspots);
    expect(slides).toContain(ta.deck.ranking);
    expect(slides).toContain(ta.deck.whyHere);
    expect(slides).toContain(frictionTypesText(TYPES, ta));
    // Twelve touchpoints: the map column and the hot-spot slide each say how many more there are, in Tamil.
    expect(slides).toContain('மேலும் ');
    expect(slides).toContain('PDF அறிக்கை அனைத்தையும் பட்டியலிடுகிறது');
    // The hot-spot reasons come from the report's words, not the domain's English sentence.
    expect(slides).toContain('உராய்வு 4/5');
    // The opportunity left out of the ranking is counted in Tamil.
    expect(slides).toContain('தரவரிசையில் இல்லாதவை: 1 முடிந்தது.');
    // Speaker notes: each part named in Tamil.
    expect(notes).toContain(`${ta.table.emotion} −2`);
    expect(notes).toContain(`${ta.workshop.kind.pain}: ${TAMIL[4]} 1`);
    expect(notes).toContain(`${ta.workshop.kind.opportunity}: ${TAMIL[2]} 2`);
    for (const text of [slides, notes]) {
      expect(text).not.toMatch(
        /Emotion|Pain point|Opportunit|more|see the|hottest|Ranked|Why here|done|dropped|priority/,
      );
      expect(text).not.toMatch(ENGLISH_TYPE_WORDS);
      // Nothing in Latin letters but the name of the PDF format and the seed text's own abbreviations.
      expect(text.replace(/PDF|CEM|CXM/g, '')).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('in English by default, with English names and notes', async () => {
    const { slides, notes } = await journeyDeckTexts(doc);
    expect(slides).toContain('Opportunity ranking');
    expect(slides).toContain('Missing information, Waiting, Hand-offs');
    expect(slides).toMatch(/\+ \d+ more touchpoints \(see the stage slides\)/);
    expect(slides).toContain('not ranked: 1 done.');
    expect(notes).toContain('Emotion −2');
    expect(notes).toContain(`Pain point: ${TAMIL[4]} 1`);
    expect(notes).toContain(`Opportunity: ${TAMIL[2]} 2`);
  });

  it('names the fonts its language needs', () => {
    const b = journey('Renewal');
    b.touchpoint(b.stage('Receive'), { title: 'Parcel arrives', friction: { score: 2, types: ['waiting'] } });
    const latin = b.build();
    expect(deckFonts(latin, 'en').scripts).toEqual(['latin']);
    expect(deckFonts(latin, 'hy').families).toContain('Noto Sans Armenian');
  });
});
