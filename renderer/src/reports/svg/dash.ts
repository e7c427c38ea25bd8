/**
 * Dashed lines for print, drawn as one short stroke per dash.
 *
 * Chromium's PDF writer (Skia) has no dashed strokes: it turns every dash of
 * a `stroke-dasharray` line into a filled outline of curves (a round-capped
 * dash of 2.5 px becomes some 10 curve segments). The 200-touchpoint report
 * had 120,000 such segments, 7 of its 10 MB of page drawing, and its print
 * took over a second longer than without the dashes. A path whose subpaths
 * are the dashes themselves prints as plain moves and lines, stroked with the
 * same width and round caps, and looks the same.
 */

export type Point = readonly [number, number];

/** A path as its outline: a start and straight, quadratic or cubic pieces. */
export type PathPiece =
  | { kind: 'line'; to: Point }
  | { kind: 'quad'; control: Point; to: Point }
  | { kind: 'cubic'; control1: Point; control2: Point; to: Point };

/** Length of a flattened piece of a curve, px: fine enough for dashes of 2.5 px to follow a curve. */
const FLAT_STEP = 2;
const MAX_STEPS = 200;

function along(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** The path as a polyline: curves cut into pieces of about FLAT_STEP. */
export function flattenPath(start: Point, pieces: readonly PathPiece[]): Point[] {
  const points: Point[] = [start];
  let from = start;
  for (const piece of pieces) {
    if (piece.kind === 'line') {
      points.push(piece.to);
    } else {
      const controls = piece.kind === 'quad' ? [piece.control] : [piece.control1, piece.control2];
      const hull = [from, ...controls, piece.to];
      let length = 0;
      for (let i = 1; i < hull.length; i++)
        length += Math.hypot(hull[i]![0] - hull[i - 1]![0], hull[i]![1] - hull[i - 1]![1]);
      const steps = Math.max(2, Math.min(MAX_STEPS, Math.ceil(length / FLAT_STEP)));
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        // de Casteljau: repeated interpolation between the control points.
        let level: Point[] = hull;
        while (level.length > 1) {
          const next: Point[] = [];
          for (let i = 1; i < level.length; i++) {
            next.push([along(level[i - 1]![0], level[i]![0], t), along(level[i - 1]![1], level[i]![1], t)]);
          }
          level = next;
        }
        points.push(level[0]!);
      }
    }
    from = piece.to;
  }
  return points;
}

/** A `stroke-dasharray` value as lengths; null when it is not a usable pattern. */
export function dashPattern(dasharray: string): number[] | null {
  const values = dasharray
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v < 0)) return null;
  // As in SVG, an odd count repeats once to make it even.
  const pattern = values.length % 2 === 1 ? [...values, ...values] : values;
  return pattern.reduce((a, b) => a + b, 0) > 0 ? pattern : null;
}

/**
 * Path data with one subpath per dash of `pattern` along the polyline, as SVG
 * draws `stroke-dasharray` (the pattern starts at the first point and goes on
 * across corners). A dash that turns a corner keeps the corner.
 */
export function dashedPathData(
  points: readonly Point[],
  pattern: readonly number[],
  num: (v: number) => string,
): string {
  const out: string[] = [];
  let index = 0;
  let left = pattern[0]!;
  let on = true;
  const put = (p: Point, move: boolean): void => {
    out.push(`${move ? 'M' : 'L'}${num(p[0])} ${num(p[1])}`);
  };
  if (points.length > 1) put(points[0]!, true);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    let at = 0;
    // Each pattern interval that ends on this piece ends a dash (a line to there) or starts one (a move).
    while (length - at > left) {
      at += left;
      const t = at / length;
      put([along(a[0], b[0], t), along(a[1], b[1], t)], !on);
      on = !on;
      index = (index + 1) % pattern.length;
      left = pattern[index]!;
    }
    left -= length - at;
    // Inside a dash, the dash follows the polyline through its corner.
    if (on) put(b, false);
  }
  return out.join('');
}

/** Parses path data as the report's drawings write it (one M, then absolute L, Q and C) into a start and pieces; null for anything else. */
export function parsePathData(d: string): { start: Point; pieces: PathPiece[] } | null {
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:[eE][-+]?\d+)?/g);
  if (!tokens || tokens[0] !== 'M') return null;
  const numbers = (from: number, count: number): number[] | null => {
    const values = tokens.slice(from, from + count).map(Number);
    return values.length === count && values.every(Number.isFinite) ? values : null;
  };
  const first = numbers(1, 2);
  if (!first) return null;
  const start: Point = [first[0]!, first[1]!];
  const pieces: PathPiece[] = [];
  for (let i = 3; i < tokens.length;) {
    const command = tokens[i]!;
    const count = command === 'L' ? 2 : command === 'Q' ? 4 : command === 'C' ? 6 : -1;
    const v = count > 0 ? numbers(i + 1, count) : null;
    if (!v) return null;
    if (command === 'L') pieces.push({ kind: 'line', to: [v[0]!, v[1]!] });
    else if (command === 'Q') pieces.push({ kind: 'quad', control: [v[0]!, v[1]!], to: [v[2]!, v[3]!] });
    else pieces.push({ kind: 'cubic', control1: [v[0]!, v[1]!], control2: [v[2]!, v[3]!], to: [v[4]!, v[5]!] });
    i += count + 1;
  }
  return { start, pieces };
}

/** The dashes of `dasharray` along the path `d` (M, L, Q, C) as path data; null when either cannot be read. */
export function dashesOf(d: string, dasharray: string, num: (v: number) => string): string | null {
  const path = parsePathData(d);
  const pattern = dashPattern(dasharray);
  if (!path || !pattern) return null;
  return dashedPathData(flattenPath(path.start, path.pieces), pattern, num);
}
