/**
 * The canvas's headers stay within reach: a stage header takes the click
 * that lands on it at every zoom the canvas allows (nothing drawn over it),
 * and the "Add lanes" button left of the first stage is in view when a
 * journey first opens. A connection's label is not drawn under the cards
 * either.
 */
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, shutdown, type AppHandle } from '../support/app';
import {
  clickStageHeader,
  expectEventually,
  newJourney,
  openTemplate,
  readTable,
  waitSaved,
} from '../support/e2e-helpers';
import { SEED_PHRASE, seedLine } from '../fixtures/seed-text';
import { ROOT } from '../support/paths';

interface StageRow {
  id: string;
  name: string;
  order: number;
}
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const shots = path.join(ROOT, 'test-results');
const inside = (box: Box, area: Box) =>
  box.x >= area.x &&
  box.y >= area.y &&
  box.x + box.width <= area.x + area.width &&
  box.y + box.height <= area.y + area.height;

/** The zoom the canvas is drawn at, read from React Flow's viewport transform. */
const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrixReadOnly(getComputedStyle(e).transform).a);

/** The size a control's text is drawn at on screen: its CSS font size times the zoom and scaling it is drawn under. */
const renderedFontSize = (page: Page, name: string) =>
  page
    .getByRole('button', { name })
    .evaluate(
      (el: HTMLElement) =>
        (parseFloat(getComputedStyle(el).fontSize) * el.getBoundingClientRect().width) / el.offsetWidth,
    );

/** Whether each corner of an element's box (`inset` px in), then its centre, shows the element, not something over it. */
const showsItself = (target: Locator, inset: number) =>
  target.evaluate((el, inset) => {
    const r = el.getBoundingClientRect();
    const points = [
      [r.left + inset, r.top + inset],
      [r.right - inset, r.top + inset],
      [r.left + inset, r.bottom - inset],
      [r.right - inset, r.bottom - inset],
      [r.left + r.width / 2, r.top + r.height / 2],
    ] as const;
    return points.map(([x, y]) => el.contains(document.elementFromPoint(x, y)));
  }, inset);

/** Opens the journey again at this viewport, as if the canvas had been left there. */
async function reopenAt(page: Page, journeyId: string, viewport: { x: number; y: number; zoom: number }) {
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('waymark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('viewports', 'readwrite');
          tx.objectStore('viewports').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { journeyId, viewport },
  );
  await page.reload();
  await page.locator('.stage-header').first().waitFor();
  await expectEventually(async () => expect(await zoomOf(page)).toBeCloseTo(viewport.zoom, 3));
}

/** Where a user would click a stage header: the centre of its name and near its left and right edges. */
async function headerPoints(page: Page, stageId: string) {
  return page.locator(`.stage-col[data-stage-id="${stageId}"] .stage-header`).evaluate((header) => {
    const box = header.getBoundingClientRect();
    const text = [...header.querySelector('.stage-name-text')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const name = range.getBoundingClientRect();
    return {
      header: { x: box.x, y: box.y, width: box.width, height: box.height },
      points: [
        { where: 'name', x: name.x + name.width / 2, y: name.y + name.height / 2 },
        { where: 'left edge', x: box.x + box.width * 0.1, y: box.y + box.height / 2 },
        { where: 'right edge', x: box.x + box.width * 0.9, y: box.y + box.height / 2 },
      ],
    };
  });
}

/** What is under a screen point, said as a class list ("nothing" outside the page). */
const hitAt = (page: Page, stageId: string, x: number, y: number) =>
  page.evaluate(
    ({ stageId, x, y }) => {
      const hit = document.elementFromPoint(x, y);
      const header = document.querySelector(`.stage-col[data-stage-id="${stageId}"] .stage-header`);
      return header?.contains(hit) ? 'header' : (hit?.className.toString() ?? 'nothing');
    },
    { stageId, x, y },
  );

/**
 * Clicks every stage header in view at its name and near its edges, and
 * checks that the header is what is under the pointer and that the click
 * selected its stage (highlighted column, the stage in the inspector). The
 * pane is clicked in between, so each click has to select anew. Returns how
 * many headers were in view.
 */
async function clickHeadersInView(page: Page, stages: StageRow[], label: string): Promise<number> {
  const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
  const inspectorName = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Name' });
  const selected = page.locator('.stage-col.is-selected');
  let inView = 0;
  for (const stage of stages) {
    const { header, points } = await headerPoints(page, stage.id);
    if (!inside(header, canvas)) continue;
    inView += 1;
    for (const p of points) {
      const at = `${label}, stage ${stage.name}, ${p.where}`;
      await page.mouse.click(canvas.x + 8, canvas.y + 8);
      await expectEventually(async () => expect(await selected.count(), at).toBe(0));
      expect(await hitAt(page, stage.id, p.x, p.y), at).toBe('header');
      await page.mouse.click(p.x, p.y);
      await expectEventually(async () => {
        expect(await selected.getAttribute('data-stage-id'), at).toBe(stage.id);
        expect(await inspectorName.inputValue(), at).toBe(stage.name);
      });
    }
  }
  // A double-click on the first stage's name opens its rename field; Escape leaves the name as it was.
  const first = stages[0]!;
  const [name] = (await headerPoints(page, first.id)).points;
  if (inside({ x: name!.x, y: name!.y, width: 0, height: 0 }, canvas)) {
    await page.mouse.dblclick(name!.x, name!.y);
    const rename = page.getByRole('textbox', { name: 'Stage name' });
    await rename.waitFor({ timeout: 3000 });
    expect(await rename.inputValue(), label).toBe(first.name);
    await rename.press('Escape');
    await rename.waitFor({ state: 'detached' });
  }
  return inView;
}

describe('canvas headers', () => {
  let app: AppHandle;
  beforeEach(async () => {
    app = await launchApp({ viewport: { width: 1280, height: 800 } });
  });
  afterEach(async () => app.close());
  afterAll(shutdown);

  it('a click on a stage header selects its stage at every zoom, from the first view to the closest', async () => {
    const { page } = app;
    await newJourney(page, seedLine('ta', 1));
    // Names in two scripts, one long enough to wrap in its header (the two stages the first view shows whole).
    await clickStageHeader(page, 'Choose');
    const inspectorName = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Name' });
    await inspectorName.fill(SEED_PHRASE.tamil);
    await clickStageHeader(page, 'Discover');
    await inspectorName.fill(SEED_PHRASE.armenian);
    await waitSaved(page);
    const stages = (await readTable<StageRow>(page, 'stages')).sort((a, b) => a.order - b.order);
    expect(stages.map((s) => s.name)).toContain(SEED_PHRASE.tamil);
    const [journey] = await readTable<{ id: string }>(page, 'journeys');

    // The first view (no saved viewport) of a new journey: its first stages at 100 %, names readable.
    const first = await zoomOf(page);
    expect(first).toBeCloseTo(1, 3);
    expect(await clickHeadersInView(page, stages, `first view (zoom ${first.toFixed(3)})`)).toBeGreaterThanOrEqual(2);
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'canvas-headers-first-view.png') });

    // From the canvas's smallest zoom (0.05) to its largest (2.5).
    for (const zoom of [0.05, 0.3, 0.6, 1.5, 2.5]) {
      await reopenAt(page, journey!.id, { x: 24, y: 48, zoom });
      const inView = await clickHeadersInView(page, stages, `zoom ${zoom}`);
      expect(inView, `zoom ${zoom}`).toBeGreaterThan(0);
    }
  }, 180_000);

  it('a connection and its label are not drawn under cards: between stages, and past a card stacked between two', async () => {
    const { page } = app;
    const cases = [
      {
        // A failure line from "Invites the team" to the next stage's "Hits the trial's seat limit", side to side.
        template: 'SaaS trial to paid',
        card: 'Hits the trial’s seat limit',
        label: 'Team larger than the trial allows',
        past: null,
      },
      {
        // A failure line from the stage's third card up to its first, past the second.
        template: 'Կապի օպերատորի փոխում. բջջային կապ և ինտերնետ',
        card: 'Նոր օպերատորն ավարտում է փոխանցումը նույն օրը և փոխհատուցում',
        label: 'Համարը չի փոխանցվել',
        past: 'Նոր օպերատորն ավարտում է փոխանցումը նույն օրը և փոխհատուցում',
      },
      {
        // A recovery line from the Order stage's failed payment up to the next stage's first card: a Telugu label
        // wider than the gap between the two cards, so it wraps onto three lines there.
        template: 'బేకరీ కేక్ ఆర్డర్: పుట్టినరోజు నుండి నమ్మకమైన కస్టమర్ వరకు',
        card: 'వేడుకకు గంట ముందే కేక్ ఇంటికి',
        label: 'దుకాణంలో క్యూఆర్ కోడ్‌తో చెల్లింపు',
        past: null,
      },
    ];
    for (const c of cases) {
      if (c !== cases[0]) {
        // Back in a library that has a journey, the templates are behind their button.
        await page.getByRole('button', { name: 'Back to journeys' }).click();
        await page.getByRole('button', { name: 'Templates' }).click();
      }
      await openTemplate(page, c.template, c.card);
      const journeys = await readTable<{ id: string; title: string }>(page, 'journeys');
      const journey = journeys.find((j) => j.title === c.template)!;
      const cards = await readTable<{ title: string; journeyId: string; position: { x: number; y: number } }>(
        page,
        'touchpoints',
      );
      const card = cards.find((t) => t.journeyId === journey.id && t.title === c.card)!;
      const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
      for (const zoom of [0.6, 1.2]) {
        // The card at the middle of the canvas.
        const x = canvas.width / 2 - (card.position.x + 110) * zoom;
        const y = canvas.height / 2 - (card.position.y + 48) * zoom;
        await reopenAt(page, journey.id, { x, y, zoom });
        const at = `${c.template}, zoom ${zoom}`;
        const label = page.locator('.conn-label', { hasText: c.label });
        await label.waitFor();
        // Each corner of the label's box (2 px in) and its centre show the label, not a card drawn over it.
        expect(await showsItself(label, 2), at).toEqual([true, true, true, true, true]);
        // All of it is shown: wrapped within the room it has, not cut short.
        expect(await label.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), at).toBe(true);
        if (!c.past) continue;
        // The line itself goes round the card between its ends: none of it is under that card.
        const middle = (await page.locator('.react-flow__node-touchpoint', { hasText: c.past }).boundingBox())!;
        const under = await page
          .locator('.react-flow__edge-path.conn-failure')
          .evaluate((path: SVGPathElement, box) => {
            const matrix = path.getScreenCTM()!;
            const length = path.getTotalLength();
            let count = 0;
            for (let d = 0; d <= length; d += 4) {
              const p = path.getPointAtLength(d).matrixTransform(matrix);
              if (p.x > box.x + 2 && p.x < box.x + box.width - 2 && p.y > box.y + 2 && p.y < box.y + box.height - 2)
                count += 1;
            }
            return count;
          }, middle);
        expect(under, at).toBe(0);
      }
      await page.screenshot({ path: path.join(shots, `canvas-connection-label-${cases.indexOf(c) + 1}.png`) });
    }
  });

  it("a stage's resize handle takes the pointer across its whole width, zoomed out too, and a drag stores the new width", async () => {
    const { page } = app;
    await newJourney(page, seedLine('ml', 2));
    await waitSaved(page);
    const [journey] = await readTable<{ id: string }>(page, 'journeys');
    const widthOf = async (id: string) =>
      (await readTable<StageRow & { width: number }>(page, 'stages')).find((s) => s.id === id)!.width;
    for (const zoom of [0.3, 1]) {
      await reopenAt(page, journey!.id, { x: 24, y: 48, zoom });
      const stages = (await readTable<StageRow & { width: number }>(page, 'stages')).sort((a, b) => a.order - b.order);
      const stage = stages[0]!;
      const handle = page.locator(`.stage-col[data-stage-id="${stage.id}"] .stage-resize`);
      const box = (await handle.boundingBox())!;
      // 10 map units: 3 px at 30 %, every one of them the handle's (half of it used to be under the next stage).
      expect(box.width).toBeCloseTo(10 * zoom, 1);
      const y = box.y + box.height / 2;
      const hits = await handle.evaluate(
        (el, points) => points.map((x) => el === document.elementFromPoint(x, points[3]!)),
        // Its last pixel may meet the next column's border, which rounds onto it.
        [box.x + 0.5, box.x + box.width / 2, box.x + box.width - 1, y],
      );
      expect(hits.slice(0, 3), `zoom ${zoom}`).toEqual([true, true, true]);
      const before = await widthOf(stage.id);
      await page.mouse.move(box.x + box.width / 2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 30, y, { steps: 3 });
      await page.mouse.move(box.x + box.width / 2 + 60, y, { steps: 3 });
      await page.mouse.up();
      await expectEventually(async () => expect(await widthOf(stage.id)).toBeCloseTo(before + 60 / zoom, -1));
    }
  });

  it('opens a journey without lanes with its Add lanes button whole and in view, at 1280×800 and 1440×900', async () => {
    const { page } = app;
    const sizes = [
      { width: 1280, height: 800 },
      { width: 1440, height: 900 },
    ];
    for (const [i, size] of sizes.entries()) {
      await page.setViewportSize(size);
      if (i > 0) await page.getByRole('button', { name: 'Back to journeys' }).click();
      await newJourney(page, `${seedLine('te', i)} ${size.width}`);
      await waitSaved(page);
      const at = `${size.width}×${size.height}`;
      const button = page.getByRole('button', { name: 'Add lanes (blueprint)' });
      const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
      const box = (await button.boundingBox())!;
      expect(inside(box, canvas), `${at}: button ${JSON.stringify(box)} in canvas ${JSON.stringify(canvas)}`).toBe(
        true,
      );
      // Nothing is drawn over it either: each corner (1 px in) and its centre are the button.
      expect(await showsItself(button, 1), at).toEqual([true, true, true, true, true]);
      // The new journey opens at 100 %, so the map's names read as well as the button's.
      expect(await zoomOf(page), at).toBeCloseTo(1, 3);
      expect(await renderedFontSize(page, 'Add lanes (blueprint)'), at).toBeGreaterThanOrEqual(11);
      await mkdir(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, `canvas-headers-add-lanes-${size.width}.png`) });
      // Zoomed out, Fit View (the zoom controls' button) comes back to the first view, the button whole.
      const firstZoom = await zoomOf(page);
      await page.locator('.react-flow__controls-zoomout').click();
      await expectEventually(async () => expect(await zoomOf(page), `${at}, zoomed out`).toBeLessThan(firstZoom));
      await page.locator('.react-flow__controls-fitview').click();
      await expectEventually(async () => {
        expect(await zoomOf(page), `${at}, Fit View`).toBeCloseTo(firstZoom, 3);
        const fitted = (await button.boundingBox())!;
        expect(inside(fitted, canvas), `${at}, Fit View: button ${JSON.stringify(fitted)}`).toBe(true);
      });
    }

    // Zoomed out to 20 %, it keeps its size on screen; clicked there, it makes the journey a blueprint: its
    // cards' Customer lane and a second lane.
    const [journey] = (await readTable<{ id: string; title: string }>(page, 'journeys')).filter((j) =>
      j.title.endsWith(' 1440'),
    );
    await reopenAt(page, journey!.id, { x: 240, y: 48, zoom: 0.2 });
    expect(await renderedFontSize(page, 'Add lanes (blueprint)')).toBeGreaterThanOrEqual(11);
    await page.getByRole('button', { name: 'Add lanes (blueprint)' }).click();
    await expectEventually(async () => {
      const lanes = await readTable<{ journeyId: string; name: string }>(page, 'lanes');
      expect(lanes.map((l) => l.name).sort()).toEqual(['Customer', 'Lane 2']);
      expect(new Set(lanes.map((l) => l.journeyId))).toEqual(new Set([journey!.id]));
    });
  });
});
