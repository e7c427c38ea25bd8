/**
 * Connection labels kept off the cards. Each route's layout puts its label at
 * a natural spot (the middle of a curve, beside a bracket); where that plate
 * would cover a card (its title, face or badges) or a label placed before it,
 * the label moves to the first free spot along its own line: points sampled
 * out from the middle, with the plate above, below, right or left of the line.
 * Where no spot clears the cards (a long label on a short link between two
 * neighbouring cards), the first spot that clears their titles is taken; when
 * none does either, the label stays where its route put it. Plain data in,
 * plain data out: the report's map, the viewer and the map image all draw
 * the plan this returns.
 */
import type { Box, LabelPlan, LinesPlan, Point, RoutePath, RoutePlan, TextPlan } from './map-layout';

/** A card as the labels see it: its box, and its title's lines (what a label must never cover). */
export interface LabelObstacle extends Box {
  title: LinesPlan;
}

/** Room kept between a moved plate and a card. */
const CLEARANCE = 2;
/** Where along the line to look, from its middle outwards. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9];

/** Whether two boxes come within `margin` of each other (the map layout's stub labels ask it too). */
export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    a.x + a.width + margin > b.x &&
    a.y < b.y + b.height + margin &&
    a.y + a.height + margin > b.y
  );
}

/** The point a fraction of the way along a route's line (by length for an elbow, by parameter for a curve). */
export function pointAlong(path: RoutePath, t: number): Point {
  if (path.shape === 'curve') {
    const u = 1 - t;
    const [a, b, c, d] = [path.start, path.control1, path.control2, path.end];
    const at = (i: 0 | 1) => u * u * u * a[i] + 3 * u * u * t * b[i] + 3 * u * t * t * c[i] + t * t * t * d[i];
    return [at(0), at(1)];
  }
  const pts = path.points;
  if (pts.length === 0) return [0, 0];
  const lengths = pts.slice(1).map((p, i) => Math.hypot(p[0] - pts[i]![0], p[1] - pts[i]![1]));
  let left = lengths.reduce((sum, l) => sum + l, 0) * t;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (left <= l && l > 0) {
      const a = pts[i]!;
      const b = pts[i + 1]!;
      return [a[0] + ((b[0] - a[0]) * left) / l, a[1] + ((b[1] - a[1]) * left) / l];
    }
    left -= l;
  }
  return pts[pts.length - 1]!;
}

/** The same label (text, size, plate width) with its text at another point and anchor. */
function moved(label: LabelPlan, x: number, baseline: number, anchor: TextPlan['anchor']): LabelPlan {
  const { width, height } = label.plate;
  const left = anchor === 'start' ? x - 4 : anchor === 'middle' ? x - width / 2 : x - width + 4;
  return { ...label, x, y: baseline, anchor, plate: { x: left, y: baseline - label.size, width, height } };
}

/** How far above or below its line a label may be nudged, in plate heights, when nothing nearer is free. */
const NUDGES = [1, 2, 3];

/**
 * The spots tried for a label on a line through this point: in ring 0 above,
 * below, right and left of it; in ring k (1 to 3) k plate heights further
 * above and below.
 */
function spotsAt(label: LabelPlan, [x, y]: Point, ring: number): LabelPlan[] {
  // A label of more than one line stands that much higher above the line, so its last line clears it.
  const rise = label.wrapped ? (label.wrapped.lines.length - 1) * label.wrapped.lineHeight : 0;
  if (ring === 0) {
    return [
      moved(label, x, y - 4 - rise, 'middle'),
      moved(label, x, y + label.size + 3, 'middle'),
      moved(label, x + 6, y + 3, 'start'),
      moved(label, x - 6, y + 3, 'end'),
    ];
  }
  const step = ring * label.plate.height;
  return [moved(label, x, y - 4 - rise - step, 'middle'), moved(label, x, y + label.size + 3 + step, 'middle')];
}

/** The box of a card's title lines, from the first line's top to the last line's descenders. */
export function titleBox(card: LabelObstacle): Box {
  const { title } = card;
  const top = title.y - title.size;
  const bottom = title.y + Math.max(0, title.lines.length - 1) * title.lineHeight + title.size * 0.3;
  return { x: card.x, y: top, width: card.width, height: bottom - top };
}

/** Side of the grid cells the boxes are filed under, in map units (about a card's width). */
const CELL = 256;

/**
 * Boxes filed by the grid cells they cover, so that asking whether a plate
 * overlaps any of them looks at the few boxes near it, not at every card of
 * the map (a 2,000-card map with a label on each connection would otherwise
 * test millions of pairs).
 */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  constructor(boxes: readonly Box[] = []) {
    for (const box of boxes) this.add(box);
  }

  private keys(box: Box, margin: number): string[] {
    const keys: string[] = [];
    const x0 = Math.floor((box.x - margin) / CELL);
    const x1 = Math.floor((box.x + box.width + margin) / CELL);
    const y0 = Math.floor((box.y - margin) / CELL);
    const y1 = Math.floor((box.y + box.height + margin) / CELL);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(box: Box): void {
    for (const key of this.keys(box, 0)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  /** Whether `box`, grown by `margin` on every side, overlaps a filed box. */
  overlaps(box: Box, margin = 0): boolean {
    return this.keys(box, margin).some(
      (key) => this.cells.get(key)?.some((b) => boxesOverlap(box, b, margin)) ?? false,
    );
  }
}

/**
 * The routes with every label that covered a card moved to a free spot on its
 * line, where there is one inside the drawing's width. Labels are settled in
 * route order, each kept clear of those before it too.
 */
export function placeLabels(
  routes: readonly RoutePlan[],
  cards: readonly LabelObstacle[],
  drawingWidth: number,
): RoutePlan[] {
  const cardGrid = new BoxGrid(cards);
  const titleGrid = new BoxGrid(cards.map(titleBox));
  const placed = new BoxGrid();
  const free = (plate: Box, obstacles: BoxGrid, margin: number) =>
    plate.x >= 0 &&
    plate.x + plate.width <= drawingWidth &&
    !obstacles.overlaps(plate, margin) &&
    !placed.overlaps(plate);
  const firstFree = (route: RoutePlan, label: LabelPlan, obstacles: BoxGrid): LabelPlan | null => {
    // Nearest the line first: every point along it, then nudged one plate height further, and so on.
    for (const ring of [0, ...NUDGES]) {
      for (const t of ALONG) {
        for (const spot of spotsAt(label, pointAlong(route.path, t), ring)) {
          if (free(spot.plate, obstacles, CLEARANCE)) return spot;
        }
      }
    }
    return null;
  };
  return routes.map((route) => {
    const label = route.label;
    if (!label) return route;
    const chosen = free(label.plate, cardGrid, 0)
      ? label
      : (firstFree(route, label, cardGrid) ??
        (free(label.plate, titleGrid, 0) ? label : firstFree(route, label, titleGrid)) ??
        label);
    placed.add(chosen.plate);
    return chosen === label ? route : { ...route, label: chosen };
  });
}
