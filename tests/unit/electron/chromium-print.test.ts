/** The browser fallback's print page: a large document gets the desktop app's time limit, not Playwright's 30 s. */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { printTimeoutFor, PRINT_TIMEOUT_MS } from '../../../electron/main/pdf';
import { chromiumDocumentPrinter } from '../../../electron/web/chromium-print';

describe('chromiumDocumentPrinter', () => {
  it('loads a document with the time limit the desktop app gives one of its size, offline, and closes its page', async () => {
    const loads: Array<{ chars: number; timeout: number | undefined }> = [];
    let routed = 0;
    let closed = 0;
    const context = {
      route: async () => void routed++,
      newPage: async () => ({
        setContent: async (html: string, o: { timeout?: number }) =>
          void loads.push({ chars: html.length, timeout: o.timeout }),
        pdf: async () => Buffer.from('%PDF-1.7'),
      }),
      newCDPSession: async () => ({ send: async () => ({}) }),
      close: async () => void closed++,
    };
    const browser = { newContext: async () => context } as unknown as Browser;
    const open = chromiumDocumentPrinter<object>({ browser: async () => browser, pdfOptions: () => ({}) });
    const big = 'x'.repeat(21_000_000);
    const pdf = await open(big, {}, (doc) => doc.print());
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7');
    expect(loads).toHaveLength(1);
    expect(loads[0]!.chars).toBeGreaterThanOrEqual(big.length);
    expect(loads[0]!.timeout).toBe(printTimeoutFor(PRINT_TIMEOUT_MS, loads[0]!.chars));
    expect(loads[0]!.timeout).toBeGreaterThan(200_000);
    expect(routed).toBe(1);
    expect(closed).toBe(1);
  });
});
