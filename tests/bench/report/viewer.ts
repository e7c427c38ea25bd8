/**
 * The viewer benchmark: the interactive viewer file built for the
 * 2,000-touchpoint bench journey and for the 200-touchpoint report journey
 * (fonts from @fontsource, as the app embeds them), then opened from disk in
 * Chromium: ms from navigation to the first frame painted after the viewer's
 * script has wired the page; then opened again under a Chromium trace for
 * the main thread's CPU time up to that frame (thread time, so other work on
 * the machine does not inflate it) and where it went.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildViewerHtml } from '../../../renderer/src/exports/viewer/build';
import { REPORT_FONT_FILES } from '../../../renderer/src/reports/fonts';
import type { ReportFont } from '../../../renderer/src/reports/types';
import { generateBenchJourney, LARGE_JOURNEY, REPORT_JOURNEY } from '../generate/journey';

export interface ViewerFigures {
  touchpoints: number;
  /** Median of 3 builds. */
  buildMs: number;
  /** Median of the same 3 builds' CPU time (user and system, all of Node's threads: its garbage collector's too). */
  buildCpuMs: number;
  bytes: number;
  /** Median of 3 opens: navigation start to the first frame after the script ran. */
  paintMs: number;
  /** Median of 3 traced opens: the page's main-thread CPU time (thread clock) up to that frame, and its parts. */
  cpu: MainThreadCpu;
}

/** Main-thread CPU ms of the viewer's page from its first task to the frame after the script ran. */
export interface MainThreadCpu {
  total: number;
  /**
   * Wall ms from navigation start to the commit of the first frame after the script marked the page ready, as the
   * trace shows it (tracing slows the page a little). The mark in the page (`paintMs`) comes later when Chromium
   * parses the rest of the file in one long task before the mark's timer runs.
   */
  frameCommitted: number;
  /** HTML tokenising and tree building (the script's own run excluded). */
  parse: number;
  /** The file's bytes decoded to text. */
  decode: number;
  style: number;
  layout: number;
  /** The runtime and other script. */
  script: number;
  paint: number;
}

/** The viewer's targets (issue #17): built in under 1 s, first paint in under 1 s. */
export const VIEWER_TARGETS = { buildMs: 1000, paintMs: 1000 } as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function fonts(root: string): Promise<ReportFont[]> {
  return Promise.all(
    REPORT_FONT_FILES.map(async (f) => ({
      family: f.family,
      weight: f.weight,
      style: 'normal' as const,
      unicodeRange: f.unicodeRange,
      woff2Base64: (await readFile(path.join(root, 'node_modules', f.package, 'files', f.file))).toString('base64'),
    })),
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

/** The trace's parts: outermost events of each name on the main thread, thread time when recorded. */
const CPU_PARTS: Record<Exclude<keyof MainThreadCpu, 'total' | 'frameCommitted'>, string> = {
  parse: 'ParseHTML',
  decode: 'TextResourceDecoder::Decode',
  style: 'UpdateLayoutTree',
  layout: 'Layout',
  script: 'EvaluateScript',
  paint: 'Paint',
};

/** Sums the page's main-thread CPU up to the `viewer-painted` mark from a trace of one open of `fileName`. */
export function mainThreadCpu(events: readonly TraceEvent[], fileName: string): MainThreadCpu {
  const parse = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(fileName));
  if (!parse) throw new Error(`The trace has no parsing of ${fileName}.`);
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const mark = main.find((e) => e.name === 'viewer-painted');
  if (!mark) throw new Error('The trace has no viewer-painted mark.');
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const ready = main.find((e) => e.name === 'viewer-ready');
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && JSON.stringify(e.args ?? {}).includes(`${fileName}"`),
  );
  const commit = ready && main.find((e) => e.name === 'Commit' && e.ph === 'X' && e.ts > ready.ts);
  const frameCommitted = navigation && commit ? (commit.ts + (commit.dur ?? 0) - navigation.ts) / 1000 : Number.NaN;
  const out: MainThreadCpu = {
    total: 0,
    frameCommitted,
    parse: 0,
    decode: 0,
    style: 0,
    layout: 0,
    script: 0,
    paint: 0,
  };
  // Outermost only: a nested event of the same name (or a task inside a task) is already counted.
  const openUntil = new Map<string, number>();
  let taskUntil = 0;
  for (const e of main) {
    if (e.ph !== 'X' || e.ts > mark.ts) continue;
    const end = e.ts + (e.dur ?? 0);
    if (e.name === 'RunTask' && e.ts >= taskUntil) {
      out.total += cpu(e);
      taskUntil = end;
    }
    for (const [part, name] of Object.entries(CPU_PARTS) as [keyof typeof CPU_PARTS, string][]) {
      if (e.name !== name || e.ts < (openUntil.get(name) ?? 0)) continue;
      out[part] += cpu(e);
      openUntil.set(name, end);
    }
  }
  // The runtime runs inside the parser's task: its time is script, not parsing.
  out.parse = Math.max(0, out.parse - out.script);
  return out;
}

/** Opens the file once in a fresh context: ms from navigation to the frame after the script ran, and the trace if asked. */
async function openViewer(
  context: BrowserContext,
  file: string,
  trace: boolean,
): Promise<{ paintMs: number; events: TraceEvent[] }> {
  // Timed in the page (`window.document`: `document` in this module is the journey): the frame after the one in
  // which the script marks the page ready. (Timed from Node, the figure would also hold the round trips, which wait
  // behind the rest of the file being parsed.)
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (window.document.documentElement?.dataset['viewer'] !== 'ready') return;
      observer.disconnect();
      performance.mark('viewer-ready');
      requestAnimationFrame(() =>
        setTimeout(() => {
          (window as unknown as { __viewerPainted: number }).__viewerPainted = performance.now();
          performance.mark('viewer-painted');
        }),
      );
    }).observe(window.document, { attributes: true, subtree: true, attributeFilter: ['data-viewer'] });
  });
  const page = await context.newPage();
  const events: TraceEvent[] = [];
  const cdp = trace ? await context.newCDPSession(page) : null;
  const complete = cdp ? new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve())) : null;
  if (cdp) {
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,loading,blink.user_timing',
      transferMode: 'ReportEvents',
    });
  }
  await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
  const painted = await page.waitForFunction(
    () => (window as unknown as { __viewerPainted?: number }).__viewerPainted,
    null,
    { timeout: 120_000 },
  );
  const paintMs = Number(await painted.jsonValue());
  if (cdp) {
    await cdp.send('Tracing.end');
    await complete;
  }
  return { paintMs, events };
}

export async function benchViewer(browser: Browser, root: string, workDir: string): Promise<ViewerFigures[]> {
  const available = await fonts(root);
  const out: ViewerFigures[] = [];
  for (const options of [REPORT_JOURNEY, LARGE_JOURNEY]) {
    const { document } = generateBenchJourney(options);
    const builds: number[] = [];
    const buildCpus: number[] = [];
    let html = '';
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      html = buildViewerHtml(document, { fonts: available, date: new Date(Date.UTC(2025, 0, 15)) });
      const cpu = process.cpuUsage(cpu0);
      builds.push(performance.now() - t0);
      buildCpus.push((cpu.user + cpu.system) / 1000);
    }
    const file = path.join(workDir, `viewer-${document.touchpoints.length}.html`);
    await writeFile(file, html);
    const paints: number[] = [];
    const cpus: MainThreadCpu[] = [];
    for (const trace of [false, false, false, true, true, true]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        const opened = await openViewer(context, file, trace);
        if (trace) cpus.push(mainThreadCpu(opened.events, path.basename(file)));
        else paints.push(opened.paintMs);
      } finally {
        await context.close();
      }
    }
    out.push({
      touchpoints: document.touchpoints.length,
      buildMs: median(builds),
      buildCpuMs: median(buildCpus),
      bytes: Buffer.byteLength(html),
      paintMs: median(paints),
      cpu: Object.fromEntries(
        (Object.keys(cpus[0]!) as (keyof MainThreadCpu)[]).map((k) => [k, median(cpus.map((c) => c[k]))]),
      ) as unknown as MainThreadCpu,
    });
  }
  return out;
}

export function formatViewer(figures: readonly ViewerFigures[]): string[] {
  return figures.map(
    (f) =>
      `viewer HTML (${f.touchpoints.toLocaleString('en')} touchpoints): build ${f.buildMs.toFixed(0)} ms (CPU ${f.buildCpuMs.toFixed(0)} ms), ` +
      `${(f.bytes / 1024 / 1024).toFixed(2)} MiB, first paint in Chromium ${f.paintMs.toFixed(0)} ms; ` +
      `main-thread CPU to it ${f.cpu.total.toFixed(0)} ms (parse ${f.cpu.parse.toFixed(0)}, decode ${f.cpu.decode.toFixed(0)}, ` +
      `style ${f.cpu.style.toFixed(0)}, layout ${f.cpu.layout.toFixed(0)}, script ${f.cpu.script.toFixed(0)}, paint ${f.cpu.paint.toFixed(0)}); ` +
      `traced: that frame committed at ${f.cpu.frameCommitted.toFixed(0)} ms`,
  );
}

export function viewerTargetLines(figures: readonly ViewerFigures[]): { pass: boolean; text: string }[] {
  return figures.flatMap((f) => {
    const n = f.touchpoints.toLocaleString('en');
    return [
      {
        pass: f.buildMs < VIEWER_TARGETS.buildMs,
        text: `viewer build (${n}) ${f.buildMs.toFixed(0)} ms < ${VIEWER_TARGETS.buildMs} ms`,
      },
      {
        pass: f.paintMs < VIEWER_TARGETS.paintMs,
        text: `viewer first paint (${n}) ${f.paintMs.toFixed(0)} ms < ${VIEWER_TARGETS.paintMs} ms`,
      },
    ];
  });
}
