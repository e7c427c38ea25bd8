import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { addTouchpoint, expectEventually, newJourney, node, readTable, waitSaved } from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';
import { ROOT } from '../support/paths';

interface LaneRow {
  id: string;
  name: string;
  kind: string;
  order: number;
}
interface TouchpointRow {
  id: string;
  title: string;
  laneId: string | null;
}

describe('lanes and service blueprints', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('builds a two-lane blueprint by mouse and keyboard, moves a card across lanes and undoes it', async () => {
    const { page } = app;
    await newJourney(page, seedLine('ta', 1));
    const title = seedLine('te', 0);
    await addTouchpoint(page, title);
    await waitSaved(page);

    // The lane headers sit left of the first stage: fit the whole map (headers too) into view.
    await page.locator('.react-flow__controls-fitview').click();
    // Mouse: the first lane added turns the map into a blueprint (Customer lane + a new one).
    await page.getByRole('button', { name: 'Add lanes (blueprint)' }).click();
    await page.getByRole('group', { name: 'Lane Lane 2' }).waitFor();
    // Keyboard: rename the new lane.
    await page.getByRole('group', { name: 'Lane Lane 2' }).getByRole('button', { name: 'Lane 2', exact: true }).click();
    const input = page.getByRole('textbox', { name: 'Lane name' });
    await input.fill(seedLine('hy', 0));
    await input.press('Enter');
    const backName = seedLine('hy', 0);
    await page.getByRole('group', { name: `Lane ${backName}` }).waitFor();
    await page.getByRole('combobox', { name: `Kind of lane ${backName}` }).selectOption('frontstage-people');
    // Keyboard: Alt+↑ moves the lane up, Alt+↓ back down.
    await page.getByRole('button', { name: `Move lane ${backName} down` }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expectEventually(async () => {
      const lanes = await readTable<LaneRow>(page, 'lanes');
      expect(lanes.sort((a, b) => a.order - b.order).map((l) => l.name)).toEqual([backName, 'Customer']);
    });
    await page.getByRole('button', { name: `Move lane ${backName} down` }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    let lanes: LaneRow[] = [];
    await expectEventually(async () => {
      lanes = (await readTable<LaneRow>(page, 'lanes')).sort((a, b) => a.order - b.order);
      expect(lanes.map((l) => [l.name, l.kind])).toEqual([
        ['Customer', 'customer'],
        [backName, 'frontstage-people'],
      ]);
    });
    // The line of interaction is drawn between them.
    await page.locator('.lane-line', { hasText: 'Line of interaction' }).waitFor();

    const card = (await readTable<TouchpointRow>(page, 'touchpoints')).find((t) => t.title === title)!;
    expect(card.laneId).toBe(lanes[0]!.id);
    // Mouse: drag the card down into the second lane.
    const box = (await node(page, card.id).boundingBox())!;
    const band = (await page.locator(`.lane-band[data-lane-id="${lanes[1]!.id}"]`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    const targetY = band.y + band.height / 2 - box.height / 2 + 20;
    for (let i = 1; i <= 12; i++)
      await page.mouse.move(box.x + box.width / 2, box.y + 20 + ((targetY - box.y - 20) * i) / 12);
    await page.mouse.up();
    await expectEventually(async () => {
      const moved = (await readTable<TouchpointRow>(page, 'touchpoints')).find((t) => t.id === card.id)!;
      expect(moved.laneId).toBe(lanes[1]!.id);
    });
    await waitSaved(page);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'lanes-two-lane.png') });

    await page.keyboard.press('Control+z');
    await expectEventually(async () => {
      const back = (await readTable<TouchpointRow>(page, 'touchpoints')).find((t) => t.id === card.id)!;
      expect(back.laneId).toBe(lanes[0]!.id);
    });

    // A double-click just under the line between the lanes adds a card wholly inside the second lane, not
    // across the line.
    const second = page.locator(`.lane-band[data-lane-id="${lanes[1]!.id}"]`);
    const lane = (await second.boundingBox())!;
    const column = (await page.locator('.stage-col', { hasText: 'Choose' }).boundingBox())!;
    await page.mouse.dblclick(column.x + column.width / 2, lane.y + 4);
    const typed = seedLine('ml', 2);
    await page.locator('.tp-title-input').fill(typed);
    await page.locator('.tp-title-input').press('Enter');
    let added: TouchpointRow | undefined;
    await expectEventually(async () => {
      added = (await readTable<TouchpointRow>(page, 'touchpoints')).find((t) => t.title === typed);
      expect(added?.laneId).toBe(lanes[1]!.id);
    });
    const drawn = (await node(page, added!.id).boundingBox())!;
    const laneNow = (await second.boundingBox())!;
    expect(drawn.y).toBeGreaterThan(laneNow.y);
    expect(drawn.y + drawn.height).toBeLessThan(laneNow.y + laneNow.height);
  });

  it('the Service blueprint template opens with its five lanes and three lines', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Service blueprint' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await page.locator('.tp-title', { hasText: 'Books a repair slot online' }).first().waitFor();
    await waitSaved(page);
    for (const line of ['Line of interaction', 'Line of visibility', 'Line of internal interaction'])
      await page.locator('.lane-line', { hasText: line }).waitFor();
    const lanes = await readTable<LaneRow>(page, 'lanes');
    expect(lanes).toHaveLength(5);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'lanes-blueprint.png') });
  });

  it('opens the Service blueprint template with its lane headers in view, and Fit View brings them back', async () => {
    const { page } = app;
    // A tall, narrow window: the map's width decides the fit, so a fit of the stage columns alone leaves the headers out.
    await page.setViewportSize({ width: 1000, height: 1200 });
    await page.getByRole('button', { name: 'Service blueprint' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await page.locator('.tp-title', { hasText: 'Books a repair slot online' }).first().waitFor();
    const first = (await readTable<LaneRow>(page, 'lanes')).sort((a, b) => a.order - b.order)[0]!;
    const header = page.getByRole('group', { name: `Lane ${first.name}` });
    await header.waitFor();
    const inView = async () => {
      const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
      const box = (await header.boundingBox())!;
      return (
        box.x >= canvas.x &&
        box.y >= canvas.y &&
        box.x + box.width <= canvas.x + canvas.width &&
        box.y + box.height <= canvas.y + canvas.height
      );
    };
    // The first view (no saved viewport) fits the lane header column too.
    expect(await inView()).toBe(true);
    // Zoom in at the right of the map until the header is out of view, then F (Fit View) brings it back.
    const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width * 0.9, canvas.y + canvas.height * 0.5);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
    await expectEventually(async () => expect(await inView()).toBe(false));
    await page.keyboard.press('f');
    await expectEventually(async () => expect(await inView()).toBe(true));
    await waitSaved(page);
  });

  it('exports the Service blueprint report as a PDF naming every lane and the three lines', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Service blueprint' }).click();
    await page.getByTestId('journey-canvas').waitFor();
    await page.locator('.tp-title', { hasText: 'Books a repair slot online' }).first().waitFor();
    await waitSaved(page);
    const lanes = (await readTable<LaneRow>(page, 'lanes')).sort((a, b) => a.order - b.order);
    expect(lanes).toHaveLength(5);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PDF report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report' });
    await dialog.waitFor();
    const dir = path.join(ROOT, 'test-results');
    await mkdir(dir, { recursive: true });
    const pdf = path.join(dir, 'lanes-blueprint-report.pdf');
    app.dialog.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await expectEventually(async () => {
      expect(existsSync(pdf)).toBe(true);
      expect((await stat(pdf)).size).toBeGreaterThan(0);
    }, 45_000);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const lane of lanes) expect(text).toContain(lane.name);
    for (const line of ['Line of interaction', 'Line of visibility', 'Line of internal interaction']) {
      expect(text.toLowerCase()).toContain(line.toLowerCase());
    }
  }, 180_000);
});
