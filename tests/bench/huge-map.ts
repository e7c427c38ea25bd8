/**
 * The largest map Waymark opens: 20,000 touchpoints, the most a journey file
 * may hold. Opened at fit view, far out, where a map over `HUGE_MAP_CARDS`
 * cards keeps no element per card (editor/canvas/staged-targets.ts), then
 * panned as the 2,000-touchpoint map is. Informative: the targets are set for
 * the 2,000-touchpoint map; this figure shows how far beyond it the canvas
 * stays usable.
 */
import type { Page } from 'playwright-core';
import type { JourneyDocument } from '../../renderer/src/domain/model';
import { pan, settle } from './interactions';
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

/** `page` holds `doc`'s rows in the app's database (HUGE_JOURNEY); it is opened at fit view, then panned. */
export async function benchHugeMap(page: Page, appUrl: string, doc: JourneyDocument): Promise<HugeMapFigures> {
  await page.goto(`${appUrl}#/journey/${encodeURIComponent(doc.journey.id)}`);
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
