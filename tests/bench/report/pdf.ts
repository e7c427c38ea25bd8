/**
 * The report benchmark: a 200-touchpoint journey to PDF, the way the app
 * prints it (self-contained HTML from buildReportHtml, JavaScript off,
 * Chromium's print to PDF with the app's print options), through the same
 * page-number passes as the desktop app's main process (electron/main/pdf-pages.ts):
 * print, read where the sections landed, print again with the contents' numbers.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { withPageNumberPasses, type PrintPurpose } from '../../../electron/main/pdf-pages';
import { buildReportHtml } from '../../../renderer/src/reports/html';
import { REPORT_FONT_FILES } from '../../../renderer/src/reports/fonts';
import { reportPdfOptions } from '../../../renderer/src/reports/pdf-options';
import { defaultReportOptions, type ReportFont } from '../../../renderer/src/reports/types';
import { generateBenchJourney, REPORT_JOURNEY } from '../generate/journey';
import type { ReportFigures } from '../table';

/** The report's fonts, read from node_modules/@fontsource as the app bundles them. */
export async function reportFonts(root: string): Promise<ReportFont[]> {
  return Promise.all(
    REPORT_FONT_FILES.map(async (f) => ({
      family: f.family,
      weight: f.weight,
      style: 'normal' as const,
      unicodeRange: f.unicodeRange,
      woff2Base64: (await readFile(path.join(root, 'node_modules', f.package, 'files', f.file))).toString('base64'),
    })),
  );
}

/** Pages in a PDF by poppler's pdfinfo; null when pdfinfo is not installed or fails. */
export async function pdfPages(file: string): Promise<number | null> {
  try {
    const { stdout } = await promisify(execFile)('pdfinfo', [file]);
    const match = /^Pages:\s+(\d+)/m.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function benchReportPdf(browser: Browser, root: string, workDir: string): Promise<ReportFigures> {
  const { document } = generateBenchJourney(REPORT_JOURNEY);
  if (document.touchpoints.length !== 200) throw new Error('The report journey does not have 200 touchpoints.');
  const fonts = await reportFonts(root);
  const options = defaultReportOptions(new Date(Date.UTC(2025, 0, 15)));

  const t0 = performance.now();
  const html = buildReportHtml(document, options, { fonts, personaPhotos: {} });
  const t1 = performance.now();
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  let loadMs = 0;
  let printMs = 0;
  let passes = 0;
  try {
    const printOnce = async (source: string, _o: unknown, purpose: PrintPurpose = 'final'): Promise<Uint8Array> => {
      const page = await context.newPage();
      try {
        const a = performance.now();
        await page.setContent(source, { waitUntil: 'load' });
        const b = performance.now();
        // As the desktop app: the measure print leaves out the tags and outline.
        const final = purpose === 'final';
        const bytes = await page.pdf({ ...reportPdfOptions(options), tagged: final, outline: final });
        loadMs += b - a;
        printMs += performance.now() - b;
        passes++;
        return new Uint8Array(bytes);
      } finally {
        await page.close();
      }
    };
    const pdf = await withPageNumberPasses(printOnce)(html, options);
    const t3 = performance.now();
    const file = path.join(workDir, 'report-200.pdf');
    await writeFile(file, pdf);
    return {
      htmlMs: t1 - t0,
      htmlBytes: html.length,
      loadMs,
      printMs,
      passes,
      totalMs: t3 - t0,
      bytes: pdf.byteLength,
      pages: await pdfPages(file),
    };
  } finally {
    await context.close();
  }
}
