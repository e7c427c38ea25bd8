import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MALAYALAM, TELUGU } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, newJourney, readTable, waitSaved } from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';

interface JourneyRow {
  id: string;
  title: string;
  deletedAt: number | null;
  updatedAt: number;
}

describe('journey library', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  async function createJourneyTitled(title: string) {
    const { page } = app;
    await newJourney(page, title);
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
  }

  it('creates a journey titled in Tamil that survives a reload', async () => {
    const { page } = app;
    const tamil = seedLine('ta', 0);
    await page.getByRole('heading', { name: 'No journeys yet' }).waitFor();
    await createJourneyTitled(tamil);
    await page.getByRole('button', { name: tamil, exact: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: tamil, exact: true }).waitFor();
    const rows = await readTable<JourneyRow>(page, 'journeys');
    expect(rows.map((r) => r.title)).toEqual([tamil]);
    const stages = await readTable(page, 'stages');
    expect(stages).toHaveLength(6);
  });

  it('finds journeys by title in any script', async () => {
    const { page } = app;
    const armenian = seedLine('hy', 1);
    await createJourneyTitled(armenian);
    await createJourneyTitled('Renewal journey');
    const search = page.getByRole('searchbox', { name: /Search journeys/ });
    await search.fill(armenian.split(' ')[0]!);
    await page.getByRole('button', { name: armenian, exact: true }).waitFor();
    await expectEventually(async () =>
      expect(await page.getByRole('button', { name: 'Renewal journey', exact: true }).count()).toBe(0),
    );
  });

  it('renames in place', async () => {
    const { page } = app;
    await createJourneyTitled('Old name');
    await page.getByRole('button', { name: 'Actions for Old name' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    const input = page.getByRole('textbox', { name: 'Journey title' });
    await input.fill('New name');
    await input.press('Enter');
    await page.getByRole('button', { name: 'New name', exact: true }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys')).map((r) => r.title)).toEqual(['New name']),
    );
  });

  it('undoes and redoes a rename with Ctrl+Z and Ctrl+Shift+Z, and from the toast; a title changed since is not set back', async () => {
    const { page } = app;
    const tamil = seedLine('ta', 3).slice(0, 30).trim();
    await createJourneyTitled('Old name');
    const titles = async () => (await readTable<JourneyRow>(page, 'journeys')).map((r) => r.title);
    const rename = async (from: string, to: string) => {
      await page.getByRole('button', { name: `Actions for ${from}` }).click();
      await page.getByRole('menuitem', { name: 'Rename' }).click();
      const input = page.getByRole('textbox', { name: 'Journey title' });
      await input.fill(to);
      await input.press('Enter');
      await page.getByRole('button', { name: to, exact: true }).waitFor();
    };
    await rename('Old name', tamil);
    await page
      .getByRole('status')
      .filter({ hasText: `Renamed to “${tamil}”.` })
      .waitFor();
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: 'Old name', exact: true }).waitFor();
    await expectEventually(async () => expect(await titles()).toEqual(['Old name']));
    // Its toast went with it: no Undo left to act on a step already undone.
    await expectEventually(async () => expect(await page.getByText(`Renamed to “${tamil}”.`).count()).toBe(0));
    await page.keyboard.press('Control+Shift+z');
    await page.getByRole('button', { name: tamil, exact: true }).waitFor();
    await expectEventually(async () => expect(await titles()).toEqual([tamil]));
    // A fresh rename's toast offers the same Undo.
    await rename(tamil, 'Newest');
    await page
      .getByRole('status')
      .filter({ hasText: 'Renamed to “Newest”.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expectEventually(async () => expect(await titles()).toEqual([tamil]));
    // Ctrl+Z in the search box undoes its typing, not the library.
    await rename(tamil, 'Newer');
    const search = page.getByRole('searchbox', { name: /Search journeys/ });
    await search.fill('x');
    await search.press('Control+z');
    expect(await titles()).toEqual(['Newer']);
    // Renamed again (as another window would): the older rename is not undone over it.
    await search.fill('');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('waymark');
          open.onsuccess = () => {
            const tx = open.result.transaction('journeys', 'readwrite');
            const store = tx.objectStore('journeys');
            const all = store.getAll();
            all.onsuccess = () => store.put({ ...all.result[0], title: 'Elsewhere' });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.getByText('Not undone: the journey has changed since (in this window or another).').waitFor();
    expect(await titles()).toEqual(['Elsewhere']);
  });

  it('Ctrl+Z brings back the journey just moved to the trash; Ctrl+Shift+Z moves it again', async () => {
    const { page } = app;
    await createJourneyTitled('Keep me');
    await page.getByRole('button', { name: 'Actions for Keep me' }).click();
    await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    await page.getByRole('heading', { name: 'No journeys in the library' }).waitFor();
    const trashed = async () => (await readTable<JourneyRow>(page, 'journeys'))[0]?.deletedAt ?? null;
    await expectEventually(async () => expect(await trashed()).not.toBeNull());
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: 'Keep me', exact: true }).waitFor();
    await expectEventually(async () => expect(await trashed()).toBeNull());
    // Its toast went with it: no Undo left to act on a journey already back.
    await expectEventually(async () => expect(await page.getByText('Moved “Keep me” to the trash.').count()).toBe(0));
    await page.keyboard.press('Control+Shift+z');
    await page.getByRole('heading', { name: 'No journeys in the library' }).waitFor();
    await expectEventually(async () => expect(await trashed()).not.toBeNull());
  });

  it('moves to the trash and undoes from the toast', async () => {
    const { page } = app;
    await createJourneyTitled('Keep me');
    await page.getByRole('button', { name: 'Actions for Keep me' }).click();
    await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    // The library names the journey waiting in the trash, with a way there, rather than "No journeys yet".
    await page.getByRole('heading', { name: 'No journeys in the library' }).waitFor();
    await page.getByRole('link', { name: 'Open the trash (1)' }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys'))[0]?.deletedAt).not.toBeNull(),
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Keep me', exact: true }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys'))[0]?.deletedAt).toBeNull(),
    );
  });

  it('ticks several journeys and moves them to the trash at once, with one Undo for them all', async () => {
    const { page } = app;
    const names = [seedLine('ta', 2), seedLine('te', 2), 'Keep this one'];
    for (const name of names) await createJourneyTitled(name);
    const tick = (name: string) => page.getByRole('checkbox', { name: `Select “${name}”` });
    await tick(names[0]!).check();
    const bar = page.getByRole('toolbar', { name: 'Selected journeys' });
    await bar.getByText('1 journey selected').waitFor();
    // Escape lets go; ticked again with the other, then every shown one, then back to two.
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    await tick(names[0]!).check();
    await tick(names[1]!).check();
    await bar.getByRole('button', { name: 'Select all 3' }).click();
    await bar.getByText('3 journeys selected').waitFor();
    await tick(names[2]!).uncheck();
    await bar.getByText('2 journeys selected').waitFor();
    await page.screenshot({ path: '/tmp/library-selection.png' });

    await bar.getByRole('button', { name: 'Move to trash' }).click();
    await page.getByText('Moved 2 journeys to the trash.').waitFor();
    await bar.waitFor({ state: 'detached' });
    await expectEventually(async () => {
      const rows = await readTable<JourneyRow>(page, 'journeys');
      expect(
        rows
          .filter((r) => r.deletedAt !== null)
          .map((r) => r.title)
          .sort(),
      ).toEqual(names.slice(0, 2).sort());
    });
    await page.getByRole('button', { name: 'Undo' }).click();
    for (const name of names) await page.getByRole('button', { name, exact: true }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys')).every((r) => r.deletedAt === null)).toBe(true),
    );
  });

  it('in the trash, ticks several journeys to restore them at once, or to delete them forever after confirming', async () => {
    const { page } = app;
    const names = [seedLine('ml', 2), seedLine('hy', 2), 'Back again', 'Stays in the trash'];
    for (const name of names) await createJourneyTitled(name);
    for (const name of names) {
      await page.getByRole('button', { name: `Actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    }
    await page.getByRole('link', { name: /Trash/ }).click();
    const tick = (name: string) => page.getByRole('checkbox', { name: `Select “${name}”` });
    const bar = page.getByRole('toolbar', { name: 'Selected journeys' });
    const trashed = async () =>
      (await readTable<JourneyRow>(page, 'journeys'))
        .filter((r) => r.deletedAt !== null)
        .map((r) => r.title)
        .sort();

    // Two restored at once.
    await tick(names[2]!).check();
    await tick(names[3]!).check();
    await bar.getByText('2 journeys selected').waitFor();
    await tick(names[3]!).uncheck();
    await tick(names[0]!).check();
    await bar.getByRole('button', { name: 'Restore' }).click();
    await bar.waitFor({ state: 'detached' });
    await expectEventually(async () => expect(await trashed()).toEqual([names[1]!, names[3]!].sort()));

    // Two deleted forever: Cancel keeps them, Delete forever removes every row of both, nothing else.
    await tick(names[1]!).check();
    await tick(names[3]!).check();
    await page.screenshot({ path: '/tmp/trash-selection.png' });
    await bar.getByRole('button', { name: 'Delete forever' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete 2 journeys forever?' });
    await confirm.getByText('2 journeys will be deleted permanently. This cannot be undone.').waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await trashed()).toEqual([names[1]!, names[3]!].sort());
    await bar.getByRole('button', { name: 'Delete forever' }).click();
    await confirm.getByRole('button', { name: 'Delete forever' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys')).map((r) => r.title).sort()).toEqual(
        [names[0]!, names[2]!].sort(),
      ),
    );
  });

  it('restores from the trash, and deletes forever only after confirming', async () => {
    const { page } = app;
    await createJourneyTitled('Restore me');
    await createJourneyTitled('Purge me');
    for (const name of ['Restore me', 'Purge me']) {
      await page.getByRole('button', { name: `Actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    }
    await page.getByRole('link', { name: /Trash/ }).click();
    await page.getByRole('button', { name: 'Restore Restore me' }).click();
    await page.getByRole('button', { name: 'Delete forever: Purge me' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expectEventually(async () => expect(await readTable(page, 'journeys')).toHaveLength(2));
    await page.getByRole('button', { name: 'Delete forever: Purge me' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys')).map((r) => r.title)).toEqual(['Restore me']),
    );
    await page.getByRole('link', { name: 'Journeys' }).click();
    await page.getByRole('button', { name: 'Restore me', exact: true }).waitFor();
  });

  it('shows the list at once after leaving a journey whose 5,000-row CSV import is still being saved', async () => {
    const { page } = app;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-library-'));
    try {
      const rows = ['Stage,Title,Emotion,Pain points'];
      const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;
      for (let i = 0; i < 5000; i++) {
        rows.push(
          [cell(TELUGU[i % 3]!.slice(0, 30)), cell(`${MALAYALAM[i % 3]!.slice(0, 40)} ${i}`), (i % 7) - 3, 'Slow'].join(
            ',',
          ),
        );
      }
      const csvPath = path.join(dir, 'big.csv');
      await writeFile(csvPath, rows.join('\n'), 'utf8');

      await page.getByRole('button', { name: 'New journey' }).first().click();
      await page.getByTestId('journey-canvas').waitFor();
      await waitSaved(page);
      app.dialog.nextOpen([csvPath]);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Import touchpoints from CSV…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import touchpoints from CSV' });
      // The new cards mount in slices, not all 5,000 in one task: a small map turned large in one change
      // once mounted every new card at full detail before React Flow culled those out of view (seconds).
      await page.evaluate(() => {
        const w = window as unknown as { __mostCards: number };
        w.__mostCards = 0;
        new MutationObserver((records) => {
          let cards = 0;
          for (const r of records)
            for (const n of r.addedNodes)
              if (n instanceof Element)
                cards += n.querySelectorAll('.react-flow__node').length + Number(n.matches('.react-flow__node'));
          w.__mostCards = Math.max(w.__mostCards, cards);
        }).observe(document.body, { childList: true, subtree: true });
      });
      await dialog.getByRole('button', { name: 'Import 5,000 touchpoints' }).click({ timeout: 60_000 });
      await dialog.waitFor({ state: 'detached', timeout: 60_000 });
      expect(await page.evaluate(() => (window as unknown as { __mostCards: number }).__mostCards)).toBeLessThan(1500);

      // Straight back, while the import is being written.
      const clicked = Date.now();
      await page.getByRole('button', { name: 'Back to journeys' }).click({ timeout: 60_000 });
      await page.locator('.library').waitFor();
      const libraryShown = Date.now();
      await page
        .locator('.journey-card')
        .getByText(/5,000 touchpoints/)
        .waitFor({ timeout: 15_000 });
      const listShown = Date.now();
      console.info(
        `library after a 5,000-row import: screen ${libraryShown - clicked} ms after the click, list ${listShown - libraryShown} ms later`,
      );
      expect(await page.getByRole('status').filter({ hasText: 'Loading journeys' }).count()).toBe(0);

      // Everything was stored, and nothing keeps rewriting the journey once it is saved.
      await expectEventually(async () => expect(await readTable(page, 'touchpoints')).toHaveLength(5000), 15_000);
      const settled = (await readTable<JourneyRow>(page, 'journeys'))[0]!.updatedAt;
      await page.waitForTimeout(1500);
      expect((await readTable<JourneyRow>(page, 'journeys'))[0]!.updatedAt).toBe(settled);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('creates a journey from a template with its stages and touchpoints', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await page.locator('.tp-title', { hasText: 'Parcel arrives damaged' }).waitFor();
    const stages = await readTable<{ name: string }>(page, 'stages');
    expect(stages.map((s) => s.name).sort()).toEqual(['Buy', 'Choose', 'Discover', 'Receive', 'Renew', 'Use']);
    const touchpoints = await readTable<{ title: string }>(page, 'touchpoints');
    expect(touchpoints.length).toBeGreaterThanOrEqual(10);
    expect(touchpoints.map((t) => t.title)).toContain('Contacts support by phone');
  });
});
