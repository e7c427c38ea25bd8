/**
 * The report's export as the desktop app runs it, timed through main's real IPC handlers with
 * Chromium as the print window: the report dialog asks for its preview's document to be printed
 * ahead once the settings rest (PRINT_AHEAD_DELAY_MS after the preview shows), the user clicks
 * Export some seconds after the preview shows, and takes a second to choose a name in the save
 * dialog. The figure is what the user waits for after choosing the name: from the dialog's answer
 * to the file written.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { atomicWrite } from '../../../electron/main/files/atomic-write';
import { createRecentFilesStore } from '../../../electron/main/files/recent-files';
import { createIpcHandlers, type PdfOptions, type SaveDialogRequest } from '../../../electron/main/ipc/handlers';
import { PRINT_AHEAD_DELAY_MS } from '../../../renderer/src/files-ui/export/print-ahead';
import { reportPdfOptions } from '../../../renderer/src/reports/pdf-options';
import { chromiumDocumentPrinter } from '../../support/chromium-print';

const SENDER = { frameUrl: 'app://waymark/index.html', isMainFrame: true, isAppWindow: true };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface InAppExport {
  /** When the user clicked Export, after the preview showed. */
  clickMs: number;
  /** Time in the save dialog. */
  dialogMs: number;
  /** From the dialog's answer to the PDF written. */
  waitMs: number;
}

/** One export per click time, each in a fresh set of handlers (nothing printed ahead from the one before). */
export async function benchExportInApp(
  browser: Browser,
  html: string,
  workDir: string,
  clicks: readonly number[],
  dialogMs = 1000,
): Promise<InAppExport[]> {
  const results: InAppExport[] = [];
  for (const clickMs of clicks) {
    const target = path.join(workDir, `in-app-${clickMs}.pdf`);
    let answeredAt = 0;
    const handlers = createIpcHandlers({
      fs: { open, writeFileAtomic: (p, b) => atomicWrite(p, b) },
      dialog: {
        showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
        showSaveDialog: async (_request: SaveDialogRequest) => {
          await sleep(dialogMs);
          answeredAt = performance.now();
          return { canceled: false, filePath: target };
        },
        confirmReplace: async () => true,
      },
      printHtmlToPdf: () => Promise.reject(new Error('The benchmark prints through openPrintDocument.')),
      openPrintDocument: chromiumDocumentPrinter<PdfOptions>({
        browser: async () => browser,
        pdfOptions: (o) =>
          reportPdfOptions({ pageSize: o.pageSize === 'Letter' ? 'Letter' : 'A4', orientation: 'portrait' }),
        signalOf: (o) => o.signal,
      }),
      setTitle: () => undefined,
      closeReady: () => false,
      appInfo: () => ({ name: 'Waymark', version: '0', platform: process.platform, electron: null, chrome: null }),
      recent: createRecentFilesStore({ userDataDir: workDir, now: Date.now, log: () => undefined }),
      now: Date.now,
      log: (message) => console.warn(`[bench] ${message}`),
    });
    const request = { html, pageSize: 'A4' as const, landscape: false };
    const shown = performance.now();
    await sleep(PRINT_AHEAD_DELAY_MS);
    const ahead = handlers.preparePdf(SENDER, [request]);
    await sleep(Math.max(0, clickMs - (performance.now() - shown)));
    const saved = await handlers.exportPdf(SENDER, [{ ...request, suggestedName: 'report.pdf' }]);
    const done = performance.now();
    if (!saved.ok || saved.value === null) throw new Error(`The in-app export failed: ${JSON.stringify(saved)}`);
    await ahead;
    results.push({ clickMs, dialogMs, waitMs: done - answeredAt });
    await handlers.preparePdf(SENDER, [null]);
  }
  return results;
}
