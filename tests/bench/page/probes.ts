/**
 * Functions that run inside the benchmarked page (passed to Playwright's
 * `addInitScript` / `evaluate`, so each is self-contained: no imports, no
 * outer variables).
 */

export interface OpenProbe {
  /** ms since navigation start when a rAF first saw visible touchpoint nodes. */
  nodesAt: number | null;
  /** ms since navigation start when that frame's rendering was done (a task queued from the rAF). */
  paintedAt: number | null;
  /** Touchpoint nodes in the DOM at that moment. */
  nodeCount: number;
  /** ms since navigation start when the first frame with connections drawn was rendered. */
  edgesPaintedAt: number | null;
  /** Connections in the DOM at that moment. */
  edgeCount: number;
}

export interface FrameSampler {
  times: number[];
  running: boolean;
}

interface BenchWindow {
  __benchOpen?: OpenProbe;
  __benchFrames?: FrameSampler;
}

/**
 * Init script: from the first frame on, watch for touchpoint nodes (Waymark's
 * or the bare page's) to appear, then for connections to be drawn. Each time
 * is taken in a task queued from the frame's rAF, so it falls after that
 * frame's style, layout and paint.
 */
export function installOpenProbe(): void {
  const w = window as unknown as BenchWindow;
  const probe: OpenProbe = { nodesAt: null, paintedAt: null, nodeCount: 0, edgesPaintedAt: null, edgeCount: 0 };
  w.__benchOpen = probe;
  const nodeSelector = '.react-flow__node-touchpoint, .react-flow__node-default';
  const afterFrame = (done: (at: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      done(performance.now());
      channel.port1.close();
    };
    channel.port2.postMessage(0);
  };
  const check = () => {
    if (probe.nodesAt === null) {
      const nodes = document.querySelectorAll<HTMLElement>(nodeSelector);
      const first = nodes[0];
      // React Flow hides a node (inline style) until it knows its size; reading the inline style forces no layout.
      if (first && first.style.visibility !== 'hidden') {
        probe.nodesAt = performance.now();
        probe.nodeCount = nodes.length;
        afterFrame((at) => (probe.paintedAt = at));
      }
    }
    if (probe.nodesAt !== null) {
      // Far out, Waymark draws connections on its far map canvas, which says how many it drew.
      const farMap = document.querySelector<HTMLElement>('canvas.far-map');
      const edges = Number(farMap?.dataset.connections ?? 0) || document.querySelectorAll('.react-flow__edge').length;
      if (edges > 0) {
        probe.edgeCount = edges;
        afterFrame((at) => (probe.edgesPaintedAt = at));
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

export function readOpenProbe(): OpenProbe | null {
  const probe = (window as unknown as BenchWindow).__benchOpen;
  return probe && probe.paintedAt !== null && probe.edgesPaintedAt !== null ? { ...probe } : null;
}

/** Resolves once `quietFrames` frames in a row came within `maxInterval` ms, or after `timeout` ms. */
export function waitForQuiet(args: { quietFrames: number; maxInterval: number; timeout: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const start = performance.now();
    let last = -1;
    let calm = 0;
    const tick = (t: number) => {
      if (last >= 0) calm = t - last <= args.maxInterval ? calm + 1 : 0;
      last = t;
      if (calm >= args.quietFrames) resolve(true);
      else if (t - start > args.timeout) resolve(false);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Starts recording the timestamp of every animation frame. */
export function startFrameSampler(): void {
  const sampler: FrameSampler = { times: [], running: true };
  (window as unknown as BenchWindow).__benchFrames = sampler;
  const loop = (t: number) => {
    sampler.times.push(t);
    if (sampler.running) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Stops the sampler and returns the frame timestamps it saw. */
export function stopFrameSampler(): number[] {
  const sampler = (window as unknown as BenchWindow).__benchFrames;
  if (!sampler) return [];
  sampler.running = false;
  return sampler.times;
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The React Flow canvas's box on screen. */
export function canvasRect(): Rect | null {
  const el = document.querySelector('.react-flow');
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/**
 * A point inside `area` where pressing the mouse pans the canvas: on the
 * pane or on a node that does not drag (a stage column), never on a card,
 * an edge, a control or a panel. Scans a grid, nearest to the area's centre first.
 */
export function findPanPoint(area: Rect): { x: number; y: number } | null {
  const blocked =
    '.nopan, .react-flow__panel, .react-flow__minimap, .react-flow__controls, .react-flow__edge, ' +
    '.react-flow__edgelabel-renderer, .react-flow__handle, button, input, textarea, select, a, [contenteditable="true"]';
  const points: { x: number; y: number; d: number }[] = [];
  const cx = area.left + area.width / 2;
  const cy = area.top + area.height / 2;
  for (let y = area.top + 4; y < area.top + area.height - 4; y += 6) {
    for (let x = area.left + 4; x < area.left + area.width - 4; x += 6) {
      points.push({ x, y, d: Math.hypot(x - cx, y - cy) });
    }
  }
  points.sort((a, b) => a.d - b.d);
  for (const p of points) {
    const el = document.elementFromPoint(p.x, p.y);
    if (el && el.closest('.react-flow') && !el.closest(blocked)) return { x: Math.round(p.x), y: Math.round(p.y) };
  }
  return null;
}

/**
 * A point on the node `id` that grabs that node (not its handles, not
 * something drawn over it), or null when the node is not on screen.
 */
export function findNodePoint(id: string): { x: number; y: number } | null {
  const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (!node) return null;
  const r = node.getBoundingClientRect();
  const fractions = [0.5, 0.35, 0.65, 0.2, 0.8];
  for (const fy of fractions) {
    for (const fx of fractions) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      const el = document.elementFromPoint(x, y);
      const hit = el?.closest('.react-flow__node');
      if (hit?.getAttribute('data-id') === id && !el?.closest('.react-flow__handle, button, textarea, input')) {
        return { x: Math.round(x), y: Math.round(y) };
      }
    }
  }
  return null;
}

export interface LiveProbe {
  /** Every animation frame's timestamp (ms since the page's time origin). */
  frames: number[];
  /**
   * Each frame at which the workshop panel's text changed: `at` when the
   * frame's callback read it, on the epoch clock (performance.timeOrigin +
   * performance.now()), which Node shares, and the text of its paragraphs
   * (Node reads the counts out of it: tests/bench/live-arrivals.ts).
   */
  changes: { at: number; text: string }[];
  running: boolean;
}

/**
 * Starts, on the host page, one rAF loop that records every frame and reads,
 * once per frame, the text of the open workshop panel's paragraphs, where it
 * shows notes added since the session started (Session section) and dots
 * placed (the hidden tally's line). Reading it once per frame: a change is
 * seen at the first frame after React rendered the store's new state. No test
 * hook: the DOM only. The text is kept as it is (parsed in Node), so a line
 * worded otherwise (one note, one dot) cannot be lost in the page.
 */
export function startLiveProbe(): void {
  const probe: LiveProbe = { frames: [], changes: [], running: true };
  (window as unknown as { __benchLive?: LiveProbe }).__benchLive = probe;
  let last: string | null = null;
  const loop = (t: number) => {
    probe.frames.push(t);
    let text = '';
    for (const p of document.querySelectorAll('.ws-p')) text += `${p.textContent ?? ''}\n`;
    if (text !== last) {
      last = text;
      // Read now, not the frame's timestamp: after a long task the frame's start precedes the change it shows.
      probe.changes.push({ at: performance.timeOrigin + performance.now(), text });
    }
    if (probe.running) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Stops the live probe and returns what it saw, with frame times on the epoch clock. */
export function stopLiveProbe(): { frames: number[]; changes: LiveProbe['changes'] } {
  const probe = (window as unknown as { __benchLive?: LiveProbe }).__benchLive;
  if (!probe) return { frames: [], changes: [] };
  probe.running = false;
  return { frames: probe.frames.map((t) => performance.timeOrigin + t), changes: probe.changes };
}
