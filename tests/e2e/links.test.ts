import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { clickStageHeader, expectEventually, newJourney, readTable, waitSaved } from '../support/e2e-helpers';

interface Row {
  id: string;
  title?: string;
  name?: string;
  journeyId?: string;
  linkedJourneyId: string | null;
}

describe('links between journeys', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  const title = () => app.page.getByRole('textbox', { name: 'Journey title' });
  const inspector = () => app.page.getByRole('complementary', { name: 'Inspector' });

  it('links a stage to another journey, opens it from the stage and comes back by the breadcrumbs', async () => {
    const { page } = app;
    await newJourney(page, 'Onboarding');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await newJourney(page, 'Customer lifecycle');
    await waitSaved(page);
    const lifecycleId = (await readTable<Row>(page, 'journeys')).find((j) => j.title === 'Customer lifecycle')!.id;
    const onboardingId = (await readTable<Row>(page, 'journeys')).find((j) => j.title === 'Onboarding')!.id;

    // Select the Discover stage and link it in the inspector.
    await clickStageHeader(page, 'Discover');
    await inspector().getByRole('combobox', { name: 'Open sub-journey' }).selectOption({ label: 'Onboarding' });
    await waitSaved(page);
    await expectEventually(async () => {
      const discover = (await readTable<Row>(page, 'stages')).find(
        (s) => s.journeyId === lifecycleId && s.name === 'Discover',
      );
      expect(discover?.linkedJourneyId).toBe(onboardingId);
    });

    // Click through from the marker on the stage header…
    await page.getByRole('button', { name: 'Open sub-journey Onboarding' }).click();
    await expectEventually(async () => expect(await title().inputValue()).toBe('Onboarding'));
    expect(page.url()).toContain(encodeURIComponent(onboardingId));
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    await crumbs.getByRole('button', { name: 'Customer lifecycle' }).click();
    // …and back by the breadcrumbs.
    await expectEventually(async () => expect(await title().inputValue()).toBe('Customer lifecycle'));
    expect(page.url()).toContain(encodeURIComponent(lifecycleId));
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).count()).toBe(0);

    // The library shows the parent on the card and nests the journey in the tree.
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    const card = page.locator(`.journey-card[data-journey-id="${onboardingId}"]`);
    await card.getByText('Part of:').waitFor();
    await card.getByRole('button', { name: 'Customer lifecycle' }).waitFor();
    await page.getByRole('radio', { name: 'Tree' }).check();
    const tree = page.getByRole('tree', { name: 'Journey hierarchy' });
    await tree
      .locator(`[data-journey-id="${lifecycleId}"] [data-journey-id="${onboardingId}"]`)
      .getByRole('button', { name: 'Onboarding' })
      .click();
    await expectEventually(async () => expect(await title().inputValue()).toBe('Onboarding'));
  });

  it('creates a sub-journey named after a touchpoint, and a link to a trashed journey shows as missing and can be removed', async () => {
    const { page } = app;
    await newJourney(page, 'Customer lifecycle');
    await clickStageHeader(page, 'Discover');
    await page.keyboard.press('n');
    const input = page.locator('.tp-title-input');
    await input.fill('Open an account');
    await input.press('Enter');
    await input.waitFor({ state: 'detached' });
    await page.locator('.tp-title', { hasText: 'Open an account' }).click();
    await inspector().getByText('Sub-journey', { exact: true }).click();
    await inspector()
      .getByRole('combobox', { name: 'Open sub-journey' })
      .selectOption({ label: 'New journey “Open an account”' });
    await inspector()
      .getByRole('button', { name: /Open sub-journey “Open an account”/ })
      .waitFor();
    await waitSaved(page);
    const created = (await readTable<Row>(page, 'journeys')).find((j) => j.title === 'Open an account')!;
    expect(created).toBeDefined();
    await expectEventually(async () => {
      const tp = (await readTable<Row>(page, 'touchpoints')).find((t) => t.title === 'Open an account');
      expect(tp?.linkedJourneyId).toBe(created.id);
    });

    // Open it from the card, then put it in the trash from the library.
    await page.getByRole('button', { name: 'Open sub-journey Open an account' }).click();
    await expectEventually(async () => expect(await title().inputValue()).toBe('Open an account'));
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await page.getByRole('button', { name: 'Actions for Open an account' }).click();
    await page.getByRole('menuitem', { name: /Move to trash/ }).click();
    await expectEventually(async () =>
      expect(
        (await readTable<Row & { deletedAt: number | null }>(page, 'journeys')).find((j) => j.id === created.id)
          ?.deletedAt,
      ).not.toBeNull(),
    );

    // The trashed card leaves the list (with its parent link, also named "Customer lifecycle").
    await page.getByRole('button', { name: 'Actions for Open an account' }).waitFor({ state: 'detached' });
    // Back in the lifecycle, the marker says the link is broken and selecting it offers Remove.
    await page.getByRole('button', { name: 'Customer lifecycle', exact: true }).click();
    // Named as its tooltip says: the journey is in the trash, not missing.
    await page.getByRole('button', { name: 'Linked journey is in the trash' }).click();
    await inspector().getByText('Linked journey is in the trash').waitFor();
    await inspector().getByRole('button', { name: 'Remove link' }).click();
    await waitSaved(page);
    await expectEventually(async () => {
      const tp = (await readTable<Row>(page, 'touchpoints')).find((t) => t.title === 'Open an account');
      expect(tp?.linkedJourneyId).toBeNull();
    });
    expect(await page.getByRole('button', { name: /^Linked journey is/ }).count()).toBe(0);
  });
});
