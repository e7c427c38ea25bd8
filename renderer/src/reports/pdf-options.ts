/**
 * Print settings for the report. Page size, margins, running title and page
 * numbers come from the report's CSS (@page with margin boxes), so the
 * printer is told to use the CSS page size and to print backgrounds; no
 * header or footer template is needed (and templates could not use the
 * embedded fonts).
 */
import { pageGeometry } from './page';
import type { ReportOptions } from './types';

/** Options for Playwright's `page.pdf()`. */
export interface PlaywrightPdfOptions {
  format: 'A4' | 'Letter';
  landscape: boolean;
  printBackground: true;
  displayHeaderFooter: false;
  preferCSSPageSize: true;
  margin: { top: string; right: string; bottom: string; left: string };
  outline: true;
  tagged: true;
}

export function reportPdfOptions(options: Pick<ReportOptions, 'pageSize' | 'orientation'>): PlaywrightPdfOptions {
  return {
    format: options.pageSize === 'Letter' ? 'Letter' : 'A4',
    landscape: options.orientation === 'landscape',
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    // Zero here, so the report's CSS @page margins are the only margins.
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
    outline: true,
    tagged: true,
  };
}

/** Options for Electron's `webContents.printToPDF()` (sizes in inches). */
export interface ElectronPdfOptions {
  pageSize: 'A4' | 'Letter';
  landscape: boolean;
  printBackground: true;
  displayHeaderFooter: false;
  preferCSSPageSize: true;
  /** Inches; the CSS @page margins apply on top of zero here. */
  margins: { top: 0; right: 0; bottom: 0; left: 0 };
  generateTaggedPDF: true;
  generateDocumentOutline: true;
}

export function electronPdfOptions(options: Pick<ReportOptions, 'pageSize' | 'orientation'>): ElectronPdfOptions {
  return {
    pageSize: options.pageSize === 'Letter' ? 'Letter' : 'A4',
    landscape: options.orientation === 'landscape',
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** Expected paper size in PDF points (1/72 in), landscape swapped: for checks. */
export function pdfPageSizePoints(options: Pick<ReportOptions, 'pageSize' | 'orientation'>): {
  width: number;
  height: number;
} {
  const g = pageGeometry(options.pageSize, options.orientation);
  return { width: Math.round((g.width / 25.4) * 72), height: Math.round((g.height / 25.4) * 72) };
}
