import { describe, expect, it } from 'vitest';
import { MAX_HTML_CHARS, MAX_PAGE_SIDE_MM } from '../../../electron/common/contract';
import {
  buildPosterHtml,
  checkPosterHtmlSize,
  checkPosterOptions,
  cropMarks,
  rowName,
  tileGrid,
  DEFAULT_POSTER_OPTIONS,
  MAX_POSTER_HTML_CHARS,
  POSTER_MAX_MM,
  PosterError,
  TILE_MARGIN_MM,
  TILE_PAPERS,
  type PosterOptions,
} from '../../../renderer/src/exports/poster';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE } from '../../fixtures/seed-text';
import { loadReportFontsNode } from '../reports/load-fonts';
import { XSS_TITLE, buildRichJourney } from '../reports/fixture';

const options = (patch: Partial<PosterOptions>): PosterOptions => ({ ...DEFAULT_POSTER_OPTIONS, ...patch });

describe('poster size', () => {
  it('gives A3–A0 in millimetres, landscape turned', () => {
    expect(checkPosterOptions(options({ paper: 'A0', orientation: 'portrait' }))).toEqual({
      ok: true,
      size: { width: 841, height: 1189 },
    });
    expect(checkPosterOptions(options({ paper: 'A3', orientation: 'landscape' }))).toEqual({
      ok: true,
      size: { width: 420, height: 297 },
    });
  });

  it('refuses a custom size outside 100–2,000 mm, or not a number, in one sentence', () => {
    for (const custom of [
      { width: 2001, height: 500 },
      { width: 500, height: 99 },
      { width: Number.NaN, height: 500 },
      { width: 500, height: Number.POSITIVE_INFINITY },
    ]) {
      const check = checkPosterOptions(options({ paper: 'custom', custom }));
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/^The poster's (width|height) must be from 100 to 2,000 mm; .*\.$/);
    }
    expect(checkPosterOptions(options({ paper: 'custom', custom: { width: 2000, height: 100 } }))).toEqual({
      ok: true,
      size: { width: 2000, height: 100 },
    });
  });

  it('refuses an overlap outside 0–30 mm when tiled', () => {
    expect(checkPosterOptions(options({ output: 'tiled', overlapMm: 31 })).ok).toBe(false);
    expect(checkPosterOptions(options({ output: 'tiled', overlapMm: -1 })).ok).toBe(false);
    expect(checkPosterOptions(options({ output: 'tiled', overlapMm: 0 })).ok).toBe(true);
  });

  it('allows the same largest side and HTML size as the PDF printer in main', () => {
    expect(POSTER_MAX_MM).toBe(MAX_PAGE_SIDE_MM);
    expect(MAX_POSTER_HTML_CHARS).toBe(MAX_HTML_CHARS);
  });

  it('refuses, in one sentence, a poster whose HTML is more than the printer takes', () => {
    expect(() => checkPosterHtmlSize('x'.repeat(100), 12, 100)).not.toThrow();
    expect(() => checkPosterHtmlSize('x'.repeat(101), 12, 100)).toThrow(PosterError);
    expect(() => checkPosterHtmlSize('x'.repeat(101), 12, 100)).toThrow(
      'This map on 12 sheets is too large to print in one go; choose a smaller poster, or print it on one page.',
    );
    expect(() => checkPosterHtmlSize('x'.repeat(101), 1, 100)).toThrow(
      /^This map is too large to print as one poster; .*\.$/,
    );
  });

  it('will not build HTML for choices it refuses', () => {
    const doc = journey('x').build();
    expect(() => buildPosterHtml(doc, options({ paper: 'custom', custom: { width: 5000, height: 500 } }))).toThrow(
      /^The poster's width must be/,
    );
  });
});

describe('tile grid', () => {
  it('names rows A … Z, then AA', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(rowName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('cuts A2 portrait into 8 landscape A4 sheets with 10 mm overlap (fewer than 9 portrait ones)', () => {
    const grid = tileGrid({ width: 420, height: 594 }, 'A4', 10);
    // Landscape A4 is 297 × 210; inside a 12 mm margin the window is 273 × 186.
    expect(grid.sheet).toEqual({ width: 297, height: 210 });
    expect(grid.window).toEqual({ width: 273, height: 186 });
    expect([grid.columns, grid.rows]).toEqual([2, 4]);
    expect(grid.tiles.map((t) => t.label)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2']);
    // Each step is the window less the overlap.
    const b2 = grid.tiles.find((t) => t.label === 'B2')!;
    expect([b2.x, b2.y]).toEqual([263, 176]);
  });

  it('covers the whole poster, neighbours sharing exactly the overlap, for many sizes', () => {
    for (const paper of ['A4', 'Letter'] as const) {
      for (const overlap of [0, 5, 10, 30]) {
        for (const [w, h] of [
          [100, 100],
          [297, 420],
          [841, 1189],
          [2000, 150],
          [1000, 2000],
        ] as const) {
          const grid = tileGrid({ width: w, height: h }, paper, overlap);
          const last = grid.tiles[grid.tiles.length - 1]!;
          expect(last.x + grid.window.width).toBeGreaterThanOrEqual(w - 1e-6);
          expect(last.y + grid.window.height).toBeGreaterThanOrEqual(h - 1e-6);
          // No sheet more than needed: one fewer column or row would not reach the edge.
          if (grid.columns > 1)
            expect((grid.columns - 2) * (grid.window.width - overlap) + grid.window.width).toBeLessThan(w);
          if (grid.rows > 1)
            expect((grid.rows - 2) * (grid.window.height - overlap) + grid.window.height).toBeLessThan(h);
          if (grid.columns > 1) expect(grid.tiles[1]!.x).toBeCloseTo(grid.window.width - overlap, 6);
          const paperSize = TILE_PAPERS[paper];
          expect([grid.sheet.width, grid.sheet.height].sort()).toEqual([paperSize.width, paperSize.height].sort());
        }
      }
    }
  });

  it('draws crop marks at the window corners, outside the window, in the margin', () => {
    const svg = cropMarks({ sheet: { width: 210, height: 297 }, window: { width: 186, height: 273 } });
    const lines = [...svg.matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"\/>/g)].map((m) =>
      m.slice(1).map(Number),
    );
    expect(lines).toHaveLength(8);
    // Top-left corner: a vertical mark going up and a horizontal one going left, 1.5 mm clear of the corner.
    expect(lines).toContainEqual([12, 10.5, 12, 2.5]);
    expect(lines).toContainEqual([10.5, 12, 2.5, 12]);
    // Bottom-right corner at (198, 285).
    expect(lines).toContainEqual([198, 286.5, 198, 294.5]);
    expect(lines).toContainEqual([199.5, 285, 207.5, 285]);
    for (const [x1, y1, x2, y2] of lines) {
      for (const [x, y] of [[x1!, y1!] as const, [x2!, y2!] as const]) {
        const inside = x > TILE_MARGIN_MM && x < 210 - TILE_MARGIN_MM && y > TILE_MARGIN_MM && y < 297 - TILE_MARGIN_MM;
        expect(inside).toBe(false);
      }
    }
  });
});

describe('poster HTML', () => {
  const { doc, stageNames } = buildRichJourney();

  it('one A0 page: the page size in CSS, the title escaped, every stage, both legends, no script', () => {
    const built = buildPosterHtml(doc, options({ paper: 'A0', orientation: 'portrait', output: 'single' }));
    expect(built.page).toEqual({ width: 841, height: 1189 });
    expect(built.pages).toBe(1);
    expect(built.html).toContain('@page{size:841mm 1189mm;margin:0}');
    expect(built.html).not.toContain(XSS_TITLE);
    expect(built.html).toContain('<h1>Renewal &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</h1>');
    expect(built.html).not.toMatch(/<script|onerror=alert\(1\)>/i);
    for (const name of stageNames) expect(built.html).toContain(name.replace(/&/g, '&amp;'));
    for (const p of doc.personas) expect(built.html).toContain(`<b>${p.name}</b>`);
    for (const kind of ['Main path', 'Alternative', 'Failure', 'Recovery']) expect(built.html).toContain(kind);
    // The map fills the space between the title and the legends.
    expect(built.html).toMatch(/<div class="poster-map"><svg class="journey-map" width="100%" height="100%" viewBox=/);
  });

  it('tiled on A4: a key page then one sheet per tile, each labelled, shifted to its part and with crop marks', () => {
    const built = buildPosterHtml(
      doc,
      options({ paper: 'A2', orientation: 'portrait', output: 'tiled', overlapMm: 10 }),
    );
    const grid = built.grid!;
    expect(built.page).toEqual({ width: 297, height: 210 });
    expect(built.html).toContain('@page{size:297mm 210mm;margin:0}');
    expect(built.pages).toBe(1 + 8);
    expect(built.html.match(/class="sheet tile"/g)).toHaveLength(8);
    expect(built.html.match(/class="sheet key"/g)).toHaveLength(1);
    expect(built.html.indexOf('class="sheet key"')).toBeLessThan(built.html.indexOf('class="sheet tile"'));
    expect(built.html.match(/<svg class="marks"/g)).toHaveLength(8);
    const labels = [...built.html.matchAll(/<div class="tile-label"[^>]*>([^<]+)<\/div>/g)].map((m) => m[1]);
    expect(labels).toEqual(grid.tiles.map((t) => t.label));
    expect(built.html).toContain('<div class="shift" style="left:-263mm;top:-176mm">');
    // The key names every sheet and says how it goes together.
    const key = built.html.slice(built.html.indexOf('class="sheet key"'), built.html.indexOf('class="sheet tile"'));
    for (const t of grid.tiles) expect(key).toContain(`>${t.label}</text>`);
    expect(key).toContain(
      'A2 portrait (420 × 594 mm) on 8 A4 landscape sheets: 4 rows (A–D) × 2 columns, 10 mm overlap.',
    );
  });

  it('embeds only the fonts its text needs', () => {
    const fonts = loadReportFontsNode();
    const plain = journey('Plain');
    plain.stages('Discover', 'Buy');
    const latin = buildPosterHtml(plain.build(), options({}), fonts);
    const b = journey('Poster');
    b.stages(SEED_PHRASE.tamil, SEED_PHRASE.armenian);
    const scripts = buildPosterHtml(b.build(), options({}), fonts);
    // The Tamil and Armenian glyph files (not their Latin subsets) come only with text in those scripts.
    const tamil = 'unicode-range:U+0964-0965,U+0B82-0BFA';
    const armenian = 'unicode-range:U+0308,U+0530-058F';
    expect(latin.html).not.toContain(tamil);
    expect(latin.html).not.toContain(armenian);
    expect(scripts.html).toContain(tamil);
    expect(scripts.html).toContain(armenian);
    expect(scripts.embeddedFonts).toBeGreaterThan(latin.embeddedFonts);
  });

  it("leaves out the script families' Latin subsets, which repeat Noto Sans's and would only be decoded and lay the map out again", () => {
    const fonts = loadReportFontsNode();
    const b = journey('Poster');
    b.stages(SEED_PHRASE.tamil, SEED_PHRASE.armenian, SEED_PHRASE.telugu, SEED_PHRASE.malayalam);
    const built = buildPosterHtml(b.build(), options({}), fonts);
    const faces = Array.from(
      built.html.matchAll(/@font-face\{font-family:"([^"]+)";[^}]*?unicode-range:([^;]+);/g),
      (m) => ({
        family: m[1]!,
        range: m[2]!,
      }),
    );
    const latin = new Set(faces.filter((f) => f.family === 'Noto Sans').map((f) => f.range));
    expect(latin.size).toBeGreaterThan(0);
    for (const family of ['Tamil', 'Armenian', 'Telugu', 'Malayalam']) {
      const own = faces.filter((f) => f.family === `Noto Sans ${family}`);
      // Regular and bold of the script's own glyphs, nothing else.
      expect(own, family).toHaveLength(2);
      for (const f of own) expect(latin.has(f.range), family).toBe(false);
    }
    expect(built.embeddedFonts).toBe(faces.length);
  });
});

describe('poster errors in the dialog', () => {
  it('show the poster’s own sentence, not the general fallback', async () => {
    const { describeExportError } = await import('../../../renderer/src/files-ui/export/errors');
    const error = new PosterError('This map on 12 sheets is too large to print in one go; choose a smaller poster.');
    expect(describeExportError(error, 'poster')).toBe(error.message);
    expect(describeExportError(new Error('internal detail'), 'poster')).toBe(
      'The poster could not be made; try again, or choose a smaller size or fewer sheets.',
    );
  });
});
