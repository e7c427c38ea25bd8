/**
 * A persona without a photo gets a circle with its initials. Names from the
 * seed articles used to give "1வா" (a list number taken for a letter) and two
 * Malayalam or Tamil letters that wrapped onto a second line out of the circle.
 * Measured in Chromium on the report's HTML, with the bundled Noto fonts.
 */
import { describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { allSections, type ReportOptions } from '../../../renderer/src/reports/types';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';
import { reportOptions } from './fixture';
import { loadReportFontsNode } from './load-fonts';
import { chromiumForFile } from '../../support/unit-chromium';

/** Names as a consultant pastes them: a list number first, then words in each seed script. */
const NAMES = [
  `1. ${seedLine('ta', 2)}`,
  seedLine('ml', 4),
  seedLine('te', 1),
  `3. ${seedLine('hy', 0)}`,
  'Anjali Rao',
  '2024',
];

const browser = chromiumForFile();

describe("a persona's initials in the report", () => {
  it('start from letters, never a list number, and sit on one line inside the circle', async () => {
    const b = journey('Personas');
    const stage = b.stage('Discover');
    b.touchpoint(stage, { title: 'Sees the advert' });
    for (const name of NAMES) b.persona(name, true, { role: 'Customer' });
    const options: ReportOptions = { ...reportOptions(), sections: { ...allSections(false), personas: true } };
    const html = buildReportHtml(b.build(), options, { fonts: loadReportFontsNode(), personaPhotos: {} });
    const page = await browser().newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const avatars = await page.locator('div.avatar').evaluateAll((els) =>
        els.map((e) => {
          const range = document.createRange();
          range.selectNodeContents(e);
          const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
          const text = range.getBoundingClientRect();
          const box = e.getBoundingClientRect();
          return {
            text: e.textContent ?? '',
            lines,
            fits: text.left >= box.left - 0.5 && text.right <= box.right + 0.5,
          };
        }),
      );
      expect(avatars).toHaveLength(NAMES.length);
      expect(avatars[4]!.text).toBe('AR');
      // A name of no letters still gets something in its circle.
      expect(avatars[5]!.text).toBe('2');
      for (const a of avatars.slice(0, 4)) expect(a.text).toMatch(/^\p{L}/u);
      for (const a of avatars) expect(a, a.text).toMatchObject({ lines: 1, fits: true });
    } finally {
      await page.close();
    }
  }, 60_000);
});
