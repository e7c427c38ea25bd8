/**
 * The map image (PNG, SVG) can have the emotion curve under the map, as the poster has: the curve at the
 * map's width (both at one scale), with a legend naming its lines, its words in the labels' language, the
 * journey line in the brand colour, and the fonts its words need embedded with the map's.
 */
import { describe, expect, it } from 'vitest';
import { buildMapImage, hasEmotionCurve, mapImageSize } from '../../../renderer/src/exports/map-image';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { loadReportFontsNode } from '../reports/load-fonts';

function curvedJourney(emotions = true) {
  const b = journey(TAMIL[0]);
  const [a, c] = [b.stage(TAMIL[1].slice(0, 20)), b.stage(MALAYALAM[1].slice(0, 20))];
  const persona = b.persona(ARMENIAN[0].slice(0, 12));
  const steps = [
    b.touchpoint(a, { title: TELUGU[1].slice(0, 30), emotion: emotions ? 2 : null }),
    b.touchpoint(a, { title: 'Pays', emotion: emotions ? -2 : null }),
    b.touchpoint(c, { title: MALAYALAM[0].slice(0, 30), emotion: emotions ? 1 : null }),
  ];
  b.chain(...steps);
  const doc = b.build();
  if (emotions) doc.touchpoints[0]!.personaEmotions = { [persona.id]: -3 };
  return doc;
}

/** The drawing's parts, read from its markup. */
function parse(svg: string) {
  const root = /<svg\b[^>]*>/.exec(svg.replace(/^<\?xml[^>]*\?>\s*/, ''))![0];
  return {
    root,
    width: Number(/ width="(\d+)"/.exec(root)![1]),
    height: Number(/ height="(\d+)"/.exec(root)![1]),
    curveAt: svg.indexOf('class="emotion-curve"'),
    mapAt: svg.indexOf('class="journey-map"'),
  };
}

describe('the map image with the emotion curve', () => {
  it('draws the curve under the map, at its width, with a legend of the journey and the persona, in Telugu', () => {
    const doc = curvedJourney();
    const plain = buildMapImage(doc, { language: 'te' });
    const image = buildMapImage(doc, { language: 'te', curve: true, brandColour: '#0b7285' });
    const parts = parse(image.svg);
    expect(parts.mapAt).toBeGreaterThan(0);
    expect(parts.curveAt).toBeGreaterThan(parts.mapAt);
    expect(image.width).toBe(plain.width);
    expect(image.height).toBeGreaterThan(plain.height + 250);
    expect([parts.width, parts.height]).toEqual([image.width, image.height]);
    // The curve is as wide as the map: one scale for both.
    expect(image.svg).toMatch(new RegExp(`<svg class="emotion-curve" width="${plain.width}"`));
    const labels = REPORT_LABELS.te;
    expect(image.svg).toContain(`>${labels.sections.curve}</text>`);
    expect(image.svg).toContain(`>${labels.curve.journey}</text>`);
    expect(image.svg).toContain(`>${ARMENIAN[0].slice(0, 12)}</text>`);
    expect(image.svg).toContain('#0b7285');
    // One XML prolog, one document: the map's own prolog is not repeated inside.
    expect(image.svg.match(/<\?xml/g)).toHaveLength(1);
    expect(image.svg.startsWith('<?xml')).toBe(true);
    expect(mapImageSize(doc, { language: 'te', curve: true })).toEqual({
      width: image.width,
      height: image.height,
      columns: 1,
    });
  });

  it('leaves the image as it was without the option, and without emotions', () => {
    const doc = curvedJourney(false);
    expect(hasEmotionCurve(doc)).toBe(false);
    expect(hasEmotionCurve(curvedJourney())).toBe(true);
    const plain = buildMapImage(doc);
    expect(buildMapImage(doc, { curve: true })).toEqual(plain);
    expect(mapImageSize(doc, { curve: true })).toEqual({ width: plain.width, height: plain.height, columns: 1 });
    expect(buildMapImage(curvedJourney()).svg).not.toContain('emotion-curve');
  });

  it('embeds the fonts the curve’s words need as well as the map’s', () => {
    const doc = curvedJourney();
    // Armenian appears only as the persona's name, which only the curve's legend prints.
    const fonts = loadReportFontsNode();
    const without = buildMapImage(doc, { fonts });
    const withCurve = buildMapImage(doc, { fonts, curve: true });
    expect(withCurve.embeddedFonts).toBeGreaterThan(without.embeddedFonts);
    expect(withCurve.svg).toMatch(/font-family:\s*"Noto Sans Armenian"/);
  });

  it('escapes a hostile persona name in the legend', () => {
    const doc = curvedJourney();
    doc.personas[0]!.name = '<script>alert(1)</script>&';
    const image = buildMapImage(doc, { curve: true });
    expect(image.svg).not.toContain('<script>');
    expect(image.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
  });
});
