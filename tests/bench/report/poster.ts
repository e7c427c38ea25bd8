/**
 * The poster benchmark: the 200-touchpoint report journey as an A0 poster on
 * one page, the way the app prints it (buildPosterHtml with the report fonts,
 * JavaScript off, Chromium's print to PDF at the poster's size in mm), loaded
 * as the desktop print window loads it (`withFontsFirst`: fonts decoded with
 * the page, no layout for the screen).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { withFontsFirst } from '../../../electron/main/pdf-pages';
import { buildPosterHtml, DEFAULT_POSTER_OPTIONS } from '../../../renderer/src/exports/poster';
import { generateBenchJourney, REPORT_JOURNEY } from '../generate/journey';
import type { TargetLine } from '../table';
import { pdfPages, reportFonts } from './pdf';

/** The target for the 200-touchpoint A0 poster. */
export const POSTER_TARGET_MS = 3000;

export interface PosterFigures {
  touchpoints: number;
  htmlMs: number;
  loadMs: number;
  printMs: number;
  totalMs: number;
  bytes: number;
  pages: number | null;
  /** Page size as printed, mm. */
  page: { width: number; height: number };
}

export async function benchPosterA0(browser: Browser, root: string, workDir: string): Promise<PosterFigures> {
  const { document } = generateBenchJourney(REPORT_JOURNEY);
  if (document.touchpoints.length !== 200) throw new Error('The report journey does not have 200 touchpoints.');
  const fonts = await reportFonts(root);
  const t0 = performance.now();
  const built = buildPosterHtml(document, { ...DEFAULT_POSTER_OPTIONS, paper: 'A0', output: 'single' }, fonts);
  const t1 = performance.now();
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(withFontsFirst(built.html), { waitUntil: 'load' });
    const t2 = performance.now();
    const pdf = await page.pdf({
      width: `${built.page.width}mm`,
      height: `${built.page.height}mm`,
      printBackground: true,
      preferCSSPageSize: true,
    });
    const t3 = performance.now();
    const file = path.join(workDir, 'poster-a0-200.pdf');
    await writeFile(file, pdf);
    return {
      touchpoints: document.touchpoints.length,
      htmlMs: t1 - t0,
      loadMs: t2 - t1,
      printMs: t3 - t2,
      totalMs: t3 - t0,
      bytes: pdf.byteLength,
      pages: await pdfPages(file),
      page: built.page,
    };
  } finally {
    await context.close();
  }
}

export function formatPoster(p: PosterFigures): string {
  return (
    `A0 poster (${p.touchpoints} touchpoints, ${p.page.width} × ${p.page.height} mm): ${p.totalMs.toFixed(0)} ms ` +
    `(HTML ${p.htmlMs.toFixed(0)} ms, load ${p.loadMs.toFixed(0)} ms, print ${p.printMs.toFixed(0)} ms), ` +
    `${p.pages ?? '?'} page, ${(p.bytes / 1024).toFixed(0)} KiB`
  );
}

export function posterTargets(p: PosterFigures): TargetLine[] {
  return [
    {
      pass: p.totalMs < POSTER_TARGET_MS,
      text: `A0 poster (200) ${p.totalMs.toFixed(0)} ms < ${POSTER_TARGET_MS} ms`,
    },
  ];
}
