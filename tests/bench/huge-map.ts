/**
 * The largest map Waymark opens: 20,000 touchpoints, the most a journey file
 * may hold. Opened at fit view, far out, where a map over `HUGE_MAP_CARDS`
 * cards keeps no element per card (editor/canvas/staged-targets.ts), then
 * panned as the 2,000-touchpoint map is. Informative: the targets are set for
 * the 2,000-touchpoint map; this figure shows how far beyond it the canvas
 * stays usable.
 */
import type { BrowserContext } from 'playwright-core';
import { documentRows } from './generate/rows';
import { generateBenchJourney, HUGE_JOURNEY } from './generate/journey';
import { pan, settle } from './interactions';
import { putRows } from './page/idb';
import { fixed, type Interaction } from './table';

export interface HugeMapFigures {
  touchpoints: number;
  connections: number;
  /** ms from navigation start to the end of the first frame whose far map canvas holds every card. */
  openMs: number;
  /** Card elements in the DOM once the map has settled, far out. */
  cardElements: number;
  pan: Interaction;
}

export async function benchHugeMap(
  context: BrowserContext,
  urls: { app: string; seed: string },
  database: string,
): Promise<HugeMapFigures> {
  const doc = generateBenchJourney(HUGE_JOURNEY).document;
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`[huge map page error] ${error.message}`));
  await page.goto(`${urls.app}#/`);
  await page.getByRole('heading', { name: 'No journeys yet' }).waitFor({ timeout: 30_000 });
  await page.goto(urls.seed);
  await page.evaluate(putRows, { database, rows: documentRows(doc) });
  await page.goto(`${urls.app}#/journey/${encodeURIComponent(doc.journey.id)}`);
  const tiles = String(doc.touchpoints.length);
  const opened = await page.waitForFunction(
    (count) =>
      document.querySelector('canvas.far-map')?.getAttribute('data-tiles') === count
        ? new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))))
        : null,
    tiles,
    { timeout: 120_000, polling: 'raf' },
  );
  const openMs = (await opened.jsonValue()) as number;
  await settle(page);
  const cardElements = await page.locator('.react-flow__node-touchpoint').count();
  const panned = await pan(page);
  await page.close();
  return {
    touchpoints: doc.touchpoints.length,
    connections: doc.connections.length,
    openMs,
    cardElements,
    pan: panned,
  };
}

export function formatHugeMap(f: HugeMapFigures): string {
  return (
    `huge map (${f.touchpoints.toLocaleString('en')} touchpoints, ${f.connections.toLocaleString('en')} connections: ` +
    `the most a file may hold), informative: open at fit view ${fixed(f.openMs)} ms, ${f.cardElements} card elements far out; ` +
    `pan at fit view p50 ${fixed(f.pan.p50)} ms, p95 ${fixed(f.pan.p95)} ms, max ${fixed(f.pan.max)} ms (${f.pan.frames} frames)`
  );
}
