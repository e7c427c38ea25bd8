/**
 * What the emotion-curve lane draws, kept apart from the view so that an edit the curve
 * does not show (a title, a description, a channel) costs it nothing on a map of
 * thousands of cards, and an emotion change does not order the whole map again.
 */
import { sameData } from '../../../domain/equal';
import type { PersonaId } from '../../../domain/ids';
import { emotionFor } from '../../../domain/insights';
import type { Touchpoint } from '../../../domain/model';
import { TOUCHPOINT_WIDTH } from '../../../domain/vocabulary';
import { replacedRows } from '../changed-rows';

type Rows = Readonly<Record<string, Touchpoint>>;

/**
 * Returns the rows it returned last time while every row is the same as far as `same`
 * tells (the same ids, each row unchanged or equal by `same`), else the new rows.
 * Rows are replaced when edited, so an unchanged row is the same object and costs one comparison.
 */
export function keptRows(same: (a: Touchpoint, b: Touchpoint) => boolean) {
  let last: Rows | null = null;
  return (rows: Rows): Rows => {
    if (last !== null && last !== rows && sameRows(last, rows, same)) return last;
    last = rows;
    return rows;
  };
}

function sameRows(a: Rows, b: Rows, same: (x: Touchpoint, y: Touchpoint) => boolean): boolean {
  // Only the rows an edit replaced are compared (found in one walk shared with the rest of the canvas).
  return replacedRows(a, b)?.every((y) => same(a[y.id]!, y)) ?? false;
}

/** What the order along the journey depends on: a card's stage and place (domain/insights/path.ts). */
export const samePlace = (a: Touchpoint, b: Touchpoint) =>
  a.stageId === b.stageId && a.position.x === b.position.x && a.position.y === b.position.y;

/** What a point of a curve shows besides its place: the card's emotion and each persona's. */
export const sameFeeling = (a: Touchpoint, b: Touchpoint) =>
  a.emotion === b.emotion && sameData(a.personaEmotions, b.personaEmotions);

export interface CurveDot {
  x: number;
  y: number;
  emotion: number;
}

/**
 * The dots of a curve as one SVG path per emotion (a circle of radius `r` around each point),
 * so thousands of dots are a few elements instead of one each, which React would create,
 * compare and attribute one by one. Emotions in ascending order.
 */
export function dotPaths(points: readonly CurveDot[], r: number): { emotion: number; d: string }[] {
  const parts = new Map<number, string[]>();
  for (const p of points) {
    const list = parts.get(p.emotion) ?? [];
    if (!list.length) parts.set(p.emotion, list);
    list.push(`M${p.x - r},${p.y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
  }
  return [...parts].sort(([a], [b]) => a - b).map(([emotion, list]) => ({ emotion, d: list.join('') }));
}

/** The width of map a piece of a curve covers, flow units (`curvePieces`). */
export const CURVE_PIECE_WIDTH = 1024;

export interface CurvePiece<P> {
  /** Stable while the piece starts at the same point: React keeps its elements, and unchanged ones are not redrawn. */
  key: string;
  /** The piece's points, then the first point of the next piece, so the pieces' lines join. */
  line: readonly P[];
  /** The piece's own points, for its dots. */
  dots: readonly P[];
}

/**
 * A curve cut into pieces of consecutive points, each within one CURVE_PIECE_WIDTH-wide band of the lane.
 * Drawn as one line and one set of dots across a 2,000-card map, every tile of the map the curve crossed
 * painted the whole of it again, which took 120 ms of raster after each card added; in pieces, a tile
 * paints only those crossing it, and an edit redraws only the pieces it changed.
 */
export function curvePieces<P extends { x: number; id: string }>(points: readonly P[]): CurvePiece<P>[] {
  const pieces: CurvePiece<P>[] = [];
  let start = 0;
  for (let i = 1; i <= points.length; i++) {
    const band = (p: P) => Math.floor(p.x / CURVE_PIECE_WIDTH);
    if (i < points.length && band(points[i]!) === band(points[start]!)) continue;
    const dots = points.slice(start, i);
    const next = points[i];
    pieces.push({ key: `${band(points[start]!)}:${points[start]!.id}`, line: next ? [...dots, next] : dots, dots });
    start = i;
  }
  return pieces;
}

/**
 * Where along the lane each touchpoint's points go, for every curve alike: the touchpoints (in path order)
 * with an emotion in any of the curves (`curves`: null for the general one, persona ids) take a slot each,
 * spread evenly across their stage's column, so stacked cards draw no vertical jumps, and a persona's point
 * sits where the other curves' points of the same card sit. (Spread over each curve's own points, a persona's
 * lone point landed between two cards.) A touchpoint of no known column sits under its card.
 */
export function curveSlots(
  path: readonly Touchpoint[],
  curves: readonly (PersonaId | null)[],
  columnOf: (stageId: string) => { x: number; width: number } | undefined,
): { row: Touchpoint; x: number }[] {
  const rated = path.filter((t) => curves.some((id) => emotionFor(t, id) !== null));
  const perStage = new Map<string, number>();
  for (const t of rated) perStage.set(t.stageId, (perStage.get(t.stageId) ?? 0) + 1);
  const seen = new Map<string, number>();
  return rated.map((row) => {
    const column = columnOf(row.stageId);
    const i = seen.get(row.stageId) ?? 0;
    seen.set(row.stageId, i + 1);
    const n = perStage.get(row.stageId) ?? 1;
    return { row, x: column ? column.x + ((i + 0.5) * column.width) / n : row.position.x + TOUCHPOINT_WIDTH / 2 };
  });
}
