import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, readTable, waitSaved } from '../support/e2e-helpers';
import { seedLine } from '../support/paths';

interface JourneyRow {
  id: string;
  title: string;
  deletedAt: number | null;
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
    await page.getByRole('button', { name: 'New journey' }).first().click();
    const input = page.getByRole('textbox', { name: 'Journey title' });
    await input.waitFor();
    await input.fill(title);
    await input.press('Enter');
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

  it('moves to the trash and undoes from the toast', async () => {
    const { page } = app;
    await createJourneyTitled('Keep me');
    await page.getByRole('button', { name: 'Actions for Keep me' }).click();
    await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    await page.getByRole('heading', { name: 'No journeys yet' }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys'))[0]?.deletedAt).not.toBeNull(),
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Keep me', exact: true }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys'))[0]?.deletedAt).toBeNull(),
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
    await page.getByRole('button', { name: 'Delete Purge me forever' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expectEventually(async () => expect(await readTable(page, 'journeys')).toHaveLength(2));
    await page.getByRole('button', { name: 'Delete Purge me forever' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await expectEventually(async () =>
      expect((await readTable<JourneyRow>(page, 'journeys')).map((r) => r.title)).toEqual(['Restore me']),
    );
    await page.getByRole('link', { name: 'Journeys' }).click();
    await page.getByRole('button', { name: 'Restore me', exact: true }).waitFor();
  });

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
