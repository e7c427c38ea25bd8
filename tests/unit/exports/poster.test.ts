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
  posterSubtitle,
  TILE_MARGIN_MM,
  TILE_PAPERS,
  type PosterOptions,
} from '../../../renderer/src/exports/poster';
import { fill } from '../../../renderer/src/reports/insight-text';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import type { ReportLanguage } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE, seedLine, type SeedLanguage } from '../../fixtures/seed-text';
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

  it('names in its legend only the connection kinds the map uses, and has no connection legend without connections', () => {
    const b = journey(SEED_PHRASE.malayalam);
    const [one] = b.stages('One');
    const [x, y, z] = [b.touchpoint(one!), b.touchpoint(one!), b.touchpoint(one!)];
    const bare = buildPosterHtml(b.build(), options({ paper: 'A3' })).html;
    expect(bare).not.toContain('legend-connections');
    b.connect(x, y);
    b.connect(y, z, 'failure');
    const html = buildPosterHtml(b.build(), options({ paper: 'A3' })).html;
    const legend = /<div class="legend legend-connections">.*?<\/ul><\/div>/.exec(html)?.[0] ?? '';
    expect(legend).toContain('Main path');
    expect(legend).toContain('Failure');
    expect(legend).not.toContain('Alternative');
    expect(legend).not.toContain('Recovery');
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

  it('puts the emotion curve under the map: each line named, in the brand colour, no point numbers, at most 22% of the height', () => {
    const poster = { width: 1189, height: 841 };
    const built = buildPosterHtml(
      doc,
      options({ paper: 'A0', orientation: 'landscape' }),
      [],
      REPORT_LABELS.en,
      '#c2255c',
    );
    const html = built.html;
    const curveAt = html.indexOf('<div class="poster-curve">');
    expect(curveAt).toBeGreaterThan(html.indexOf('<div class="poster-map">'));
    expect(curveAt).toBeLessThan(html.indexOf('<footer class="poster-legends">'));
    const curve = html.slice(curveAt, html.indexOf('</div>', html.indexOf('<svg class="emotion-curve"')));
    expect(curve).toContain('<h2>Emotion curve</h2>');
    expect(curve).toContain('Journey');
    const withOwn = doc.personas.filter((p) => doc.touchpoints.some((t) => t.personaEmotions[p.id] !== undefined));
    expect(withOwn.length).toBeGreaterThan(0);
    for (const p of withOwn) expect(curve).toContain(p.name);
    // The journey's line and points: the brand colour, one scored dot per touchpoint with an emotion on the path.
    expect(curve).toMatch(/<path d="M[^"]+" fill="none" stroke="#c2255c" stroke-width="3"/);
    expect(curve.match(/r="9\.5"/g)?.length).toBeGreaterThan(2);
    // No numbers along the foot: the poster has no key naming them.
    expect(curve).not.toMatch(/<\/title>1<\/text>/);
    const [, w, h] = /<svg class="emotion-curve" width="(\d+)" height="(\d+)"/.exec(curve)!.map(Number);
    expect((poster.width * h!) / w!).toBeLessThanOrEqual(0.22 * poster.height + 0.5);
  });

  it('has no emotion curve when no touchpoint has an emotion', () => {
    const j = journey('No feelings yet');
    const s = j.stage('Look');
    j.chain(j.touchpoint(s, { title: 'First' }), j.touchpoint(s, { title: 'Second' }));
    const html = buildPosterHtml(j.doc, options({ paper: 'A3' })).html;
    expect(html).toContain('<div class="poster-map">');
    expect(html).not.toContain('<div class="poster-curve">');
    expect(html).not.toContain('<svg class="emotion-curve"');
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

describe('poster in the report languages', () => {
  /** A journey written in one script: three stages, four touchpoints, a persona. */
  function journeyIn(lang: SeedLanguage) {
    const b = journey(seedLine(lang, 0));
    const [s1, s2, s3] = b.stages(seedLine(lang, 1), seedLine(lang, 2), seedLine(lang, 3));
    const t1 = b.touchpoint(s1, { title: seedLine(lang, 4), emotion: -2 });
    const t2 = b.touchpoint(s2, { title: seedLine(lang, 5), emotion: 1 });
    const t3 = b.touchpoint(s3, { title: seedLine(lang, 6), emotion: 2 });
    const t4 = b.touchpoint(s3, { title: seedLine(lang, 7) });
    b.chain(t1, t2, t3);
    b.connect(t2, t4, 'alternative');
    b.persona(seedLine(lang, 8), true, { role: seedLine(lang, 9) });
    return b.build();
  }

  /** The words a reader sees: the body's text, tags, styles and attributes left out. */
  function visibleText(html: string): string {
    const body = html.slice(html.indexOf('<body>'));
    return body
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
  }

  const tiled = options({ paper: 'A2', orientation: 'portrait', output: 'tiled', overlapMm: 10 });
  const cases: { lang: ReportLanguage & SeedLanguage; key: string; caption: string[]; description: string }[] = [
    {
      lang: 'ta',
      key: 'இணைக்கும் வழிகாட்டி: ',
      caption: ['தாள் A1 · 4 × 2 இல் வரிசை A, நெடுவரிசை 1 · ', 'தாள் D2 · 4 × 2 இல் வரிசை D, நெடுவரிசை 2 · '],
      description:
        'நெடுவாக்கு A2 (420 × 594 மி.மீ.), 8 A4 அகலவாக்கு தாள்களில்: 4 வரிசைகள் (A–D) × 2 நெடுவரிசைகள், மேற்பொருத்தம்: 10 மி.மீ.',
    },
    {
      lang: 'hy',
      key: 'Հավաքման բանալի՝ ',
      caption: ['Թերթ A1 · տող A, սյունակ 1՝ 4 × 2-ից · ', 'Թերթ D2 · տող D, սյունակ 2՝ 4 × 2-ից · '],
      description:
        'ուղղահայաց A2 (420 × 594 մմ)՝ 8 հորիզոնական A4 թերթի վրա. 4 տող (A–D) × 2 սյունակ, վրադրումը՝ 10 մմ։',
    },
  ];

  for (const c of cases) {
    it(`${c.lang}: a tiled poster prints the key, captions, subtitle and legends in that language, and no English word`, () => {
      const doc = journeyIn(c.lang);
      const labels = REPORT_LABELS[c.lang];
      const built = buildPosterHtml(doc, tiled, [], labels);
      const text = visibleText(built.html);
      const title = doc.journey.title;
      expect(text).toContain(`${c.key}${title}`);
      for (const caption of c.caption) expect(text).toContain(`${caption}${title}`);
      expect(text).toContain(c.description);
      expect(text).toContain(fill(labels.poster.steps, { overlap: '10' }));
      const subtitle = posterSubtitle(doc, labels);
      expect(subtitle).toBe(c.lang === 'ta' ? '3 கட்டங்கள் · 4 தொடுப்புள்ளிகள்' : '3 փուլ · 4 շփման կետ');
      expect(text).toContain(subtitle);
      expect(text).toContain(labels.sections.personas);
      expect(text).toContain(labels.map.legend);
      expect(text).toContain(labels.connectionKind.alternative);
      expect(built.html).toContain(`<html lang="${c.lang}">`);
      // Nothing English is left: no Latin word (paper names and sheet labels such as A4 or B2 are not words).
      expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
    });
  }

  it('tiled on Letter sheets, the paper is named in the labels’ language (Letter is a word, A2 is not)', () => {
    const onLetter = options({ paper: 'A2', orientation: 'portrait', output: 'tiled', tilePaper: 'Letter' });
    const words = { ta: 'லெட்டர்', te: 'లెటర్', ml: 'ലെറ്റർ', hy: 'Լեթեր' } as const;
    for (const lang of ['ta', 'te', 'ml', 'hy'] as const) {
      const labels = REPORT_LABELS[lang];
      const text = visibleText(buildPosterHtml(journeyIn('ta'), onLetter, [], labels).html);
      expect(labels.poster.letter).toBe(words[lang]);
      expect(text, lang).toContain(` ${words[lang]} `);
      expect(text, lang).not.toMatch(/Letter/);
      expect(text, lang).toContain('A2');
    }
    const english = visibleText(buildPosterHtml(journeyIn('ta'), onLetter).html);
    expect(english).toMatch(/A2 portrait \(420 × 594 mm\) on \d+ Letter (portrait|landscape) sheets/);
  });

  it('English stays the default, with its singular and plural counts', () => {
    const b = journey('One');
    const [s] = b.stages('Discover');
    b.touchpoint(s, { title: 'Search' });
    const one = b.build();
    expect(posterSubtitle(one)).toBe('1 stage · 1 touchpoint');
    expect(posterSubtitle(journeyIn('ta'))).toBe('3 stages · 4 touchpoints');
    const built = buildPosterHtml(one, options({ paper: 'A3', orientation: 'landscape', output: 'tiled' }));
    expect(visibleText(built.html)).toContain(
      'A3 landscape (420 × 297 mm) on 4 A4 landscape sheets: 2 rows (A–B) × 2 columns, 10 mm overlap.',
    );
    expect(visibleText(built.html)).toContain('Sheet B2 · row B, column 2 of 2 × 2 · One');
  });

  it('embeds the fonts of the label words even when the journey is all Latin', () => {
    const fonts = loadReportFontsNode();
    const b = journey('Plain');
    b.stages('Discover', 'Buy');
    const tamil = 'unicode-range:U+0964-0965,U+0B82-0BFA';
    const armenian = 'unicode-range:U+0308,U+0530-058F';
    const inTamil = buildPosterHtml(b.build(), tiled, fonts, REPORT_LABELS.ta);
    expect(inTamil.html).toContain(tamil);
    expect(inTamil.html).not.toContain(armenian);
    const inArmenian = buildPosterHtml(b.build(), tiled, fonts, REPORT_LABELS.hy);
    expect(inArmenian.html).toContain(armenian);
    expect(inArmenian.html).not.toContain(tamil);
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
