/**
 * A very large import, as a user makes it: a 5,000-row CSV (titles in Telugu
 * and Malayalam, three stages, a pain point each) imported into a new journey
 * through the Export menu's "Import touchpoints from CSV…" dialog. Timed from
 * Node: the file chosen → the dialog's Import button ready (the preview read
 * and checked), the click → the dialog closed (the rows placed and applied,
 * the map drawn), and the click → the journey saved (the status says Saved).
 * Frame intervals are sampled in the page from the click until saved, so they
 * show whether the window keeps drawing while thousands of cards land.
 *
 * The same rows pasted from a spreadsheet (title and description, tab
 * separated) into the table view of a new journey: from the paste to the
 * table saying what it added, and to the journey saved.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MALAYALAM, TELUGU } from '../fixtures/seed-text';
import { frameStats, type FrameStats } from './stats';

export const CSV_ROWS = 5000;
export const PASTE_ROWS = 3000;

/** A new journey in the library's page, saved once. */
async function newJourney(context: BrowserContext, appUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${appUrl}#/`);
  await page.locator('.library').waitFor();
  await page.getByRole('button', { name: 'New journey' }).first().click();
  await page.getByTestId('journey-canvas').waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /^\s*Saved$/ })
    .first()
    .waitFor({ timeout: 30_000 });
  return page;
}

/** Frame intervals sampled in the page, from `startFrames` until `stopFrames`. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __stamps: number[]; __sampling: boolean };
    w.__stamps = [];
    w.__sampling = true;
    const tick = (t: number) => {
      w.__stamps.push(t);
      if (w.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __stamps: number[]; __sampling: boolean };
    w.__sampling = false;
    return w.__stamps;
  });
}

/** Until the save status says Saved (it says Saving… from the change on), with more than `cards` cards on the map when given. */
async function savedAndDrawn(page: Page, cards: number | null): Promise<void> {
  await page.waitForFunction(
    (least) =>
      [...document.querySelectorAll('[role="status"]')].some((s) => /^\s*Saved$/.test(s.textContent ?? '')) &&
      (least === null || document.querySelectorAll('.react-flow__node').length > least),
    cards,
    { timeout: 300_000, polling: 50 },
  );
}

export interface CsvImportFigures extends FrameStats {
  rows: number;
  /** From the file chosen to the Import button ready. */
  previewMs: number;
  /** From the click on Import to the dialog closed. */
  appliedMs: number;
  /** From the click on Import to the save status saying Saved. */
  savedMs: number;
}

/** The CSV: a header and CSV_ROWS rows in three Telugu-named stages. */
export function largeCsv(): string {
  const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const rows = ['Stage,Title,Emotion,Pain points'];
  for (let i = 0; i < CSV_ROWS; i++)
    rows.push(
      [cell(TELUGU[i % 3]!.slice(0, 30)), cell(`${MALAYALAM[i % 3]!.slice(0, 40)} ${i}`), (i % 7) - 3, 'Slow'].join(
        ',',
      ),
    );
  return rows.join('\n');
}

export async function benchCsvImport(
  browser: Browser,
  appUrl: string,
  work: string,
  viewport: { width: number; height: number },
): Promise<CsvImportFigures> {
  const file = path.join(work, 'large-import.csv');
  await writeFile(file, largeCsv(), 'utf8');
  const context = await browser.newContext({ viewport });
  try {
    const page = await newJourney(context, appUrl);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Import touchpoints from CSV…' }).click();
    const importButton = page.getByRole('button', { name: `Import ${CSV_ROWS.toLocaleString('en')} touchpoints` });
    const chosen = performance.now();
    await (await chooser).setFiles(file);
    await importButton.waitFor({ timeout: 120_000 });
    const previewMs = performance.now() - chosen;

    await startFrames(page);
    const clicked = performance.now();
    await importButton.click();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 120_000 });
    const appliedMs = performance.now() - clicked;
    // The status says Saving… once the rows are applied, then Saved once they are all written.
    await savedAndDrawn(page, CSV_ROWS);
    const savedMs = performance.now() - clicked;
    const stamps = await stopFrames(page);
    return { ...frameStats(stamps), rows: CSV_ROWS, previewMs, appliedMs, savedMs };
  } finally {
    await context.close();
  }
}

export function formatCsvImport(f: CsvImportFigures): string {
  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
  return (
    `import a ${f.rows.toLocaleString('en')}-row CSV into a new journey: preview ${ms(f.previewMs)} ms, ` +
    `dialog closed ${ms(f.appliedMs)} ms and saved ${ms(f.savedMs)} ms after Import; ` +
    `frames meanwhile ${f.frames}, p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, max ${ms(f.max)} ms`
  );
}

export interface PasteFigures extends FrameStats {
  rows: number;
  /** From the paste to the table's message saying what it added. */
  pastedMs: number;
  /** From the paste to the save status saying Saved. */
  savedMs: number;
}

export async function benchTablePaste(
  browser: Browser,
  appUrl: string,
  viewport: { width: number; height: number },
): Promise<PasteFigures> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await newJourney(context, appUrl);
    await page.getByRole('button', { name: 'Table view' }).click();
    await page.locator('[role="grid"] [tabindex="0"]').waitFor();
    const tsv = Array.from(
      { length: PASTE_ROWS },
      (_, i) => `${MALAYALAM[i % 3]!.slice(0, 40)} ${i}\t${TELUGU[i % 3]!.slice(0, 60)}`,
    ).join('\r\n');
    const started = performance.now();
    await startFrames(page);
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, tsv);
    await page.getByText(`Pasted: ${PASTE_ROWS} touchpoints added, 0 changed.`).waitFor({ timeout: 300_000 });
    const pastedMs = performance.now() - started;
    await savedAndDrawn(page, null); // the table view shows no map
    const savedMs = performance.now() - started;
    const stamps = await stopFrames(page);
    return { ...frameStats(stamps), rows: PASTE_ROWS, pastedMs, savedMs };
  } finally {
    await context.close();
  }
}

export function formatTablePaste(f: PasteFigures): string {
  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
  return (
    `paste ${f.rows.toLocaleString('en')} spreadsheet rows into the table view of a new journey: added ${ms(f.pastedMs)} ms, ` +
    `saved ${ms(f.savedMs)} ms after the paste; frames meanwhile ${f.frames}, p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, ` +
    `max ${ms(f.max)} ms`
  );
}
