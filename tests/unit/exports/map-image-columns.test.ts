/**
 * A map of hundreds of touchpoints in a few stages is far taller than wide: as
 * one image it came out as a thin strip whose text could not be read at any
 * size an image can have. The image sets it in columns side by side instead.
 */
import { describe, expect, it } from 'vitest';
import { buildMapImage, MAX_CANVAS_SIDE, rasterSize } from '../../../renderer/src/exports/map-image';
import { escapeHtml } from '../../../renderer/src/reports/escape';
import type { ReportFont } from '../../../renderer/src/reports/types';
import { MAX_IMAGE_ASPECT } from '../../../renderer/src/reports/svg/map';
import { journey } from '../../fixtures/journey-builder';
import { seedLine, type SeedLanguage } from '../../fixtures/seed-text';
import { xmlProblem } from '../reports/xml-check';

const LANGUAGES: SeedLanguage[] = ['ta', 'te', 'ml', 'hy'];

/** `count` touchpoints in `stageCount` stages, one main path through them, titles from the seed articles. */
function tallJourney(count: number, stageCount: number) {
  const b = journey('Support backlog');
  const stages = Array.from({ length: stageCount }, (_, i) => b.stage(seedLine(LANGUAGES[i % 4]!, i)));
  const titles: string[] = [];
  let previous;
  for (let i = 0; i < count; i++) {
    const title = `${i + 1}. ${seedLine(LANGUAGES[i % 4]!, i)}`;
    titles.push(title);
    const t = b.touchpoint(stages[i % stageCount]!, { title, emotion: ((i % 7) - 3) as -3, pains: i % 5 ? [] : [2] });
    if (previous) b.connect(previous, t);
    previous = t;
  }
  return { doc: b.build(), titles };
}

const cardTitles = (svg: string) => [...svg.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]!);

describe('a map far taller than wide, as an image', () => {
  const { doc, titles } = tallJourney(600, 4);
  const image = buildMapImage(doc);

  it('is set in columns side by side, no longer a strip: its shape within the cap either way', () => {
    expect(image.columns).toBeGreaterThanOrEqual(3);
    expect(image.height / image.width).toBeLessThanOrEqual(MAX_IMAGE_ASPECT);
    expect(image.width / image.height).toBeLessThanOrEqual(MAX_IMAGE_ASPECT);
    expect(image.svg).toMatch(
      new RegExp(`^<\\?xml[^>]*\\?>\\n<svg [^>]*width="${image.width}" height="${image.height}"`),
    );
    expect(xmlProblem(image.svg)).toBeNull();
  });

  it('draws every card exactly once, and each column names the stages again', () => {
    const drawn = cardTitles(image.svg);
    for (const title of titles) expect(drawn.filter((t) => t === escapeHtml(title))).toHaveLength(1);
    for (const stage of doc.stages)
      expect(image.svg.split(`>${escapeHtml(stage.name)}</`).length - 1).toBeGreaterThanOrEqual(image.columns);
  });

  it('keeps its arrow markers unique: each column has its own', () => {
    const ids = [...image.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of image.svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
  });

  it('comes out at 2× no smaller than its drawing (the strip was shrunk below half)', () => {
    const size = rasterSize(image, { kind: 'scale', scale: 2 });
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(size.scale).toBeGreaterThanOrEqual(1);
  });

  it('embeds its fonts once, in the outer drawing', () => {
    const fonts: ReportFont[] = [{ family: 'Noto Sans', weight: 400, style: 'normal', woff2Base64: 'AA==' }];
    const embedded = buildMapImage(doc, { fonts });
    expect(embedded.svg.split('@font-face').length - 1).toBe(1);
  });
});

describe('a map about as tall as wide, as an image', () => {
  it('is drawn whole, as before', () => {
    const { doc } = tallJourney(12, 4);
    const image = buildMapImage(doc);
    expect(image.columns).toBe(1);
    expect(image.svg).not.toContain('<g transform="translate(');
  });
});
