import { describe, expect, it } from 'vitest';
import { heatValue, troubleColour } from '../../../renderer/src/domain/insights';
import { emotionColour } from '../../../renderer/src/domain/vocabulary';
import {
  buildMapImage,
  dpiRasterSize,
  fontsForText,
  heatOverlay,
  MAX_CANVAS_SIDE,
  parseUnicodeRange,
  rasterSize,
  withSvgSize,
} from '../../../renderer/src/exports/map-image';
import { escapeHtml } from '../../../renderer/src/reports/escape';
import { buildMapSvg, drawMap } from '../../../renderer/src/reports/svg/map';
import { SEED, buildRichJourney } from '../reports/fixture';
import { loadReportFontsNode } from '../reports/load-fonts';
import { xmlProblem } from '../reports/xml-check';

const { doc, touchpointTitles, stageNames } = buildRichJourney();

describe('the heat overlay hook of the map drawing', () => {
  it('changes nothing when no overlay is given', () => {
    expect(buildMapSvg(doc, { heat: undefined })).toBe(buildMapSvg(doc));
    expect(buildMapImage(doc, { heatMode: 'off' }).svg).toBe(buildMapSvg(doc));
  });

  it('tints every card with its friction colour and labels it, still well-formed with every title', () => {
    const { svg } = buildMapImage(doc, { heatMode: 'friction' });
    expect(xmlProblem(svg)).toBeNull();
    for (const title of touchpointTitles) expect(svg).toContain(`<title>${escapeHtml(title)}</title>`);
    for (const name of stageNames) expect(svg).toContain(`<title>${escapeHtml(name)}</title>`);
    for (const t of doc.touchpoints) {
      const colour = heatValue(t, 'friction').colour;
      // The badge is filled with the heat colour and says the value in words.
      expect(svg).toContain(`fill="${colour}" stroke="${colour}"`);
      expect(svg).toContain(`>Friction ${t.friction.score}/5</text>`);
    }
    expect(svg).toContain(`fill="${troubleColour(1)}"`);
    // The legend names the measure and its stops.
    expect(svg).toContain('>Friction (0–5)</text>');
    expect(svg).toContain('>No data</text>');
  });

  it('shows the friction value once per card, not as a heat badge and a plain badge', () => {
    const { svg } = buildMapImage(doc, { heatMode: 'friction' });
    const callCentre = svg.split('<title>Calls to ask about the loyalty discount</title>')[1]!.split('</g>')[0]!;
    expect(callCentre.match(/>Friction 5\/5</g)).toHaveLength(1);
  });

  it('uses the diverging emotion colours, and grey with a dash where data is missing', () => {
    const emotion = buildMapImage(doc, { heatMode: 'emotion' }).svg;
    expect(emotion).toContain(`fill="${emotionColour(-3)}" stroke="${emotionColour(-3)}"`);
    expect(emotion).toContain(`fill="${emotionColour(3)}" stroke="${emotionColour(3)}"`);
    const ces = buildMapImage(doc, { heatMode: 'ces' }).svg;
    expect(xmlProblem(ces)).toBeNull();
    expect(ces).toContain('>CES —</text>');
    expect(ces).toContain('>CES 5.6/7</text>');
  });

  it('accepts only #rrggbb colours from the hook and escapes its labels', () => {
    const { svg } = drawMap(doc, {
      heat: {
        title: 'Risk <b>&',
        shortTitle: 'R"isk',
        valueOf: () => ({ colour: 'red;stroke:url(x)', label: '<script>' }),
        stops: [{ colour: 'javascript:1', label: '&' }],
      },
    });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('red;stroke');
    expect(svg).not.toContain('javascript:');
  });

  it('ignores unknown heat modes', () => {
    expect(heatOverlay('off')).toBeUndefined();
    expect(heatOverlay('bogus')).toBeUndefined();
    expect(heatOverlay('dropOff')?.title).toBe('Drop-off');
  });
});

describe('buildMapImage', () => {
  it('can leave out the white background for a transparent image', () => {
    const white = buildMapImage(doc).svg;
    const clear = buildMapImage(doc, { background: 'transparent' }).svg;
    const rect = /<rect width="\d+" height="\d+" fill="#ffffff"\/>/;
    expect(white).toMatch(rect);
    expect(clear).not.toMatch(rect);
    expect(xmlProblem(clear)).toBeNull();
  });

  it('embeds only the fonts its text needs, as @font-face data URLs', () => {
    const fonts = loadReportFontsNode();
    const image = buildMapImage(doc, { fonts });
    expect(xmlProblem(image.svg)).toBeNull();
    const families = new Set(fontsForText(fonts, buildMapSvg(doc)).map((f) => f.family));
    // Titles in Tamil, Telugu, Malayalam and Armenian: each script's family comes along.
    for (const family of [
      'Noto Sans',
      'Noto Sans Tamil',
      'Noto Sans Telugu',
      'Noto Sans Malayalam',
      'Noto Sans Armenian',
    ])
      expect(families.has(family)).toBe(true);
    const faces = image.svg.match(/@font-face\{/g) ?? [];
    expect(faces.length).toBe(image.embeddedFonts);
    expect(image.embeddedFonts).toBeLessThan(fonts.length);
    expect(image.svg).toContain('src:url(data:font/woff2;base64,');
    // No Cyrillic or Greek text on this map: those files stay out.
    expect(image.svg).not.toContain('U+0370-0377');
    for (const sentence of [SEED.tamil, SEED.armenian]) expect(image.svg).toContain(escapeHtml(sentence));
  });

  it('keeps its size whatever is embedded', () => {
    const a = buildMapImage(doc);
    const b = buildMapImage(doc, { fonts: loadReportFontsNode(), background: 'transparent' });
    expect([b.width, b.height]).toEqual([a.width, a.height]);
  });
});

describe('image size helpers', () => {
  it('withSvgSize sets the printed size of the root only', () => {
    const svg = buildMapSvg(doc);
    const resized = withSvgSize(svg, 3000, 1500);
    expect(resized).toMatch(/<svg [^>]*width="3000" height="1500" viewBox="0 0 \d+ \d+"/);
    expect(resized.length - svg.length).toBeLessThan(10);
    expect(xmlProblem(resized)).toBeNull();
  });

  it('rasterSize scales, follows a chosen width, and caps at the canvas limit', () => {
    expect(rasterSize({ width: 1000, height: 400 }, { kind: 'scale', scale: 2 })).toEqual({
      width: 2000,
      height: 800,
      scale: 2,
      capped: false,
    });
    expect(rasterSize({ width: 1000, height: 400 }, { kind: 'width', width: 2500 })).toMatchObject({
      width: 2500,
      height: 1000,
      capped: false,
    });
    const big = rasterSize({ width: 12_000, height: 3_000 }, { kind: 'scale', scale: 2 });
    expect(big).toMatchObject({ width: MAX_CANVAS_SIDE, height: 4096, capped: true });
    const tall = rasterSize({ width: 500, height: 20_000 }, { kind: 'scale', scale: 1 });
    expect(tall.height).toBe(MAX_CANVAS_SIDE);
    expect(tall.capped).toBe(true);
    // Nonsense in, a sane size out.
    expect(rasterSize({ width: 800, height: 200 }, { kind: 'width', width: Number.NaN })).toMatchObject({
      width: 800,
      height: 200,
    });
    expect(rasterSize({ width: 800, height: 200 }, { kind: 'width', width: 10 }).width).toBe(200);
  });

  it('dpiRasterSize fits the map to a paper turned like the map, at the DPI', () => {
    // A4 at 300 DPI is 3,508 × 2,480 px landscape; a 1000 × 400 map fills its width.
    expect(dpiRasterSize({ width: 1000, height: 400 }, 'A4', 300)).toEqual({
      ok: true,
      width: 3508,
      height: 1403,
      scale: (297 / 25.4) * 0.3,
    });
    // A tall map takes the paper portrait, limited by the height: 297 mm at 150 DPI is 1,754 px.
    const tall = dpiRasterSize({ width: 300, height: 1200 }, 'A4', 150);
    expect(tall).toMatchObject({ ok: true, height: 1754, width: 438 });
    // 72 DPI: a point per pixel.
    expect(dpiRasterSize({ width: 1189, height: 841 }, 'A0', 72)).toMatchObject({ width: 3370, height: 2384 });
  });

  it('dpiRasterSize refuses, in one sentence, a size larger than a canvas holds and a DPI out of range', () => {
    const big = dpiRasterSize({ width: 2000, height: 1000 }, 'A0', 600);
    expect(big.ok).toBe(false);
    if (!big.ok) {
      expect(big.width).toBe(28087);
      expect(big.message).toBe(
        'At 600 DPI on A0 the image would be 28,087 × 14,043 px, more than the 16,384 px on a side an image can hold; choose a lower DPI or a smaller paper.',
      );
    }
    // A0 at 300 DPI (14,043 px) still fits.
    expect(dpiRasterSize({ width: 2000, height: 1000 }, 'A0', 300)).toMatchObject({ ok: true, width: 14043 });
    for (const dpi of [0, 35, 1201, 150.5, Number.NaN]) {
      const r = dpiRasterSize({ width: 100, height: 100 }, 'A4', dpi);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toBe('The DPI must be a whole number from 36 to 1,200; enter one in that range.');
    }
  });

  it('parseUnicodeRange reads single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+0B82-0BFA, U+200C,U+4??')).toEqual([
      [0x0b82, 0x0bfa],
      [0x200c, 0x200c],
      [0x400, 0x4ff],
    ]);
    expect(parseUnicodeRange('nonsense')).toEqual([]);
  });
});
