/**
 * A customer's quote prints inside the deliverable's quotation marks once:
 * a quote typed or pasted with marks of its own (the templates' “…”) is not
 * printed as ““…”” in the report, the Markdown, the viewer or the deck.
 */
import { describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildViewerHtml } from '../../../renderer/src/exports/viewer/build';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { buildMarkdownReport } from '../../../renderer/src/reports/markdown';
import { unquoted } from '../../../renderer/src/reports/quote-text';
import { journey } from '../../fixtures/journey-builder';
import { reportOptions } from '../reports/fixture';
import { journeyDeckTexts } from './deck-text';

/** A customer's words in Telugu ("It still hasn't come"), pasted with their own marks. */
const WORDS = 'పార్సెల్ ఇంకా రాలేదు';
const QUOTED = `“${WORDS}”`;
const PLAIN = 'It came the very next day.';
const TWO_PARTS = '"Fine," she said, "but late."';

function quotedJourney(): JourneyDocument {
  const b = journey('Quotes');
  b.touchpoint(b.stage('Receive'), { title: 'Parcel arrives', quotes: [QUOTED, PLAIN, TWO_PARTS] });
  return b.build();
}

describe('unquoted', () => {
  it('drops one pair of marks that encloses the whole quote, in any usual style', () => {
    expect(unquoted(QUOTED)).toBe(WORDS);
    expect(unquoted('  "Too slow."  ')).toBe('Too slow.');
    expect(unquoted('«Ինչու՞ այսքան երկար»')).toBe('Ինչու՞ այսքան երկար');
    expect(unquoted('„Zu langsam.“')).toBe('Zu langsam.');
    expect(unquoted('‘Fine’')).toBe('Fine');
  });

  it('keeps a quote without marks, marks that belong to quoted parts, and a lone mark', () => {
    expect(unquoted(PLAIN)).toBe(PLAIN);
    expect(unquoted(TWO_PARTS)).toBe(TWO_PARTS);
    expect(unquoted('“Half open')).toBe('“Half open');
    expect(unquoted('""')).toBe('""');
  });
});

describe('a Telugu deliverable prints each quote inside one pair of marks', () => {
  const doc = quotedJourney();
  const DOUBLED = /““|””/;

  it('report', () => {
    const html = buildReportHtml(doc, reportOptions({ language: 'te', logo: null }), { fonts: [], personaPhotos: {} });
    expect(html).toContain(`<p class="tp-quote">“${WORDS}”</p>`);
    expect(html).toContain(`<p class="tp-quote">“${PLAIN}”</p>`);
    expect(html).toContain('<p class="tp-quote">“&quot;Fine,&quot; she said, &quot;but late.&quot;”</p>');
    expect(html).not.toMatch(DOUBLED);
  });

  it('Markdown', () => {
    const md = buildMarkdownReport(doc, REPORT_LABELS.te);
    expect(md).toContain(`- “${WORDS}”\n`);
    expect(md).not.toMatch(DOUBLED);
  });

  it('interactive viewer', () => {
    const html = buildViewerHtml(doc, { fonts: [], language: 'te' });
    expect(html).toContain(`<li>“${WORDS}”</li>`);
    expect(html).not.toMatch(DOUBLED);
  });

  it('deck: slides and speaker notes', async () => {
    const { slides, notes } = await journeyDeckTexts(doc, 'te');
    expect(slides).toContain(`“${WORDS}”`);
    expect(notes).toContain(`“${WORDS}”`);
    expect(slides + notes).not.toMatch(DOUBLED);
  });
});
