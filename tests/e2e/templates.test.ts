import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { newJourney, readTable, waitSaved } from '../support/e2e-helpers';
import { ROOT } from '../support/paths';

function screenshotPath(name: string) {
  const dir = path.join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

interface Row {
  id: string;
  journeyId: string;
  title: string;
  name: string;
}

describe('template gallery', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp({ viewport: { width: 1400, height: 900 } });
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('opens from the library, searches, says when nothing matches, and creates a journey by keyboard', async () => {
    const { page } = app;
    // The empty library shows the gallery under its empty state.
    await page.getByRole('heading', { name: 'Start from a template' }).waitFor();
    await newJourney(page, 'Existing journey');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await page.getByRole('button', { name: 'Existing journey', exact: true }).waitFor();

    await page.getByRole('button', { name: 'New from template' }).click();
    const gallery = page.getByRole('dialog', { name: 'New from template' });
    await gallery.waitFor();
    const cards = gallery.getByRole('list', { name: 'Templates' }).getByRole('button');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    // Every card has a drawn thumbnail.
    expect(await gallery.locator('svg.template-thumb rect.template-thumb-card').count()).toBeGreaterThan(10);

    await page.screenshot({ path: screenshotPath('template-gallery.png') });

    const search = gallery.getByRole('searchbox', { name: /Search templates/ });
    await search.fill('zeppelin');
    await gallery.getByText('No template matches “zeppelin”').waitFor();
    expect(await gallery.getByRole('list', { name: 'Templates' }).count()).toBe(0);
    await search.fill('software');
    await expectCards(['SaaS trial to paid']);
    await page.screenshot({ path: screenshotPath('template-gallery-search.png') });

    // ↓ to the card, Enter creates it.
    await search.press('ArrowDown');
    await page.keyboard.press('Enter');
    await gallery.waitFor({ state: 'detached' });
    await page.getByTestId('journey-canvas').waitFor();
    await page.locator('.tp-title', { hasText: 'Hits the trial’s seat limit' }).first().waitFor();
    await waitSaved(page);

    const journeys = await readTable<Row>(page, 'journeys');
    expect(journeys.map((j) => j.title).sort()).toEqual(['Existing journey', 'SaaS trial to paid']);
    const created = journeys.find((j) => j.title === 'SaaS trial to paid')!;
    const stages = (await readTable<Row>(page, 'stages')).filter((s) => s.journeyId === created.id);
    expect(stages.map((s) => s.name).sort()).toEqual(['Convert', 'Discover', 'Onboard', 'Renew', 'Sign up', 'Trial']);
    const touchpoints = (await readTable<Row>(page, 'touchpoints')).filter((t) => t.journeyId === created.id);
    expect(touchpoints.map((t) => t.title)).toContain('First client books without any back-and-forth');

    async function expectCards(names: string[]) {
      await gallery
        .getByRole('status')
        .filter({ hasText: `${names.length} template` })
        .waitFor();
      const shown = await gallery.locator('.template-card-name').allTextContents();
      expect(shown).toEqual(names);
    }
  });
});
