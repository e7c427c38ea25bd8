/** Formats the benchmark's results: the side-by-side table and the target lines. Pure. */
import type { FrameStats } from './stats';

/** Main-thread work during an interaction, in ms. */
export interface MainThread {
  busyMs: number;
  scriptMs: number;
  styleLayoutMs: number;
  /** Busy time that is neither script nor style/layout: paint, compositing set-up, hit testing, GC. */
  otherMs: number;
}

export interface Interaction extends FrameStats {
  /** Mouse moves sent (one per frame). */
  moves: number;
  /** Wall time per mouse move: how long one move took to reach the screen. */
  msPerMove: number;
  /** Nodes in the DOM when the interaction started. */
  nodesInDom: number;
  mainThread: MainThread;
}

export interface AppFigures {
  /** Median of the opens at fit view: navigation start to the first frame with touchpoints drawn. */
  openMs: number;
  openRuns: number[];
  /** Median of the same opens: navigation start to the first frame with connections drawn. */
  edgesMs: number;
  edgesRuns: number[];
  /** One open straight at 1:1 zoom (few nodes on screen), for context. */
  openOneMs: number;
  heapMb: number;
  panFit: Interaction;
  dragFit: Interaction;
  panOne: Interaction;
  dragOne: Interaction;
}

export interface ReportFigures {
  htmlMs: number;
  /** Characters of the HTML document (fonts included as data URLs). */
  htmlBytes: number;
  /** Loading the document (once), then the placeholders' style and the print with tags and outline. */
  loadMs: number;
  /** Times the document was loaded: one. */
  loads: number;
  styleMs: number;
  printMs: number;
  /** Prints made: one when the numbers are written into the PDF. */
  prints: number;
  /**
   * Opening and closing the print window: a new browser context and page (a renderer process started), as the
   * desktop app creates and destroys its hidden print window.
   */
  windowMs: number;
  /** The rest: reading the destinations and writing the numbers into the PDF, and the protocol's round trips. */
  otherMs: number;
  totalMs: number;
  /** CPU time Chromium spent on the load and print (all its processes), when the OS tells. */
  chromiumCpuMs: number | null;
  bytes: number;
  pages: number | null;
  /** The same document in the same run printed twice in one loaded page, the numbers in CSS (before; the fallback). */
  twice: { printMs: number; totalMs: number; chromiumCpuMs: number | null };
  /** Exports as the app runs them (printed ahead while the preview shows): the wait after choosing a name. */
  inApp: ReadonlyArray<{ clickMs: number; dialogMs: number; waitMs: number }>;
}

/**
 * rAF timestamps jitter by a few tenths of a millisecond around the 16.67 ms
 * refresh, so a frame interval this close above a frame limit counts as within it.
 */
export const FRAME_JITTER_MS = 0.5;

export const TARGETS = {
  openMs: 1000,
  p95OneToOne: 16.7,
  p95FitView: 33,
  ratio: 1.5,
  reportMs: 1500,
} as const;

interface Row {
  label: string;
  waymark: number;
  bare: number;
  unit: string;
}

const INTERACTIONS = [
  ['panFit', 'pan, fit view'],
  ['dragFit', 'drag, fit view'],
  ['panOne', 'pan, 1:1'],
  ['dragOne', 'drag, 1:1'],
] as const;

function rows(w: AppFigures, b: AppFigures): Row[] {
  const list: Row[] = [
    { label: 'open (median of runs)', waymark: w.openMs, bare: b.openMs, unit: 'ms' },
    { label: 'open, connections drawn (median)', waymark: w.edgesMs, bare: b.edgesMs, unit: 'ms' },
    { label: 'JS heap after load', waymark: w.heapMb, bare: b.heapMb, unit: 'MB' },
  ];
  for (const [key, name] of INTERACTIONS) {
    for (const stat of ['p50', 'p95', 'max'] as const) {
      list.push({ label: `${name} frame ${stat}`, waymark: w[key][stat], bare: b[key][stat], unit: 'ms' });
    }
  }
  return list;
}

export const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const ratioOf = (a: number, b: number) => (b > 0 && Number.isFinite(a) && Number.isFinite(b) ? a / b : Number.NaN);

function table(header: string[], body: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
}

export function formatComparison(w: AppFigures, b: AppFigures): string[] {
  const body = rows(w, b).map((r) => [
    `${r.label} (${r.unit})`,
    fixed(r.waymark),
    fixed(r.bare),
    fixed(ratioOf(r.waymark, r.bare), 2),
  ]);
  const describe = (i: Interaction) =>
    `${i.frames} frames, ${i.moves} moves (${fixed(i.msPerMove, 0)} ms each), ${i.nodesInDom} nodes in DOM; ` +
    `main thread ${fixed(i.mainThread.busyMs, 0)} ms = script ${fixed(i.mainThread.scriptMs, 0)} + ` +
    `style/layout ${fixed(i.mainThread.styleLayoutMs, 0)} + paint/composite/hit-test/other ${fixed(i.mainThread.otherMs, 0)}`;
  const context = INTERACTIONS.flatMap(([key, name]) => [
    `  ${name}`,
    `    Waymark: ${describe(w[key])}`,
    `    bare:    ${describe(b[key])}`,
  ]);
  return [
    ...table(['figure', 'Waymark', 'bare', 'Waymark/bare'], body),
    '',
    `open runs at fit view, first paint (ms): Waymark ${w.openRuns.map((v) => fixed(v, 0)).join(', ')}; bare ${b.openRuns.map((v) => fixed(v, 0)).join(', ')}`,
    `open runs at fit view, connections drawn (ms): Waymark ${w.edgesRuns.map((v) => fixed(v, 0)).join(', ')}; bare ${b.edgesRuns.map((v) => fixed(v, 0)).join(', ')}`,
    `open at 1:1 (ms): Waymark ${fixed(w.openOneMs, 0)}; bare ${fixed(b.openOneMs, 0)}`,
    ...context,
  ];
}

export function formatReport(r: ReportFigures): string[] {
  return [
    `report PDF (200 touchpoints): ${fixed(r.totalMs, 0)} ms = HTML ${fixed(r.htmlMs, 0)} ms + load ${fixed(r.loadMs, 0)} ms ` +
      `(${r.loads}×) + print ${fixed(r.printMs, 0)} ms (${r.prints}×) + style ` +
      `${fixed(r.styleMs, 0)} ms + print window opened and closed ${fixed(r.windowMs, 0)} ms + reading pages and writing ` +
      `the numbers ${fixed(r.otherMs, 0)} ms; HTML ` +
      `${(r.htmlBytes / 1024).toFixed(0)} KiB, PDF ${(r.bytes / 1024).toFixed(0)} KiB${r.pages !== null ? `, ${r.pages} pages` : ''}` +
      `${r.chromiumCpuMs !== null ? `; Chromium CPU ${fixed(r.chromiumCpuMs, 0)} ms` : ''}`,
    // Measured through main's handlers: the dialog prints its preview's document ahead, Export saves that PDF.
    `  in the app (printed ahead while the preview shows, then ${r.inApp[0] ? r.inApp[0].dialogMs / 1000 : 1} s in the save dialog): ` +
      `the wait after choosing a name is ` +
      r.inApp
        .map((e) => `${fixed(e.waitMs, 0)} ms with Export clicked ${e.clickMs / 1000} s after the preview shows`)
        .join(', '),
    `  same run, printed twice with the numbers in CSS (before; the fallback): ${fixed(r.twice.totalMs, 0)} ms, ` +
      `of which prints ${fixed(r.twice.printMs, 0)} ms` +
      `${r.twice.chromiumCpuMs !== null ? `; Chromium CPU ${fixed(r.twice.chromiumCpuMs, 0)} ms` : ''}`,
  ];
}

export interface TargetLine {
  pass: boolean;
  text: string;
}

export function targetLines(w: AppFigures, b: AppFigures, report: ReportFigures | null): TargetLine[] {
  const lines: TargetLine[] = [];
  const check = (value: number, limit: number, strict: boolean, text: string) =>
    lines.push({ pass: Number.isFinite(value) && (strict ? value < limit : value <= limit), text });
  check(w.openMs, TARGETS.openMs, true, `Waymark open ${fixed(w.openMs, 0)} ms < ${TARGETS.openMs} ms`);
  check(
    w.edgesMs,
    TARGETS.openMs,
    true,
    `Waymark open, connections drawn ${fixed(w.edgesMs, 0)} ms < ${TARGETS.openMs} ms`,
  );
  for (const [key, name] of INTERACTIONS) {
    const limit = key.endsWith('One') ? TARGETS.p95OneToOne : TARGETS.p95FitView;
    check(w[key].p95, limit + FRAME_JITTER_MS, false, `Waymark ${name} p95 ${fixed(w[key].p95)} ms ≤ ${limit} ms`);
  }
  for (const r of rows(w, b)) {
    const ratio = ratioOf(r.waymark, r.bare);
    check(ratio, TARGETS.ratio, false, `ratio ${r.label} ${fixed(ratio, 2)} ≤ ${TARGETS.ratio}`);
  }
  if (report) lines.push(...reportTargets(report));
  return lines;
}

/** The 6-lane blueprint of the same journey: its open and interactions, one line. */
export function formatBlueprint(w: AppFigures): string {
  return (
    `6-lane blueprint (same 2,000 touchpoints): open ${fixed(w.openMs, 0)} ms, connections drawn ${fixed(w.edgesMs, 0)} ms; ` +
    INTERACTIONS.map(([key, name]) => `${name} p95 ${fixed(w[key].p95)} ms`).join(', ')
  );
}

/** The blueprint keeps the plain journey's open and frame targets (no bare page to compare with). */
export function blueprintTargets(w: AppFigures): TargetLine[] {
  const lines: TargetLine[] = [
    {
      pass: Number.isFinite(w.openMs) && w.openMs < TARGETS.openMs,
      text: `6-lane blueprint open ${fixed(w.openMs, 0)} ms < ${TARGETS.openMs} ms`,
    },
  ];
  for (const [key, name] of INTERACTIONS) {
    const limit = key.endsWith('One') ? TARGETS.p95OneToOne : TARGETS.p95FitView;
    const value = w[key].p95;
    lines.push({
      pass: Number.isFinite(value) && value <= limit + FRAME_JITTER_MS,
      text: `6-lane blueprint ${name} p95 ${fixed(value)} ms ≤ ${limit} ms`,
    });
  }
  return lines;
}

/** The report's target: the whole PDF, contents page numbers included, under 1.5 s. */
export function reportTargets(report: ReportFigures): TargetLine[] {
  const value = report.totalMs;
  return [
    {
      pass: Number.isFinite(value) && value < TARGETS.reportMs,
      text: `report PDF ${fixed(value, 0)} ms < ${TARGETS.reportMs} ms`,
    },
  ];
}

export function formatTargets(lines: readonly TargetLine[]): string[] {
  const passed = lines.filter((l) => l.pass).length;
  return [
    ...lines.map((l) => `  ${l.pass ? 'PASS' : 'MISS'}  ${l.text}`),
    `${passed} of ${lines.length} targets met (informative: the benchmark never fails the build).`,
  ];
}
