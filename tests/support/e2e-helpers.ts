import { expect } from 'vitest';
import type { Page } from 'playwright-core';

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

export { expect };
