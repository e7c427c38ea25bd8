/**
 * Scripted canvas interactions with real mouse input: one Playwright mouse
 * move per animation frame (each move awaited, then the next frame awaited),
 * while an in-page sampler records every frame's timestamp.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import {
  canvasRect,
  findNodePoint,
  findPanPoint,
  nextFrame,
  startFrameSampler,
  stopFrameSampler,
  waitForQuiet,
  type Rect,
} from './page/probes';
import { frameStats } from './stats';
import type { Interaction, MainThread } from './table';

export const INTERACTION_MS = 3000;
const PAN_SWING = 600;
const DRAG_RADIUS = 140;

type Path = (fraction: number) => { x: number; y: number };

/** Waits for the page to be idle: 15 frames in a row under 20 ms, or 8 s at most. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(waitForQuiet, { quietFrames: 15, maxInterval: 20, timeout: 8000 });
}

async function nodesInDom(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
}

interface Paced {
  times: number[];
  moves: number;
  elapsedMs: number;
  mainThread: MainThread;
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type Metric = (typeof METRICS)[number];

async function readMetrics(cdp: CDPSession): Promise<Record<Metric, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: Metric) => metrics.find((m) => m.name === name)?.value ?? 0;
  return Object.fromEntries(METRICS.map((name) => [name, value(name)])) as Record<Metric, number>;
}

/** Main-thread time between two metric readings, in ms (the renderer's own Performance domain counters). */
function mainThreadBetween(a: Record<Metric, number>, b: Record<Metric, number>): MainThread {
  const ms = (name: Metric) => (b[name] - a[name]) * 1000;
  const styleLayoutMs = ms('LayoutDuration') + ms('RecalcStyleDuration');
  return {
    busyMs: ms('TaskDuration'),
    scriptMs: ms('ScriptDuration'),
    styleLayoutMs,
    otherMs: ms('TaskDuration') - ms('ScriptDuration') - styleLayoutMs,
  };
}

let recordings = 0;

/**
 * For looking into a figure: with BENCH_TRACE set to a folder, each paced interaction leaves a Chromium
 * trace there (open it in chrome://tracing or Perfetto); with BENCH_PROFILE, a CPU profile (.cpuprofile,
 * for DevTools). The figures measured meanwhile carry the recording's cost. Returns what ends the recording.
 */
async function startRecording(page: Page, cdp: CDPSession): Promise<() => Promise<void>> {
  const traceDir = process.env.BENCH_TRACE;
  const profileDir = process.env.BENCH_PROFILE;
  const name = `interaction-${++recordings}`;
  const browser = page.context().browser();
  if (traceDir && browser) {
    await browser.startTracing(page, {
      path: join(traceDir, `${name}.json`),
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink',
        'cc',
        'viz',
        'v8',
        'toplevel',
      ],
    });
  }
  if (profileDir) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  return async () => {
    if (traceDir && browser) await browser.stopTracing();
    if (profileDir) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    }
  };
}

async function pacedMoves(page: Page, path: Path, durationMs: number): Promise<Paced> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await readMetrics(cdp);
  const stopRecording = await startRecording(page, cdp);
  await page.evaluate(startFrameSampler);
  const start = performance.now();
  let moves = 0;
  for (;;) {
    const fraction = (performance.now() - start) / durationMs;
    if (fraction >= 1) break;
    const p = path(fraction);
    await page.mouse.move(p.x, p.y);
    moves += 1;
    await page.evaluate(nextFrame);
  }
  const elapsedMs = performance.now() - start;
  const times = await page.evaluate(stopFrameSampler);
  await stopRecording();
  const after = await readMetrics(cdp);
  await cdp.detach();
  return { times, moves, elapsedMs, mainThread: mainThreadBetween(before, after) };
}

function result(paced: Paced, nodesInDom: number): Interaction {
  return {
    ...frameStats(paced.times),
    moves: paced.moves,
    msPerMove: paced.moves ? paced.elapsedMs / paced.moves : Number.NaN,
    nodesInDom,
    mainThread: paced.mainThread,
  };
}

async function canvasBox(page: Page): Promise<Rect> {
  const rect = await page.evaluate(canvasRect);
  if (!rect || rect.width < 2 * PAN_SWING * 0.6) throw new Error('The canvas is missing or too small to pan.');
  return rect;
}

/**
 * Presses on an empty part of the canvas (or a stage column) and pans for
 * `durationMs`: a swing of up to 600 px to the left and back, with a gentle
 * vertical wave, so cards scroll in and out of view.
 */
export async function pan(page: Page, durationMs = INTERACTION_MS): Promise<Interaction> {
  const box = await canvasBox(page);
  const swing = Math.min(PAN_SWING, box.width * 0.55);
  const area = {
    left: box.left + swing + 20,
    top: box.top + 140,
    width: box.width - swing - 40,
    height: box.height - 280,
  };
  const start = await page.evaluate(findPanPoint, area);
  if (!start) throw new Error('No empty spot to start a pan was found on the canvas.');
  const inDom = await nodesInDom(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const path: Path = (f) => ({
    x: start.x - swing * (f < 0.5 ? 2 * f : 2 - 2 * f),
    y: start.y + 100 * Math.sin(2 * Math.PI * f),
  });
  const paced = await pacedMoves(page, path, durationMs);
  // Back to where it started, so the next scenario sees the same view.
  const end = path(1);
  await page.mouse.move(end.x, end.y);
  await page.mouse.up();
  await settle(page);
  return result(paced, inDom);
}

/** Presses on the touchpoint `nodeId` and drags it along a figure eight for `durationMs`, then drops it. */
export async function drag(page: Page, nodeId: string, durationMs = INTERACTION_MS): Promise<Interaction> {
  const start = await page.evaluate(findNodePoint, nodeId);
  if (!start) throw new Error(`The touchpoint ${nodeId} is not on screen, so it cannot be dragged.`);
  const inDom = await nodesInDom(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const path: Path = (f) => ({
    x: start.x + DRAG_RADIUS * Math.sin(2 * Math.PI * f),
    y: start.y + DRAG_RADIUS * 0.6 * Math.sin(4 * Math.PI * f),
  });
  const paced = await pacedMoves(page, path, durationMs);
  // Back to where it started, so the next scenario sees the same view.
  const end = path(1);
  await page.mouse.move(end.x, end.y);
  await page.mouse.up();
  await settle(page);
  return result(paced, inDom);
}

/** Used heap of the page after a full garbage collection, in MB (Chrome DevTools Protocol). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize / (1024 * 1024);
  } finally {
    await cdp.detach();
  }
}
