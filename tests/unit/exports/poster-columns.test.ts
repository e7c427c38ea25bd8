/**
 * A poster of a map far taller than wide (hundreds of touchpoints in a few
 * stages): the map used to run down the middle of the sheet as a strip a few
 * centimetres wide, its cards too small to read. It is set in columns side by
 * side, shaped like the poster. Measured in Chromium on the poster's HTML.
 */
import { describe, expect, it } from 'vitest';
import { buildPosterHtml, DEFAULT_POSTER_OPTIONS } from '../../../renderer/src/exports/poster';
import { tallJourney } from '../../fixtures/tall-journey';
import { chromiumForFile } from '../../support/unit-chromium';
import { loadReportFontsNode } from '../reports/load-fonts';

const MM_PER_PX = 25.4 / 96;

const browser = chromiumForFile();

describe('the poster of a map far taller than wide', () => {
  it('spreads the cards over the sheet in columns, each card wide enough to read', async () => {
    const build = buildPosterHtml(
      tallJourney('Support backlog'),
      { ...DEFAULT_POSTER_OPTIONS, paper: 'A2', orientation: 'landscape', output: 'single' },
      loadReportFontsNode(),
    );
    expect(build.poster).toEqual({ width: 594, height: 420 });
    const page = await browser().newPage({ viewport: { width: 2300, height: 1600 } });
    try {
      await page.setContent(build.html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const cards = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.poster-map title'))
          .filter((t) => /^\d+\. /.test(t.textContent ?? ''))
          .map((t) => {
            const r = t.parentElement!.getBoundingClientRect();
            return { left: r.left, right: r.right, width: r.width };
          }),
      );
      const sheet = await page.locator('.poster').evaluate((e) => e.getBoundingClientRect().width);
      expect(cards).toHaveLength(480);
      const left = Math.min(...cards.map((c) => c.left));
      const right = Math.max(...cards.map((c) => c.right));
      // The cards reach across most of the sheet (the strip covered a tenth of it)...
      expect((right - left) / sheet).toBeGreaterThan(0.6);
      // ...and a card is about 2 cm wide on the sheet (it was 4 mm).
      expect(Math.min(...cards.map((c) => c.width)) * MM_PER_PX).toBeGreaterThan(15);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('the tiled poster of a large map', () => {
  it('writes the drawing once, whatever the number of sheets, and every sheet shows it', () => {
    const doc = tallJourney('Support backlog');
    const fonts = loadReportFontsNode();
    const single = buildPosterHtml(doc, { ...DEFAULT_POSTER_OPTIONS, paper: 'A1', output: 'single' }, fonts);
    const tiled = buildPosterHtml(
      doc,
      { ...DEFAULT_POSTER_OPTIONS, paper: 'A1', output: 'tiled', tilePaper: 'A4', overlapMm: 10 },
      fonts,
    );
    expect(tiled.pages).toBeGreaterThan(9);
    // Each card's title is in the HTML once (it was once per sheet and once in the key: 16 times here, 67 MB for
    // 3,000 touchpoints, which Chromium took minutes to load).
    for (const n of [1, 240, 480]) expect(tiled.html.split(`<title>${n}. `).length - 1).toBe(1);
    expect(tiled.html.length).toBeLessThan(single.html.length * 1.2);
    // The key and every sheet draw it through a reference.
    expect(tiled.html.split('<use href="#poster-map-drawing"/>').length - 1).toBe(tiled.pages);
    // Its emotion curve as well: written once, drawn on every sheet.
    expect(tiled.html.split('<svg class="emotion-curve"').length - 1).toBe(tiled.pages);
    expect(tiled.html.split('<use href="#poster-curve-drawing"/>').length - 1).toBe(tiled.pages);
  });
});
