import { mkdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import {
  clickStageHeader,
  DOCUMENT_TABLES,
  expectEventually,
  newJourney,
  node,
  openTemplate,
  readTable,
  waitSaved,
} from '../support/e2e-helpers';
import { seedLine } from '../fixtures/seed-text';
import { ROOT } from '../support/paths';
import { TOUCHPOINT_HANDLES } from '../../renderer/src/editor/canvas/geometry';
import { writeJourneyFile } from '../../renderer/src/files';
import { emotionColour, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../renderer/src/domain/vocabulary';
import { HUGE_MAP_CARDS } from '../../renderer/src/editor/canvas/staged-targets';
import { generateBenchJourney } from '../bench/generate/journey';

interface Row {
  id: string;
  [key: string]: unknown;
}
interface TouchpointRow extends Row {
  title: string;
  stageId: string;
  emotion: number | null;
  position: { x: number; y: number };
  painPoints: { text: string; severity: number }[];
}
interface ConnectionRow extends Row {
  source: string;
  target: string;
  kind: string;
}
interface StageRow extends Row {
  name: string;
  order: number;
  width: number;
}

async function snapshotDb(page: Page) {
  const out: Record<string, Row[]> = {};
  for (const t of DOCUMENT_TABLES) out[t] = (await readTable<Row>(page, t)).sort((a, b) => a.id.localeCompare(b.id));
  return out;
}

async function focusStage(page: Page, name: string) {
  await clickStageHeader(page, name);
}

async function typeNewTouchpoint(page: Page, title: string) {
  await page.keyboard.press('n');
  const input = page.locator('.tp-title-input');
  await input.waitFor({ timeout: 3000 });
  await input.fill(title);
  await input.press('Enter');
  await input.waitFor({ state: 'detached' });
}

async function touchpointId(page: Page, title: string): Promise<string> {
  let id = '';
  await expectEventually(async () => {
    const rows = await readTable<TouchpointRow>(page, 'touchpoints');
    const row = rows.find((r) => r.title === title);
    expect(row).toBeDefined();
    id = row!.id;
  });
  return id;
}

/** A generated journey of many touchpoints, opened from a .journey file through Open file…; `dir` is removed after. */
async function openGeneratedJourney(
  app: AppHandle,
  options: Parameters<typeof generateBenchJourney>[0],
): Promise<{ document: ReturnType<typeof generateBenchJourney>['document']; dir: string }> {
  const { document } = generateBenchJourney(options);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-large-'));
  const file = path.join(dir, 'large.journey');
  await writeFile(file, writeJourneyFile({ document, assets: [], appVersion: '0.1.0', savedAt: new Date() }));
  app.dialog.nextOpen([file]);
  await app.page.getByRole('button', { name: 'Open file…' }).first().click();
  await app.page.getByTestId('journey-canvas').waitFor();
  return { document, dir };
}

async function connect(page: Page, from: string, to: string) {
  const source = await node(page, from).locator('.react-flow__handle.source').boundingBox();
  const target = await node(page, to).locator('.react-flow__handle.target').boundingBox();
  if (!source || !target) throw new Error('handles not visible');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      source.x + ((target.x - source.x) * i) / steps + source.width / 2,
      source.y + ((target.y - source.y) * i) / steps + source.height / 2,
    );
  }
  await page.mouse.up();
}

/**
 * The handle boxes React Flow is given with each card (so it need not measure
 * them) are the ones the cards draw: each handle on screen, in flow units, is
 * within a pixel of its declared box.
 */
async function expectHandlesAsDeclared(page: Page) {
  const drawn = await page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    return [...document.querySelectorAll('.react-flow__node-touchpoint')].map((card) => {
      const box = card.getBoundingClientRect();
      return [...card.querySelectorAll<HTMLElement>('.react-flow__handle')].map((h) => {
        const r = h.getBoundingClientRect();
        const type = h.classList.contains('source') ? 'source' : 'target';
        return { type, x: (r.left - box.left) / zoom, y: (r.top - box.top) / zoom, width: r.width / zoom };
      });
    });
  });
  expect(drawn.length).toBeGreaterThan(0);
  for (const handles of drawn) {
    expect(handles.map((h) => h.type)).toEqual(TOUCHPOINT_HANDLES.map((h) => h.type));
    handles.forEach((h, i) => {
      const declared = TOUCHPOINT_HANDLES[i]!;
      expect(Math.abs(h.x - declared.x)).toBeLessThan(1);
      expect(Math.abs(h.y - declared.y)).toBeLessThan(1);
      expect(Math.abs(h.width - declared.width!)).toBeLessThan(1);
    });
  }
}

describe('journey canvas editor', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp();
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('builds a connected journey with Tamil and Telugu titles, undoes and redoes, and survives a reload', async () => {
    const { page } = app;
    // A new journey opens with its title box focused, where N would type a letter: the map's hint leaves N out
    // until the title is entered.
    await page.getByRole('button', { name: 'New journey' }).first().click();
    const hint = page.locator('.empty-map-hint');
    await expect.poll(() => hint.textContent()).toBe('No touchpoints yet. Double-click in a stage to add one there.');
    const title = page.getByRole('textbox', { name: 'Journey title' });
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await title.fill(seedLine('ta', 2));
    await title.press('Enter');
    // A new map says, at a size that reads whatever the zoom, how to add the first touchpoint.
    await expect
      .poll(() => hint.textContent())
      .toBe('No touchpoints yet. Double-click in a stage to add one there, or press N.');
    expect(await hint.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(12);
    // A new journey opens at 100 % on its first stages: zoom out until the fourth stage's header is in view
    // (each one deleted, the next takes its place).
    for (let i = 0; i < 3; i++) await page.locator('.react-flow__controls-zoomout').click();
    await page.waitForTimeout(300);
    // Keep three stages: delete the last three (empty stages go without a question).
    for (const name of ['Receive', 'Use', 'Renew']) {
      await focusStage(page, name);
      await page.keyboard.press('Delete');
      await page.locator('.stage-header', { hasText: name }).waitFor({ state: 'detached' });
    }
    const titles = [
      seedLine('ta', 3),
      seedLine('te', 0),
      seedLine('ta', 4),
      seedLine('te', 1),
      seedLine('ta', 5),
      seedLine('te', 2),
    ];
    for (const [i, stage] of ['Discover', 'Choose', 'Buy'].entries()) {
      await focusStage(page, stage);
      await typeNewTouchpoint(page, titles[i * 2]!);
      await typeNewTouchpoint(page, titles[i * 2 + 1]!); // connected from the first by N
    }
    const ids = await Promise.all(titles.map((t) => touchpointId(page, t)));
    await hint.waitFor({ state: 'detached' });
    await page
      .getByRole('button', { name: 'Fit view' })
      .first()
      .click()
      .catch(() => page.keyboard.press('f'));
    await page.keyboard.press('f');
    await page.waitForTimeout(300);

    // Join the stages, then a failure loop and a recovery loop back to earlier touchpoints.
    await connect(page, ids[1]!, ids[2]!);
    await connect(page, ids[3]!, ids[4]!);
    await connect(page, ids[4]!, ids[2]!);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('failure');
    await connect(page, ids[5]!, ids[3]!);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('recovery');
    await expectEventually(async () => {
      const kinds = (await readTable<ConnectionRow>(page, 'connections')).map((c) => c.kind).sort();
      expect(kinds).toEqual(['failure', 'main', 'main', 'main', 'main', 'main', 'recovery']);
    });

    // Emotions and a pain point through the inspector.
    await node(page, ids[0]!).click();
    const emotion = page.getByRole('radiogroup', { name: 'Emotion', exact: true });
    await emotion.getByRole('radio', { name: 'Happy 2' }).click();
    await node(page, ids[2]!).click();
    await emotion.getByRole('radio', { name: 'Angry -3' }).click();
    await page.getByRole('button', { name: 'Add pain point' }).click();
    await page.getByRole('textbox', { name: 'Pain point 1' }).fill(seedLine('te', 3));
    await page.getByRole('combobox', { name: 'Severity of pain point 1' }).selectOption('3');

    // Undo the severity, then the pain point (added and typed in: one step, so it goes whole), then redo both.
    await node(page, ids[2]!).click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expectEventually(async () => {
      const t = (await readTable<TouchpointRow>(page, 'touchpoints')).find((r) => r.id === ids[2]);
      expect(t?.painPoints).toEqual([]);
      expect(t?.emotion).toBe(-3);
    });
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+y');
    await waitSaved(page);
    await expectEventually(async () => {
      const t = (await readTable<TouchpointRow>(page, 'touchpoints')).find((r) => r.id === ids[2]);
      expect(t?.painPoints).toEqual([expect.objectContaining({ text: seedLine('te', 3), severity: 3 })]);
      expect(t?.emotion).toBe(-3);
    });

    const before = await snapshotDb(page);
    expect(before.stages).toHaveLength(3);
    expect(before.touchpoints).toHaveLength(6);
    expect(before.connections).toHaveLength(7);
    await page.reload();
    await node(page, ids[5]!).waitFor();
    expect(await snapshotDb(page)).toEqual(before);
    for (const t of titles) await page.locator('.tp-title', { hasText: t }).waitFor();
    await expectHandlesAsDeclared(page);

    // A double-click on a stage's empty space adds a touchpoint there, its title in edit.
    const buy = page.locator('.stage-col', { hasText: 'Buy' });
    const column = (await buy.boundingBox())!;
    await page.mouse.dblclick(column.x + column.width / 2, column.y + column.height * 0.9);
    const titleInput = page.locator('.tp-title-input');
    await titleInput.fill(seedLine('te', 4));
    await titleInput.press('Enter');
    await waitSaved(page);
    const buyId = await buy.getAttribute('data-stage-id');
    const added = (await readTable<TouchpointRow>(page, 'touchpoints')).find((r) => r.title === seedLine('te', 4));
    expect(added?.stageId).toBe(buyId);
    expect(await page.locator('.stage-col', { hasText: 'Buy' }).locator('.stage-name-input').count()).toBe(0);
    // Near the column's edge (clear of its resize handle), the card still stands wholly in the column, not half in the stage before it.
    // (Measured again: the map moved to show the card just added.)
    const shown = (await buy.boundingBox())!;
    await page.mouse.dblclick(shown.x + shown.width * 0.08, shown.y + shown.height * 0.6);
    await titleInput.fill(seedLine('te', 5));
    await titleInput.press('Enter');
    const edge = (await node(page, await touchpointId(page, seedLine('te', 5))).boundingBox())!;
    const after = (await buy.boundingBox())!;
    expect(edge.x).toBeGreaterThan(after.x);
    expect(edge.x + edge.width).toBeLessThan(after.x + after.width);

    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.keyboard.press('f');
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'editor-map.png') });
  });

  it('creates, titles, rates and connects a touchpoint without the mouse', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    await page.locator('.tp-title', { hasText: 'Parcel arrives damaged' }).waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('Tab'); // the first stage's header
    await page.keyboard.press('Tab'); // the first touchpoint in journey order
    const first = (await readTable<TouchpointRow>(page, 'touchpoints')).find(
      (t) => t.title === 'Sees a social ad for the jacket',
    );
    await expectEventually(async () => expect(await node(page, first!.id).getAttribute('class')).toContain('selected'));
    await typeNewTouchpoint(page, 'Clicks the ad');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await waitSaved(page);
    await expectEventually(async () => {
      const created = (await readTable<TouchpointRow>(page, 'touchpoints')).find((t) => t.title === 'Clicks the ad');
      expect(created?.emotion).toBe(3);
      expect(created?.stageId).toBe(first!.stageId);
      const links = await readTable<ConnectionRow>(page, 'connections');
      expect(links.some((c) => c.source === first!.id && c.target === created!.id && c.kind === 'main')).toBe(true);
    });
  });

  it('Escape stops editing the journey title or an inspector field: the text stays and N, S, Escape reach the map again', async () => {
    const { page } = app;
    const hasFocus = (field: Locator) => field.evaluate((el) => el === document.activeElement);
    await page.getByRole('button', { name: 'New journey' }).first().click();
    const title = page.getByRole('textbox', { name: 'Journey title' });
    await title.waitFor();
    // A new journey opens with its title box taken: typing names it. Escape leaves the box with the name, so the
    // N the empty map asks for adds a card (it used to go on typing into the title: "nUntitled…").
    await expectEventually(async () => expect(await hasFocus(title)).toBe(true));
    const name = seedLine('ml', 0);
    await page.keyboard.type(name);
    await page.keyboard.press('Escape');
    expect(await hasFocus(title)).toBe(false);
    expect(await title.inputValue()).toBe(name);
    const cardTitle = seedLine('hy', 0);
    await typeNewTouchpoint(page, cardTitle);

    // The new card is selected; in the inspector, Escape leaves a field the same way, with its words.
    const thoughts = page.getByRole('textbox', { name: 'Thoughts', exact: true });
    await thoughts.click();
    const thought = seedLine('te', 1);
    await page.keyboard.type(thought);
    await page.keyboard.press('Escape');
    expect(await hasFocus(thoughts)).toBe(false);
    expect(await thoughts.inputValue()).toBe(thought);
    expect(await page.locator('.react-flow__node-touchpoint.selected').count()).toBe(1);
    // A second Escape is the map's: the selection goes.
    await page.keyboard.press('Escape');
    await expectEventually(async () => expect(await page.locator('.react-flow__node.selected').count()).toBe(0));

    await waitSaved(page);
    const [journey] = await readTable<Row & { title: string }>(page, 'journeys');
    expect(journey?.title).toBe(name);
    const cards = await readTable<TouchpointRow & { thoughts: string }>(page, 'touchpoints');
    expect(cards.map((c) => [c.title, c.thoughts])).toEqual([[cardTitle, thought]]);
  });

  it('Tab walks the cards in journey order, then goes on out of the map (zoom buttons, inspector), never round again', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'SaaS trial to paid' }).click();
    const cards = await readTable<TouchpointRow>(page, 'touchpoints');
    await page.locator('.react-flow__node-touchpoint').first().waitFor();
    // Read once focus has moved: the map moves it to the card it selects in the next frame.
    const focused = () =>
      page.evaluate(async () => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const el = document.activeElement as HTMLElement | null;
        return {
          label: el?.getAttribute('aria-label') ?? '',
          onMap: !!el?.closest('.react-flow__viewport'),
          inInspector: !!el?.closest('[aria-label="Inspector"]'),
        };
      });
    await page.getByRole('button', { name: 'More tools' }).focus();
    const walked: string[] = [];
    for (let i = 0; i < cards.length + 20; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      walked.push(f.label);
      if (f.inInspector) break;
    }
    // Every stage's header and then its cards, each once (a connection may come first in the window's order), then
    // the zoom buttons, then the inspector.
    const onCards = walked.filter((l) => l.startsWith('Touchpoint '));
    expect(onCards, walked.join('\n')).toHaveLength(cards.length);
    expect(new Set(onCards).size).toBe(cards.length);
    const stages = (await readTable<{ id: string; name: string; order: number }>(page, 'stages')).sort(
      (a, b) => a.order - b.order,
    );
    expect(walked.filter((l) => l.startsWith('Stage '))).toEqual(stages.map((st) => `Stage ${st.name}`));
    const firstCard = cards.find((c) => `Touchpoint ${c.title}` === onCards[0])!;
    expect(walked.indexOf(onCards[0]!)).toBeGreaterThan(
      walked.indexOf(`Stage ${stages.find((st) => st.id === firstCard.stageId)!.name}`),
    );
    expect(walked).toContain('Zoom in');
    expect((await focused()).inInspector).toBe(true);
    // The inspector edits the last card reached.
    const last = onCards.at(-1)!;
    expect(last).toContain(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue());

    // Shift+Tab goes back onto the map, along the cards, and from the first one on to the toolbar.
    for (let i = 0; i < 12 && !(await focused()).onMap; i++) await page.keyboard.press('Shift+Tab');
    expect((await focused()).onMap).toBe(true);
    for (let i = 0; i < cards.length + 10 && (await focused()).onMap; i++) await page.keyboard.press('Shift+Tab');
    const out = await focused();
    expect(out.onMap).toBe(false);
    expect(await page.evaluate(() => !!document.activeElement?.closest('.editor-toolbar'))).toBe(true);
  });

  it('deletes a stage reached with Tab by the Delete key, undone with Ctrl+Z', async () => {
    const { page } = app;
    await newJourney(page, 'Stages by keyboard');
    await page.locator('.react-flow__node-stage').first().waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Stage Discover');
    await page.keyboard.press('Delete');
    await page.getByText('Deleted the stage “Discover”.').first().waitFor();
    await waitSaved(page);
    await expectEventually(async () =>
      expect((await readTable<{ name: string }>(page, 'stages')).map((st) => st.name)).not.toContain('Discover'),
    );
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expectEventually(async () =>
      expect((await readTable<{ name: string }>(page, 'stages')).map((st) => st.name)).toContain('Discover'),
    );
  });

  it('the context menu from the keyboard: Escape gives focus back to the card, Inspect puts it in the inspector', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'SaaS trial to paid' }).click();
    await page.locator('.react-flow__node-touchpoint').first().waitFor();
    await page.locator('body').focus();
    await page.keyboard.press('Tab'); // the first stage's header
    await page.keyboard.press('Tab'); // the first card in journey order
    const activeLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await expect.poll(activeLabel).toMatch(/^Touchpoint /);
    const card = await activeLabel();
    const menu = page.getByRole('menu');
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(card);

    await page.keyboard.press('Shift+F10');
    await menu.getByRole('menuitem', { name: 'Inspect' }).waitFor();
    while (!(await menu.getByRole('menuitem', { name: 'Inspect' }).evaluate((el) => el === document.activeElement)))
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const title = page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('textbox', { name: 'Title', exact: true });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.type(' by keyboard');
    await waitSaved(page);
    await expectEventually(async () =>
      expect((await readTable<TouchpointRow>(page, 'touchpoints')).some((t) => t.title.endsWith(' by keyboard'))).toBe(
        true,
      ),
    );
  });

  it('connects two cards already on the map from the keyboard: Shift+F10, Connect to…, find, choose the kind', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'SaaS trial to paid' }).click();
    await page.locator('.react-flow__node-touchpoint').first().waitFor();
    const cards = await readTable<TouchpointRow>(page, 'touchpoints');
    const before = await readTable<ConnectionRow>(page, 'connections');
    await page.locator('body').focus();
    await page.keyboard.press('Tab'); // the first stage's header
    await page.keyboard.press('Tab'); // the first card in journey order
    const activeLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await expect.poll(activeLabel).toMatch(/^Touchpoint /);
    const label = await activeLabel();
    const source = cards.find((c) => label === `Touchpoint ${c.title}`)!;
    expect(source).toBeDefined();
    const target = cards.find((c) => c.title === 'Compares plans and prices')!;
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    while (!(await menu.getByRole('menuitem', { name: 'Connect to…' }).evaluate((el) => el === document.activeElement)))
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Connect “${source.title}” to…` });
    await dialog.waitFor();
    // Typing finds the card by words of its title; the list follows, the kind is chosen beside it.
    await page.keyboard.type('plans compares');
    await expect
      .poll(() => dialog.getByRole('listbox').locator('option').allTextContents())
      .toEqual([`Convert: ${target.title}`]);
    await dialog.getByLabel('Connection').selectOption({ label: 'Alternative' });
    await dialog.getByRole('searchbox', { name: 'Find a touchpoint' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await waitSaved(page);
    await expectEventually(async () => {
      const added = (await readTable<ConnectionRow>(page, 'connections')).filter(
        (c) => !before.some((b) => b.id === c.id),
      );
      expect(added.map((c) => [c.source, c.target, c.kind])).toEqual([[source.id, target.id, 'alternative']]);
    });
    // Focus is back on the card; the same connection again is refused in a sentence, not added twice.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
    await page.keyboard.press('Shift+F10');
    await menu.getByRole('menuitem', { name: 'Connect to…' }).click();
    await dialog.getByRole('searchbox', { name: 'Find a touchpoint' }).fill('Compares plans');
    await dialog.getByLabel('Connection').selectOption({ label: 'Alternative' });
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog
      .getByRole('alert')
      .getByText(`“${source.title}” already leads to “${target.title}” this way.`)
      .waitFor();
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'connect-dialog.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await readTable(page, 'connections')).toHaveLength(before.length + 1);
    // One undo takes it back.
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expectEventually(async () => expect(await readTable(page, 'connections')).toHaveLength(before.length));
  });

  it('takes a number typed key by key into the inspector, and Tab goes on to the next box', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    const card = page.locator('.tp-title', { hasText: 'Parcel arrives damaged' });
    await card.click();
    const id = await touchpointId(page, 'Parcel arrives damaged');
    await page.locator('.inspector-section > summary', { hasText: 'Metrics' }).click();
    await page.getByLabel('Promoters (9–10)').fill('');
    await page.getByLabel('Promoters (9–10)').click();
    // Key by key, as a person types: every digit is kept, and the keys do not reach the map's shortcuts.
    await page.keyboard.type('45', { delay: 30 });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('id'))).resolves.toBe(
      await page.getByLabel('Passives (7–8)').getAttribute('id'),
    );
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1200', { delay: 30 });
    await waitSaved(page);
    await expectEventually(async () => {
      const row = (
        await readTable<TouchpointRow & { metrics: { nps: { promoters: number; passives: number } } }>(
          page,
          'touchpoints',
        )
      ).find((t) => t.id === id);
      expect(row?.metrics.nps.promoters).toBe(45);
      expect(row?.metrics.nps.passives).toBe(1200);
    });
    // The card typed into is still the one selected.
    expect(await node(page, id).getAttribute('class')).toContain('selected');

    // A click into a box that shows a number selects it, so a digit typed replaces it ("2", not "32" refused).
    // A number refused as it is left ("43" for a friction of 0–5) leaves the friction it had, 2, not the 4 saved
    // on the way.
    const friction = page.getByLabel('Friction (0–5)');
    expect(await friction.inputValue()).not.toBe('');
    for (const typed of ['2', '43']) {
      await friction.click();
      await page.keyboard.type(typed, { delay: 30 });
      await page.keyboard.press('Tab');
      expect(await friction.inputValue()).toBe('2');
      await waitSaved(page);
      await expectEventually(async () => {
        const row = (await readTable<TouchpointRow & { friction: { score: number } }>(page, 'touchpoints')).find(
          (t) => t.id === id,
        );
        expect(row?.friction.score).toBe(2);
      });
    }
  });

  it('copies touchpoints from one journey and pastes them into another, and shows them there', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'SaaS trial to paid' }).click();
    await page.locator('.tp-title').first().waitFor();
    // A card of the last stage, Renew: the new journey's first view shows only its first stages.
    const source = (await readTable<TouchpointRow>(page, 'touchpoints')).find(
      (t) => t.title === 'Gets the annual renewal reminder',
    )!;
    await node(page, source.id).click();
    await page.keyboard.press('Control+c');
    await page.getByRole('button', { name: 'Back to journeys' }).click();
    await newJourney(page, 'Paste target');
    await page.locator('.react-flow__pane').click({ position: { x: 400, y: 400 } });
    await page.keyboard.press('Control+v');
    const pastedCard = page.locator('.tp-title', { hasText: source.title });
    await pastedCard.waitFor();
    // Brought into view, in its stage of the same name.
    const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
    await expectEventually(async () => {
      const box = (await pastedCard.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(canvas.x);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(box.y).toBeGreaterThanOrEqual(canvas.y);
      expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    });
    await waitSaved(page);
    const journeys = await readTable<Row & { title: string }>(page, 'journeys');
    const target = journeys.find((j) => j.title === 'Paste target')!;
    await expectEventually(async () => {
      const pasted = (await readTable<TouchpointRow & { journeyId: string }>(page, 'touchpoints')).filter(
        (t) => t.journeyId === target.id,
      );
      expect(pasted.map((t) => t.title)).toEqual([source.title]);
      expect(pasted[0]!.id).not.toBe(source.id);
      const stages = await readTable<Row & { name: string; journeyId: string }>(page, 'stages');
      expect(stages.find((st) => st.id === pasted[0]!.stageId)).toMatchObject({ name: 'Renew', journeyId: target.id });
    });
  });

  it('a box drawn with Shift over two cards selects those two cards, not the connections leading out of it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    const cards = ['Sees a social ad for the jacket', 'Hears about the shop from a friend'];
    const boxes = [];
    for (const title of cards) {
      const node = page.locator('.react-flow__node', { has: page.locator('.tp-title', { hasText: title }) });
      const b = (await node.boundingBox())!;
      boxes.push({ x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height });
    }
    const left = Math.min(...boxes.map((b) => b.x)) - 12;
    const top = Math.min(...boxes.map((b) => b.y)) - 12;
    const right = Math.max(...boxes.map((b) => b.right)) + 12;
    const bottom = Math.max(...boxes.map((b) => b.bottom)) + 12;
    await page.keyboard.down('Shift');
    await page.mouse.move(left, top);
    await page.mouse.down();
    await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 4 });
    await page.mouse.move(right, bottom, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.getByText('2 items selected.').waitFor();
    expect(await page.locator('.react-flow__edge.selected').count()).toBe(0);
  });

  it('a connection let go on the body of another card joins the two cards', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    await page.locator('.tp-title').first().waitFor();
    const from = await touchpointId(page, 'Hears about the shop from a friend');
    const to = await touchpointId(page, 'Checks out as a guest');
    const before = await readTable<ConnectionRow>(page, 'connections');
    const handle = (await node(page, from).locator('.react-flow__handle.source').boundingBox())!;
    const body = (await node(page, to).boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    // Let go right of the card's middle: well away from its incoming handle on the left.
    const end = { x: body.x + body.width * 0.7, y: body.y + body.height * 0.6 };
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(handle.x + ((end.x - handle.x) * i) / 12, handle.y + ((end.y - handle.y) * i) / 12);
    }
    await page.mouse.up();
    await expectEventually(async () => {
      const after = await readTable<ConnectionRow>(page, 'connections');
      expect(after).toHaveLength(before.length + 1);
      expect(after.find((c) => !before.some((b) => b.id === c.id))).toMatchObject({
        source: from,
        target: to,
        kind: 'main',
      });
    });
  });

  it('auto layout keeps every touchpoint in its stage column, in one undoable step', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    await page.locator('.tp-title').first().waitFor();
    const before = await readTable<TouchpointRow>(page, 'touchpoints');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByRole('button', { name: 'More tools' }).click();
    await page.getByRole('menuitem', { name: 'Auto layout' }).click();
    await page.getByText('Laid out the map.').waitFor();
    // Laid out in a Web Worker (the built one loads under the app's CSP), not on the window's thread.
    expect(workers.some((url) => /auto-layout\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    await waitSaved(page);
    const stages = (await readTable<StageRow>(page, 'stages')).sort((a, b) => a.order - b.order);
    const after = await readTable<TouchpointRow>(page, 'touchpoints');
    expect(
      after.some(
        (t) =>
          before.find((b) => b.id === t.id)!.position.x !== t.position.x ||
          before.find((b) => b.id === t.id)!.position.y !== t.position.y,
      ),
    ).toBe(true);
    let x = 0;
    const columns = new Map(
      stages.map((s) => {
        const c = { x, width: s.width };
        x += s.width;
        return [s.id, c];
      }),
    );
    for (const t of after) {
      const c = columns.get(t.stageId)!;
      expect(t.position.x).toBeGreaterThanOrEqual(c.x);
      expect(t.position.x + 220).toBeLessThanOrEqual(c.x + c.width);
    }
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expectEventually(async () => {
      const undone = await readTable<TouchpointRow>(page, 'touchpoints');
      expect(undone.map((t) => t.position).sort()).toEqual(before.map((t) => t.position).sort());
    });
  });

  it('deletes a stage with its touchpoints only after a confirmation naming the count, and undoes it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    await page.locator('.tp-title').first().waitFor();
    const stages = await readTable<StageRow>(page, 'stages');
    const receive = stages.find((s) => s.name === 'Receive')!;
    const inReceive = (await readTable<TouchpointRow>(page, 'touchpoints')).filter((t) => t.stageId === receive.id);
    await focusStage(page, 'Receive');
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`${inReceive.length} touchpoints will be deleted`).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await readTable(page, 'stages')).toHaveLength(6);
    await page.keyboard.press('Delete');
    await dialog.getByRole('button', { name: `Delete stage and ${inReceive.length} touchpoints` }).click();
    await waitSaved(page);
    await expectEventually(async () => {
      expect(await readTable(page, 'stages')).toHaveLength(5);
      const left = await readTable<TouchpointRow>(page, 'touchpoints');
      expect(left.some((t) => t.stageId === receive.id)).toBe(false);
    });
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await expectEventually(async () => {
      expect(await readTable(page, 'stages')).toHaveLength(6);
      expect(
        (await readTable<TouchpointRow>(page, 'touchpoints')).filter((t) => t.stageId === receive.id),
      ).toHaveLength(inReceive.length);
    });
  });

  it('opens a large journey zoomed out with every card and connection drawn, and its tiles still work', async () => {
    const { page } = app;
    // 400 touchpoints: opened zoomed out, where the far map layer draws the map.
    const { document, dir } = await openGeneratedJourney(app, {
      stages: 10,
      lanes: 20,
      columnsPerStage: 2,
      extra: { alternative: 40, failure: 20, recovery: 15 },
      seed: 400,
      title: seedLine('ml', 2),
    });
    await page.keyboard.press('f');
    // Zoomed far out: every card is a (transparent) tile element, and the far map layer draws the
    // tiles and every connection on one canvas instead of thousands of DOM and SVG elements.
    const farMap = page.locator('canvas.far-map');
    await expectEventually(async () => {
      expect(await page.locator('.tp-tile').count()).toBe(document.touchpoints.length);
      expect(await farMap.getAttribute('data-tiles')).toBe(String(document.touchpoints.length));
      expect(await farMap.getAttribute('data-connections')).toBe(String(document.connections.length));
    });
    expect(await page.locator('.react-flow__edge').count()).toBe(0);

    // The canvas really shows each tile in its card's emotion colour, under the card's element.
    const sample = document.touchpoints[57]!;
    const tile = page.locator(`.react-flow__node[data-id="${sample.id}"]`);
    const box = (await tile.boundingBox())!;
    const pixel = await farMap.evaluate(
      (canvas: HTMLCanvasElement, at) => {
        const r = canvas.getBoundingClientRect();
        const scale = canvas.width / r.width;
        const data = canvas.getContext('2d')!.getImageData((at.x - r.left) * scale, (at.y - r.top) * scale, 1, 1).data;
        return [...data];
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    const hex = emotionColour(sample.emotion).slice(1);
    const expected = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(pixel[3]).toBe(255);
    expected.forEach((channel, i) => expect(Math.abs(pixel[i]! - channel)).toBeLessThanOrEqual(2));

    // Tiles still take clicks and drags: select one, then drag it; the stored row moves.
    await tile.click();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).resolves.toBe(sample.title);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    await expectEventually(async () => {
      const row = (await readTable<TouchpointRow>(page, 'touchpoints')).find((t) => t.id === sample.id);
      expect(row?.position.y).toBeGreaterThan(sample.position.y + 100);
    });

    const minimap = page.getByRole('img', { name: 'Minimap' });
    await minimap.waitFor();
    await page.locator('.curve-lane .curve-svg').waitFor();

    // Pressing on the minimap brings that part of the map into view, and the journey remembers it:
    // beside the journey row (view state is no edit), in the viewports table.
    const viewport = () => page.locator('.react-flow__viewport').evaluate((e) => getComputedStyle(e).transform);
    const [journeyBefore] = await readTable<Row & { updatedAt: number }>(page, 'journeys');
    const before = await viewport();
    await minimap.click({ position: { x: 30, y: 40 } });
    await expectEventually(async () => expect(await viewport()).not.toBe(before));
    const saved = { x: 0, y: 0 };
    await expectEventually(async () => {
      const [row] = await readTable<{ journeyId: string; viewport: { x: number; y: number; zoom: number } | null }>(
        page,
        'viewports',
      );
      const [, , , , x, y] = (await viewport()).match(/-?[\d.e-]+/g)!.map(Number);
      expect(row?.journeyId).toBe(journeyBefore?.id);
      expect(row?.viewport?.x).toBeCloseTo(x!, 0);
      expect(row?.viewport?.y).toBeCloseTo(y!, 0);
      Object.assign(saved, { x: row!.viewport!.x, y: row!.viewport!.y });
    });
    const [journeyAfter] = await readTable<Row & { updatedAt: number }>(page, 'journeys');
    expect(journeyAfter).not.toHaveProperty('viewport');
    expect(journeyAfter?.updatedAt).toBe(journeyBefore?.updatedAt);
    // After a reload the map opens where it was left.
    await page.reload();
    await minimap.waitFor();
    await expectEventually(async () => {
      const [, , , , x, y] = (await viewport()).match(/-?[\d.e-]+/g)!.map(Number);
      expect(x).toBeCloseTo(saved.x, 0);
      expect(y).toBeCloseTo(saved.y, 0);
    });

    // Closer in, cards show their content, and React Flow draws the connections, with arrowheads.
    for (let i = 0; i < 8; i += 1) await page.getByRole('button', { name: /zoom in/i }).click();
    await expectEventually(async () => {
      expect(await page.locator('.tp-tile').count()).toBe(0);
      expect(await farMap.count()).toBe(0);
      const markers = await page
        .locator('.conn')
        .evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).markerEnd))]);
      expect(markers.length).toBeGreaterThan(0);
      expect(markers.every((m) => m.startsWith('url('))).toBe(true);
    });
    await rm(dir, { recursive: true, force: true });
  });

  it('far out on a huge map, the canvas picks cards itself: click, Shift-click, box, double-click and right-click', async () => {
    const { page } = app;
    // 5,100 touchpoints: more than HUGE_MAP_CARDS, so far out the cards keep no element of their own.
    const { document, dir } = await openGeneratedJourney(app, {
      stages: 30,
      lanes: 85,
      columnsPerStage: 2,
      extra: { alternative: 40, failure: 20, recovery: 15 },
      seed: 5100,
      title: seedLine('hy', 1),
    });
    expect(document.touchpoints.length).toBeGreaterThan(HUGE_MAP_CARDS);
    const farMap = page.locator('canvas.far-map');
    await expectEventually(async () =>
      expect(await farMap.getAttribute('data-tiles')).toBe(String(document.touchpoints.length)),
    );
    const cardsShown = page.locator('.react-flow__node-touchpoint');
    expect(await cardsShown.count()).toBe(0);
    // Where a card is on screen: its place on the map through React Flow's viewport.
    const onScreen = (
      t: (typeof document.touchpoints)[number],
      dx = TOUCHPOINT_WIDTH / 2,
      dy = TOUCHPOINT_HEIGHT / 2,
    ) =>
      page.locator('.react-flow__viewport').evaluate(
        (el, p) => {
          const m = new DOMMatrix(getComputedStyle(el).transform);
          const r = el.closest('.react-flow')!.getBoundingClientRect();
          return { x: r.left + m.e + m.a * p.x, y: r.top + m.f + m.d * p.y };
        },
        { x: t.position.x + dx, y: t.position.y + dy },
      );
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    const [first, second] = [document.touchpoints[40]!, document.touchpoints[41]!];

    // Hovering names the card; a click selects it, which gives it its element back (to drag it).
    const at = await onScreen(first);
    await page.mouse.move(at.x, at.y);
    await expectEventually(async () =>
      expect(await page.getByTestId('journey-canvas').getAttribute('title')).toBe(first.title),
    );
    await page.mouse.click(at.x, at.y);
    await expect(title.inputValue()).resolves.toBe(first.title);
    await expectEventually(async () => expect(await cardsShown.count()).toBe(1));
    expect(await cardsShown.getAttribute('data-id')).toBe(first.id);

    // Shift-click adds a second card to the selection.
    const next = await onScreen(second);
    await page.keyboard.down('Shift');
    await page.mouse.click(next.x, next.y);
    await page.keyboard.up('Shift');
    await page.getByText('2 items selected').waitFor();

    // A box drawn with Shift selects the cards wholly inside it.
    const from = await onScreen(first, -4, -4);
    const to = await onScreen(second, TOUCHPOINT_WIDTH + 4, TOUCHPOINT_HEIGHT + 4);
    await page.mouse.click(from.x - 40, from.y - 200); // on the pane above the map: nothing selected
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const boxed = document.touchpoints.filter(
      (t) =>
        t.position.x >= first.position.x - 4 &&
        t.position.y >= first.position.y - 4 &&
        t.position.x <= second.position.x &&
        t.position.y <= second.position.y,
    );
    expect(boxed.length).toBeGreaterThanOrEqual(2);
    await page.getByText(`${boxed.length} items selected`).waitFor();

    // A right-click opens the card's own menu.
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.getByRole('menuitem', { name: /Add connected touchpoint/ }).waitFor();
    await page.keyboard.press('Escape');

    // A double-click brings the card close enough to read, and adds nothing.
    await page.mouse.dblclick(at.x, at.y);
    await expectEventually(async () => {
      const zoom = await page
        .locator('.react-flow__viewport')
        .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
      expect(zoom).toBeCloseTo(1, 2);
      expect(await page.locator(`.react-flow__node[data-id="${first.id}"] .tp-title`).innerText()).toBe(first.title);
    });
    expect(await title.inputValue()).toBe(first.title);
    expect(await readTable(page, 'touchpoints')).toHaveLength(document.touchpoints.length);
    expect(await page.getByTestId('journey-canvas').getAttribute('title')).toBeNull();
    await rm(dir, { recursive: true, force: true });
  });

  it('Fit view shows a map too tall to show whole from its stage headers, and says why', async () => {
    const { page } = app;
    // 3 stages of 450 rows: too tall for the window even at the smallest zoom.
    const { dir } = await openGeneratedJourney(app, {
      stages: 3,
      lanes: 450,
      columnsPerStage: 1,
      extra: { alternative: 0, failure: 0, recovery: 0 },
      seed: 1350,
      title: seedLine('te', 3),
    });
    try {
      const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
      const headerTop = () =>
        page
          .locator('.stage-header')
          .first()
          .evaluate((el) => el.getBoundingClientRect().top);
      for (const opened of [true, false]) {
        if (!opened) {
          // Away from the start, then Fit view again.
          await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
          await page.mouse.wheel(0, 4000);
          await page.keyboard.press('f');
          await page
            .getByRole('region', { name: 'Notifications' })
            .getByText('This map is too large to show whole even zoomed all the way out', { exact: false })
            .waitFor();
        }
        await expectEventually(async () => {
          const top = await headerTop();
          expect(top).toBeGreaterThanOrEqual(canvas.y);
          expect(top).toBeLessThan(canvas.y + 60);
        });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lays out a large map in a worker: the map stays usable meanwhile, and Cancel leaves it as it was', async () => {
    const { page } = app;
    const { document, dir } = await openGeneratedJourney(app, {
      stages: 10,
      lanes: 40,
      columnsPerStage: 2,
      extra: { alternative: 80, failure: 40, recovery: 30 },
      seed: 800,
      title: seedLine('ta', 1),
    });
    await waitSaved(page);
    const before = await readTable<TouchpointRow>(page, 'touchpoints');
    expect(before).toHaveLength(800);

    await page.getByRole('button', { name: 'More tools' }).click();
    await page.getByRole('menuitem', { name: 'Auto layout' }).click();
    const progress = page.getByRole('status').filter({ hasText: 'Laying out 800 touchpoints…' });
    await progress.waitFor();
    // The window is not held: a card still takes a click and shows in the inspector.
    const sample = document.touchpoints[123]!;
    await page.locator(`.react-flow__node[data-id="${sample.id}"]`).click();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).resolves.toBe(sample.title);

    await progress.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Auto layout cancelled; the map is unchanged.').waitFor();
    await progress.waitFor({ state: 'detached' });
    const after = await readTable<TouchpointRow>(page, 'touchpoints');
    expect(after.map((t) => t.position)).toEqual(before.map((t) => t.position));
    await expect(page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).resolves.toBe(true);
    await rm(dir, { recursive: true, force: true });
  });

  it('Select All from the menu selects the whole map, or the text of the field being typed in', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    await page.locator('.tp-title').first().waitFor();
    const items = (await readTable(page, 'touchpoints')).length + (await readTable(page, 'notes')).length;
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await app.menu('select-all');
    await expectEventually(async () => expect(await page.locator('.react-flow__node.selected').count()).toBe(items));

    await page.keyboard.press('Escape');
    await expectEventually(async () => expect(await page.locator('.react-flow__node.selected').count()).toBe(0));
    const title = page.getByRole('textbox', { name: 'Journey title' });
    await title.click();
    await app.menu('select-all');
    const selected = await title.evaluate((el: HTMLInputElement) => [
      el.selectionStart,
      el.selectionEnd,
      el.value.length,
    ]);
    expect(selected).toEqual([0, selected[2], selected[2]]);
    expect(selected[2]).toBeGreaterThan(0);
    expect(await page.locator('.react-flow__node.selected').count()).toBe(0);

    // Undo from the menu: in the search box it takes back the typing, not a step of the journey.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+f');
    const search = page.locator('#search-text');
    await search.waitFor();
    await search.pressSequentially('parcel');
    const before = await readTable(page, 'touchpoints');
    await app.menu('undo');
    // (Chromium takes typing back in chunks; what matters is that the text changed and the map did not.)
    await expectEventually(async () => {
      const value = await search.inputValue();
      expect(value !== 'parcel' && 'parcel'.startsWith(value)).toBe(true);
    });
    expect(await readTable(page, 'touchpoints')).toEqual(before);
  });

  it('search highlights the matching node and dims the rest', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    await page.locator('.tp-title').first().waitFor();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Search text' }).fill('DAMAGED parcel');
    await expectEventually(async () => {
      const matches = page.locator('.tp-node.is-match');
      expect(await matches.count()).toBe(1);
      expect(await matches.first().innerText()).toContain('Parcel arrives damaged');
      expect(await page.locator('.tp-node.is-dimmed').count()).toBeGreaterThan(5);
      // Connection labels with their lines: no connection joins two matches.
      expect(await page.locator('.conn-label').count()).toBeGreaterThan(3);
      expect(await page.locator('.conn-label.is-dimmed').count()).toBe(await page.locator('.conn-label').count());
    });
    await page.getByRole('searchbox', { name: 'Search text' }).press('Enter');
    const id = await touchpointId(page, 'Parcel arrives damaged');
    await expectEventually(async () => expect(await node(page, id).getAttribute('class')).toContain('selected'));
    // Escape clears the search, a second one closes the panel (it stayed open, empty).
    const box = page.getByRole('searchbox', { name: 'Search text' });
    await box.focus();
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => page.locator('.tp-node.is-dimmed').count()).toBe(0);
    expect(await page.locator('.conn-label.is-dimmed').count()).toBe(0);
    const panel = page.getByRole('complementary', { name: 'Search and filter' });
    await panel.waitFor();
    await box.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('says so when a paste into a text box is cut to the box’s limit', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Online order: damaged item and service recovery' }).click();
    const title = page.getByRole('textbox', { name: 'Journey title' });
    await title.waitFor();
    // The paste the browser would cut: 1,200 characters where 1,000 fit (the title is selected, so it is replaced).
    await title.evaluate(
      (el, value) => {
        (el as HTMLInputElement).select();
        const data = new DataTransfer();
        data.setData('text/plain', value);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      seedLine('ta').repeat(100).slice(0, 1200),
    );
    await page
      .getByRole('status')
      .filter({ hasText: 'The pasted text was cut: only 1,000 characters fit here, so the last 200 were left out.' })
      .waitFor();
  });

  it('keeps two windows of the same journey consistent', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'SaaS trial to paid' }).click();
    await page.locator('.tp-title').first().waitFor();
    const second = await page.context().newPage();
    await second.goto(page.url());
    const t = (await readTable<TouchpointRow>(page, 'touchpoints'))[0]!;
    await node(second, t.id).waitFor();
    await node(page, t.id).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Edited in the first window');
    await waitSaved(page);
    await second.locator('.tp-title', { hasText: 'Edited in the first window' }).waitFor();

    // The second window renames it again; undo in the first would bring back its older title over
    // that newer one, so it is refused with a word of explanation, and the stored row keeps the newer title.
    await node(second, t.id).click();
    await second.getByRole('textbox', { name: 'Title', exact: true }).fill('Edited in the second window');
    await waitSaved(second);
    await page.locator('.tp-title', { hasText: 'Edited in the second window' }).waitFor();
    await node(page, t.id).click();
    await page.keyboard.press('Control+z');
    await page
      .getByText('someone else (another window, or a participant of a live session) has changed the same items since')
      .waitFor();
    await waitSaved(page);
    const row = (await readTable<TouchpointRow>(page, 'touchpoints')).find((r) => r.id === t.id);
    expect(row?.title).toBe('Edited in the second window');
    await second.close();
  });

  it('two windows typing in one touchpoint’s thoughts at once: each window’s words once, in order, in both windows and storage', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'SaaS trial to paid' }).click();
    await page.locator('.tp-title').first().waitFor();
    const second = await page.context().newPage();
    await second.goto(page.url());
    const t = (await readTable<TouchpointRow & { thoughts: string }>(page, 'touchpoints'))[1]!;
    const boxes: Locator[] = [];
    for (const p of [page, second]) {
      await node(p, t.id).click();
      const box = p.getByRole('textbox', { name: 'Thoughts', exact: true });
      await box.click();
      await p.keyboard.press('End');
      boxes.push(box);
    }
    // Key by key in turns, each key written at once: the writes and the other window's word of them cross.
    const words = ['AAAA aaaa ', 'BBBB bbbb '] as const;
    for (let i = 0; i < words[0].length; i++) {
      await page.keyboard.type(words[0][i]!);
      await second.keyboard.type(words[1][i]!);
    }
    await waitSaved(page);
    await waitSaved(second);
    await expectEventually(async () => {
      const stored = (await readTable<TouchpointRow & { thoughts: string }>(page, 'touchpoints')).find(
        (r) => r.id === t.id,
      )!.thoughts;
      expect(await boxes[0]!.inputValue()).toBe(stored);
      expect(await boxes[1]!.inputValue()).toBe(stored);
      expect(stored.startsWith(t.thoughts)).toBe(true);
      const typed = stored.slice(t.thoughts.length);
      expect(typed).toHaveLength(20);
      expect(typed.replace(/[^Aa]/g, '')).toBe('AAAAaaaa');
      expect(typed.replace(/[^Bb]/g, '')).toBe('BBBBbbbb');
    });
    await second.close();
  });

  it('Add stage in the toolbar shows the new stage at the end of a wide map, its name ready to type over', async () => {
    const { page } = app;
    await openTemplate(page);
    const before = await readTable<{ id: string; name: string }>(page, 'stages');
    const tamil = seedLine('ta', 2).slice(0, 40).trim();
    await page.getByRole('button', { name: 'Add stage', exact: true }).click();
    const box = page.locator('.stage-name-input');
    await box.waitFor();
    await expectEventually(async () => expect(await box.evaluate((e) => e === document.activeElement)).toBe(true));
    await page.keyboard.type(tamil);
    await page.keyboard.press('Enter');
    await box.waitFor({ state: 'detached' });
    await waitSaved(page);
    const after = await readTable<{ id: string; name: string }>(page, 'stages');
    // One stage added (Enter named it, it did not add another), named as typed.
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((s) => !before.some((b) => b.id === s.id))!;
    expect(added.name).toBe(tamil);
    // Its header is on screen, inside the canvas.
    const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
    const header = (await page.locator(`[data-stage-id="${added.id}"] .stage-header`).boundingBox())!;
    expect(header.x).toBeGreaterThanOrEqual(canvas.x);
    expect(header.x + 100).toBeLessThanOrEqual(canvas.x + canvas.width);
  });
});
