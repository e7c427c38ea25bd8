/**
 * The open-a-large-file figure: a 58 MB `.journey` dropped on Waymark's
 * library, read in the worker. Frame intervals are sampled in the page from
 * the moment the "Opening…" panel shows until its Cancel button goes (the
 * read: unzip, shape check, parse, validation, photo hashes; the panel then
 * stays, without Cancel, while the journey is written to the library), so
 * they show whether the window keeps drawing while a file is read.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { largeJourneyFile } from './generate/large-file';
import { frameStats, type FrameStats } from './stats';

export interface OpenFileFigures extends FrameStats {
  fileBytes: number;
  /** From the panel showing to it going away. */
  readMs: number;
}

export async function benchOpenLargeFile(
  browser: Browser,
  appUrl: string,
  work: string,
  viewport: { width: number; height: number },
): Promise<OpenFileFigures> {
  const file = path.join(work, 'large.journey');
  const bytes = await largeJourneyFile();
  await writeFile(file, bytes);
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}#/`);
    await page.locator('.library').waitFor();
    await page.route('**/__large.journey', (route) =>
      route.fulfill({ path: file, contentType: 'application/octet-stream' }),
    );
    await page.evaluate(async () => {
      const blob = await (await fetch('./__large.journey')).blob();
      const w = window as unknown as { __stamps: number[] };
      w.__stamps = [];
      const tick = (t: number) => {
        // The read, while the panel has its Cancel button (the write to the library follows without it).
        const showing = document.querySelector('.open-progress button') !== null;
        if (showing) w.__stamps.push(t);
        if (showing || w.__stamps.length === 0) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], 'large.journey'));
      for (const type of ['dragenter', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    const panel = page.locator('.open-progress');
    await panel.waitFor({ timeout: 120_000 });
    await panel.waitFor({ state: 'detached', timeout: 300_000 });
    const stamps = await page.evaluate(() => (window as unknown as { __stamps: number[] }).__stamps);
    const stats = frameStats(stamps);
    return {
      ...stats,
      fileBytes: bytes.byteLength,
      readMs: stamps.length > 1 ? stamps[stamps.length - 1]! - stamps[0]! : Number.NaN,
    };
  } finally {
    await context.close();
  }
}

export function formatOpenFile(f: OpenFileFigures): string {
  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  return (
    `open a ${(f.fileBytes / (1024 * 1024)).toFixed(0)} MB .journey (read in a worker): ${ms(f.readMs)} ms; ` +
    `frames meanwhile ${f.frames}, p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, max ${ms(f.max)} ms`
  );
}
