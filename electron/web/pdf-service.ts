/**
 * PDFs for `npm start`'s browser fallback, made the way the desktop app makes
 * them: a browser tab can only open its print dialog, which prints once, so
 * the report's contents had no page numbers, its bookmarks and tags depended
 * on the browser, and a long report froze the tab. When a Chromium is
 * installed on this machine (CHROME_PATH, or where Chromium, Chrome or
 * Edge usually live), this Node process prints in it instead, through the same
 * page-number printer as the desktop app's main process (pdf-pages.ts) and a
 * print page as locked down as its print window (chromium-print.ts). Where
 * there is none, the page keeps its print dialog.
 *
 * playwright-core is loaded only when the first PDF is asked for: a
 * development dependency, which `npm install` brings and the installers
 * never need.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { PdfPageSize } from '../common/contract';
import { printWithPageNumbers } from '../main/pdf-pages';
import { chromiumDocumentPrinter } from './chromium-print';

export interface WebPdfRequest {
  html: string;
  pageSize: PdfPageSize;
  landscape: boolean;
}

export interface WebPdfService {
  /** The browser the PDFs are printed in. */
  readonly executablePath: string;
  /** False once that browser could not be started: the page prints through its own print dialog instead. */
  available(): boolean;
  /** The PDF of the document, with its contents' page numbers; one at a time (busy: `WebPdfBusyError`). */
  print(request: WebPdfRequest, signal?: AbortSignal): Promise<Uint8Array>;
  /** Closes the browser, if one was started. */
  close(): Promise<void>;
}

export class WebPdfBusyError extends Error {
  constructor() {
    super('Waymark is already creating a PDF; wait for it to finish, then try again.');
  }
}

/** The browser could not be started (not runnable here, its sandbox refused): nothing can be printed with it. */
export class WebPdfUnavailableError extends Error {}

/** Where Chromium, Chrome or Edge is usually installed, for each platform. */
function usualPlaces(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    // Edge, a Chromium, comes with Windows.
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...roots.map((r) => path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => path.win32.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/** The Chromium to print in: CHROME_PATH when it exists, else the first usual place that does; null when none. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = existsSync,
): string | null {
  const candidates = [env.CHROME_PATH, ...usualPlaces(platform, env)].filter((p): p is string => !!p);
  return candidates.find((p) => exists(p)) ?? null;
}

/** Playwright's print options for a document: a custom size (a poster) in mm as printed, as Electron's printer gets it in inches. */
export function pdfOptionsFor(request: Omit<WebPdfRequest, 'html'>) {
  const size =
    typeof request.pageSize === 'string'
      ? { format: request.pageSize, landscape: request.landscape }
      : { width: `${request.pageSize.widthMm}mm`, height: `${request.pageSize.heightMm}mm` };
  return {
    ...size,
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
  };
}

export function createWebPdfService(options: {
  executablePath: string;
  log: (message: string) => void;
}): WebPdfService {
  let browser: Promise<Browser> | null = null;
  let printing = false;
  let unavailable = false;
  const launch = async (): Promise<Browser> => {
    let launched: Browser;
    try {
      const { chromium } = await import('playwright-core');
      launched = await chromium.launch({
        executablePath: options.executablePath,
        headless: true,
        // Chromium's own sandbox refuses to start as root (containers, CI); elsewhere it stays on.
        args: [
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      });
    } catch (error) {
      // Not runnable, its sandbox refused, or playwright-core not installed (`npm install --omit=dev`).
      unavailable = true;
      const why = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
      options.log(
        `${options.executablePath} could not be started to print PDFs (${why}); the browser's print dialog is used instead.`,
      );
      throw new WebPdfUnavailableError(why);
    }
    // A browser that closed (crashed, killed) is started again at the next print.
    launched.on('disconnected', () => {
      browser = null;
    });
    return launched;
  };
  const open = chromiumDocumentPrinter<WebPdfRequest & { signal?: AbortSignal }>({
    browser: () => {
      browser ??= launch().catch((error: unknown) => {
        browser = null;
        throw error;
      });
      return browser;
    },
    pdfOptions: pdfOptionsFor,
    signalOf: (o) => o.signal,
  });
  const printPdf = printWithPageNumbers(open, options.log);
  return {
    executablePath: options.executablePath,
    available: () => !unavailable,
    async print(request, signal) {
      if (printing) throw new WebPdfBusyError();
      printing = true;
      try {
        return await printPdf(request.html, { ...request, ...(signal ? { signal } : {}) });
      } finally {
        printing = false;
      }
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close().catch(() => undefined);
    },
  };
}
