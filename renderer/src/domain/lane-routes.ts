/**
 * Routes of connections across lanes (a frontstage action triggering a
 * backstage process): orthogonal lines that leave and enter cards through
 * their bottom or top, run along the boundaries between lanes and down the
 * edges between stage columns, so they pass in the gaps rather than over
 * cards. Plain geometry, shared by the canvas (its edges and far map layer)
 * and the printed map, so both draw the same kind of line.
 *
 * Connections within one lane keep their own shapes; only a connection whose
 * two cards sit in different lanes is routed here.
 */

export type RoutePoint = readonly [x: number, y: number];

export interface RouteBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The free channels of a drawn blueprint: lane bands top to bottom and stage column edges left to right. */
export interface LaneGrid {
  /** Each lane's band as drawn, top to bottom (the boundaries between them carry no cards). */
  lanes: readonly { top: number; bottom: number }[];
  /** The x of every column's left edge, then the last column's right edge (no card straddles one). */
  columnEdges: readonly number[];
}

export interface CrossLaneEnds {
  sourceLane: number;
  targetLane: number;
  /**
   * Another card of the source's cell stands between the source and the
   * lane boundary it leaves by: leave from the card's side instead of its
   * bottom (or top). Likewise for the target.
   */
  sourceSide?: boolean;
  targetSide?: boolean;
}

/**
 * Routes going up leave and enter a little right of the cards' middles, so a
 * connection and its way back (a failure and its recovery) draw as two lines.
 */
const UP_SHIFT = 24;

/** Room kept between a side exit and the column edge when the card touches that edge. */
const SIDE_STEP = 16;

function nearestEdge(edges: readonly number[], x: number, side: 'right' | 'left'): number {
  let best: number | null = null;
  for (const e of edges) {
    if (side === 'right' && e >= x && (best === null || e < best)) best = e;
    if (side === 'left' && e <= x && (best === null || e > best)) best = e;
  }
  if (best === null || Math.abs(best - x) < 1) return side === 'right' ? x + SIDE_STEP : x - SIDE_STEP;
  return best;
}

/** The column edge to run down from one lane boundary to another: the shortest way from x1 to x2, nearest x2. */
function channelX(edges: readonly number[], x1: number, x2: number): number {
  let best = x2;
  let cost = Number.POSITIVE_INFINITY;
  for (const e of edges) {
    const c = Math.abs(x1 - e) + Math.abs(e - x2) + Math.abs(e - x2) * 1e-3;
    if (c < cost) {
      cost = c;
      best = e;
    }
  }
  return best;
}

/** Drops repeated points and the middle of three points on one straight line. */
export function simplifyRoute(points: readonly RoutePoint[]): RoutePoint[] {
  const out: RoutePoint[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 0.5 && Math.abs(last[1] - p[1]) < 0.5) continue;
    const before = out[out.length - 2];
    if (before && last) {
      const straight =
        (Math.abs(before[0] - last[0]) < 0.5 && Math.abs(last[0] - p[0]) < 0.5) ||
        (Math.abs(before[1] - last[1]) < 0.5 && Math.abs(last[1] - p[1]) < 0.5);
      if (straight) out.pop();
    }
    out.push(p);
  }
  return out;
}

/**
 * The points of a connection from a card in one lane to a card in another:
 * out of the source's bottom (target lane below) or top (above) to the lane
 * boundary, along it, down (or up) a column edge to the target lane's
 * boundary, along that, and into the target's top (or bottom). An end with
 * another card of its cell in the way leaves or enters by the card's side
 * (right of the source, left of the target) and its column's edge instead.
 */
export function crossLaneRoute(source: RouteBox, target: RouteBox, grid: LaneGrid, ends: CrossLaneEnds): RoutePoint[] {
  const from = grid.lanes[ends.sourceLane];
  const to = grid.lanes[ends.targetLane];
  const down = ends.targetLane > ends.sourceLane;
  const yA = from ? (down ? from.bottom : from.top) : down ? source.y + source.height : source.y;
  const yB = to ? (down ? to.top : to.bottom) : yA;

  const start: RoutePoint[] = [];
  if (ends.sourceSide) {
    const sy = source.y + source.height / 2;
    const sx = source.x + source.width;
    const xr = nearestEdge(grid.columnEdges, sx, 'right');
    start.push([sx, sy], [xr, sy], [xr, yA]);
  } else {
    const cx = source.x + source.width / 2 + (down ? 0 : UP_SHIFT);
    start.push([cx, down ? source.y + source.height : source.y], [cx, yA]);
  }
  const end: RoutePoint[] = [];
  if (ends.targetSide) {
    const ty = target.y + target.height / 2;
    const xl = nearestEdge(grid.columnEdges, target.x, 'left');
    end.push([xl, yB], [xl, ty], [target.x, ty]);
  } else {
    const cx = target.x + target.width / 2 + (down ? 0 : UP_SHIFT);
    end.push([cx, yB], [cx, down ? target.y : target.y + target.height]);
  }

  const x1 = start[start.length - 1]![0];
  const x2 = end[0]![0];
  const middle: RoutePoint[] = [];
  if (Math.abs(yA - yB) >= 0.5) {
    const xc = channelX(grid.columnEdges, x1, x2);
    middle.push([xc, yA], [xc, yB]);
  }
  return simplifyRoute([...start, ...middle, ...end]);
}

/** SVG path data through the points, each corner rounded (never by more than half of either segment). */
export function roundedRoutePath(points: readonly RoutePoint[], radius = 10): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first[0]},${first[1]}`;
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${x},${y}`;
      break;
    }
    const [px, py] = points[i - 1]!;
    const inLen = Math.hypot(x - px, y - py);
    const outLen = Math.hypot(next[0] - x, next[1] - y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      d += ` L ${x},${y}`;
      continue;
    }
    const ax = x - ((x - px) / inLen) * r;
    const ay = y - ((y - py) / inLen) * r;
    const bx = x + ((next[0] - x) / outLen) * r;
    const by = y + ((next[1] - y) / outLen) * r;
    d += ` L ${ax},${ay} Q ${x},${y} ${bx},${by}`;
  }
  return d;
}

/**
 * Where a route's label sits: the middle of its longest horizontal segment
 * (a lane boundary, where no card is), else `along` its longest segment from
 * the source's side (below ½, a line and its way back label apart).
 */
export function routeLabelPoint(points: readonly RoutePoint[], along = 0.5): RoutePoint {
  let best: RoutePoint | null = null;
  let bestLen = -1;
  let any: RoutePoint = points[0] ?? [0, 0];
  let anyLen = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (Math.abs(a[1] - b[1]) < 0.5 && len > bestLen) {
      best = [(a[0] + b[0]) / 2, a[1]];
      bestLen = len;
    }
    if (len > anyLen) {
      any = [a[0] + (b[0] - a[0]) * along, a[1] + (b[1] - a[1]) * along];
      anyLen = len;
    }
  }
  return best ?? any;
}

/** Whether the segment from a to b (horizontal or vertical) passes through the inside of a box. */
export function segmentCrossesBox(a: RoutePoint, b: RoutePoint, box: RouteBox, inset = 1): boolean {
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  const minX = Math.min(a[0], b[0]);
  const maxX = Math.max(a[0], b[0]);
  const minY = Math.min(a[1], b[1]);
  const maxY = Math.max(a[1], b[1]);
  return maxX > left && minX < right && maxY > top && minY < bottom;
}

/**
 * Whether a card of the same cell stands between this card and the lane
 * boundary a route leaves (or enters) by: below it when the route goes down,
 * above it when up, overlapping it across.
 */
export function blockedTowards(card: RouteBox, cellmates: readonly RouteBox[], down: boolean): boolean {
  return cellmates.some(
    (o) => o !== card && o.x < card.x + card.width && o.x + o.width > card.x && (down ? o.y > card.y : o.y < card.y),
  );
}
