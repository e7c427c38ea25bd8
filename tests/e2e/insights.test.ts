import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, node, openTemplate, readTable, waitSaved } from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';
import { ROOT } from '../support/paths';

interface JourneyRow {
  id: string;
  title: string;
  futureStateOf: string | null;
  churn: { period: string; start: number; end: number; recordedAt: number }[];
}
interface TouchpointRow {
  id: string;
  journeyId: string;
  title: string;
  loyaltyQuestions: string[];
  painPoints: { id: string; text: string; originId: string | null }[];
  opportunities: { id: string; text: string; loyaltyQuestions: string[] }[];
}

const ONLINE_ORDER = 'Online order: damaged item and service recovery';
const SAAS = 'SaaS trial to paid';

const panel = (page: Page, name: string) => page.getByRole('complementary', { name });

async function touchpoint(page: Page, title: string, journeyId?: string): Promise<TouchpointRow> {
  let row: TouchpointRow | undefined;
  await expectEventually(async () => {
    const rows = await readTable<TouchpointRow>(page, 'touchpoints');
    row = rows.find((r) => r.title === title && (!journeyId || r.journeyId === journeyId));
    expect(row).toBeDefined();
  });
  return row!;
}

function lensCard(page: Page, key: string) {
  return panel(page, 'Loyalty lens').locator(`.lens-card[data-lens-key="${key}"]`);
}

function screenshotPath(name: string) {
  const dir = path.join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

describe('CX insights and metrics', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('lists the low point and the hot spot first, and selects the low point on the map', async () => {
    const { page } = app;
    await openTemplate(page, ONLINE_ORDER, 'Parcel arrives damaged');
    await page.getByRole('button', { name: 'Insights', exact: true }).click();
    const insights = panel(page, 'Insights');
    const lows = insights.locator('section[aria-labelledby="ins-low"] > ol.insight-list > li');
    await expect.poll(() => lows.first().textContent()).toContain('Parcel arrives damaged');
    const hots = insights.locator('section[aria-labelledby="ins-hot"] li');
    expect(await hots.first().textContent()).toContain('Contacts support by phone');

    const damaged = await touchpoint(page, 'Parcel arrives damaged');
    await lows.first().getByRole('button').click();
    await expectEventually(async () =>
      expect(await node(page, damaged.id).getAttribute('class')).toContain('selected'),
    );
    await page.getByRole('button', { name: 'Inspector', exact: true }).click();
    await expect
      .poll(() => panel(page, 'Inspector').getByRole('textbox', { name: 'Title', exact: true }).inputValue())
      .toBe('Parcel arrives damaged');
  });

  it('flags a loyalty question as unanswered once its only touchpoint is untagged, and tags opportunities', async () => {
    const { page } = app;
    const forum = 'Asks for a feature in the community forum';
    await openTemplate(page, SAAS, forum);
    await page.getByRole('button', { name: 'Loyalty lens', exact: true }).click();
    const evolve = lensCard(page, 'Why evolve?');
    await evolve.getByText('1 touchpoint', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('insights-lens-panel.png') });

    // The card's touchpoint selects it; untag it in the inspector.
    const row = await touchpoint(page, forum);
    await evolve.getByRole('button', { name: forum }).click();
    await expectEventually(async () => expect(await node(page, row.id).getAttribute('class')).toContain('selected'));
    await page.getByRole('button', { name: 'Inspector', exact: true }).click();
    const inspector = panel(page, 'Inspector');
    await inspector.locator('summary', { hasText: 'Loyalty lens' }).click();
    await inspector.getByRole('button', { name: 'Why evolve?', exact: true }).click();
    await waitSaved(page);
    await expectEventually(async () =>
      expect((await touchpoint(page, forum)).loyaltyQuestions).not.toContain('Why evolve?'),
    );

    await page.getByRole('button', { name: 'Loyalty lens', exact: true }).click();
    await lensCard(page, 'Why evolve?')
      .getByText('Unanswered: no touchpoint tells the customer why to grow with you as their needs change.')
      .waitFor();
    expect(await lensCard(page, 'Why evolve?').getByRole('button').count()).toBe(0);

    // Tag an opportunity with the question: the lens now reads "planned only".
    const tagger = panel(page, 'Loyalty lens').locator('.lens-tagger').first();
    await tagger.locator('summary').click();
    await tagger.getByRole('button', { name: 'Why evolve?', exact: true }).click();
    await lensCard(page, 'Why evolve?').getByText('Planned', { exact: true }).waitFor();
    await waitSaved(page);
    await expectEventually(async () => {
      const rows = await readTable<TouchpointRow>(page, 'touchpoints');
      const tagged = rows.flatMap((t) => t.opportunities).filter((o) => o.loyaltyQuestions.includes('Why evolve?'));
      expect(tagged).toHaveLength(1);
    });
    // Undo takes the tag off again.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await lensCard(page, 'Why evolve?').getByText('Unanswered', { exact: true }).waitFor();
  });

  it('records churn for a period, refuses growth, and deletes with undo', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New journey' }).first().click();
    await page.getByRole('textbox', { name: 'Journey title' }).waitFor();
    await page.getByRole('button', { name: 'Metrics', exact: true }).click();
    const metrics = panel(page, 'Metrics');
    // Nothing measured: dashes, never zero.
    expect(await metrics.locator('tr[data-metric="nps"] .metric-value').textContent()).toBe('—');
    // The by-stage headings each fit on one line: none is broken inside a word ("Emotio/n").
    const headings = await metrics.locator('table.metrics-matrix thead th').evaluateAll((ths) =>
      ths.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return { text: th.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      }),
    );
    expect(headings).toEqual(
      ['Stage', 'CSAT %', 'CSAT', 'CES', 'NPS', 'Drop', 'Emotion'].map((text) => ({ text, lines: 1 })),
    );

    const period = metrics.getByRole('textbox', { name: 'Period' });
    const start = metrics.getByRole('textbox', { name: 'Customers at start' });
    const end = metrics.getByRole('textbox', { name: 'Customers at end' });
    await start.fill('450');
    await end.fill('500');
    await metrics.getByRole('alert').filter({ hasText: 'growth, not churn' }).waitFor();
    expect(await metrics.getByRole('button', { name: 'Record', exact: true }).isDisabled()).toBe(true);

    await period.fill('Q1');
    await start.fill('500');
    await end.fill('450');
    await expect.poll(() => metrics.getByTestId('churn-rate').textContent()).toBe('10 %');
    await metrics.getByRole('button', { name: 'Record', exact: true }).click();
    const history = metrics.locator('table.churn-history');
    await history.getByRole('row', { name: /Q1.*10 %/ }).waitFor();
    await waitSaved(page);
    await expectEventually(async () => {
      const [journey] = await readTable<JourneyRow>(page, 'journeys');
      expect(journey!.churn).toEqual([{ period: 'Q1', start: 500, end: 450, recordedAt: expect.any(Number) }]);
    });

    // A period named in Armenian, then delete it and undo from the toast.
    const armenian = seedLine('hy', 0);
    await period.fill(armenian);
    await start.fill('1 200');
    await end.fill('1 020');
    await metrics.getByRole('button', { name: 'Record', exact: true }).click();
    await history.getByRole('row', { name: new RegExp('15 %') }).waitFor();
    await metrics.getByRole('button', { name: `Delete churn record ${armenian}` }).click();
    await waitSaved(page);
    await expectEventually(async () => {
      const [journey] = await readTable<JourneyRow>(page, 'journeys');
      expect(journey!.churn.map((c) => c.period)).toEqual(['Q1']);
    });
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await waitSaved(page);
    await expectEventually(async () => {
      const [journey] = await readTable<JourneyRow>(page, 'journeys');
      expect(journey!.churn.map((c) => c.period)).toEqual(['Q1', armenian]);
    });
  });

  it('shows a pain point removed in the future state on the comparison screen', async () => {
    const { page } = app;
    await openTemplate(page, ONLINE_ORDER, 'Parcel arrives damaged');
    const [current] = await readTable<JourneyRow>(page, 'journeys');
    await page.getByRole('button', { name: 'Create future state' }).click();
    const title = page.getByRole('textbox', { name: 'Journey title' });
    await expect.poll(() => title.inputValue()).toBe(`${ONLINE_ORDER} (future state)`);
    let future: JourneyRow | undefined;
    await expectEventually(async () => {
      future = (await readTable<JourneyRow>(page, 'journeys')).find((j) => j.id !== current!.id);
      expect(future?.futureStateOf).toBe(current!.id);
    });

    const damaged = await touchpoint(page, 'Parcel arrives damaged', future!.id);
    expect(damaged.painPoints[0]!.originId).not.toBeNull();
    await node(page, damaged.id).click();
    await panel(page, 'Inspector').getByRole('button', { name: 'Remove pain point 1' }).click();
    await waitSaved(page);

    await page.getByRole('button', { name: 'Compare with current' }).click();
    await page.getByRole('heading', { name: 'Current vs future state' }).waitFor();
    const removed = page.getByTestId('pain-removed');
    await removed.getByText('The box is crushed and the zip is torn').waitFor();
    expect(await removed.locator('li').count()).toBe(1);
    expect(await page.getByTestId('pain-kept').locator('li').count()).toBe(5);
    expect(await page.getByTestId('pain-added').locator('li').count()).toBe(0);
    await page.getByRole('img', { name: 'Emotion curves: current state and future state' }).waitFor();
    const receive = page.getByRole('row', { name: /^Receive/ });
    expect(await receive.locator('td.delta-cell').last().textContent()).toContain('−1');
    expect(await receive.locator('td.delta-cell').last().textContent()).toContain('better');
    await page.screenshot({ path: screenshotPath('insights-compare.png') });

    // The comparison stays live: removing another pain point from the future state in a second
    // window moves it to "removed" here without a reload.
    const second = await page.context().newPage();
    await second.goto(page.url().replace(/#\/compare\//, '#/journey/'));
    const support = await touchpoint(second, 'Contacts support by phone', future!.id);
    await node(second, support.id).click();
    await panel(second, 'Inspector').getByRole('button', { name: 'Remove pain point 1' }).click();
    await waitSaved(second);
    await expectEventually(async () => expect(await removed.locator('li').count()).toBe(2));
    expect(await page.getByTestId('pain-kept').locator('li').count()).toBe(4);
    await second.close();

    await page.getByRole('button', { name: 'Back to the journey' }).click();
    await expect.poll(() => title.inputValue()).toBe(`${ONLINE_ORDER} (future state)`);
  });

  it('explains a comparison whose current state is in the trash', async () => {
    const { page } = app;
    await openTemplate(page, ONLINE_ORDER, 'Parcel arrives damaged');
    const [current] = await readTable<JourneyRow>(page, 'journeys');
    await page.getByRole('button', { name: 'Create future state' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Journey title' }).inputValue())
      .toBe(`${ONLINE_ORDER} (future state)`);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await page.getByRole('button', { name: `Actions for ${ONLINE_ORDER}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    await expectEventually(async () => {
      const row = (await readTable<JourneyRow & { deletedAt: number | null }>(page, 'journeys')).find(
        (j) => j.id === current!.id,
      );
      expect(row?.deletedAt).not.toBeNull();
    });
    await page.locator('button.card-open', { hasText: `${ONLINE_ORDER} (future state)` }).click();
    await page.getByRole('button', { name: 'Compare with current' }).click();
    await page.getByRole('heading', { name: 'The current state is in the trash.' }).waitFor();
    await page.getByRole('button', { name: 'Open the trash' }).waitFor();
  });
});
