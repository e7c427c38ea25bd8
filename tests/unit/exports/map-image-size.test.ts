/**
 * The image dialog shows the PNG's pixel size as soon as it opens and at each
 * change of a choice. It built the whole map drawing for that (seconds of the
 * window's thread on 3,000 touchpoints); `mapImageSize` takes the size from the
 * map's plan alone, and must give exactly the figure the drawing has.
 */
import { describe, expect, it } from 'vitest';
import { buildMapImage, mapImageSize, type MapImageOptions } from '../../../renderer/src/exports/map-image';
import { journey } from '../../fixtures/journey-builder';
import { seedLine, seedParagraph, type SeedLanguage } from '../../fixtures/seed-text';
import { loadReportFontsNode } from '../reports/load-fonts';

const LANGUAGES: SeedLanguage[] = ['ta', 'te', 'ml', 'hy'];

/** `count` touchpoints dealt in turn to `stageCount` stages and chained, titles and pains from the seed articles. */
function dealtJourney(count: number, stageCount: number) {
  const b = journey(seedLine('ta', 1));
  const stages = Array.from({ length: stageCount }, (_, i) => b.stage(seedLine(LANGUAGES[i % 4]!, i + 2)));
  const steps = Array.from({ length: count }, (_, i) =>
    b.touchpoint(stages[i % stageCount]!, {
      title: i % 5 === 0 ? seedParagraph(LANGUAGES[i % 4]!).slice(0, 160) : seedLine(LANGUAGES[i % 4]!, i),
      emotion: ((i % 7) - 3) as -3,
      pains: i % 3 ? [] : [((i % 3) + 1) as 1],
    }),
  );
  b.chain(...steps);
  return b.build();
}

const cases: [string, ReturnType<typeof dealtJourney>, MapImageOptions][] = [
  ['a short map drawn whole', dealtJourney(12, 4), {}],
  ['a tall map set in columns', dealtJourney(400, 3), {}],
  [
    'a tall map with the friction overlay, in Tamil labels',
    dealtJourney(400, 2),
    { heatMode: 'friction', language: 'ta' },
  ],
  [
    'a wide map with the emotion overlay, in Armenian labels',
    dealtJourney(60, 12),
    { heatMode: 'emotion', language: 'hy' },
  ],
  ['a short map with the emotion curve under it', dealtJourney(12, 4), { curve: true, language: 'te' }],
  ['a tall map in columns with the emotion curve', dealtJourney(400, 3), { curve: true }],
  ['a one-stage map narrower than the curve', dealtJourney(2, 1), { curve: true, language: 'ml' }],
];

describe('mapImageSize', () => {
  it.each(cases)('gives the size and columns of the drawing: %s', (_name, doc, options) => {
    const drawing = buildMapImage(doc, options);
    expect(mapImageSize(doc, options)).toEqual({
      width: drawing.width,
      height: drawing.height,
      columns: drawing.columns,
    });
    // The fonts embedded at export do not change the figure.
    const withFonts = buildMapImage(doc, { ...options, fonts: loadReportFontsNode() });
    expect([withFonts.width, withFonts.height, withFonts.columns]).toEqual([
      drawing.width,
      drawing.height,
      drawing.columns,
    ]);
  });

  it('sets the tall case in columns, so both branches are held to the drawing', () => {
    expect(mapImageSize(cases[0]![1]).columns).toBe(1);
    expect(mapImageSize(cases[1]![1]).columns).toBeGreaterThan(1);
  });
});
