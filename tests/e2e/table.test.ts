import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import { expectEventually, newJourney, readTable, toast, waitSaved } from '../support/e2e-helpers';
import { CATALOGUES } from '../../renderer/src/i18n';
import { seedLine } from '../fixtures/seed-text';
import { ROOT } from '../support/paths';

interface TouchpointRow {
  id: string;
  stageId: string;
  title: string;
  emotion: number | null;
  channel: string;
  position: { x: number; y: number };
  painPoints: { text: string; severity: number }[];
  friction: { score: number; types: string[] };
}
interface StageRow {
  id: string;
  name: string;
  order: number;
}
interface ConnectionRow {
  source: string;
  target: string;
  kind: string;
  label: string;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Touchpoints by stage' });
/** The focused cell of the grid (roving tabindex: exactly one cell is in the tab order). */
const focusedCell = (page: Page) => grid(page).locator('[tabindex="0"]');

/** A text of the Armenian catalogue by its key, with its {{values}} filled in. */
const armenian = (key: string, values: Record<string, string | number> = {}) =>
  Object.entries(values).reduce(
    (text, [name, value]) => text.replace(`{{${name}}}`, String(value)),
    key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], CATALOGUES.hy) as string,
  );

/** Opens the table's Stages tab and waits for its grid (named as the catalogue names it). */
async function openStagesTab(page: Page, tab = 'Stages', gridName = 'Stages of the journey') {
  await page.getByRole('tab', { name: tab }).click();
  const stagesGrid = page.getByRole('grid', { name: gridName });
  await stagesGrid.waitFor();
  return stagesGrid;
}

/** Presses keys one after another, as a keyboard user would. */
async function keys(page: Page, ...pressed: string[]) {
  for (const key of pressed) await page.keyboard.press(key);
}

/** Moves right until the focused cell is in this column. */
async function toColumn(page: Page, column: string) {
  await page.keyboard.press('Home');
  for (let i = 0; i < 20; i += 1) {
    if ((await focusedCell(page).getAttribute('data-column')) === column) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`No column ${column}`);
}

describe('table view', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('builds a three-stage journey with the keyboard only, and the canvas and the database follow', async () => {
    const { page } = app;
    await newJourney(page, seedLine('ta', 0));
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+G');
    await grid(page).waitFor();
    await expect.poll(() => focusedCell(page).textContent()).toContain('Discover');

    const stageNames = [seedLine('ta', 3), seedLine('te', 1), seedLine('hy', 0)];
    const titles = [seedLine('ml', 0), seedLine('ml', 2), seedLine('te', 0), seedLine('hy', 1)];
    const pain = seedLine('ta', 5);
    const label = seedLine('hy', 3);

    /** Renames the focused stage header and adds touchpoints to it, the first with an emotion. */
    const stageWith = async (name: string, tps: string[], emotion: string) => {
      await keys(page, 'F2', 'Control+A');
      await page.keyboard.type(name);
      await keys(page, 'Enter');
      for (const [i, title] of tps.entries()) {
        await keys(page, 'Insert');
        await page.keyboard.type(title);
        await keys(page, 'Enter');
        if (i === 0) {
          await toColumn(page, 'emotion');
          await page.keyboard.type(emotion);
          await keys(page, 'Enter', 'Home');
        }
      }
    };
    await stageWith(stageNames[0]!, [titles[0]!, titles[1]!], '-2');
    // The pain point of the first touchpoint: a box of lines, Ctrl+Enter saves it.
    await keys(page, 'ArrowUp');
    await toColumn(page, 'painPoints');
    await keys(page, 'Enter');
    await page.keyboard.type(pain);
    // Stored as it is typed, before Ctrl+Enter: a browser killed now keeps it.
    await expectEventually(async () => {
      const typed = (await readTable<TouchpointRow>(page, 'touchpoints')).find((t) => t.title === titles[0]);
      expect(typed?.painPoints.map((p) => p.text)).toEqual([pain]);
    });
    // Ctrl+Enter saved it and moved down to the second touchpoint; the next row is the second stage.
    await keys(page, 'Control+Enter', 'Home', 'ArrowDown');
    await stageWith(stageNames[1]!, [titles[2]!], '+1');
    await keys(page, 'ArrowDown');
    await stageWith(stageNames[2]!, [titles[3]!], '0');
    // The three stages left of the blank journey go (empty, so without a question): 3 stages and 4 touchpoints stay.
    await keys(page, 'ArrowDown');
    for (const left of [9, 8, 7]) {
      await keys(page, 'Delete');
      await expect.poll(() => grid(page).getByRole('rowheader').count()).toBe(left);
    }

    // Reorder within the stage and move across stages by keyboard, then back.
    const order = () => grid(page).locator('tbody [role="rowheader"]').allTextContents();
    await keys(page, 'Control+Home', 'ArrowDown', 'ArrowDown');
    await keys(page, 'Alt+ArrowUp');
    await expect.poll(async () => (await order()).slice(1, 3)).toEqual([titles[1], titles[0]]);
    await keys(page, 'Alt+ArrowDown', 'Alt+Shift+ArrowDown');
    await expect.poll(async () => (await order())[2]).toContain(stageNames[1]);
    await expect.poll(async () => (await order()).slice(3, 5)).toEqual([titles[2], titles[1]]);
    await keys(page, 'Alt+Shift+ArrowUp');
    await expect.poll(async () => (await order()).slice(1, 3)).toEqual([titles[0], titles[1]]);

    // Connections: to the tabs with Shift+Tab, then the second tab, its Add button and Insert in its grid.
    for (let i = 0; i < 8; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'tab') break;
      await keys(page, 'Shift+Tab');
    }
    await keys(page, 'ArrowRight', 'Tab', 'Enter');
    const connections = page.getByRole('grid', { name: 'Connections between touchpoints' });
    await connections.getByRole('row').nth(1).waitFor();
    await connections.locator('[tabindex="0"]').focus();
    await keys(page, 'Insert');
    await expect.poll(() => connections.getByRole('row').count()).toBe(3);
    // The first connection in reading order (first → second touchpoint): an alternative path with a label and a share.
    await keys(page, 'Control+Home', 'ArrowRight', 'ArrowRight', 'Enter', 'ArrowDown', 'Tab');
    await page.keyboard.type(label);
    await keys(page, 'Tab');
    await page.keyboard.type('40');
    await keys(page, 'Enter');
    await expect.poll(() => connections.getByRole('row').nth(1).textContent()).toContain('40%');
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'table-connections.png') });

    // The canvas draws what the table built.
    await page.keyboard.press('Control+Shift+G');
    await page.getByTestId('journey-canvas').waitFor();
    for (const title of titles) await page.locator('.tp-title', { hasText: title }).first().waitFor();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    await waitSaved(page);

    // And the database holds it.
    const stages = (await readTable<StageRow>(page, 'stages')).sort((a, b) => a.order - b.order);
    expect(stages.map((s) => s.name)).toEqual(stageNames);
    const tps = await readTable<TouchpointRow>(page, 'touchpoints');
    const byTitle = new Map(tps.map((t) => [t.title, t]));
    expect(tps).toHaveLength(4);
    expect(titles.map((t) => stages.findIndex((s) => s.id === byTitle.get(t)?.stageId))).toEqual([0, 0, 1, 2]);
    expect(titles.map((t) => byTitle.get(t)?.emotion)).toEqual([-2, null, 1, 0]);
    expect(byTitle.get(titles[0]!)!.painPoints.map((p) => [p.text, p.severity])).toEqual([[pain, 2]]);
    const first = byTitle.get(titles[0]!)!;
    const second = byTitle.get(titles[1]!)!;
    expect(first.position.y).toBeLessThan(second.position.y);
    const rows = await readTable<ConnectionRow & { share: number | null }>(page, 'connections');
    const ids = new Map(tps.map((t) => [t.id, t.title]));
    expect(
      rows
        .map((c) => [ids.get(c.source), ids.get(c.target), c.kind, c.label, c.share])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      [
        [titles[0], titles[1], 'alternative', label, 40],
        [titles[1], titles[2], 'main', '', null],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  }, 150_000);

  it('edits the columns added for the inspector fields by keyboard: a choice of evidence, a refused expected emotion, a column scrolled into view', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await newJourney(page, seedLine('te', 0));
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+G');
    await grid(page).waitFor();
    await keys(page, 'Insert', 'Escape');
    await expect.poll(() => focusedCell(page).getAttribute('data-column')).toBe('title');

    // End goes to the last column (an NPS count), far right of the view: it scrolls in.
    await page.keyboard.press('End');
    await expect.poll(() => focusedCell(page).getAttribute('data-column')).toBe('detractors');
    const inView = async () => {
      const cell = await focusedCell(page).boundingBox();
      const view = await page.locator('.table-scroll').boundingBox();
      return cell !== null && view !== null && cell.x >= view.x && cell.x + cell.width <= view.x + view.width + 1;
    };
    await expect.poll(inView).toBe(true);
    // The view narrows under the focused cell (a smaller window, a panel opening beside it): the cell stays in sight.
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(inView).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    for (let i = 0; i < 40 && (await focusedCell(page).getAttribute('data-column')) !== 'evidence'; i += 1)
      await page.keyboard.press('ArrowLeft');
    expect(await focusedCell(page).getAttribute('data-column')).toBe('evidence');
    await expect.poll(inView).toBe(true);

    // Evidence is a choice: Enter opens it, the arrow picks the first level, Enter stores it.
    await keys(page, 'Enter', 'ArrowDown', 'ArrowDown', 'Enter');
    await waitSaved(page);
    await expect
      .poll(async () => (await readTable<{ evidence: string | null }>(page, 'touchpoints')).map((t) => t.evidence))
      .toEqual(['anecdote']);
    await expect.poll(() => focusedCell(page).textContent()).toBe('Anecdote');

    // An expected emotion out of range is refused in one sentence, and nothing is stored.
    await keys(page, 'ArrowRight', 'ArrowRight');
    expect(await focusedCell(page).getAttribute('data-column')).toBe('expectedEmotion');
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#table-cell-error').textContent())
      .toBe('An emotion is a whole number from −3 to +3: type one, or leave the cell empty.');
    await page.keyboard.press('Escape');
    await waitSaved(page);
    const [row] = await readTable<{ metrics: { expectedEmotion: number | null } }>(page, 'touchpoints');
    expect(row!.metrics.expectedEmotion).toBeNull();
  });

  it('links a touchpoint to a sub-journey from the table: a choice of the library’s journeys, stored, undone in one step', async () => {
    const { page } = app;
    const child = seedLine('hy', 2);
    await newJourney(page, child);
    await waitSaved(page);
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await newJourney(page, seedLine('ta', 0));
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+G');
    await grid(page).waitFor();
    await keys(page, 'Insert');
    await page.keyboard.type(seedLine('ml', 0));
    await keys(page, 'Enter');
    await toColumn(page, 'subJourney');
    expect(await focusedCell(page).textContent()).toBe('');

    // Enter opens the choice: none, then the other journey (not this one); the arrow picks it, Enter stores it.
    await keys(page, 'Enter');
    const choice = grid(page).getByRole('combobox', { name: 'Sub-journey' });
    await choice.waitFor();
    expect(await choice.locator('option').allTextContents()).toEqual(['None', child]);
    await keys(page, 'ArrowDown', 'Enter');
    await expect.poll(() => focusedCell(page).textContent()).toBe(child);
    await waitSaved(page);
    const journeys = await readTable<{ id: string; title: string }>(page, 'journeys');
    const childId = journeys.find((j) => j.title === child)!.id;
    const links = async () =>
      (await readTable<{ title: string; linkedJourneyId: string | null }>(page, 'touchpoints')).map((t) => [
        t.title,
        t.linkedJourneyId,
      ]);
    expect(await links()).toEqual([[seedLine('ml', 0), childId]]);

    // One undo step takes the link back.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => focusedCell(page).textContent()).toBe('');
    await waitSaved(page);
    await expect.poll(links).toEqual([[seedLine('ml', 0), null]]);
  });

  it('edits a stage’s description and customer goal in the Stages tab by keyboard: stored, shown in the inspector and on the canvas', async () => {
    const { page } = app;
    await newJourney(page, seedLine('ml', 1));
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+G');
    await grid(page).waitFor();

    // To the tabs with Shift+Tab, then End to the last tab: Stages.
    for (let i = 0; i < 8; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'tab') break;
      await keys(page, 'Shift+Tab');
    }
    await keys(page, 'End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Stages');
    const stagesGrid = page.getByRole('grid', { name: 'Stages of the journey' });
    await stagesGrid.waitFor();
    const cell = () => stagesGrid.locator('[tabindex="0"]');
    await keys(page, 'Tab');
    expect(await cell().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cell().textContent()).toBe('Discover');

    // Customer goal, then description: typed over, Ctrl+Enter saves a box of lines.
    const goal = seedLine('ta', 2);
    const description = seedLine('hy', 4);
    await keys(page, 'ArrowRight');
    expect(await cell().getAttribute('data-column')).toBe('customerGoal');
    await keys(page, 'Enter');
    await page.keyboard.type(goal);
    await keys(page, 'Control+Enter', 'ArrowUp', 'ArrowRight');
    expect(await cell().getAttribute('data-column')).toBe('description');
    await keys(page, 'Enter');
    await page.keyboard.type(description);
    await keys(page, 'Control+Enter');
    await expect.poll(() => stagesGrid.locator('[data-cell="0:2"]').textContent()).toBe(description);

    // A width out of range is refused in one sentence.
    await keys(page, 'ArrowUp', 'ArrowRight', 'ArrowRight');
    expect(await cell().getAttribute('data-column')).toBe('width');
    await page.keyboard.type('9');
    await keys(page, 'Enter');
    await expect
      .poll(() => page.locator('#stages-cell-error').textContent())
      .toBe('A stage’s width is a whole number from 160 to 3000: type one.');
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'table-stages.png') });
    await keys(page, 'Escape');

    await waitSaved(page);
    const stages = (
      await readTable<StageRow & { description: string; customerGoal: string; width: number }>(page, 'stages')
    ).sort((a, b) => a.order - b.order);
    expect(stages[0]).toMatchObject({ name: 'Discover', description, customerGoal: goal, width: 320 });
    expect(stages.slice(1).map((s) => [s.description, s.customerGoal])).toEqual(stages.slice(1).map(() => ['', '']));

    // Each edit is one undo step: undo takes the description back and leaves the goal; redo brings it again.
    const first = async () =>
      (await readTable<StageRow & { description: string; customerGoal: string }>(page, 'stages')).find(
        (s) => s.id === stages[0]!.id,
      );
    await page.keyboard.press('Control+Z');
    await expect.poll(() => stagesGrid.locator('[data-cell="0:2"]').textContent()).toBe('');
    await waitSaved(page);
    await expect.poll(first).toMatchObject({ description: '', customerGoal: goal });
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => stagesGrid.locator('[data-cell="0:2"]').textContent()).toBe(description);
    await waitSaved(page);
    await expect.poll(first).toMatchObject({ description, customerGoal: goal });

    // Back on the map, the stage is selected: the inspector and the stage header show them.
    await page.keyboard.press('Control+Shift+G');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.getByLabel('Customer goal').inputValue()).toBe(goal);
    expect(await inspector.getByLabel('Description').inputValue()).toBe(description);
    await expect
      .poll(() => page.locator('.stage-header', { hasText: 'Discover' }).first().locator('.stage-goal').textContent())
      .toBe(`Goal: ${goal}`);
  }, 150_000);

  it('sets pain severity, opportunity status and scores by keyboard only, line by line, and refuses a score out of range', async () => {
    const { page } = app;
    await newJourney(page, seedLine('te', 1));
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+G');
    await grid(page).waitFor();
    await keys(page, 'Insert');
    await page.keyboard.type(seedLine('ta', 3));
    await keys(page, 'Enter');
    const pains = [seedLine('ta', 5), seedLine('hy', 1)];

    // Two pain points in their box of lines, then their severities beside them, one line each.
    await toColumn(page, 'painPoints');
    await keys(page, 'Enter');
    await page.keyboard.type(pains[0]!);
    await keys(page, 'Enter');
    await page.keyboard.type(pains[1]!);
    await keys(page, 'Control+Enter', 'ArrowRight');
    expect(await focusedCell(page).getAttribute('data-column')).toBe('painSeverity');
    expect(await focusedCell(page).textContent()).toBe('Moderate · Moderate');
    // The box of lines numbers the pain points its lines belong to.
    await keys(page, 'Enter');
    expect(await grid(page).getByRole('list', { name: 'Pain points' }).getByRole('listitem').allTextContents()).toEqual(
      [`1${pains[0]}`, `2${pains[1]}`],
    );
    await keys(page, 'Control+A');
    await page.keyboard.type('Severe');
    await keys(page, 'Enter');
    await page.keyboard.type('1');
    await keys(page, 'Control+Enter');
    await expect.poll(() => focusedCell(page).textContent()).toBe('Severe · Minor');

    // An opportunity, its status typed over the cell, then its four scores; a 9 is refused in one sentence.
    await toColumn(page, 'opportunities');
    await keys(page, 'Enter');
    await page.keyboard.type(seedLine('ml', 1));
    await keys(page, 'Control+Enter', 'ArrowRight');
    await page.keyboard.type('in progress');
    await keys(page, 'Control+Enter');
    await expect.poll(() => focusedCell(page).textContent()).toBe('In progress');
    await toColumn(page, 'customerValue');
    for (const score of ['5', '4', '9']) {
      await page.keyboard.type(score);
      await keys(page, 'Control+Enter');
      if (score !== '9') await keys(page, 'ArrowRight');
    }
    await expect
      .poll(() => page.locator('#table-cell-error').textContent())
      .toBe('Line 1: “9” is not a score: type a whole number from 1 to 5, or leave the line empty.');
    await keys(page, 'Control+A');
    await page.keyboard.type('2');
    await keys(page, 'Control+Enter', 'ArrowRight');
    await page.keyboard.type('3');
    await keys(page, 'Control+Enter');
    await waitSaved(page);

    type Stored = {
      painPoints: { text: string; severity: number }[];
      opportunities: { status: string; scores: Record<string, number | null> }[];
    };
    const [row] = await readTable<Stored>(page, 'touchpoints');
    expect(row!.painPoints.map((p) => [p.text, p.severity])).toEqual([
      [pains[0], 3],
      [pains[1], 1],
    ]);
    expect(row!.opportunities.map((o) => [o.status, o.scores])).toEqual([
      ['in progress', { customerValue: 5, businessValue: 4, effort: 2, confidence: 3 }],
    ]);
  });

  it('turns a pasted block of spreadsheet cells into touchpoints in one undo step, deletes with a question, passes axe', async () => {
    const { page } = app;
    await newJourney(page, seedLine('te', 2));
    await waitSaved(page);
    await page.getByRole('button', { name: 'Table view' }).click();
    await expect.poll(() => focusedCell(page).textContent()).toContain('Discover');

    // Three rows from a spreadsheet (title, description, channel); a quoted cell holds a tab and a line break.
    const rows = [
      [seedLine('ta', 3), seedLine('te', 1), 'website'],
      [seedLine('ml', 2), `"${seedLine('hy', 0)}\t${seedLine('hy', 1)}\n${seedLine('hy', 2)}"`, 'phone'],
      [seedLine('hy', 3), '', 'store'],
    ];
    const tsv = `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`;
    const paste = (text: string) =>
      page.evaluate((data) => {
        const transfer = new DataTransfer();
        transfer.setData('text/plain', data);
        const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
        document.activeElement?.dispatchEvent(event);
      }, text);
    await paste(tsv);
    await page.getByText('Pasted: 3 touchpoints added, 0 changed.').waitFor();
    await waitSaved(page);
    type Pasted = TouchpointRow & { description: string };
    let stored = await readTable<Pasted>(page, 'touchpoints');
    expect(stored.sort((a, b) => a.position.y - b.position.y).map((t) => [t.title, t.description, t.channel])).toEqual([
      [seedLine('ta', 3), seedLine('te', 1), 'website'],
      [seedLine('ml', 2), `${seedLine('hy', 0)}\t${seedLine('hy', 1)}\n${seedLine('hy', 2)}`, 'phone'],
      [seedLine('hy', 3), '', 'store'],
    ]);
    const stageIds = new Set(stored.map((t) => t.stageId));
    expect(stageIds.size).toBe(1);
    // The canvas shows them (the same store), in the Discover column.
    await page.keyboard.press('Control+Shift+G');
    for (const r of rows) await page.locator('.tp-title', { hasText: r[0] }).first().waitFor();
    await page.keyboard.press('Control+Shift+G');
    await grid(page).waitFor();

    // One undo step takes the whole paste back; redo brings it again.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => grid(page).getByRole('rowheader').count()).toBe(6);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => grid(page).getByRole('rowheader').count()).toBe(9);

    // Delete asks first when the row has content; cancelling keeps it, confirming deletes it, Undo restores it.
    await keys(page, 'Control+Home', 'ArrowDown', 'Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete this touchpoint?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => grid(page).getByRole('rowheader').count()).toBe(9);
    await focusedCell(page).focus();
    await keys(page, 'Delete');
    await dialog.getByRole('button', { name: 'Delete touchpoint' }).click();
    await expect.poll(() => grid(page).getByRole('rowheader').count()).toBe(8);
    await waitSaved(page);
    stored = await readTable<Pasted>(page, 'touchpoints');
    expect(stored.map((t) => t.title)).not.toContain(seedLine('ta', 3));
    await page.keyboard.press('Control+Z');
    await expect.poll(() => grid(page).getByRole('rowheader').count()).toBe(9);

    // axe (WCAG 2.1 A and AA) finds nothing in the table view, on either tab.
    const axe = async () => {
      const result = await new AxeBuilder({ page })
        .include('.table-screen')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await axe()).toEqual([]);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'table-view.png') });
    await page.getByRole('tab', { name: 'Connections' }).click();
    await page.getByRole('grid', { name: 'Connections between touchpoints' }).waitFor();
    expect(await axe()).toEqual([]);
    await page.getByRole('tab', { name: 'Stages' }).click();
    await page.getByRole('grid', { name: 'Stages of the journey' }).waitFor();
    expect(await axe()).toEqual([]);
  }, 150_000);

  it('adds and deletes stages in the Stages tab with the map’s own actions: a Tamil name, an empty stage gone without a question, a stage with touchpoints after one (Cancel keeps it), Undo, the stored rows at each step', async () => {
    const { page } = app;
    await newJourney(page, seedLine('te', 3));
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+G');
    await grid(page).waitFor();
    const stagesGrid = await openStagesTab(page);
    const cell = () => stagesGrid.locator('[tabindex="0"]');
    const names = () => stagesGrid.locator('tbody [data-column="name"]').allTextContents();
    const stored = async () =>
      (await readTable<StageRow>(page, 'stages')).sort((a, b) => a.order - b.order).map((s) => s.name);
    const before = await stored();
    const n = before.length;
    expect(await names()).toEqual(before);

    // Add stage (the button): the map's default name, opened for typing over; a Tamil name replaces it.
    await page.getByTestId('stages-table').getByRole('button', { name: 'Add stage' }).click();
    const input = stagesGrid.getByRole('textbox', { name: 'Stage' });
    await expect.poll(() => input.inputValue()).toBe(`Stage ${n + 1}`);
    const tamil = seedLine('ta', 3);
    await page.keyboard.type(tamil);
    await keys(page, 'Enter');
    await expect.poll(names).toEqual([...before, tamil]);
    await waitSaved(page);
    expect(await stored()).toEqual([...before, tamil]);

    // Insert in the grid: another, its default name kept with Enter.
    await expect.poll(() => cell().evaluate((el) => el === document.activeElement)).toBe(true);
    await keys(page, 'Insert');
    await expect.poll(() => input.inputValue()).toBe(`Stage ${n + 2}`);
    await keys(page, 'Enter');
    await expect.poll(names).toEqual([...before, tamil, `Stage ${n + 2}`]);
    await waitSaved(page);
    expect(await stored()).toEqual([...before, tamil, `Stage ${n + 2}`]);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'table-stages-added.png') });

    // The new stage is empty: Delete takes it at once (no question), with Undo offered; focus stays in the grid.
    await expect.poll(() => cell().textContent()).toBe(`Stage ${n + 2}`);
    await keys(page, 'Delete');
    await expect.poll(names).toEqual([...before, tamil]);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await toast(page, `Deleted the stage “Stage ${n + 2}”.`);
    await waitSaved(page);
    expect(await stored()).toEqual([...before, tamil]);
    await expect.poll(() => cell().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cell().textContent()).toBe(tamil);

    // Two touchpoints into the Tamil stage, from the Touchpoints tab (its header is the last row).
    const titles = [seedLine('ml', 3), seedLine('hy', 5)];
    await page.getByRole('tab', { name: 'Touchpoints' }).click();
    await grid(page).waitFor();
    await focusedCell(page).focus();
    await keys(page, 'Control+End', 'Home');
    expect(await focusedCell(page).textContent()).toContain(tamil);
    for (const title of titles) {
      await keys(page, 'Insert');
      await page.keyboard.type(title);
      await keys(page, 'Enter');
    }
    await waitSaved(page);
    const stage = (await readTable<StageRow>(page, 'stages')).find((s) => s.name === tamil)!;
    const held = async () =>
      (await readTable<TouchpointRow>(page, 'touchpoints'))
        .filter((t) => t.stageId === stage.id)
        .map((t) => [t.id, t.title])
        .sort();
    const touchpoints = await held();
    expect(touchpoints.map((t) => t[1]).sort()).toEqual([...titles].sort());

    // Delete on that stage asks first, naming it and its touchpoints; Cancel keeps everything.
    await openStagesTab(page);
    await cell().focus();
    await keys(page, 'Control+End', 'Home');
    expect(await cell().textContent()).toBe(tamil);
    await keys(page, 'Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete this stage?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      `“${tamil}” and its 2 touchpoints will be deleted. You can undo this.`,
    );
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'table-stages-delete-question.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => cell().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await cell().textContent()).toBe(tamil);
    expect(await names()).toEqual([...before, tamil]);
    await waitSaved(page);
    expect(await stored()).toEqual([...before, tamil]);
    expect(await held()).toEqual(touchpoints);

    // The row's button, named after the stage: confirming deletes the stage and its touchpoints.
    await page
      .getByTestId('stages-table')
      .getByRole('button', { name: `Delete stage “${tamil}”` })
      .click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Delete stage and 2 touchpoints' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(names).toEqual(before);
    await waitSaved(page);
    expect(await stored()).toEqual(before);
    expect(await held()).toEqual([]);
    expect(await readTable(page, 'touchpoints')).toEqual([]);

    // One Undo brings the stage back with both touchpoints, the same rows.
    await expect.poll(() => cell().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+Z');
    await expect.poll(names).toEqual([...before, tamil]);
    await waitSaved(page);
    expect(await stored()).toEqual([...before, tamil]);
    expect((await readTable<StageRow>(page, 'stages')).find((s) => s.name === tamil)?.id).toBe(stage.id);
    expect(await held()).toEqual(touchpoints);
  }, 150_000);

  it('says the Stages tab’s buttons, the map’s question and the empty state in Armenian, and a stage added there gets the Armenian default name', async () => {
    const { page } = app;
    await newJourney(page, seedLine('hy', 2));
    await waitSaved(page);
    await page.keyboard.press('Control+Shift+G');
    await grid(page).waitFor();
    // One touchpoint in the first stage (Insert on its header, the grid's first row).
    await focusedCell(page).focus();
    await keys(page, 'Control+Home', 'Insert');
    await page.keyboard.type(seedLine('hy', 6));
    await keys(page, 'Enter');
    await waitSaved(page);
    await expectEventually(async () => {
      await app.menu('language-hy');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('hy');
    });
    /** The editor's Saved, in Armenian. */
    const savedHy = async () => {
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^\\s*${armenian('toolbar.saved')}$`) })
        .first()
        .waitFor({ timeout: 10_000 });
      await page.waitForTimeout(50);
    };
    const stagesGrid = await openStagesTab(page, armenian('table.tabStages'), armenian('table.stages.gridLabel'));
    const cell = () => stagesGrid.locator('[tabindex="0"]');
    const count = (await readTable<StageRow>(page, 'stages')).length;

    await page
      .getByTestId('stages-table')
      .getByRole('button', { name: armenian('table.addStage') })
      .waitFor();
    await page
      .getByTestId('stages-table')
      .getByRole('button', { name: armenian('table.stages.deleteLabel', { name: 'Discover' }) })
      .waitFor();
    expect(await page.locator('#stages-help').textContent()).toBe(armenian('table.stages.help', { insert: 'Insert' }));

    // The first stage holds the touchpoint: the map's question, in Armenian.
    await cell().focus();
    await keys(page, 'Delete');
    const dialog = page.getByRole('dialog', { name: armenian('editor.deleteStageTitle') });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      armenian('editor.deleteStageText_one', { names: armenian('editor.quotedName', { name: 'Discover' }), count: 1 }),
    );
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'table-stages-question-hy.png') });
    await dialog.getByRole('button', { name: armenian('editor.deleteStageConfirm_one', { count: 1 }) }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The others are empty: Delete takes each at once, down to none, and the tab says so beside Add stage.
    for (let left = count - 1; left > 0; left -= 1) {
      await expect.poll(() => stagesGrid.locator('tbody tr').count()).toBe(left);
      await expect.poll(() => cell().evaluate((el) => el === document.activeElement)).toBe(true);
      await keys(page, 'Delete');
    }
    await expect.poll(() => stagesGrid.locator('tbody tr').count()).toBe(0);
    await page.getByText(armenian('table.stages.empty')).waitFor();
    const add = page.getByTestId('stages-table').getByRole('button', { name: armenian('table.addStage') });
    await expect.poll(() => add.evaluate((el) => el === document.activeElement)).toBe(true);
    await savedHy();
    expect(await readTable(page, 'stages')).toEqual([]);
    expect(await readTable(page, 'touchpoints')).toEqual([]);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'table-stages-empty-hy.png') });
    const empty = await new AxeBuilder({ page })
      .include('.table-screen')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(empty.violations.map((v) => v.id)).toEqual([]);

    // Add stage from the empty state: the map's default name in Armenian, kept with Enter, stored.
    await keys(page, 'Enter');
    const input = stagesGrid.getByRole('textbox', { name: armenian('table.stages.name') });
    await expect.poll(() => input.inputValue()).toBe(armenian('editor.stageNumbered', { number: 1 }));
    await keys(page, 'Enter');
    await savedHy();
    expect((await readTable<StageRow>(page, 'stages')).map((s) => s.name)).toEqual([
      armenian('editor.stageNumbered', { number: 1 }),
    ]);
  }, 150_000);
});
