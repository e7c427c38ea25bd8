import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, openTemplate, readTable, waitSaved } from '../support/e2e-helpers';
import { MATRIX_PAD, MATRIX_SIZE } from '../../renderer/src/insights-ui/matrix-geometry';

interface TouchpointRow {
  id: string;
  opportunities: { id: string; text: string; scores: Record<string, number | null> }[];
}

async function scoresOf(app: AppHandle, opportunityId: string) {
  const rows = await readTable<TouchpointRow>(app.page, 'touchpoints');
  return rows.flatMap((t) => t.opportunities).find((o) => o.id === opportunityId)?.scores;
}

describe('opportunity matrix', () => {
  let app: AppHandle;
  let dir: string;
  beforeEach(async () => {
    app = await launchApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-matrix-'));
    await openTemplate(app.page);
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });
  afterAll(shutdown);

  it('places an opportunity, drags it to quick wins and moves it by keyboard, with its scores stored; the PDF prints the matrix', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Opportunity matrix', exact: true }).click();
    const panel = page.locator('.matrix-panel');
    await panel.waitFor();
    await panel
      .getByRole('button', { name: /^Place .* on the matrix$/ })
      .first()
      .click();
    const point = panel.locator('.matrix-point.is-editable').first();
    await point.waitFor();
    const id = (await point.getAttribute('data-opportunity-id'))!;
    await expectEventually(async () => expect(await scoresOf(app, id)).toMatchObject({ effort: 3, customerValue: 3 }));

    // Drag it to the top-left cell: effort 1, customer value 5.
    const chart = await panel.locator('svg.matrix-chart').boundingBox();
    const scale = chart!.width / MATRIX_SIZE.width;
    const from = await point.locator('circle').boundingBox();
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    const to = { x: chart!.x + (MATRIX_PAD.left + 20) * scale, y: chart!.y + (MATRIX_PAD.top + 20) * scale };
    await page.mouse.move((from!.x + to.x) / 2, (from!.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await waitSaved(page);
    await expectEventually(async () =>
      expect(await scoresOf(app, id)).toEqual({ customerValue: 5, businessValue: null, effort: 1, confidence: null }),
    );
    const moved = panel.locator(`.matrix-point[data-opportunity-id="${id}"]`);
    expect(await moved.getAttribute('aria-label')).toContain('Effort 1, Customer value 5, Quick wins');

    // The arrow keys move it one score at a time.
    await moved.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await waitSaved(page);
    await expectEventually(async () => expect(await scoresOf(app, id)).toMatchObject({ effort: 2, customerValue: 4 }));
    await panel.screenshot({ path: path.join(os.tmpdir(), 'waymark-matrix-panel.png') });

    // The PDF report prints the matrix with its quadrants.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PDF report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report' });
    await dialog.waitFor();
    const pdf = path.join(dir, 'report.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await expectEventually(async () => {
      expect(existsSync(pdf)).toBe(true);
      expect((await stat(pdf)).size).toBeGreaterThan(0);
    }, 45_000);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Opportunity matrix', 'Quick wins', 'Big bets', 'Fill-ins', 'Money pits', 'Customer value']) {
      expect(text).toContain(words);
    }
    execFileSync('cp', [pdf, path.join(os.tmpdir(), 'waymark-matrix-report.pdf')]);
  });
});
