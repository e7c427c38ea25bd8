import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, newJourney, readTable, waitSaved } from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';

interface MetaRow {
  key: string;
  value: { version: number; views: { name: string; filter: { status: string | null; owner: string | null } }[] };
}
interface JourneyRow {
  title: string;
  owner: string;
  status: string;
  type: string;
}

describe('library metadata, filters and saved views', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('filters by status and owner, saves the filter as a named view, applies it after a reload and deletes it', async () => {
    const { page } = app;
    const tamil = seedLine('ta', 2);
    const card = (title: string) => page.getByRole('button', { name: title, exact: true });

    // Metadata is edited in the journey's details (the inspector with nothing selected).
    await newJourney(page, 'Claims review');
    await page.getByRole('textbox', { name: 'Owner', exact: true }).fill('Ana Petrosyan');
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('final');
    await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('blueprint');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await newJourney(page, tamil);
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('in-review');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await expectEventually(async () => {
      const rows = await readTable<JourneyRow>(page, 'journeys');
      expect(rows.map((r) => [r.title, r.owner, r.status, r.type]).sort()).toEqual([
        ['Claims review', 'Ana Petrosyan', 'final', 'blueprint'],
        [tamil, '', 'in-review', 'current-state'],
      ]);
    });

    // The cards show the metadata.
    const claims = page.locator('.journey-card', { hasText: 'Claims review' });
    await claims.getByText('Final', { exact: true }).waitFor();
    await claims.getByText('Blueprint', { exact: true }).waitFor();
    await claims.getByText('Owner: Ana Petrosyan').waitFor();

    // Filter, then keep the filter as a view.
    await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('final');
    await page.getByRole('combobox', { name: 'Filter by owner' }).selectOption('Ana Petrosyan');
    await expectEventually(async () => expect(await card(tamil).count()).toBe(0));
    await card('Claims review').waitFor();
    await page.getByRole('button', { name: 'Save view…' }).click();
    await page.getByRole('textbox', { name: 'View name' }).fill('Final, Ana');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const view = page.getByRole('button', { name: 'Final, Ana', exact: true });
    await expect.poll(() => view.getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await card(tamil).waitFor();
    await expect.poll(() => view.getAttribute('aria-pressed')).toBe('false');

    // The view outlives a reload: applying it shows the filtered library again.
    await page.reload();
    await card(tamil).waitFor();
    await view.click();
    await expectEventually(async () => expect(await card(tamil).count()).toBe(0));
    await card('Claims review').waitFor();
    expect(await page.getByRole('combobox', { name: 'Filter by status' }).inputValue()).toBe('final');
    const stored = (await readTable<MetaRow>(page, 'meta')).find((r) => r.key === 'library:views');
    expect(stored?.value.version).toBe(1);
    expect(stored?.value.views.map((v) => [v.name, v.filter.status, v.filter.owner])).toEqual([
      ['Final, Ana', 'final', 'Ana Petrosyan'],
    ]);

    // Delete it: gone from the bar and from the database.
    await page.getByRole('button', { name: 'Delete view Final, Ana' }).click();
    await expectEventually(async () => expect(await view.count()).toBe(0));
    await expectEventually(async () => {
      const row = (await readTable<MetaRow>(page, 'meta')).find((r) => r.key === 'library:views');
      expect(row?.value.views).toEqual([]);
    });
  });
});
