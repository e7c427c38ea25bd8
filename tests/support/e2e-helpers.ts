import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { JourneyDocument } from '../../renderer/src/domain';
import { writeJourneyFile } from '../../renderer/src/files';

/** The tables that hold a journey document. */
export const DOCUMENT_TABLES = ['journeys', 'stages', 'touchpoints', 'connections', 'personas', 'notes'] as const;

/** The built-in template most e2e tests start from. */
export const ORDER_TEMPLATE = 'Online order: damaged item and service recovery';
/** A touchpoint of ORDER_TEMPLATE, shown once its map is drawn. */
export const ORDER_TEMPLATE_TOUCHPOINT = 'Parcel arrives damaged';

/**
 * Presses a panel's toolbar button, or picks it from More tools when the toolbar has no room for it
 * (which commands fit depends on the window's width and the language's words). `moreTools` is that
 * menu's name in the interface language.
 */
export async function togglePanel(page: Page, name: string, moreTools = 'More tools'): Promise<void> {
  const button = page.locator('.editor-toolbar').getByRole('button', { name, exact: true });
  if ((await button.count()) > 0 && (await button.first().isVisible())) {
    await button.first().click();
    return;
  }
  await page.getByRole('button', { name: moreTools }).click();
  await page.getByRole('menuitemcheckbox', { name, exact: true }).click();
}

/** Every row of one table of Waymark's IndexedDB database, read straight from the browser. */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readonly');
          const req = tx.objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as T[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/**
 * Holds every table of the app's database in a read-write transaction of the test's own, kept open
 * by a chain of reads, as a slow disk would: the app's writes queue behind it until the returned
 * function lets it finish. For what the app does while a write is under way.
 */
export async function holdWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readwrite');
          const store = tx.objectStore(names[0]!);
          const held = { on: true };
          Reflect.set(window, '__waymarkReleaseWrites', () => {
            held.on = false;
          });
          const keepOpen = () => {
            if (held.on) store.count().onsuccess = keepOpen;
          };
          keepOpen();
          tx.oncomplete = () => db.close();
          resolve();
        };
      }),
  );
  return () =>
    page.evaluate(() => {
      (Reflect.get(window, '__waymarkReleaseWrites') as () => void)();
    });
}

/** Waits until the editor says every edit is saved. */
export async function waitSaved(page: Page) {
  await page
    .getByRole('status')
    .filter({ hasText: /^\s*Saved$/ })
    .first()
    .waitFor({ timeout: 10_000 });
  // The indicator flips after the write resolves; give IndexedDB a moment to commit.
  await page.waitForTimeout(50);
}

export async function expectEventually(check: () => Promise<unknown>, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      last = error;
      if (Date.now() > end) throw last;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Creates a blank journey from the library with this title and waits for its Discover stage. */
export async function newJourney(page: Page, title: string) {
  await page.getByRole('button', { name: 'New journey' }).first().click();
  const input = page.getByRole('textbox', { name: 'Journey title' });
  await input.waitFor();
  await input.fill(title);
  await input.press('Enter');
  await page.locator('.stage-header', { hasText: 'Discover' }).first().waitFor();
}

/** Creates a journey from a built-in template in the library and waits until its map shows that touchpoint and it is saved. */
export async function openTemplate(page: Page, name = ORDER_TEMPLATE, waitForTitle = ORDER_TEMPLATE_TOUCHPOINT) {
  await page.getByRole('button', { name }).click();
  await page.getByTestId('journey-canvas').waitFor();
  await page.locator('.tp-title', { hasText: waitForTitle }).first().waitFor();
  await waitSaved(page);
}

/**
 * Clicks a stage's header on its name, as a user would, at whatever zoom the map is shown. The point is
 * taken from the header's size on screen: the header is 88 map units tall, so below 45 % zoom it is less
 * than 40 px high and a fixed offset would land in the column under it.
 */
export async function clickStageHeader(page: Page, name: string) {
  const header = page.locator('.stage-header', { hasText: name }).first();
  await header.waitFor();
  const box = (await header.boundingBox())!;
  await header.click({ position: { x: box.width * 0.25, y: box.height * 0.3 } });
}

/** Adds a touchpoint to the Discover stage with N, as a facilitator would, and returns at once. */
export async function addTouchpoint(page: Page, title: string) {
  await clickStageHeader(page, 'Discover');
  await page.keyboard.press('n');
  const input = page.locator('.tp-title-input');
  await input.waitFor();
  await input.fill(title);
  await input.press('Enter');
  await input.waitFor({ state: 'detached' });
}

/** A map node (touchpoint, note…) by its id. */
export const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Waits for a notification with this text. */
export async function toast(page: Page, text: string | RegExp) {
  await page.getByRole('region', { name: 'Notifications' }).getByText(text).first().waitFor();
}

/**
 * Starts writing down every toast the page shows, so a test can check one
 * that came and went (7 s) while the page was too busy for Playwright to see
 * it, as happens on a loaded CI machine. Read them with `shownToasts`.
 */
export async function recordToasts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __shownToasts?: string[] };
    if (w.__shownToasts) return;
    const seen: string[] = (w.__shownToasts = []);
    const region = () => document.querySelector('[role="region"][aria-label="Notifications"]');
    const note = () => {
      for (const el of region()?.querySelectorAll('*') ?? []) {
        const text = el.textContent?.trim();
        if (text && !seen.includes(text)) seen.push(text);
      }
    };
    new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** Waits until a recorded toast (see `recordToasts`) says this. */
export async function toastShown(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => ((window as unknown as { __shownToasts?: string[] }).__shownToasts ?? []).some((s) => s.includes(t)),
    text,
    { timeout: 45_000 },
  );
}

/** Dispatches a drag event carrying these files (built in the page from their bytes) on the body. */
export async function dragFiles(
  page: Page,
  type: 'dragenter' | 'dragleave' | 'drop',
  files: { name: string; bytes: Uint8Array }[],
) {
  await page.evaluate(
    ({ type, files }) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([Uint8Array.from(f.bytes)], f.name));
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { type, files: files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) })) },
  );
}

/** Drops these files on the window, as a user dragging them from the file manager does. */
export const dropFiles = (page: Page, files: { name: string; bytes: Uint8Array }[]) => dragFiles(page, 'drop', files);

/** The bytes of a `.journey` file holding this document (no assets, fixed save date). */
export function journeyFileBytes(document: JourneyDocument): Uint8Array {
  return writeJourneyFile({ document, assets: [], appVersion: '0.1.0', savedAt: new Date(Date.UTC(2025, 0, 2)) });
}

export { expect };
