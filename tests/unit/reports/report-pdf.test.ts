/**
 * Prints the report to PDF with headless Chromium and reads the PDF back with
 * poppler: the text (in every seed script) is there, the Noto fonts are
 * embedded, the page size is the one asked for.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnection, createStage, createTouchpoint } from '../../../renderer/src/domain/factories';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { pdfPageSizePoints, reportPdfOptions } from '../../../renderer/src/reports/pdf-options';
import { allSections, type ReportAssets, type ReportOptions } from '../../../renderer/src/reports/types';
import {
  PHOTO_BLOB_OF,
  PNG_BASE64,
  REMINDER_DESCRIPTION,
  SEED,
  SEED_PARAGRAPH,
  XSS_TITLE,
  buildRichJourney,
  reportOptions,
} from './fixture';
import { loadReportFontsNode } from './load-fonts';

const TIMEOUT = 60_000;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-report-'));
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const { doc, stageNames, touchpointTitles } = buildRichJourney();
const assets = (): ReportAssets => ({
  fonts: loadReportFontsNode(),
  personaPhotos: { [PHOTO_BLOB_OF(doc)]: { type: 'image/png', dataBase64: PNG_BASE64 } },
});

async function printPdf(options: ReportOptions, name: string, journey: JourneyDocument = doc): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(buildReportHtml(journey, options, assets()), { waitUntil: 'load' });
    const path = join(dir, `${name}.pdf`);
    await page.pdf({ ...reportPdfOptions(options), path });
    // Set REPORT_PDF_DIR to keep the PDFs for a look.
    if (process.env.REPORT_PDF_DIR) copyFileSync(path, join(process.env.REPORT_PDF_DIR, `${name}.pdf`));
    return path;
  } finally {
    await context.close();
  }
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text in content-stream order, all white space removed, so wrapped lines join up again. */
function squeezedText(pdf: string): string {
  return run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).replace(/\s+/g, '');
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('report PDF', () => {
  let a4: string;

  beforeAll(async () => {
    a4 = await printPdf(reportOptions(), 'a4-portrait');
  }, TIMEOUT);

  it(
    'holds the journey title (escaped markup as text), stage names and touchpoint titles in every script',
    () => {
      const text = squeezedText(a4);
      expect(text).toContain(squeeze(XSS_TITLE));
      for (const name of stageNames) expect(text, name).toContain(squeeze(name));
      for (const title of touchpointTitles) expect(text, title).toContain(squeeze(title));
      for (const [script, sentence] of Object.entries(SEED)) expect(text, script).toContain(squeeze(sentence));
      expect(text).toContain(squeeze('Acme Mutual & Partners'));
      expect(text).toContain(squeeze('24 November 2025'));
    },
    TIMEOUT,
  );

  it(
    'prints touchpoint descriptions (Latin, Tamil, Armenian) in the stage-by-stage section',
    () => {
      const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [a4]))?.[1]);
      const stagePages = Array.from({ length: pages }, (_, i) =>
        run('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', a4, '-']),
      )
        .filter((text) => text.includes('TOUCHPOINT'))
        .map(squeeze)
        .join('');
      for (const description of [REMINDER_DESCRIPTION, SEED_PARAGRAPH.tamil, SEED_PARAGRAPH.armenian])
        expect(stagePages, description).toContain(squeeze(description));
    },
    TIMEOUT,
  );

  it(
    'has page numbers and the running title in the page margins, not on the cover',
    () => {
      const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [a4]))?.[1]);
      expect(pages).toBeGreaterThan(8);
      const cover = run('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', a4, '-']);
      expect(cover).not.toContain('Page 1 of');
      const second = run('pdftotext', ['-f', '2', '-l', '2', '-enc', 'UTF-8', a4, '-']);
      expect(second).toContain(`Page 2 of ${pages}`);
      expect(squeeze(second)).toContain(squeeze(`${XSS_TITLE} · Acme Mutual & Partners`));
    },
    TIMEOUT,
  );

  it(
    'embeds Noto Sans and the Tamil, Telugu, Malayalam and Armenian Noto fonts',
    () => {
      const rows = run('pdffonts', [a4])
        .split('\n')
        .slice(2)
        .filter((l) => l.trim());
      const embedded = (family: string) =>
        rows.some((row) => {
          const cols = row.trim().split(/\s+/);
          const name = cols[0] ?? '';
          // name type encoding emb sub uni object ID: "emb" is the 4th column from the end of the yes/no triple.
          const flags = cols.slice(-5, -2);
          return new RegExp(`^[A-Z]{6}\\+${family}(-|$)`).test(name) && flags[0] === 'yes';
        });
      for (const family of ['NotoSans', 'NotoSansTamil', 'NotoSansTelugu', 'NotoSansMalayalam', 'NotoSansArmenian']) {
        expect(embedded(family), `${family} in\n${rows.join('\n')}`).toBe(true);
      }
      // Nothing falls back to a font of the machine.
      for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+NotoSans/);
    },
    TIMEOUT,
  );

  it.each([
    ['A4', 'portrait', 595, 842],
    ['A4', 'landscape', 842, 595],
    ['Letter', 'portrait', 612, 792],
    ['Letter', 'landscape', 792, 612],
  ] as const)(
    'prints on %s %s (%i × %i pt)',
    async (pageSize, orientation, width, height) => {
      const options = reportOptions({ pageSize, orientation });
      expect(pdfPageSizePoints(options)).toEqual({ width, height });
      const pdf =
        pageSize === 'A4' && orientation === 'portrait' ? a4 : await printPdf(options, `${pageSize}-${orientation}`);
      const info = run('pdfinfo', ['-l', '100', pdf]);
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
        Math.round(Number(m[1])),
        Math.round(Number(m[2])),
      ]);
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toEqual([width, height]);
      if (orientation === 'landscape') {
        const text = squeezedText(pdf);
        for (const title of touchpointTitles) expect(text, title).toContain(squeeze(title));
      }
    },
    TIMEOUT,
  );
});

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
}

/** The text of each page, as lines in reading order, white space trimmed, empty lines dropped. */
function pageLines(pdf: string): string[][] {
  return Array.from({ length: pageCount(pdf) }, (_, i) =>
    run('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', pdf, '-'])
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
}

/** Every word of every page with its box, in PDF points, from `pdftotext -bbox`. */
function wordBoxes(pdf: string): { page: number; word: string; xMin: number; xMax: number }[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']);
  const out: { page: number; word: string; xMin: number; xMax: number }[] = [];
  html.split('<page ').forEach((chunk, i) => {
    if (i === 0) return;
    for (const m of chunk.matchAll(
      /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
    ))
      out.push({ page: i, word: m[3]!, xMin: Number(m[1]), xMax: Number(m[2]) });
  });
  return out;
}

const MM = 72 / 25.4;
const labels = REPORT_LABELS.en;

describe('report PDF layout', () => {
  it(
    'leaves empty sections out of the report and its contents, with no page saying "No … yet"',
    async () => {
      const bare: JourneyDocument = {
        ...doc,
        personas: [],
        notes: [],
        touchpoints: doc.touchpoints.map((t) => ({
          ...t,
          opportunities: [],
          metrics: { ...t.metrics, csat: null, ces: null, nps: null, dropOff: null, volume: null },
          personaEmotions: {},
        })),
      };
      const left = await printPdf(reportOptions(), 'empty-sections-left-out', bare);
      const pages = pageLines(left);
      const all = pages.flat().join('\n');
      for (const sentence of [labels.persona.noPersonas, labels.noOpportunities, labels.noMetrics, labels.noNotes])
        expect(all).not.toContain(sentence);
      const contents = pages[1]!.join('\n');
      expect(contents).toContain(`01 ${labels.sections.summary}`);
      for (const id of ['personas', 'opportunities', 'metrics', 'notes'] as const)
        expect(contents, id).not.toContain(labels.sections[id]);
      // As many pages as with those sections switched off by hand.
      const off = await printPdf(
        reportOptions({
          sections: { ...allSections(), personas: false, opportunities: false, metrics: false, notes: false },
        }),
        'empty-sections-off',
        bare,
      );
      expect(pageCount(left)).toBe(pageCount(off));
    },
    TIMEOUT,
  );

  it(
    'lets short sections share a page and never leaves a heading alone at the foot of a page',
    async () => {
      const pdf = await printPdf(reportOptions(), 'shared-pages');
      const pages = pageLines(pdf);
      // The section heading is the last line holding just that word (the summary tiles use some of them too).
      const pageOf = (heading: string) => pages.findLastIndex((lines) => lines.includes(heading));
      // The opportunity matrix (heading, intro and chart kept together) and the metrics share one page,
      // after the page the opportunities table ends on; the hot spots follow the stage tables.
      const metrics = pageOf(labels.sections.metrics);
      expect(metrics).toBeGreaterThan(2);
      expect(pageOf(labels.sections.matrix)).toBe(metrics);
      expect(pages[metrics - 1]!.join(' ')).toContain('Personal note from the agent');
      expect(pages[metrics]!.join(' ')).toContain(labels.matrix.quadrants['quick-wins']);
      expect(pages[pageOf(labels.sections.hotspots)]!.join(' ')).toContain('Gets the loyalty');
      expect(pageOf(labels.sections.opportunities)).toBeGreaterThan(2);
      expect(pageOf(labels.sections.curve)).toBe(
        pageOf(`PART 3 / 3 · ${stageNames[4]!.toUpperCase()} – ${stageNames[5]!.toUpperCase()}`),
      );
      const headings = new Set([
        ...Object.values(labels.sections),
        labels.painHotSpotsTitle,
        labels.frictionHotSpotsTitle,
        ...stageNames,
      ]);
      pages.forEach((lines, i) => {
        // The last lines are the running title and the page number.
        const body = lines.filter((l) => !/^Page \d+ of \d+$/.test(l) && !l.startsWith('Renewal <img'));
        expect(headings.has(body[body.length - 1] ?? ''), `page ${i + 1} ends with ${body[body.length - 1]}`).toBe(
          false,
        );
      });
    },
    TIMEOUT,
  );

  it(
    'shows the whole connection legend, Failure and Recovery included, on every map part page',
    async () => {
      // A seventh stage makes the last map part one stage wide, with stubs to the part before it.
      const journeyId = doc.journey.id;
      const refer = createStage({ journeyId, name: 'Refer', order: 6 });
      const tells = createTouchpoint({ journeyId, stageId: refer.id, title: 'Tells a friend', emotion: 2 });
      const last = doc.touchpoints[doc.touchpoints.length - 1]!;
      const wide: JourneyDocument = {
        ...doc,
        stages: [...doc.stages, refer],
        touchpoints: [...doc.touchpoints, tells],
        connections: [
          ...doc.connections,
          createConnection({ journeyId, source: last.id, target: tells.id, kind: 'failure' }),
        ],
      };
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.emulateMedia({ media: 'print' });
        await page.setContent(buildReportHtml(wide, reportOptions(), assets()), { waitUntil: 'load' });
        const parts = await page.$$eval('.map-part svg', (svgs) =>
          svgs.map((svg) => {
            const box = (svg as SVGSVGElement).viewBox.baseVal;
            const legend = Array.from(svg.querySelectorAll('text')).map((t) => {
              const b = (t as SVGTextElement).getBBox();
              return { text: t.textContent ?? '', right: b.x + b.width, left: b.x };
            });
            return { width: box.width, legend };
          }),
        );
        expect(parts.length).toBe(4);
        for (const [i, part] of parts.entries()) {
          for (const name of Object.values(labels.connectionKind)) {
            const item = part.legend.find((t) => t.text === name);
            expect(item, `${name} in part ${i + 1}`).toBeDefined();
            expect(item!.left).toBeGreaterThanOrEqual(0);
            expect(item!.right, `${name} in part ${i + 1}`).toBeLessThanOrEqual(part.width);
          }
        }
      } finally {
        await context.close();
      }
    },
    TIMEOUT,
  );

  it(
    'prints the cover and every page at full size when fields hold a 300-character unbroken token',
    async () => {
      const token = `https://example.com/${'a1B2c3D4e5'.repeat(28)}`;
      expect(token.length).toBeGreaterThanOrEqual(300);
      const long = buildRichJourney(token).doc;
      long.journey.description = `See ${token}`;
      long.journey.client = token;
      long.touchpoints[0]!.title = token;
      long.touchpoints[0]!.description = token;
      long.touchpoints[2]!.opportunities[0]!.text = token;
      long.touchpoints[2]!.opportunities[0]!.owner = token;
      long.personas[0]!.name = token;
      long.notes[0]!.text = token;
      long.stages[1]!.name = token;
      const pdf = await printPdf(reportOptions(), 'long-token', long);
      const { width } = pdfPageSizePoints(reportOptions());
      const words = wordBoxes(pdf);
      // The cover's text starts at its 20 mm padding: the page was not shrunk to fit a wide line.
      const kind = words.find((w) => w.page === 1 && w.word === 'CUSTOMER');
      expect(kind, 'the cover band says CUSTOMER JOURNEY REPORT').toBeDefined();
      expect(kind!.xMin).toBeGreaterThan(20 * MM - 1.5);
      expect(kind!.xMin).toBeLessThan(20 * MM + 1.5);
      // Every page keeps its 16 mm margins: headings start there and no word runs past the right one.
      const pages = pageCount(pdf);
      for (let page = 2; page <= pages; page++) {
        const onPage = words.filter((w) => w.page === page);
        expect(Math.min(...onPage.map((w) => w.xMin)), `page ${page}`).toBeGreaterThan(16 * MM - 1.5);
        expect(Math.min(...onPage.map((w) => w.xMin)), `page ${page}`).toBeLessThan(16 * MM + 1.5);
      }
      for (const w of words) expect(w.xMax, `${w.word} on page ${w.page}`).toBeLessThanOrEqual(width - 16 * MM + 1);
    },
    TIMEOUT,
  );
});
