import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedLine } from '../fixtures/seed-text';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, newJourney, readTable, waitSaved } from '../support/e2e-helpers';

interface PersonaRow {
  id: string;
  journeyId: string;
  name: string;
  libraryId: string | null;
}

describe('the shared persona library', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('a persona edited in one journey changes in a second journey using it, in its open window too', async () => {
    const { page } = app;
    const panel = (p = page) => p.getByRole('complementary', { name: 'Personas' });

    // Journey A gets a persona.
    await newJourney(page, 'Customer lifecycle');
    const lifecycleUrl = page.url();
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    await panel().getByRole('button', { name: 'Add persona' }).click();
    await panel().getByRole('textbox', { name: 'Name', exact: true }).fill('Ana');
    await waitSaved(page);

    // Journey B adds it from the library.
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await newJourney(page, 'Onboarding');
    const onboardingUrl = page.url();
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    await panel().getByRole('button', { name: 'Add Ana to this journey' }).click();
    await panel().getByText('Shared with “Customer lifecycle”').waitFor();
    await waitSaved(page);
    await expectEventually(async () => {
      const rows = await readTable<PersonaRow>(page, 'personas');
      expect(rows).toHaveLength(2);
      const original = rows.find((r) => r.libraryId === null)!;
      expect(rows.find((r) => r.libraryId !== null)?.libraryId).toBe(original.id);
    });

    // B stays open in a second window while A's persona is renamed in the first.
    const second = await page.context().newPage();
    await second.goto(onboardingUrl);
    await second.getByRole('button', { name: 'Personas', exact: true }).click();
    await panel(second).locator('.persona-name', { hasText: 'Ana' }).waitFor();

    await page.goto(lifecycleUrl);
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    await panel().getByText('Shared with “Onboarding”').waitFor();
    const armenian = seedLine('hy', 0);
    await panel().getByRole('textbox', { name: 'Name', exact: true }).fill(armenian);
    await waitSaved(page);

    // Stored once per journey, both rows say the same; the second window shows it without a reload.
    await expectEventually(async () => {
      const rows = await readTable<PersonaRow>(page, 'personas');
      expect(rows.map((r) => r.name)).toEqual([armenian, armenian]);
    });
    await panel(second).locator('.persona-name', { hasText: armenian }).waitFor();
    expect(await second.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(armenian);
    await second.close();

    // And B opened afresh shows it too.
    await page.goto(onboardingUrl);
    await page.getByRole('button', { name: 'Personas', exact: true }).click();
    await panel().locator('.persona-name', { hasText: armenian }).waitFor();
  });
});
