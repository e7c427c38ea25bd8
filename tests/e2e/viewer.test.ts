/**
 * The interactive viewer in Chromium, opened as a client would: the saved
 * .html file from disk (file://), with every request the page makes counted.
 * A journey whose every text is an HTML or script payload must run nothing;
 * the map, stages, details, search and persona toggles must work by mouse
 * and by keyboard. The last test exports a viewer from the app itself.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../renderer/src/domain/model';
import { buildViewerHtml } from '../../renderer/src/exports/viewer/build';
import { VIEWER_IDS } from '../../renderer/src/exports/viewer/data';
import { launchApp, shutdown } from '../support/app';
import { expectEventually, openTemplate, ORDER_TEMPLATE } from '../support/e2e-helpers';
import { CHROMIUM_ARGS, chromiumPath } from '../support/paths';
import { loadReportFontsNode } from '../unit/reports/load-fonts';
import { payloadJourney, seedJourney, XSS_PAYLOADS } from '../fixtures/viewer-journeys';
import { SEED_PHRASE } from '../fixtures/seed-text';

interface Opened {
  page: Page;
  /** Every request the page made, its own file excepted (data: URLs are not requests). */
  requests: string[];
  dialogs: string[];
  errors: string[];
}

let browser: Browser;
let dir: string;
const fonts = loadReportFontsNode();

async function openViewer(
  doc: JourneyDocument,
  name: string,
  readyTimeout = 10_000,
  beforeOpen?: (page: Page) => Promise<unknown>,
): Promise<Opened> {
  const file = path.join(dir, `${name}.html`);
  const html = buildViewerHtml(doc, { fonts, date: '1 March 2026' });
  await writeFile(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const opened: Opened = { page: await context.newPage(), requests: [], dialogs: [], errors: [] };
  const { page } = opened;
  // The file itself is served as is; anything else the page asks for is counted and refused.
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    opened.requests.push(route.request().url());
    return route.abort();
  });
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) opened.requests.push(r.url());
  });
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  // Records CSP violations: a payload parsed as markup would try to run and be refused.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective}`));
  });
  await beforeOpen?.(page);
  // A large file is read on after its map is shown: wait for the map, not for the load event.
  await page.goto(url, readyTimeout > 10_000 ? { waitUntil: 'commit' } : {});
  await page.locator('html[data-viewer="ready"]').waitFor({ timeout: readyTimeout });
  return opened;
}

async function nothingRan(o: Opened) {
  const state = await o.page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __violations: string[] };
    return { xss: w.__xss ?? null, violations: w.__violations };
  });
  expect(state.xss).toBeNull();
  expect(state.violations).toEqual([]);
  expect(o.dialogs).toEqual([]);
  expect(o.requests).toEqual([]);
  expect(o.errors).toEqual([]);
}

const zoom = (page: Page) =>
  page
    .locator('#zoom-level')
    .textContent()
    .then((t) => parseInt(t ?? '0', 10));
const translate = (page: Page) =>
  page.locator('#map-canvas').evaluate((el) => {
    const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec((el as HTMLElement).style.transform);
    return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
  });
const activeTp = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['tp'] ?? null);
const detailsTitle = (page: Page) => page.locator('#details .record-title').textContent();
/** Text as the viewer prints it on one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('interactive viewer', () => {
  beforeAll(async () => {
    const executablePath = chromiumPath();
    if (!executablePath)
      throw new Error('Chromium is missing: install it (apt-get install chromium) or set CHROME_PATH.');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    dir = await mkdtemp(path.join(os.tmpdir(), 'waymark-viewer-'));
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
    await shutdown();
  });

  it('runs none of the HTML and script payloads in a journey, shows them as text and makes no request', async () => {
    const doc = payloadJourney();
    const o = await openViewer(doc, 'payloads');
    const { page } = o;
    expect(await page.title()).toBe(doc.journey.title);
    await expect(page.locator('h1').textContent()).resolves.toBe(doc.journey.title);
    expect(await page.locator('button.card-hit').count()).toBe(doc.touchpoints.length);

    // Open every touchpoint: its details show the payloads as plain text.
    for (const t of doc.touchpoints) {
      await page.locator(`button.card-hit[data-tp="${t.id}"]`).click();
      await expect(detailsTitle(page)).resolves.toBe(oneLine(t.title));
      const text = await page.locator('#details-body').textContent();
      expect(text).toContain(t.thoughts.trim());
      await page.keyboard.press('Escape');
      await page.locator('#details').waitFor({ state: 'hidden' });
    }
    // Search every payload, open the first result, switch every curve line off and on.
    for (const p of XSS_PAYLOADS) {
      await page.locator('#search').fill(p.slice(0, 12));
      await page.locator('#search').press('Enter');
    }
    for (const box of await page.locator('input[data-series]').all()) {
      await box.click();
      await box.click();
    }
    await page.mouse.move(400, 500);
    await page.mouse.wheel(0, -300);
    await nothingRan(o);
    await page.context().close();
  });

  it('pans and zooms the map with the mouse, the wheel, the buttons and the keys', async () => {
    const o = await openViewer(seedJourney(200), 'seed-pan');
    const { page } = o;
    const before = await zoom(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom(page)).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoom(page)).toBeLessThan(before);

    const box = (await page.locator('#map-viewport').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const wheelBefore = await zoom(page);
    await page.mouse.wheel(0, -200);
    await expectEventually(async () => expect(await zoom(page)).toBeGreaterThan(wheelBefore));

    // A drag moves the map, even when it starts on a card, and opens nothing.
    const start = (await translate(page))!;
    // The first card wholly in view.
    const card = await page.evaluate(() => {
      const view = document.getElementById('map-viewport')!.getBoundingClientRect();
      for (const c of Array.from(document.querySelectorAll('button.card-hit'))) {
        const r = c.getBoundingClientRect();
        if (r.left > view.left && r.top > view.top && r.right < view.right && r.bottom < view.bottom)
          return { x: r.left + 20, y: r.top + 20 };
      }
      return null;
    });
    expect(card).not.toBeNull();
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className, card!)).toBe('card-hit');
    await page.mouse.move(card!.x, card!.y);
    await page.mouse.down();
    await page.mouse.move(card!.x - 100, card!.y - 60, { steps: 5 });
    await page.mouse.up();
    const dragged = (await translate(page))!;
    expect(dragged.x).toBeCloseTo(start.x - 100, 0);
    expect(dragged.y).toBeCloseTo(start.y - 60, 0);
    expect(await page.locator('#details').isHidden()).toBe(true);

    // Keys on the map itself: arrows pan, + and − zoom, 0 fits the whole map.
    await page.locator('#map-viewport').focus();
    await page.keyboard.press('ArrowLeft');
    expect((await translate(page))!.x).toBeCloseTo(dragged.x + 80, 0);
    await page.keyboard.press('ArrowUp');
    expect((await translate(page))!.y).toBeCloseTo(dragged.y + 80, 0);
    const keyBefore = await zoom(page);
    await page.keyboard.press('+');
    expect(await zoom(page)).toBeGreaterThan(keyBefore);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await zoom(page)).toBeLessThan(keyBefore);
    await page.keyboard.press('0');
    const fitted = (await page.locator('#map-canvas svg').boundingBox())!;
    const view = (await page.locator('#map-viewport').boundingBox())!;
    expect(fitted.width).toBeLessThanOrEqual(view.width + 1);
    expect(fitted.height).toBeLessThanOrEqual(view.height + 1);
    await nothingRan(o);
    await page.context().close();
  });

  it('moves stage by stage with the stage bar, its arrows, the keyboard and Page Up/Down', async () => {
    const doc = seedJourney(200);
    const o = await openViewer(doc, 'seed-stages');
    const { page } = o;
    const links = page.locator('button.stage-link');
    expect(await links.count()).toBe(10);
    const visible = async (i: number) => {
      const stageId = await links.nth(i).getAttribute('data-stage');
      const first = doc.touchpoints.find((t) => t.stageId === stageId)!;
      const card = (await page.locator(`button.card-hit[data-tp="${first.id}"]`).boundingBox())!;
      const view = (await page.locator('#map-viewport').boundingBox())!;
      expect(card.x).toBeGreaterThanOrEqual(view.x);
      expect(card.x + card.width).toBeLessThanOrEqual(view.x + view.width);
    };
    const current = () =>
      page
        .locator('button.stage-link[aria-current="true"] .stage-no')
        .textContent()
        .then((t) => Number(t));

    await links.nth(7).click();
    expect(await current()).toBe(8);
    await visible(7);
    await page.getByRole('button', { name: 'Previous stage' }).click();
    expect(await current()).toBe(7);
    await visible(6);
    await page.getByRole('button', { name: 'Next stage' }).click();
    expect(await current()).toBe(8);

    // Keyboard: Tab to a stage, Enter.
    await links.nth(8).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await current()).toBe(8);
    await links.nth(9).focus();
    await page.keyboard.press('Enter');
    expect(await current()).toBe(10);
    await visible(9);

    // On the map: Page Up goes to the stage before and its first card.
    await page.locator('#map-viewport').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('PageUp');
    expect(await current()).toBe(9);
    const ninth = doc.touchpoints.find((t) => t.stageId === doc.stages[8]!.id)!;
    expect(await activeTp(page)).toBe(ninth.id);
    await visible(8);
    await nothingRan(o);
    await page.context().close();
  });

  it('opens a touchpoint with a click or Enter, moves between cards with the arrows and closes with Escape', async () => {
    const doc = seedJourney(40);
    const o = await openViewer(doc, 'seed-details');
    const { page } = o;
    const inStage = (s: number) => doc.touchpoints.filter((t) => t.stageId === doc.stages[s]!.id);
    const title = (id: string) => oneLine(doc.touchpoints.find((t) => t.id === id)!.title);

    await page.locator(`button.card-hit[data-tp="${inStage(2)[1]!.id}"]`).click();
    await expect(detailsTitle(page)).resolves.toBe(title(inStage(2)[1]!.id));
    const body = (await page.locator('#details-body').textContent())!;
    for (const field of ['Description', 'Emotion', 'Emotion per persona', 'Thoughts', 'Pain points', 'Friction']) {
      expect(body).toContain(field);
    }
    expect(body).toContain(inStage(2)[1]!.thoughts);
    // An empty field shows a muted dash, and a face is 18 px, both from the stylesheet.
    const drawn = await page.locator('#details-body').evaluate((panel) => {
      const empty = panel.querySelector('.field.empty dd')!;
      const face = panel.querySelector('.emotion svg')!.getBoundingClientRect();
      const muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim();
      const dash = getComputedStyle(empty, '::before');
      return { dash: dash.content, colour: dash.color, muted, face: [face.width, face.height] };
    });
    expect(drawn.dash).toBe('"–"');
    expect(drawn.colour).toBe('rgb(92, 99, 106)');
    expect(drawn.muted).toBe('#5c636a');
    expect(drawn.face).toEqual([18, 18]);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('record-title');
    const opened = page.locator(`button.card-hit[data-tp="${inStage(2)[1]!.id}"]`);
    expect(await opened.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Close details' }).click();
    expect(await page.locator('#details').isHidden()).toBe(true);
    expect(await opened.getAttribute('aria-expanded')).toBe('false');

    // Keyboard only: into the map, to the first card, down, right, Enter, Escape.
    await page.locator('#map-viewport').focus();
    await page.keyboard.press('Tab');
    expect(await activeTp(page)).toBe(inStage(2)[1]!.id);
    await page.keyboard.press('Home');
    expect(await activeTp(page)).toBe(inStage(2)[0]!.id);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await activeTp(page)).toBe(inStage(2)[2]!.id);
    await page.keyboard.press('ArrowRight');
    expect(await activeTp(page)).toBe(inStage(3)[2]!.id);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await activeTp(page)).toBe(inStage(1)[2]!.id);
    await page.keyboard.press('Enter');
    await expect(detailsTitle(page)).resolves.toBe(title(inStage(1)[2]!.id));
    await page.keyboard.press('Escape');
    expect(await page.locator('#details').isHidden()).toBe(true);
    expect(await activeTp(page)).toBe(inStage(1)[2]!.id);
    await page.keyboard.press(' ');
    await expect(detailsTitle(page)).resolves.toBe(title(inStage(1)[2]!.id));
    // The details name the touchpoints it connects to; one opens with a click, the next with Enter.
    const next = doc.connections.find((c) => c.source === inStage(1)[2]!.id)!.target;
    await page.locator(`#details button.goto[data-goto="${next}"]`).click();
    await expect(detailsTitle(page)).resolves.toBe(title(next));
    const after = doc.connections.find((c) => c.source === next)!.target;
    await page.locator(`#details button.goto[data-goto="${after}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(detailsTitle(page)).resolves.toBe(title(after));
    await page.keyboard.press('Escape');

    // A card under the details panel moves out from under it when opened.
    const hidden = page.locator(`button.card-hit[data-tp="${inStage(5)[0]!.id}"]`);
    const panelLeft = 1280 - 440;
    expect((await hidden.boundingBox())!.x + (await hidden.boundingBox())!.width).toBeGreaterThan(panelLeft);
    await hidden.click();
    await expect(detailsTitle(page)).resolves.toBe(title(inStage(5)[0]!.id));
    const moved = (await hidden.boundingBox())!;
    expect(moved.x + moved.width).toBeLessThan((await page.locator('#details').boundingBox())!.x);
    await nothingRan(o);
    await page.context().close();
  });

  it('searches every text in any script, lists and marks the matches, and opens one by Enter or click', async () => {
    const doc = seedJourney(200);
    const o = await openViewer(doc, 'seed-search');
    const { page } = o;
    const search = page.getByLabel('Search touchpoints');
    await search.fill('Fix step 121');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('1 touchpoint matches.');
    const target = doc.touchpoints.find((t) => t.opportunities.some((p) => p.text === 'Fix step 121'))!;
    expect(await page.locator('button.card-hit.match').count()).toBe(1);
    expect(await page.locator('button.card-hit.match').getAttribute('data-tp')).toBe(target.id);
    await search.press('Enter');
    await expect(detailsTitle(page)).resolves.toBe(oneLine(target.title));
    await page.keyboard.press('Escape');

    // Tamil: a word from the seed text, matched in titles, descriptions and thoughts alike.
    const word = SEED_PHRASE.tamil.split(' ')[0]!;
    const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
    const expected = doc.touchpoints.filter((t) =>
      [t.title, t.description, t.thoughts, stageName.get(t.stageId)!, ...t.painPoints.map((p) => p.text)].some((s) =>
        s.includes(word),
      ),
    );
    expect(expected.length).toBeGreaterThan(50);
    await search.fill(word);
    await expect(page.locator('#search-status').textContent()).resolves.toBe(
      `${expected.length} touchpoints match; the first 50 are listed.`,
    );
    expect(await page.locator('button.card-hit.match').count()).toBe(expected.length);
    expect(await page.locator('#search-results button').count()).toBe(50);
    // Arrow keys walk the list; Enter opens the one chosen.
    await search.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['tp']!);
    await page.keyboard.press('Enter');
    await expect(detailsTitle(page)).resolves.toBe(oneLine(doc.touchpoints.find((t) => t.id === chosen)!.title));
    await page.keyboard.press('Escape');

    await search.fill('nothing like this anywhere');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('No touchpoint matches.');
    await search.fill('');
    expect(await page.locator('button.card-hit.match').count()).toBe(0);
    await nothingRan(o);
    await page.context().close();
  });

  it('runs a search typed before the search texts are read once the file is read', async () => {
    const doc = seedJourney(200);
    // Types into the search box at the moment the script marks the page ready: the search texts come after the
    // script in the file, so the parser has not reached them yet.
    const o = await openViewer(doc, 'seed-early-search', 10_000, (page) =>
      page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.documentElement?.dataset['viewer'] !== 'ready') return;
          observer.disconnect();
          const w = window as unknown as { __searchTextsThen: boolean };
          w.__searchTextsThen = document.getElementById('viewer-search') !== null;
          const box = document.getElementById('search') as HTMLInputElement;
          box.value = 'Fix step 121';
          box.dispatchEvent(new Event('input'));
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-viewer'] });
      }),
    );
    const { page } = o;
    expect(await page.evaluate(() => (window as unknown as { __searchTextsThen: boolean }).__searchTextsThen)).toBe(
      false,
    );
    const target = doc.touchpoints.find((t) => t.opportunities.some((p) => p.text === 'Fix step 121'))!;
    await expectEventually(async () =>
      expect(await page.locator('#search-status').textContent()).toBe('1 touchpoint matches.'),
    );
    expect(await page.locator('button.card-hit.match').getAttribute('data-tp')).toBe(target.id);
    await nothingRan(o);
    await page.context().close();
  });

  it('opens a 2,000-touchpoint journey at its first stage, draws only the tiles near the view, and finds and shows a card far off-screen', async () => {
    const doc = seedJourney(2000);
    const o = await openViewer(doc, 'seed-2000', 120_000);
    const { page } = o;
    // Two cores shared with other work make every step of a 10 MB page slow; the outcomes are what is checked.
    page.setDefaultTimeout(120_000);
    const inView = (id: string) =>
      page.evaluate((tp) => {
        const card = document.querySelector(`button.card-hit[data-tp="${tp}"]`)!.getBoundingClientRect();
        const view = document.getElementById('map-viewport')!.getBoundingClientRect();
        return card.left >= view.left && card.right <= view.right && card.top >= view.top && card.bottom <= view.bottom;
      }, id);
    /** The drawn cards' titles: each card's SVG group is titled with its touchpoint's title. */
    const drawnTitles = () =>
      page
        .$$eval('#map-layer-cards title', (titles) => titles.map((t) => t.textContent ?? ''))
        .then((t) => t.map(oneLine));
    const first = doc.touchpoints[0]!;
    expect(await inView(first.id)).toBe(true);
    expect(await drawnTitles()).toContain(oneLine(first.title));
    // Far less than the whole map is drawn; the last touchpoint (bottom of the last stage) is not.
    const last = doc.touchpoints[doc.touchpoints.length - 1]!;
    const drawn = await drawnTitles();
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(doc.touchpoints.length / 4);
    expect(drawn).not.toContain(oneLine(last.title));
    expect(await inView(last.id)).toBe(false);

    // Search finds a touchpoint at the far end of the map; Enter brings it into view, drawn, with its details.
    const target = doc.touchpoints.find((t) => t.opportunities.some((p) => p.text === 'Fix step 1997'))!;
    expect(await drawnTitles()).not.toContain(oneLine(target.title));
    // (The records under the map are still being read after the first paint; on a busy machine that takes a while.)
    await page.waitForLoadState('domcontentloaded', { timeout: 120_000 });
    // By id: Playwright's getByLabel reads the labels of every element of this page, 25 s per action
    // (the label itself is checked on the 200-touchpoint viewer above).
    const search = page.locator(`#${VIEWER_IDS.search}`);
    await search.fill('Fix step 1997');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('1 touchpoint matches.');
    await search.press('Enter');
    await expect(detailsTitle(page)).resolves.toBe(oneLine(target.title));
    await page.keyboard.press('Escape');
    expect(await inView(target.id)).toBe(true);
    expect(await drawnTitles()).toContain(oneLine(target.title));
    await nothingRan(o);
    await page.context().close();
  }, 300_000);

  it('paints the map first: the panels under it are laid out, and the tiles around the view drawn, once the page is idle', async () => {
    const doc = seedJourney(200);
    // The page as it is when the script marks it ready, i.e. what the map's first frame has to lay out.
    const o = await openViewer(doc, 'seed-200-first-frame', 10_000, (page) =>
      page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const root = window.document.documentElement;
          if (root?.dataset['viewer'] !== 'ready') return;
          observer.disconnect();
          (window as unknown as { __atReady: unknown }).__atReady = {
            panelsLater: root.classList.contains('panels-later'),
            tiles: root.querySelectorAll('#map-layer-cards > g').length,
          };
        }).observe(window.document, { attributes: true, subtree: true, attributeFilter: ['data-viewer'] });
      }),
    );
    const { page } = o;
    const atReady = await page.evaluate(() => (window as unknown as { __atReady: unknown }).__atReady);
    const tiles = () => page.evaluate(() => document.querySelectorAll('#map-layer-cards > g').length);
    expect(atReady).toEqual({ panelsLater: true, tiles: expect.any(Number) as number });
    const first = (atReady as { tiles: number }).tiles;
    expect(first).toBeGreaterThan(0);
    // Once idle: the panels are laid out (the insights can be read) and more of the map is drawn around the view.
    await expectEventually(async () =>
      expect(await page.evaluate(() => document.documentElement.classList.contains('panels-later'))).toBe(false),
    );
    expect(await page.locator('#insights h2').isVisible()).toBe(true);
    expect(await tiles()).toBeGreaterThan(first);
    await nothingRan(o);
    await page.context().close();
  });

  it('switches persona curves off and on by click and by keyboard; fits a small map; follows a dark theme; print shows every record and no controls', async () => {
    const doc = payloadJourney();
    const o = await openViewer(doc, 'payload-curves');
    const { page } = o;
    const toggles = page.locator('input[data-series]');
    expect(await toggles.count()).toBe(3); // the journey and both personas
    const shown = (i: number) =>
      page.locator(`g.curve-series[data-series="${i}"]`).evaluate((g) => getComputedStyle(g).display !== 'none');
    await page.getByRole('checkbox', { name: oneLine(doc.personas[0]!.name) }).click();
    expect(await shown(1)).toBe(false);
    expect(await shown(0)).toBe(true);
    expect(await shown(2)).toBe(true);
    await toggles.nth(2).focus();
    await page.keyboard.press('Space');
    expect(await shown(2)).toBe(false);
    await toggles.nth(1).focus();
    await page.keyboard.press('Space');
    expect(await shown(1)).toBe(true);

    // A small map: the view is no taller than the drawing needs.
    const drawn = (await page.locator('#map-canvas svg').boundingBox())!;
    const viewBox = (await page.locator('#map-viewport').boundingBox())!;
    expect(viewBox.height).toBeLessThanOrEqual(Math.max(360, Math.ceil(drawn.height) + 24) + 1);
    // Dark system theme: the page follows it, text stays readable, the map keeps its white paper.
    await page.emulateMedia({ colorScheme: 'dark' });
    const colours = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      stage: getComputedStyle(document.querySelector('.stage-link')!).color,
      map: getComputedStyle(document.getElementById('map-viewport')!).backgroundColor,
    }));
    expect(colours).toEqual({ body: 'rgb(21, 24, 28)', stage: 'rgb(230, 232, 235)', map: 'rgb(255, 255, 255)' });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.emulateMedia({ media: 'print' });
    for (const t of doc.touchpoints) {
      expect(await page.locator(`[id="tp-${t.id}"]`).isVisible()).toBe(true);
    }
    for (const hidden of ['#search', '.stages', '.map-tools', '#print']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.records').isVisible()).toBe(false);
    await nothingRan(o);
    await page.context().close();
  });

  it('is exported from the app: Export menu, the viewer dialog, a saved file that opens on its own', async () => {
    const app = await launchApp();
    try {
      const { page } = app;
      await openTemplate(page);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Interactive viewer (.html)…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Interactive viewer' });
      await dialog.waitFor();
      await dialog.getByText('Fonts embedded: Noto Sans').waitFor();

      // A failed save says so in one sentence and keeps the dialog open.
      app.dialog.nextSave(path.join(dir, 'no-such-folder', 'viewer.html'));
      await dialog.getByRole('button', { name: 'Save viewer…' }).click();
      await dialog.getByRole('alert').waitFor();
      expect((await dialog.getByRole('alert').textContent())?.trim()).toMatch(/\.$/);

      const file = path.join(dir, 'from-app.html');
      app.dialog.nextSave(file);
      await dialog.getByRole('button', { name: 'Save viewer…' }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
      const html = await readFile(file, 'utf8');
      expect(html).toContain("default-src 'none'");
      expect(html).toContain(`<title>${ORDER_TEMPLATE}</title>`);

      // The File menu's command opens the same dialog.
      await app.menu('export-viewer');
      await page.getByRole('dialog', { name: 'Interactive viewer' }).waitFor();
      await page.keyboard.press('Escape');

      const context = await browser.newContext();
      const viewer = await context.newPage();
      const requests: string[] = [];
      const url = pathToFileURL(file).href;
      await context.route('**/*', (r) => {
        if (r.request().url() === url) return r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
        requests.push(r.request().url());
        return r.abort();
      });
      await viewer.goto(url);
      await viewer.locator('html[data-viewer="ready"]').waitFor();
      expect(await viewer.locator('h1').textContent()).toBe(ORDER_TEMPLATE);
      expect(await viewer.locator('button.card-hit').count()).toBeGreaterThan(5);
      expect(requests).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});
