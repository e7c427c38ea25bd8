/** The report embeds only the font files that draw its text: fewer data URLs for Chromium to load before printing. */
import { describe, expect, it } from 'vitest';
import { fontsForDocument, REPORT_FONT_FILES } from '../../../renderer/src/reports/fonts';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, TAMIL } from '../../fixtures/seed-text';
import { reportOptions } from './fixture';
import { loadReportFontsNode } from './load-fonts';

/** The embedded faces as "family weight first-range", from the document's @font-face rules. */
function embeddedFaces(html: string): string[] {
  return [
    ...html.matchAll(
      /@font-face\{font-family:"([^"]+)";font-style:normal;font-weight:(\d+);[^}]*unicode-range:([^,;]+)/g,
    ),
  ].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
}

describe('report fonts', () => {
  it('embeds Noto Sans Latin and the Tamil subset for a Latin and Tamil journey, and no other script', () => {
    const b = journey('Renewal');
    b.touchpoint(b.stage(TAMIL[0]!), { title: 'Reminder email' });
    const html = buildReportHtml(b.build(), reportOptions({ logo: null }), {
      fonts: loadReportFontsNode(),
      personaPhotos: {},
    });
    const faces = embeddedFaces(html);
    expect(faces).toContain('Noto Sans 400 U+0000-00FF');
    expect(faces).toContain('Noto Sans 700 U+0000-00FF');
    expect(faces).toContain('Noto Sans Tamil 400 U+0964-0965');
    expect(faces.some((f) => f.startsWith('Noto Sans Armenian'))).toBe(false);
    expect(faces.some((f) => f.startsWith('Noto Sans Telugu'))).toBe(false);
    // The Tamil family's own Latin subsets are never reached: Noto Sans draws Latin first.
    expect(faces.filter((f) => f.startsWith('Noto Sans Tamil')).every((f) => f.includes('U+0964'))).toBe(true);
    expect(faces.length).toBeLessThan(REPORT_FONT_FILES.length / 4);
  });

  it('keeps a script family once its text is there, and fonts of a family outside the stack', () => {
    const fonts = loadReportFontsNode();
    const armenian = fontsForDocument(fonts, `Plan ${ARMENIAN[0]!}`).map((f) => `${f.family} ${f.weight}`);
    expect(armenian).toContain('Noto Sans Armenian 400');
    expect(armenian).toContain('Noto Sans Armenian 700');
    const other = {
      family: 'Brand Serif',
      weight: 400,
      style: 'normal' as const,
      woff2Base64: 'AAAA',
      unicodeRange: 'U+0041',
    };
    expect(fontsForDocument([other], 'xyz')).toEqual([other]);
  });

  it('reads the code points beyond the first plane whole, and a lone surrogate as itself', () => {
    const points = (range: string) => ({
      family: 'Noto Sans',
      weight: 400,
      style: 'normal' as const,
      woff2Base64: 'AAAA',
      unicodeRange: range,
    });
    const emoji = points('U+1F600');
    const highHalf = points('U+D83D');
    const lowHalf = points('U+DE00');
    // 😀 is U+1F600, written as the pair D83D DE00: only the font of the whole code point draws it.
    expect(fontsForDocument([emoji, highHalf, lowHalf], 'a \u{1F600} b')).toEqual([emoji]);
    expect(fontsForDocument([emoji, highHalf, lowHalf], 'a \uD83D b')).toEqual([highHalf]);
  });
});
