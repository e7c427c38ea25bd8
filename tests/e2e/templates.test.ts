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

const RETURNS_TA = 'ஆன்லைன் ஆர்டரைத் திருப்பி அனுப்புதல்: செல்லப்பிராணி உணவு';
const TELECOM_HY = 'Կապի օպերատորի փոխում. բջջային կապ և ինտերնետ';

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
    await page.screenshot({ path: screenshotPath('template-gallery-empty-library.png') });
    await newJourney(page, 'Existing journey');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await page.getByRole('button', { name: 'Existing journey', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    const gallery = page.getByRole('dialog', { name: 'New from template' });
    await gallery.waitFor();
    const cards = gallery.getByRole('list', { name: 'Templates' }).getByRole('button');
    expect(await cards.count()).toBeGreaterThanOrEqual(12);
    // Every card has a drawn thumbnail.
    expect(await gallery.locator('svg.template-thumb rect.template-thumb-card').count()).toBeGreaterThan(120);

    await page.screenshot({ path: screenshotPath('template-gallery.png') });

    const search = gallery.getByRole('searchbox', { name: /Search templates/ });
    await search.fill('zeppelin');
    await gallery.getByText('No template matches “zeppelin”').waitFor();
    expect(await gallery.getByRole('list', { name: 'Templates' }).count()).toBe(0);
    await search.fill('saas');
    await expectCards(['SaaS trial to paid']);
    await page.screenshot({ path: screenshotPath('template-gallery-search.png') });

    // Any script: an Armenian word of the telecom template's industry, then a Tamil word of the returns template.
    await search.fill('Հեռահաղորդակցություն');
    await expectCards([TELECOM_HY]);
    await search.fill('திருப்பி');
    await expectCards([RETURNS_TA]);
    expect(await gallery.locator('.template-card').getAttribute('lang')).toBe('ta');

    // ↓ to the card, Enter creates it.
    await search.press('ArrowDown');
    await page.keyboard.press('Enter');
    await gallery.waitFor({ state: 'detached' });
    await page.getByTestId('journey-canvas').waitFor();
    await page.locator('.tp-title', { hasText: 'முழுப் பணத்தையும் திருப்பிக் கொடுக்கிறார்கள்' }).first().waitFor();
    await waitSaved(page);

    const journeys = await readTable<Row & { locale: string }>(page, 'journeys');
    expect(journeys.map((j) => j.title).sort()).toEqual(['Existing journey', RETURNS_TA].sort());
    const created = journeys.find((j) => j.title === RETURNS_TA)!;
    expect(created.locale).toBe('ta');
    const stages = (await readTable<Row>(page, 'stages')).filter((s) => s.journeyId === created.id);
    expect(stages.map((s) => s.name).sort()).toEqual(
      ['ஆர்டர்', 'டெலிவரி', 'திருப்பி அனுப்புதல்', 'பணம் திரும்புதல்', 'மீண்டும் வாங்குதல்'].sort(),
    );
    const touchpoints = (await readTable<Row>(page, 'touchpoints')).filter((t) => t.journeyId === created.id);
    expect(touchpoints).toHaveLength(13);
    expect(touchpoints.map((t) => t.title)).toContain('பேசிய நபர் கையொப்பமிட்ட அட்டையுடன் பூக்கள் வருகின்றன');
    await page.screenshot({ path: screenshotPath('template-tamil-map.png') });

    async function expectCards(names: string[]) {
      await gallery
        .getByRole('status')
        .filter({ hasText: `${names.length} template` })
        .waitFor();
      const shown = await gallery.locator('.template-card-name').allTextContents();
      expect(shown).toEqual(names);
    }
  });

  it('creates a service blueprint template from the empty library’s gallery, with its lanes stored', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Start from a template' }).waitFor();
    await page.getByRole('searchbox', { name: /Search templates/ }).fill('hospital');
    await page.getByRole('button', { name: 'Hospital outpatient visit' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await page.locator('.tp-title', { hasText: 'Waits two hours after the clinic overruns' }).first().waitFor();
    await waitSaved(page);
    const [journey] = await readTable<Row>(page, 'journeys');
    const lanes = await readTable<Row & { kind: string; order: number }>(page, 'lanes');
    expect(
      lanes
        .filter((l) => l.journeyId === journey!.id)
        .sort((a, b) => a.order - b.order)
        .map((l) => l.kind),
    ).toEqual(['customer', 'frontstage-people', 'frontstage-systems', 'backstage', 'support']);
    const laneIds = new Set(lanes.map((l) => l.id));
    const touchpoints = await readTable<Row & { laneId: string | null }>(page, 'touchpoints');
    expect(touchpoints).toHaveLength(10);
    expect(touchpoints.every((t) => t.laneId !== null && laneIds.has(t.laneId))).toBe(true);
    await page.screenshot({ path: screenshotPath('template-hospital-blueprint.png') });
  });

  it("opens a service blueprint on a laptop screen with its cards' text, not as blank tiles", async () => {
    const { page } = app;
    // Fitted whole at 1366×768 beside the inspector, this blueprint's cards were tiles (zoom 0.34).
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('heading', { name: 'Start from a template' }).waitFor();
    await page.getByRole('button', { name: 'Government service application: childcare benefit' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    const title = page.locator('.tp-title', { hasText: 'Signs in with the national digital ID' });
    await title.waitFor();
    expect(await page.locator('.tp-tile').count()).toBe(0);
    // From the map's top: its stage headers in view, under the toolbar.
    const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
    const header = (await page.locator('.stage-header').first().boundingBox())!;
    expect(header.y).toBeGreaterThanOrEqual(canvas.y);
    expect(header.y).toBeLessThan(canvas.y + 60);
    const card = (await title.boundingBox())!;
    expect(card.x + card.width).toBeLessThan(canvas.x + canvas.width);
    await page.screenshot({ path: screenshotPath('template-government-blueprint-1366.png') });
  });
});
