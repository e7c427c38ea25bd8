/**
 * The copies of unsaved edits a page leaves in localStorage as it goes (session/unload-backup.ts)
 * are forgotten once their journey is deleted for good: when the library opens (a journey deleted
 * in another window, or before this version) and right after Delete forever. They used to stay in
 * the origin's storage for ever when the journey was purged before it was opened again. A copy of a
 * journey that still exists, in the library or in the trash, is kept.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TELUGU } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, newJourney, readTable, waitSaved } from '../support/e2e-helpers';

const copyKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('waymark.unsaved.'))
      .sort(),
  );

describe('copies of unsaved edits of journeys deleted for good', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('are forgotten when the library opens and after Delete forever; copies of stored journeys stay', async () => {
    const { page } = app;
    const keep = TELUGU[0]!.slice(0, 30).trim();
    for (const title of [keep, 'Purge me']) {
      await newJourney(page, title);
      await waitSaved(page);
      await page.getByRole('button', { name: 'Back to journeys' }).click();
    }
    const rows = await readTable<{ id: string; title: string }>(page, 'journeys');
    const idOf = (title: string) => rows.find((r) => r.title === title)!.id;
    const keepKey = `waymark.unsaved.${idOf(keep)}.0a1b2c`;
    const purgeKey = `waymark.unsaved.${idOf('Purge me')}.0a1b2c`;
    const goneKey = 'waymark.unsaved.journey:0123456789abcdef.0a1b2c';
    await page.evaluate(
      (keys) => keys.forEach((k) => localStorage.setItem(k, '{"version":1}')),
      [keepKey, purgeKey, goneKey],
    );

    await page.reload();
    await page.getByRole('button', { name: 'Purge me', exact: true }).waitFor();
    await expectEventually(async () => expect(await copyKeys(page)).toEqual([keepKey, purgeKey].sort()));

    await page.getByRole('button', { name: 'Actions for Purge me' }).click();
    await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    await page.getByRole('link', { name: /Trash/ }).click();
    await page.getByRole('button', { name: 'Delete forever: Purge me' }).waitFor();
    // In the trash, the journey is still stored: its copy is kept.
    expect(await copyKeys(page)).toEqual([keepKey, purgeKey].sort());
    await page.getByRole('button', { name: 'Delete forever: Purge me' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await expectEventually(async () => expect(await copyKeys(page)).toEqual([keepKey]));
    expect(await page.evaluate((k) => localStorage.getItem(k), keepKey)).toBe('{"version":1}');
  });
});
