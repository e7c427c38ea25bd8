/**
 * HTML → PDF in a hidden, locked-down window: JavaScript off, sandboxed, no
 * preload, and a separate in-memory session whose every network request is
 * cancelled except the report document itself and data: URLs (embedded
 * fonts and images). The document is served from memory on that session, so
 * large reports do not hit data-URL limits and nothing touches the disk.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import type { PdfPageSize } from '../common/contract';
import { APP_SCHEME } from './app-url';
import { unlessAborted, withFontsFirst, type DocumentPrinter, type LoadedDocument } from './pdf-pages';
import { PRINT_CSP } from './security/csp';
import { PRINT_PARTITION, buildPrintWindowOptions } from './security/window-options';

export const PRINT_HOST = 'print';
/** The time limit of each step (load, style, print) of a document under a megabyte. */
export const PRINT_TIMEOUT_MS = 120_000;
/**
 * What each whole megabyte of the document adds to that limit. The limit is there to stop a print
 * that hangs, not a large one: a 2,000-touchpoint report (21 MB of HTML, some 640 pages) loads in
 * about 11 s and prints in about 45 s on a 2-core machine, and a 5,000-touchpoint one would have
 * passed a fixed 120 s.
 */
export const PRINT_TIMEOUT_PER_MB_MS = 6_000;

/** The time limit of each step of printing a document of `chars` characters, from the limit of a small one. */
export function printTimeoutFor(baseMs: number, chars: number): number {
  return baseMs + Math.floor(chars / 1_000_000) * PRINT_TIMEOUT_PER_MB_MS;
}

export interface PdfPrinterDeps {
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  fromPartition(partition: string): Session;
  /** The limit of each step for a document under a megabyte (PRINT_TIMEOUT_MS); larger ones get more (printTimeoutFor). */
  timeoutMs?: number;
}

export interface PrintOptions {
  /** A paper name, or a custom size in mm (a poster). */
  pageSize: PdfPageSize;
  landscape: boolean;
  /** Stops the print: its window is destroyed and the print rejects at once (a cancelled save dialog). */
  signal?: AbortSignal;
}

const MM_PER_INCH = 25.4;

/** Electron's printToPDF page size: a paper name, or width and height in inches. */
export function electronPageSize(pageSize: PdfPageSize): 'A4' | 'Letter' | { width: number; height: number } {
  if (typeof pageSize === 'string') return pageSize;
  return { width: pageSize.widthMm / MM_PER_INCH, height: pageSize.heightMm / MM_PER_INCH };
}

/** The print session loads the document being printed and inline data, nothing else. */
export function isAllowedPrintRequest(
  url: string,
  documentUrls: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): boolean {
  return url.startsWith('data:') || documentUrls.has(url);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Prints a whole document (loads it, prints once), and `open` keeps one loaded for several prints. */
export interface PdfPrinter {
  (html: string, options: PrintOptions): Promise<Uint8Array>;
  open: DocumentPrinter<PrintOptions>;
}

export function createPdfPrinter(deps: PdfPrinterDeps): PdfPrinter {
  const documents = new Map<string, string>();
  const baseTimeoutMs = deps.timeoutMs ?? PRINT_TIMEOUT_MS;
  let prepared = false;

  function prepareSession(): void {
    if (prepared) return;
    const session = deps.fromPartition(PRINT_PARTITION);
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.setPermissionCheckHandler(() => false);
    session.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isAllowedPrintRequest(details.url, documents) });
    });
    session.protocol.handle(APP_SCHEME, (request) => {
      const html = documents.get(request.url);
      if (html === undefined) return new Response('Not found.', { status: 404 });
      return new Response(html, {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP },
      });
    });
    prepared = true;
  }

  const open: DocumentPrinter<PrintOptions> = async (html, options, use) => {
    options.signal?.throwIfAborted();
    prepareSession();
    const url = `${APP_SCHEME}://${PRINT_HOST}/${randomUUID()}.html`;
    const timeoutMs = printTimeoutFor(baseTimeoutMs, html.length);
    // Its fonts decoded with the page, before a first layout that the print would redo (see withFontsFirst).
    documents.set(url, withFontsFirst(html));
    const window = deps.createWindow(buildPrintWindowOptions());
    const loadAndUse = async () => {
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      await withTimeout(window.webContents.loadURL(url), timeoutMs, 'Loading the report');
      // Loaded once: the document is no longer served, and the window prints it as often as asked.
      documents.delete(url);
      // One style sheet the passes may change, set through the DevTools protocol (as the tests' Chromium does):
      // it needs no script in the page, which has JavaScript off (webContents.insertCSS goes through Electron's
      // own renderer script, which a script-less page does not run).
      let sheet: string | null = null;
      const devtools = window.webContents.debugger;
      const loaded: LoadedDocument = {
        setStyle: (css) =>
          withTimeout(
            (async () => {
              if (sheet === null) {
                if (!devtools.isAttached()) devtools.attach('1.3');
                await devtools.sendCommand('DOM.enable');
                await devtools.sendCommand('CSS.enable');
                const tree = (await devtools.sendCommand('Page.getFrameTree')) as {
                  frameTree: { frame: { id: string } };
                };
                const created = (await devtools.sendCommand('CSS.createStyleSheet', {
                  frameId: tree.frameTree.frame.id,
                })) as { styleSheetId: string };
                sheet = created.styleSheetId;
              }
              await devtools.sendCommand('CSS.setStyleSheetText', { styleSheetId: sheet, text: css });
            })(),
            timeoutMs,
            'Preparing the report',
          ),
        print: async () => {
          const pdf = await withTimeout(
            window.webContents.printToPDF({
              pageSize: electronPageSize(options.pageSize),
              // A custom size is given as printed; landscape only turns a named paper.
              landscape: typeof options.pageSize === 'string' && options.landscape,
              printBackground: true,
              preferCSSPageSize: true,
              // The report sets its page margins (and page numbers) in CSS @page rules.
              margins: { top: 0, right: 0, bottom: 0, left: 0 },
              generateTaggedPDF: true,
              generateDocumentOutline: true,
            }),
            timeoutMs,
            'Printing the report',
          );
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
        },
      };
      return use(loaded);
    };
    const stop = () => {
      if (!window.isDestroyed()) window.destroy();
    };
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      return await unlessAborted(loadAndUse(), options.signal);
    } finally {
      options.signal?.removeEventListener('abort', stop);
      documents.delete(url);
      stop();
    }
  };

  const printOnce = (html: string, options: PrintOptions) => open(html, options, (doc) => doc.print());
  return Object.assign(printOnce, { open });
}
