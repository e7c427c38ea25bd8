/**
 * The desktop app's print window, played by a headless Chromium through
 * Playwright: a document loaded once (JavaScript off, offline, every request
 * but inline data refused), printed as often as the page-number passes ask,
 * with one added style sheet changed between prints through the DevTools
 * protocol (`CSS.setStyleSheetText`, as electron/main/pdf.ts does through
 * `webContents.debugger`: no script runs in the page). The browser fallback of
 * `npm start` prints its PDFs with it (electron/web/pdf-service.ts), and the
 * e2e harness, the report tests and the benchmark use it, so they all print
 * the way `electron/main/pdf.ts` does.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { unlessAborted, withFontsFirst, type DocumentPrinter, type LoadedDocument } from '../main/pdf-pages';
import { printTimeoutFor, PRINT_TIMEOUT_MS } from '../main/pdf';

type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

export interface ChromiumPrintOptions<O> {
  /** The browser to print in (a shared one is created lazily by the e2e harness). */
  browser: () => Promise<Browser>;
  /** Playwright's pdf() options for the caller's print options; tags and outline are set by `tagged`. */
  pdfOptions: (options: O) => PdfOptions;
  /** Whether prints have tags and an outline, as the desktop app's (default true). */
  tagged?: boolean;
  /** Called with each new context before it loads anything (e.g. to record requests). */
  onContext?: (context: BrowserContext) => void;
  /** Called after each step with its wall time in ms: `open` (a new context and page: the print window), `load`, `style`, `print`, `close`. */
  onStep?: (step: string, ms: number) => void;
  /** The signal that stops a print (as the print window is destroyed): its context is closed. */
  signalOf?: (options: O) => AbortSignal | undefined;
}

export function chromiumDocumentPrinter<O>(o: ChromiumPrintOptions<O>): DocumentPrinter<O> {
  return async (html, options, use) => {
    const signal = o.signalOf?.(options);
    signal?.throwIfAborted();
    const browser = await o.browser();
    const opened = performance.now();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const stop = () => void context.close().catch(() => undefined);
    signal?.addEventListener('abort', stop, { once: true });
    // As the desktop app's print session: nothing but the document itself and inline data.
    await context.route('**/*', (route) => route.abort());
    o.onContext?.(context);
    const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      const result = await run();
      o.onStep?.(step, performance.now() - t0);
      return result;
    };
    const loadAndUse = async () => {
      const page = await context.newPage();
      o.onStep?.('open', performance.now() - opened);
      // As the desktop app's print window: fonts decoded with the page, no layout for the screen, and its time
      // limit, which grows with the document (not Playwright's 30 s).
      const timeout = printTimeoutFor(PRINT_TIMEOUT_MS, html.length);
      await timed('load', () => page.setContent(withFontsFirst(html), { waitUntil: 'load', timeout }));
      const cdp = await context.newCDPSession(page);
      let sheet: string | null = null;
      const loaded: LoadedDocument = {
        setStyle: (css) =>
          timed('style', async () => {
            if (sheet === null) {
              await cdp.send('DOM.enable');
              await cdp.send('CSS.enable');
              const { frameTree } = await cdp.send('Page.getFrameTree');
              sheet = (await cdp.send('CSS.createStyleSheet', { frameId: frameTree.frame.id })).styleSheetId;
            }
            await cdp.send('CSS.setStyleSheetText', { styleSheetId: sheet, text: css });
          }),
        print: () =>
          timed('print', async () => {
            const tagged = o.tagged !== false;
            return new Uint8Array(await page.pdf({ ...o.pdfOptions(options), tagged, outline: tagged }));
          }),
      };
      return use(loaded);
    };
    try {
      // Stopped at any step (a page closed while it opens may never answer), the print ends at once.
      return await unlessAborted(loadAndUse(), signal);
    } finally {
      signal?.removeEventListener('abort', stop);
      const closing = performance.now();
      if (signal?.aborted) {
        // Already closing (stop): not waited for, as the print window is destroyed.
        void context.close().catch(() => undefined);
      } else {
        await context.close();
        o.onStep?.('close', performance.now() - closing);
      }
    }
  };
}
