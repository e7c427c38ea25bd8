/**
 * The report benchmark: a 200-touchpoint journey to PDF, the way the app
 * prints it (self-contained HTML from reportHtmlFor, as the report dialog builds it, JavaScript off,
 * Chromium's print to PDF with the app's print options), through the same
 * page-number printer as the desktop app's main process (electron/main/pdf-pages.ts):
 * load once, print once with placeholders in the contents, read where the
 * sections landed and write the numbers into the PDF. For comparison in the
 * same run, the way before (still the fallback): the loaded page printed again
 * with the numbers as a style sheet.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import {
  destinationPages,
  pageNumberCss,
  PLACEHOLDER_CSS,
  printWithPageNumbers,
} from '../../../electron/main/pdf-pages';
import { reportHtmlFor } from '../../../renderer/src/files-ui/export/report-html';
import { REPORT_FONT_FILES } from '../../../renderer/src/reports/fonts';
import { reportPdfOptions } from '../../../renderer/src/reports/pdf-options';
import { defaultReportOptions, type ReportFont } from '../../../renderer/src/reports/types';
import { generateBenchJourney, REPORT_JOURNEY } from '../generate/journey';
import { chromiumDocumentPrinter } from '../../support/chromium-print';
import type { ReportFigures } from '../table';
import { benchExportInApp } from './in-app';

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

/**
 * CPU time (user + system, ms) of this process's descendants, which is the
 * Chromium the benchmark launched: on a shared machine wall times stretch
 * with the load, CPU time much less. Linux only (/proc); null elsewhere.
 */
export function childrenCpuMs(): number | null {
  try {
    const parent = new Map<number, number>();
    const cpu = new Map<number, number>();
    const tick = 1000 / 100; // USER_HZ is 100 on Linux
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parent.set(Number(entry), Number(fields[1]));
        // utime, stime, and those of its children already waited for.
        cpu.set(
          Number(entry),
          (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * tick,
        );
      } catch {
        // The process ended meanwhile.
      }
    }
    let total = 0;
    for (const [pid, ms] of cpu) {
      let p = parent.get(pid);
      while (p !== undefined && p !== process.pid && p > 1) p = parent.get(p);
      if (p === process.pid) total += ms;
    }
    return total;
  } catch {
    return null;
  }
}

export async function benchReportPdf(browser: Browser, root: string, workDir: string): Promise<ReportFigures> {
  const { document } = generateBenchJourney(REPORT_JOURNEY);
  if (document.touchpoints.length !== 200) throw new Error('The report journey does not have 200 touchpoints.');
  const fonts = await reportFonts(root);
  const options = defaultReportOptions(new Date(Date.UTC(2025, 0, 15)));
  const pdfOptions = () => reportPdfOptions(options);

  const t0 = performance.now();
  // As the report dialog builds it: with the executive summary's insights, computed in the report's language.
  const html = reportHtmlFor({ doc: document, options, assets: { fonts, personaPhotos: {} } });
  const t1 = performance.now();
  const steps = { window: 0, load: 0, loads: 0, style: 0, print: 0, prints: 0 };
  const open = chromiumDocumentPrinter<unknown>({
    browser: async () => browser,
    pdfOptions,
    onStep: (step, ms) => {
      if (step === 'open' || step === 'close') steps.window += ms;
      else if (step === 'load') {
        steps.load += ms;
        steps.loads++;
      } else if (step === 'style') steps.style += ms;
      else {
        steps.print += ms;
        steps.prints++;
      }
    },
  });
  const logged: string[] = [];
  const c1 = childrenCpuMs();
  const pdf = await printWithPageNumbers(open, (m) => logged.push(m))(html, options);
  const t2 = performance.now();
  const c2 = childrenCpuMs();
  if (logged.length > 0) throw new Error(`The report's page numbers were not written in: ${logged.join('; ')}`);
  const file = path.join(workDir, 'report-200.pdf');
  await writeFile(file, pdf);

  // In the same run, the way before (and the fallback): the same loaded page printed again with the numbers in CSS.
  let twice = { printMs: 0, totalMs: 0, chromiumCpuMs: null as number | null };
  const r0 = performance.now();
  const rc0 = childrenCpuMs();
  const timed = chromiumDocumentPrinter<unknown>({
    browser: async () => browser,
    pdfOptions,
    onStep: (step, ms) => {
      if (step === 'print') twice.printMs += ms;
    },
  });
  await timed(html, options, async (doc) => {
    await doc.setStyle(PLACEHOLDER_CSS);
    const first = await doc.print();
    await doc.setStyle(pageNumberCss(destinationPages(first)));
    return doc.print();
  });
  const rc1 = childrenCpuMs();
  twice = {
    ...twice,
    totalMs: t1 - t0 + (performance.now() - r0),
    chromiumCpuMs: rc0 !== null && rc1 !== null ? rc1 - rc0 : null,
  };

  // As the app runs it: printed ahead while the preview shows, Export clicked 1, 3 and 5 s after it shows.
  const inApp = await benchExportInApp(browser, html, workDir, [1000, 3000, 5000]);

  return {
    inApp,
    htmlMs: t1 - t0,
    htmlBytes: html.length,
    loadMs: steps.load,
    loads: steps.loads,
    styleMs: steps.style,
    printMs: steps.print,
    prints: steps.prints,
    windowMs: steps.window,
    otherMs: t2 - t1 - steps.window - steps.load - steps.style - steps.print,
    totalMs: t2 - t0,
    chromiumCpuMs: c1 !== null && c2 !== null ? c2 - c1 : null,
    bytes: pdf.byteLength,
    pages: await pdfPages(file),
    twice,
  };
}
