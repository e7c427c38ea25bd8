/**
 * The interactive viewer laid out and printed in Chromium, opened from disk
 * as a client opens it: the details panel leaves the search box and Print
 * uncovered and usable (the search's answer and its list of matches show
 * while it is open), at a laptop's window and at a narrow one; and the
 * printed pages leave no heading (a stage's name, an insight group's title…)
 * alone at the foot of a page, away from what it heads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildOnlineOrderTemplate } from '../../../renderer/src/domain/templates';
import { buildOnlineReturnsTamilTemplate } from '../../../renderer/src/domain/templates/online-returns-ta';
import { buildViewerHtml } from '../../../renderer/src/exports/viewer/build';
import { VIEWER_IDS } from '../../../renderer/src/exports/viewer/data';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import type { ReportLanguage } from '../../../renderer/src/reports/types';
import { generateBenchJourney, REPORT_JOURNEY } from '../../bench/generate/journey';
import { chromiumForFile } from '../../support/unit-chromium';
import { loadReportFontsNode } from '../reports/load-fonts';

const browser = chromiumForFile();
const dir = mkdtempSync(join(tmpdir(), 'waymark-viewer-layout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.UTC(2026, 2, 1);
const tamil = () => buildOnlineReturnsTamilTemplate(NOW);

/** The viewer file written to disk and opened from there in a window of the given size, once its script is ready. */
async function openViewer(
  doc: JourneyDocument,
  language: ReportLanguage,
  viewport: { width: number; height: number },
): Promise<Page> {
  const file = join(dir, `${language}-${viewport.width}.html`);
  writeFileSync(file, buildViewerHtml(doc, { fonts: loadReportFontsNode(), date: '1 March 2026', language }));
  const page = await browser().newPage({ viewport });
  await page.goto(pathToFileURL(file).href);
  await page.locator('html[data-viewer="ready"]').waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** For each element id, the id of the element a click at its centre reaches (its own when nothing covers it). */
function reached(page: Page, ids: string[]): Promise<Record<string, string | null>> {
  return page.evaluate((list) => {
    const out: Record<string, string | null> = {};
    for (const id of list) {
      const box = document.getElementById(id)!.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      out[id] = hit?.closest('[id]')?.id ?? null;
    }
    return out;
  }, ids);
}

describe('the viewer with its details panel open', () => {
  const words = REPORT_LABELS.ta.viewer;
  const uncovered = Object.fromEntries([VIEWER_IDS.search, VIEWER_IDS.print].map((id) => [id, id] as const));

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 800, height: 768 },
  ]) {
    it(`keeps the search box and Print uncovered and usable at ${viewport.width} × ${viewport.height}`, async () => {
      const doc = tamil();
      const page = await openViewer(doc, 'ta', viewport);
      try {
        // Opened by a click on a card: nothing of the search or Print lies under the panel.
        await page.locator('button.card-hit').first().click();
        await page.locator(`#${VIEWER_IDS.details}`).waitFor();
        expect(await reached(page, [VIEWER_IDS.search, VIEWER_IDS.print])).toEqual(uncovered);
        const panelTop = await page.locator(`#${VIEWER_IDS.details}`).evaluate((d) => d.getBoundingClientRect().top);
        const headerBottom = await page.locator('header.top').evaluate((h) => h.getBoundingClientRect().bottom);
        expect(panelTop).toBeGreaterThanOrEqual(headerBottom - 1);

        // A search with no match says so where it can be read, the panel still open.
        await page.locator(`#${VIEWER_IDS.search}`).click();
        await page.keyboard.type('zzzz');
        await expect.poll(() => page.locator(`#${VIEWER_IDS.searchStatus}`).textContent()).toBe(words.noMatch);
        expect(await reached(page, [VIEWER_IDS.searchStatus])).toEqual({
          [VIEWER_IDS.searchStatus]: VIEWER_IDS.searchStatus,
        });
        expect(await page.locator(`#${VIEWER_IDS.details}`).isVisible()).toBe(true);

        // A search with matches lists them over the panel; Enter opens the first, and the search stays in reach.
        await page.locator(`#${VIEWER_IDS.search}`).fill('டெலிவரி');
        const first = page.locator(`#${VIEWER_IDS.searchResults} button`).first();
        await first.waitFor();
        expect(
          await first.evaluate((b) => {
            const box = b.getBoundingClientRect();
            return (
              document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('button') === b
            );
          }),
        ).toBe(true);
        const firstId = await first.getAttribute('data-tp');
        await page.keyboard.press('Enter');
        const opened = doc.touchpoints.find((t) => t.id === firstId)!;
        await expect
          .poll(() => page.locator(`#${VIEWER_IDS.details} .record-title`).textContent())
          .toBe(opened.title.replace(/\s+/g, ' ').trim());
        expect(await reached(page, [VIEWER_IDS.search, VIEWER_IDS.print])).toEqual(uncovered);

        // Scrolled, the panel rises with the header and takes the whole height once the header is gone.
        await page.evaluate(() => window.scrollTo(0, 60));
        const offHeader = () =>
          page.evaluate(
            (id) =>
              document.getElementById(id)!.getBoundingClientRect().top -
              Math.max(0, document.querySelector('header.top')!.getBoundingClientRect().bottom),
            VIEWER_IDS.details,
          );
        await expect.poll(async () => Math.abs(await offHeader())).toBeLessThanOrEqual(1);
        expect(await page.locator('header.top').evaluate((h) => h.getBoundingClientRect().bottom)).toBeCloseTo(
          headerBottom - 60,
        );
        await page.evaluate(() => window.scrollTo(0, 2000));
        await expect
          .poll(() => page.locator(`#${VIEWER_IDS.details}`).evaluate((d) => d.getBoundingClientRect().top))
          .toBe(0);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});

describe('the viewer in a small window', () => {
  it('fits the map into the window under a tall header, its tools whole', async () => {
    // A long title and a description wrap the header over several lines at 800 px: the map is not pushed below
    // the window's foot, nor left short of it.
    const doc = generateBenchJourney(REPORT_JOURNEY).document;
    doc.journey.title = 'உங்கள் வணிகத்துடன் தொடர்பு கொள்ளும்போது வாடிக்கையாளர் எடுக்கும் படிகளை நீங்கள் காட்சிப்படுத்தலாம்';
    doc.journey.description =
      'இது உங்கள் வாடிக்கையாளர்களின் தேவைகள், அச்சங்கள், ஆசைகள் மற்றும் இலக்குகள் பற்றிய உண்மையான நுண்ணறிவை ' +
      'உங்களுக்கு வழங்க முடியும். அவர்களின் எண்ணங்கள், உணர்வுகள் மற்றும் வலிப்புள்ளிகள் ஆகியவற்றை நீங்கள் நன்கு புரிந்துகொள்வீர்கள்.';
    for (const viewport of [
      { width: 800, height: 900 },
      { width: 1366, height: 768 },
    ]) {
      const page = await openViewer(doc, 'ta', viewport);
      try {
        const box = () =>
          page.evaluate((id) => {
            const r = document.getElementById(id)!.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, windowHeight: window.innerHeight };
          }, VIEWER_IDS.viewport);
        await expect.poll(async () => (await box()).windowHeight - (await box()).bottom).toBeGreaterThanOrEqual(0);
        const map = await box();
        expect(map.windowHeight - map.bottom, `at ${viewport.width} px`).toBeLessThanOrEqual(24);
        expect(map.bottom - map.top).toBeGreaterThanOrEqual(360);
        // The tools' buttons keep their words inside them; the hint gives way.
        const cut = await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('.map-tools .btn'))
            .filter((b) => b.scrollWidth > b.clientWidth + 1)
            .map((b) => b.textContent),
        );
        expect(cut).toEqual([]);
      } finally {
        await page.close();
      }
    }
  }, 60_000);
});

/** The colour print gives the headings for this test only: text of that colour in the PDF is heading text. */
const MARK = '#ff00ff';
/** What print keeps with what follows it: every heading, and a stage's goal and description under its name. */
const KEPT = 'h1,h2,h3,h4,h5,h6,legend,.stage-records>p';

interface TextLine {
  page: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  text: string;
  heading: boolean;
}

/** Every piece of text of a PDF with its box and whether it is heading text, from poppler's `pdftohtml -xml`. */
function textPieces(pdf: string): TextLine[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', pdf], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const colours = new Map(
    Array.from(xml.matchAll(/<fontspec id="(\d+)"[^>]*color="(#[0-9a-f]{6})"/gi), (m) => [m[1]!, m[2]!]),
  );
  const out: TextLine[] = [];
  for (const pageMatch of xml.matchAll(/<page number="(\d+)"[\s\S]*?<\/page>/g)) {
    const texts = pageMatch[0].matchAll(
      /<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)" font="(\d+)">([\s\S]*?)<\/text>/g,
    );
    for (const m of texts) {
      const text = m[6]!.replace(/<[^>]*>/g, '').trim();
      if (!text) continue;
      const [top, left, width, height] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      out.push({
        page: Number(pageMatch[1]),
        top,
        bottom: top + height,
        left,
        right: left + width,
        text,
        heading: colours.get(m[5]!)?.toLowerCase() === MARK,
      });
    }
  }
  return out;
}

/**
 * The heading pieces joined into lines: pieces of one page that share a line and follow each other a word space
 * apart (poppler gives some scripts' text word by word). Two headings side by side, a column gap apart, stay apart.
 */
function headingLines(pieces: readonly TextLine[]): TextLine[] {
  const lines: TextLine[] = [];
  const ordered = pieces.filter((p) => p.heading).sort((a, b) => a.page - b.page || a.left - b.left || a.top - b.top);
  for (const piece of ordered) {
    const line = lines.find(
      (l) =>
        l.page === piece.page &&
        piece.top < l.bottom &&
        piece.bottom > l.top &&
        piece.left >= l.left &&
        piece.left - l.right <= 12,
    );
    if (!line) lines.push({ ...piece });
    else {
      line.right = Math.max(line.right, piece.right);
      line.bottom = Math.max(line.bottom, piece.bottom);
      line.text += ` ${piece.text}`;
    }
  }
  return lines;
}

/** The viewer printed as the browser prints it (print media, every record in the page), its headings in MARK. */
async function printViewer(doc: JourneyDocument, language: ReportLanguage): Promise<string> {
  const page = await openViewer(doc, language, { width: 1366, height: 768 });
  try {
    await page.addStyleTag({
      content: `@media print{${KEPT}{color:${MARK}!important}:is(${KEPT}) *{color:inherit!important}}`,
    });
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction((id) => !document.getElementById(id), VIEWER_IDS.records);
    await page.evaluate(() => document.fonts.ready);
    const pdf = join(dir, `${language}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    return pdf;
  } finally {
    await page.close();
  }
}

describe('the printed viewer', () => {
  it('carries a print rule keeping every heading it prints with what follows', async () => {
    const page = await openViewer(tamil(), 'ta', { width: 1366, height: 768 });
    try {
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction((id) => !document.getElementById(id), VIEWER_IDS.records);
      const kept = await page.evaluate((selector) => {
        const printed = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter(
          (e) => e.getClientRects().length > 0,
        );
        return {
          kinds: [...new Set(printed.map((e) => (e.matches('.stage-records>p') ? 'stage intro' : e.tagName)))].sort(),
          loose: printed.filter((e) => getComputedStyle(e).breakAfter !== 'avoid').map((e) => e.outerHTML.slice(0, 80)),
          // A column spanner is not kept with the columns after it (Chromium): no heading is one.
          spanners: printed.filter((e) => getComputedStyle(e).columnSpan === 'all').length,
          unsplitLines: Array.from(document.querySelectorAll('.insight li, .persona li')).every(
            (li) => getComputedStyle(li).breakInside === 'avoid',
          ),
        };
      }, KEPT);
      expect(kept.kinds).toEqual(['H1', 'H2', 'H3', 'H4', 'LEGEND', 'stage intro']);
      expect(kept.loose).toEqual([]);
      expect(kept.spanners).toBe(0);
      expect(kept.unsplitLines).toBe(true);
    } finally {
      await page.close();
    }
  }, 60_000);

  for (const [name, build, language] of [
    ['the Tamil template', tamil, 'ta'],
    ['an English template', () => buildOnlineOrderTemplate(NOW), 'en'],
  ] as const) {
    it(`leaves no heading alone at the foot of a page: ${name}`, async () => {
      const pieces = textPieces(await printViewer(build(), language));
      const headings = headingLines(pieces);
      expect(headings.length).toBeGreaterThan(20);
      expect(new Set(pieces.map((l) => l.page)).size).toBeGreaterThan(5);
      // A heading line is followed, on its own page, by text that is not a heading in the same horizontal span.
      const alone = headings
        .filter(
          (h) =>
            !pieces.some(
              (l) => l.page === h.page && !l.heading && l.top >= h.bottom - 2 && l.left < h.right && l.right > h.left,
            ),
        )
        .map((h) => `page ${h.page}: ${h.text}`);
      expect(alone).toEqual([]);
    }, 60_000);
  }
});
