/**
 * `npm run bench`: Waymark's canvas against a bare React Flow page with the
 * same 2,000 touchpoints, in one headless Chromium, then the 200-touchpoint
 * report to PDF. Prints a table and the targets; informative only.
 * Bundled and started by build/scripts/bench.mjs.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { parseDocument, repairReferences } from '../../renderer/src/domain/document';
import type { JourneyDocument, Viewport } from '../../renderer/src/domain/model';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../renderer/src/domain/vocabulary';
import { buildApp, buildBare } from './build';
import { bareFlow } from './generate/flow';
import {
  BLUEPRINT_JOURNEY,
  generateBenchJourney,
  HUGE_JOURNEY,
  KEY_BY_KEY_JOURNEY,
  LARGE_JOURNEY,
  type BenchJourney,
} from './generate/journey';
import { KEY_BY_KEY_ITEMS } from '../../renderer/src/session/inline-draft';
import { drag, heapMb, pan, settle } from './interactions';
import { putRows } from './page/idb';
import { canvasRect, installOpenProbe, readOpenProbe, type OpenProbe, type Rect } from './page/probes';
import { benchReportPdf } from './report/pdf';
import { benchPosterA0, formatPoster, posterTargets } from './report/poster';
import { benchPptx, formatPptx, pptxTargets } from './report/pptx';
import { benchViewer, formatViewer, viewerTargetLines } from './report/viewer';
import { benchCsvImport, benchTablePaste, formatCsvImport, formatTablePaste } from './csv-import';
import { benchOpenLargeFile, formatOpenFile } from './open-file';
import { benchHugeMap, formatHugeMap } from './huge-map';
import { benchLive, benchLiveHostPage, formatLive, formatLivePage, type LivePageFigures } from './live';
import { benchTableView, formatTableView } from './table-view';
import { serveDirectory, type Served } from '../support/serve-directory';
import { median } from './stats';
import {
  benchInspectorTyping,
  benchSearchTyping,
  benchTyping,
  formatInspectorTyping,
  formatKeyByKeyTyping,
  formatSearchTyping,
  formatTyping,
  inspectorTypingTargets,
  searchTypingTargets,
  typingTargets,
  type TypingFigures,
} from './typing';
import { addCardTargets, benchAddCard, formatAddCard, type AddCardFigures } from './add-card';
import {
  blueprintTargets,
  formatBlueprint,
  formatComparison,
  formatReport,
  formatTargets,
  reportTargets,
  targetLines,
  type AppFigures,
} from './table';

export interface BenchOptions {
  /** Repository root. */
  root: string;
  /** Rebuild both pages (default); false reuses the last build in the cache folder. */
  build: boolean;
  /**
   * `live`: only the live-session figures (the renderer build, one Chromium page, and the Node-only figure);
   * `poster`: only the A0 poster (no builds); `report`: only the 200-touchpoint report PDF (no builds); `viewer`: only the interactive viewer (no builds);
   * `open`: only the opens at fit view of Waymark and the bare page, with Waymark's performance marks;
   * `table`: only the table view opened on the 2,000-touchpoint journey;
   * `canvas`: only Waymark's side of the canvas figures (opens, pan, drag, typing), each logged as measured;
   * `csv`: only the 5,000-row CSV import into a new journey and the 3,000-row paste into the table view;
   * `huge`: only the 20,000-touchpoint map opened at fit view and panned.
   */
  only?: 'live' | 'poster' | 'open' | 'report' | 'viewer' | 'table' | 'canvas' | 'csv' | 'huge' | null;
}

const DATABASE = 'waymark';
const WINDOW = { width: 1440, height: 900 };
const OPEN_RUNS = 5;
const SEED_PAGE = '/__bench-seed.html';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const started = performance.now();
const log = (message: string) =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);

/** Fails loudly if the generated journey is not the one the benchmark promises. */
function checkJourney(bench: BenchJourney): void {
  const doc = bench.document;
  const parsed = parseDocument(doc);
  if (!parsed.ok) throw new Error(`The generated journey is invalid: ${parsed.issues[0]?.message ?? 'unknown issue'}.`);
  const { repairs } = repairReferences(parsed.document);
  if (repairs.length) throw new Error(`The generated journey needed repairs: ${repairs[0]}`);
  const kinds = new Set(doc.connections.map((c) => c.kind));
  const emotions = doc.touchpoints.every((t) => t.emotion !== null);
  const pains = doc.touchpoints.filter((t) => t.painPoints.length > 0).length;
  if (doc.stages.length !== 20 || doc.touchpoints.length !== 2000 || doc.connections.length !== 2400)
    throw new Error('The generated journey must have 20 stages, 2,000 touchpoints and 2,400 connections.');
  if (kinds.size !== 4 || !emotions || pains === 0)
    throw new Error('The generated journey must use every connection kind, set every emotion and have pain points.');
}

/** Rows of a document by Dexie table name. */
function documentRows(doc: JourneyDocument): Record<string, readonly unknown[]> {
  return {
    journeys: [doc.journey],
    stages: doc.stages,
    lanes: doc.lanes,
    touchpoints: doc.touchpoints,
    connections: doc.connections,
    personas: doc.personas,
  };
}

/** The machine's load averages over 1, 5 and 15 minutes, for the log. */
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function waitForOpen(page: Page) {
  const handle = await page.waitForFunction(readOpenProbe, undefined, { timeout: 60_000, polling: 100 });
  const probe = (await handle.jsonValue()) as NonNullable<ReturnType<typeof readOpenProbe>>;
  await settle(page);
  return probe;
}

function watchErrors(page: Page, name: string): void {
  page.on('pageerror', (error) => console.warn(`[${name} page error] ${error.message}`));
  page.on('console', (m) => m.type() === 'error' && console.warn(`[${name} console] ${m.text()}`));
}

/** The viewport that shows the touchpoint `id` at 1:1 in the middle of a canvas of this size. */
function oneToOneViewport(doc: JourneyDocument, id: string, canvas: Rect): Viewport {
  const t = doc.touchpoints.find((x) => x.id === id);
  if (!t) throw new Error(`Touchpoint ${id} is not in the journey.`);
  const cx = t.position.x + TOUCHPOINT_WIDTH / 2;
  const cy = t.position.y + TOUCHPOINT_HEIGHT / 2;
  return { x: Math.round(canvas.width / 2 - cx), y: Math.round(canvas.height / 2 - cy), zoom: 1 };
}

interface Measured {
  figures: AppFigures;
  canvas: Rect;
  /** Waymark only: typing a card's title in place at 1:1. */
  typing: TypingFigures | null;
  /** Waymark only: typing a search at fit view. */
  searching: TypingFigures | null;
  /** Waymark only: typing in the inspector at 1:1. */
  inspectorTyping: TypingFigures | null;
  /** Waymark only: adding a card with N at 1:1. */
  addingCard: AddCardFigures | null;
}

/** One page under test: how it opens the journey, and what its log lines call its nodes and edges. */
interface Subject {
  name: string;
  page: Page;
  words: { nodes: string; edges: string };
  /** Opens the journey at this viewport, or fitted to the view when null, and waits for the open probe. */
  open(viewport: Viewport | null): Promise<OpenProbe>;
  /** The canvas's box, once the page has opened. */
  canvas(): Promise<Rect>;
  /** Types a title into the card `touchpointId` in place, where the page can (Waymark). */
  typing?(touchpointId: string): Promise<TypingFigures>;
  /** Types a search for the whole map, where the page can (Waymark). */
  searching?(): Promise<TypingFigures>;
  /** Types into the card `touchpointId`'s thoughts in the inspector, where the page can (Waymark). */
  inspectorTyping?(touchpointId: string): Promise<TypingFigures>;
  /** Adds cards after the card `touchpointId` with N, then undoes them, where the page can (Waymark). */
  addingCard?(touchpointId: string): Promise<AddCardFigures>;
}

/** Waymark's own `performance.mark`s (`waymark:…`) of the page's last navigation, ms since navigation start. */
function readWaymarkMarks(): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const mark of performance.getEntriesByType('mark')) {
    if (mark.name.startsWith('waymark:') && !(mark.name in marks)) marks[mark.name] = mark.startTime;
  }
  return marks;
}

/** OPEN_RUNS opens at fit view: when the cards, and the connections, were first painted; Waymark's marks. */
async function openAtFit(subject: Subject) {
  const { name, page, words } = subject;
  const openRuns: number[] = [];
  const edgesRuns: number[] = [];
  const marks: Record<string, number>[] = [];
  for (let i = 0; i < OPEN_RUNS; i += 1) {
    const probe = await subject.open(null);
    openRuns.push(probe.paintedAt!);
    edgesRuns.push(probe.edgesPaintedAt!);
    marks.push(await page.evaluate(readWaymarkMarks));
    log(
      `${name}: open ${i + 1}/${OPEN_RUNS} at fit view: ${probe.nodeCount} ${words.nodes} at ${probe.paintedAt!.toFixed(0)} ms, ` +
        `${probe.edgeCount} ${words.edges} at ${probe.edgesPaintedAt!.toFixed(0)} ms`,
    );
  }
  return { openRuns, edgesRuns, marks };
}

/** The same scenario for either page: opens at fit view, heap, pan and drag at fit view, then at 1:1. */
async function measure(subject: Subject, bench: BenchJourney): Promise<Measured> {
  const { name, page } = subject;
  const dragged = bench.centreTouchpointId;
  const { openRuns, edgesRuns } = await openAtFit(subject);
  const canvas = await subject.canvas();
  const heap = await heapMb(page);
  log(`${name}: heap ${heap.toFixed(1)} MB; canvas ${canvas.width}×${canvas.height}`);
  const panFit = await pan(page);
  log(
    `${name}: pan at fit view p95 ${panFit.p95.toFixed(1)} ms, max ${panFit.max.toFixed(1)} ms (${panFit.frames} frames, ${panFit.moves} moves, main thread ${panFit.mainThread.busyMs.toFixed(0)} ms)`,
  );
  const dragFit = await drag(page, dragged);
  log(`${name}: drag at fit view p95 ${dragFit.p95.toFixed(1)} ms`);
  const searching = subject.searching ? await subject.searching() : null;
  if (searching) log(`${name}: ${formatSearchTyping(searching)}`);

  const probe = await subject.open(oneToOneViewport(bench.document, dragged, canvas));
  log(`${name}: opened at 1:1 in ${probe.paintedAt!.toFixed(0)} ms`);
  const panOne = await pan(page);
  log(
    `${name}: pan at 1:1 p95 ${panOne.p95.toFixed(1)} ms, max ${panOne.max.toFixed(1)} ms (${panOne.frames} frames, ${panOne.moves} moves, main thread ${panOne.mainThread.busyMs.toFixed(0)} ms)`,
  );
  const dragOne = await drag(page, dragged);
  log(`${name}: drag at 1:1 p95 ${dragOne.p95.toFixed(1)} ms`);
  const typing = subject.typing ? await subject.typing(dragged) : null;
  if (typing) log(`${name}: ${formatTyping(typing)}`);
  const inspectorTyping = subject.inspectorTyping ? await subject.inspectorTyping(dragged) : null;
  if (inspectorTyping) log(`${name}: ${formatInspectorTyping(inspectorTyping)}`);
  const addingCard = subject.addingCard ? await subject.addingCard(dragged) : null;
  if (addingCard) log(`${name}: ${formatAddCard(addingCard)}`);
  await page.close();
  return {
    figures: {
      openMs: median(openRuns),
      openRuns,
      edgesMs: median(edgesRuns),
      edgesRuns,
      openOneMs: probe.paintedAt!,
      heapMb: heap,
      panFit,
      dragFit,
      panOne,
      dragOne,
    },
    canvas,
    typing,
    searching,
    inspectorTyping,
    addingCard,
  };
}

/**
 * Typing a card's title in place at 1:1 on a map just under the size up to which each key goes into the
 * map (and so redraws it) and is written as it is typed.
 */
async function keyByKeyTyping(browser: Browser, appServer: Served): Promise<{ figures: TypingFigures; items: number }> {
  const bench = generateBenchJourney(KEY_BY_KEY_JOURNEY);
  const doc = bench.document;
  const items = doc.touchpoints.length + doc.connections.length + doc.notes.length;
  if (items > KEY_BY_KEY_ITEMS) throw new Error(`The key-by-key journey has ${items} items, over ${KEY_BY_KEY_ITEMS}.`);
  const context = await browser.newContext({ viewport: WINDOW });
  await context.addInitScript(installOpenProbe);
  try {
    const subject = await waymarkSubject(context, appServer, bench);
    await subject.open(null);
    const canvas = await subject.canvas();
    await subject.open(oneToOneViewport(doc, bench.centreTouchpointId, canvas));
    const figures = await benchTyping(subject.page, bench.centreTouchpointId);
    log(`Waymark: ${formatKeyByKeyTyping(figures, items)}`);
    return { figures, items };
  } finally {
    await context.close();
  }
}

/** Waymark: journey rows already in IndexedDB; every open starts from a page of the same origin. */
async function measureWaymark(context: BrowserContext, served: Served, bench: BenchJourney): Promise<Measured> {
  return measure(await waymarkSubject(context, served, bench), bench);
}

/** A new page of Waymark's origin, its errors logged under `name`, with `doc`'s rows written to the app's database. */
async function seededPage(
  context: BrowserContext,
  served: Served,
  doc: JourneyDocument,
  name: string,
): Promise<{ page: Page; written: number }> {
  const page = await context.newPage();
  watchErrors(page, name);
  await page.goto(`${served.url}#/`);
  // The library lists journeys only once the app's database is open and upgraded.
  await page.getByRole('heading', { name: 'No journeys yet' }).waitFor({ timeout: 30_000 });
  await page.goto(new URL(SEED_PAGE, served.url).href);
  const written = await page.evaluate(putRows, { database: DATABASE, rows: documentRows(doc) });
  return { page, written };
}

async function waymarkSubject(context: BrowserContext, served: Served, bench: BenchJourney): Promise<Subject> {
  const doc = bench.document;
  const dragged = doc.touchpoints.find((t) => t.id === bench.centreTouchpointId)!;
  const { page, written } = await seededPage(context, served, doc, 'Waymark');
  log(`Waymark: ${written} rows written to IndexedDB`);

  return {
    name: 'Waymark',
    page,
    words: { nodes: 'cards', edges: 'connections' },
    // Before each open: the journey's saved viewport and the dragged card back as generated.
    open: async (viewport) => {
      await page.goto(new URL(SEED_PAGE, served.url).href);
      await page.evaluate(putRows, {
        database: DATABASE,
        rows: {
          journeys: [doc.journey],
          touchpoints: [dragged],
          // Where the canvas was left is kept beside the journey row (null: fit the map).
          viewports: [{ journeyId: doc.journey.id, viewport }],
        },
      });
      await page.goto(`${served.url}#/journey/${encodeURIComponent(doc.journey.id)}`);
      return waitForOpen(page);
    },
    canvas: async () => (await page.evaluate(canvasRect))!,
    typing: (touchpointId) => benchTyping(page, touchpointId),
    searching: () => benchSearchTyping(page),
    inspectorTyping: (touchpointId) => benchInspectorTyping(page, touchpointId),
    addingCard: (touchpointId) => benchAddCard(page, touchpointId),
  };
}

/** The bare page, on a canvas of Waymark's canvas size; every open starts from about:blank. */
async function measureBare(
  context: BrowserContext,
  served: Served,
  bench: BenchJourney,
  canvas: Rect,
): Promise<AppFigures> {
  const measured = await measure(await bareSubject(context, served, canvas), bench);
  return measured.figures;
}

async function bareSubject(context: BrowserContext, served: Served, canvas: Rect): Promise<Subject> {
  const page = await context.newPage();
  watchErrors(page, 'bare');
  return {
    name: 'bare',
    page,
    words: { nodes: 'nodes', edges: 'edges' },
    open: async (viewport) => {
      const params = new URLSearchParams({ w: String(canvas.width), h: String(canvas.height) });
      if (viewport) for (const [k, v] of Object.entries(viewport)) params.set(k, String(v));
      await page.goto('about:blank');
      await page.goto(`${served.url}?${params.toString()}`);
      return waitForOpen(page);
    },
    canvas: async () => canvas,
  };
}

/** The table view toggled on over the 2,000-touchpoint journey's map (opened at fit view). */
async function tableViewOn(browser: Browser, appServer: Served, bench: BenchJourney) {
  const context = await browser.newContext({ viewport: WINDOW });
  await context.addInitScript(installOpenProbe);
  try {
    const subject = await waymarkSubject(context, appServer, bench);
    await subject.open(null);
    return await benchTableView(subject.page);
  } finally {
    await context.close();
  }
}

/** `--open`: only the opens at fit view, Waymark then bare, and where Waymark's open spends its time. */
async function benchOpenOnly(browser: Browser, appServer: Served, bareServer: Served, bench: BenchJourney) {
  const waymarkContext = await browser.newContext({ viewport: WINDOW });
  await waymarkContext.addInitScript(installOpenProbe);
  const waymark = await waymarkSubject(waymarkContext, appServer, bench);
  const w = await openAtFit(waymark);
  const canvas = await waymark.canvas();
  await waymarkContext.close();
  const bareContext = await browser.newContext({ viewport: WINDOW });
  await bareContext.addInitScript(installOpenProbe);
  const b = await openAtFit(await bareSubject(bareContext, bareServer, canvas));
  await bareContext.close();
  // The same cards as a 6-lane service blueprint (connections across lanes are routed), against the same bare runs.
  const blueprint = generateBenchJourney(BLUEPRINT_JOURNEY);
  checkJourney(blueprint);
  const lanesContext = await browser.newContext({ viewport: WINDOW });
  await lanesContext.addInitScript(installOpenProbe);
  const lanes = await openAtFit(await waymarkSubject(lanesContext, appServer, blueprint));
  await lanesContext.close();

  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log('');
  console.log(`Open at fit view, median of ${OPEN_RUNS} (runs in brackets)`);
  for (const [label, runs, bare] of [
    ['cards painted', w.openRuns, b.openRuns],
    ['connections painted', w.edgesRuns, b.edgesRuns],
  ] as const) {
    console.log(
      `  ${label}: Waymark ${ms(median(runs))} [${runs.map((r) => r.toFixed(0)).join(', ')}], bare ${ms(median(bare))} ` +
        `[${bare.map((r) => r.toFixed(0)).join(', ')}], ratio ${(median(runs) / median(bare)).toFixed(2)}`,
    );
  }
  for (const [label, runs, bare] of [
    ['6-lane blueprint, cards painted', lanes.openRuns, b.openRuns],
    ['6-lane blueprint, connections painted', lanes.edgesRuns, b.edgesRuns],
  ] as const) {
    console.log(
      `  ${label}: Waymark ${ms(median(runs))} [${runs.map((r) => r.toFixed(0)).join(', ')}], ratio to bare ` +
        `${(median(runs) / median(bare)).toFixed(2)}`,
    );
  }
  console.log("  Waymark's marks (median ms since navigation start):");
  const names = [...new Set(w.marks.flatMap((m) => Object.keys(m)))];
  const at = (name: string) => median(w.marks.map((m) => m[name]).filter((v): v is number => v !== undefined));
  for (const name of names.sort((x, y) => at(x) - at(y))) console.log(`    ${name.padEnd(36)} ${ms(at(name))}`);
}

export async function runBench(options: BenchOptions): Promise<void> {
  const work = path.join(options.root, 'node_modules', '.cache', 'waymark-bench');
  const appDir = path.join(work, 'app');
  const bareDir = path.join(work, 'bare');
  await mkdir(work, { recursive: true });
  log(`machine: ${os.cpus().length} cores, load average ${loadAverage()}`);

  if (options.only === 'live') {
    if (options.build) {
      log('building Waymark renderer (production, build/vite.config.ts)…');
      await buildApp(options.root, appDir);
    } else if (!existsSync(path.join(appDir, 'index.html'))) {
      throw new Error('No earlier build to reuse: run `npm run bench -- --live` without --no-build once.');
    }
    const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    log(`starting Chromium (${executablePath})…`);
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    let page: LivePageFigures;
    try {
      log('live session, host in Chromium: 30 participants, 20 notes and 5 votes each in 60 s…');
      page = await benchLiveHostPage({ browser, appDir, window: WINDOW, screenshot: path.join(work, 'live-host.png') });
    } finally {
      await browser.close();
    }
    log('live session, host in Node: the same contributions in 30 s…');
    const node = await benchLive();
    console.log('');
    for (const line of formatLivePage(page)) console.log(line);
    for (const line of formatLive(node)) console.log(line);
    log(`done (load average now ${loadAverage()})`);
    return;
  }

  if (options.only === 'report') {
    const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      // Let the browser's own start-up work settle first, as it has in the full run by the time the report prints.
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      log('printing the 200-touchpoint report to PDF…');
      const report = await benchReportPdf(browser, options.root, work);
      for (const line of formatReport(report)) console.log(line);
      for (const line of formatTargets(reportTargets(report))) console.log(line);
    } finally {
      await browser.close();
    }
    log(`done (load average now ${loadAverage()})`);
    return;
  }

  if (options.only === 'poster') {
    const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      log('printing the 200-touchpoint journey as an A0 poster…');
      const poster = await benchPosterA0(browser, options.root, work);
      console.log(formatPoster(poster));
      for (const line of formatTargets(posterTargets(poster))) console.log(line);
    } finally {
      await browser.close();
    }
    return;
  }

  if (options.only === 'viewer') {
    const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      log('building the interactive viewer (200 and 2,000 touchpoints) and opening it…');
      const viewer = await benchViewer(browser, options.root, work);
      for (const line of formatViewer(viewer)) console.log(line);
      for (const line of formatTargets(viewerTargetLines(viewer))) console.log(line);
    } finally {
      await browser.close();
    }
    return;
  }

  if (options.build) {
    log('building Waymark renderer (production, build/vite.config.ts)…');
    await buildApp(options.root, appDir);
    log('building bare React Flow page (production)…');
    await buildBare(options.root, bareDir);
  } else if (!existsSync(path.join(appDir, 'index.html')) || !existsSync(path.join(bareDir, 'index.html'))) {
    throw new Error('No earlier build to reuse: run `npm run bench` without --no-build once.');
  }

  log('generating the 2,000-touchpoint journey (seeded)…');
  const bench = generateBenchJourney(LARGE_JOURNEY);
  checkJourney(bench);
  const flow = JSON.stringify(bareFlow(bench.document));

  const appServer = await serveDirectory(appDir, {
    csp: CONTENT_SECURITY_POLICY,
    files: {
      [SEED_PAGE]: { type: 'text/html; charset=utf-8', body: '<!doctype html><title>bench</title>' },
      // What the server of `npm start` answers when no live session runs: the editor asks at every open
      // (a 404 here was logged as a console error at each open).
      '/__waymark/live/status': { type: 'application/json', body: JSON.stringify({ ok: true, value: null }) },
      // And whether it can print PDFs (asked at every open too; the benchmark prints none from the app page).
      '/__waymark/pdf': { type: 'application/json', body: JSON.stringify({ ok: true, value: { available: false } }) },
    },
  });
  const bareServer = await serveDirectory(bareDir, {
    files: { '/flow.json': { type: 'application/json', body: flow } },
  });
  let browser: Browser | null = null;
  try {
    const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    log(`starting Chromium (${executablePath})…`);
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    if (options.only === 'open') {
      await benchOpenOnly(browser, appServer, bareServer, bench);
      log(`done (load average now ${loadAverage()})`);
      return;
    }
    if (options.only === 'table') {
      console.log(formatTableView(await tableViewOn(browser, appServer, bench)));
      log(`done (load average now ${loadAverage()})`);
      return;
    }
    if (options.only === 'csv') {
      console.log(formatCsvImport(await benchCsvImport(browser, appServer.url, work, WINDOW)));
      console.log(formatTablePaste(await benchTablePaste(browser, appServer.url, WINDOW)));
      log(`done (load average now ${loadAverage()})`);
      return;
    }
    const hugeMap = async () => {
      log('opening the 20,000-touchpoint map at fit view and panning it…');
      const doc = generateBenchJourney(HUGE_JOURNEY).document;
      const context = await browser!.newContext({ viewport: WINDOW });
      try {
        const { page } = await seededPage(context, appServer, doc, 'huge map');
        return await benchHugeMap(page, appServer.url, doc);
      } finally {
        await context.close();
      }
    };
    if (options.only === 'huge') {
      console.log(formatHugeMap(await hugeMap()));
      log(`done (load average now ${loadAverage()})`);
      return;
    }
    if (options.only === 'canvas') {
      const context = await browser.newContext({ viewport: WINDOW });
      await context.addInitScript(installOpenProbe);
      await measureWaymark(context, appServer, bench);
      await context.close();
      await keyByKeyTyping(browser, appServer);
      log(`done (load average now ${loadAverage()})`);
      return;
    }

    const waymarkContext = await browser.newContext({ viewport: WINDOW });
    await waymarkContext.addInitScript(installOpenProbe);
    const waymark = await measureWaymark(waymarkContext, appServer, bench);
    await waymarkContext.close();
    const keyByKey = await keyByKeyTyping(browser, appServer);

    const bareContext = await browser.newContext({ viewport: WINDOW });
    await bareContext.addInitScript(installOpenProbe);
    const bare = await measureBare(bareContext, bareServer, bench, waymark.canvas);
    await bareContext.close();

    log('the same 2,000 touchpoints as a service blueprint in 6 lanes…');
    const blueprint = generateBenchJourney(BLUEPRINT_JOURNEY);
    checkJourney(blueprint);
    const blueprintContext = await browser.newContext({ viewport: WINDOW });
    await blueprintContext.addInitScript(installOpenProbe);
    const lanes = await measureWaymark(blueprintContext, appServer, blueprint);
    await blueprintContext.close();

    log('opening the table view on the 2,000-touchpoint journey…');
    const tableView = await tableViewOn(browser, appServer, bench);

    log('printing the 200-touchpoint report to PDF…');
    const report = await benchReportPdf(browser, options.root, work);

    log('printing the 200-touchpoint journey as an A0 poster…');
    const poster = await benchPosterA0(browser, options.root, work);

    log('building PowerPoint decks of 200 and 2,000 touchpoints…');
    const decks = await benchPptx();
    log('building the interactive viewer (200 and 2,000 touchpoints) and opening it…');
    const viewer = await benchViewer(browser, options.root, work);

    const huge = await hugeMap();
    log('opening a 58 MB .journey file (worker, frames sampled during the read)…');
    const openFile = await benchOpenLargeFile(browser, appServer.url, work, WINDOW);
    log('importing a 5,000-row CSV into a new journey…');
    const csvImport = await benchCsvImport(browser, appServer.url, work, WINDOW);
    log('pasting 3,000 spreadsheet rows into the table view…');
    const tablePaste = await benchTablePaste(browser, appServer.url, WINDOW);

    log('live session, host in Chromium: 30 participants, 20 notes and 5 votes each in 60 s…');
    // A failure here (a figure it could not read) leaves every other figure standing, and is said with its reason.
    const livePage = await benchLiveHostPage({ browser, appDir, window: WINDOW }).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      log(`the live session figure with the host in Chromium could not be measured: ${reason}`);
      return `live session, host in Chromium: not measured (${reason})`;
    });
    log('live session, host in Node: the same contributions in 30 s…');
    const live = await benchLive();

    console.log('');
    console.log(
      `Waymark vs bare React Flow: 2,000 touchpoints, 20 stages, 2,400 connections; window ${WINDOW.width}×${WINDOW.height}, ` +
        `canvas ${waymark.canvas.width}×${waymark.canvas.height}; Chromium ${browser.version()}`,
    );
    for (const line of formatComparison(waymark.figures, bare)) console.log(line);
    if (waymark.typing) console.log(formatTyping(waymark.typing));
    if (waymark.searching) console.log(formatSearchTyping(waymark.searching));
    if (waymark.inspectorTyping) console.log(formatInspectorTyping(waymark.inspectorTyping));
    console.log(formatKeyByKeyTyping(keyByKey.figures, keyByKey.items));
    if (waymark.addingCard) console.log(formatAddCard(waymark.addingCard));
    console.log(formatBlueprint(lanes.figures));
    console.log(formatTableView(tableView));
    console.log(formatHugeMap(huge));
    console.log('');
    for (const line of formatReport(report)) console.log(line);
    console.log(formatPoster(poster));
    for (const line of formatPptx(decks)) console.log(line);
    for (const line of formatViewer(viewer)) console.log(line);
    console.log(formatOpenFile(openFile));
    console.log(formatCsvImport(csvImport));
    console.log(formatTablePaste(tablePaste));
    if (typeof livePage === 'string') console.log(livePage);
    else for (const line of formatLivePage(livePage)) console.log(line);
    for (const line of formatLive(live)) console.log(line);
    console.log('');
    console.log('Targets');
    for (const line of formatTargets([
      ...targetLines(waymark.figures, bare, report),
      ...(waymark.typing ? typingTargets(waymark.typing) : []),
      ...(waymark.searching ? searchTypingTargets(waymark.searching) : []),
      ...(waymark.inspectorTyping ? inspectorTypingTargets(waymark.inspectorTyping, keyByKey.figures) : []),
      ...(waymark.addingCard ? addCardTargets(waymark.addingCard) : []),
      ...blueprintTargets(lanes.figures),
      ...pptxTargets(decks),
      ...viewerTargetLines(viewer),
      ...posterTargets(poster),
    ]))
      console.log(line);
    log(`done (load average now ${loadAverage()})`);
  } finally {
    await browser?.close();
    await appServer.close();
    await bareServer.close();
  }
}
