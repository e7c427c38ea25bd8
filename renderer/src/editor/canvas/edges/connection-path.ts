/**
 * The line a connection takes between two handles, as SVG path data with the
 * point its label sits on. Shared by the connection edges React Flow draws
 * and the far-zoom map layer, so both draw the same lines.
 */
import { getBezierPath, Position } from '@xyflow/react';
import {
  crossLaneRoute,
  roundedRoutePath,
  routeLabelPoint,
  type CrossLaneEnds,
  type LaneGrid,
  type RouteBox,
  type RoutePoint,
} from '../../../domain/lane-routes';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../../domain/vocabulary';
import { TOUCHPOINT_HANDLES } from '../geometry';

/**
 * How a label sits where a card may be drawn over it (cards are drawn over the labels): no wider
 * than `room` px, and centred on its point or, with `start`, beginning there.
 */
export interface LabelFit {
  room: number;
  start: boolean;
}

export type ConnectionPath = [path: string, labelX: number, labelY: number, fit?: LabelFit];

// How far the handles' connection points are from the cards' left edges (React Flow puts a
// source point at the outer middle of its handle's box, a target point at the box's left middle).
const SOURCE_HANDLE = TOUCHPOINT_HANDLES.find((h) => h.type === 'source')!;
const TARGET_HANDLE = TOUCHPOINT_HANDLES.find((h) => h.type === 'target')!;
const SOURCE_DX = SOURCE_HANDLE.x + (SOURCE_HANDLE.width ?? 0);
const TARGET_DX = TARGET_HANDLE.x;
/** Where a vertical connection ends above (or below) its target card, so the arrowhead's tip meets the border. */
const ARROW_GAP = 1;

/** The narrowest a label box is made to fit between two cards, px (below it, it would be a column of syllables). */
export const LABEL_MIN_WIDTH = 72;
/** The room left between a label box and the cards on either side of it, px. */
const LABEL_MARGIN = 6;

/** Which way a connection leaves its source card and enters its target. */
export type ConnectionSides = 'side' | 'down' | 'up';

/**
 * Cards one above the other (their boxes share some width, and not their
 * height) are joined top to bottom: out of the source's bottom into the
 * target's top, or the other way up. Any other pair is joined side to side,
 * from the source's right handle to the target's left one. Judged from the
 * handle points React Flow gives, which sit at fixed places on the cards.
 */
export function connectionSides(sx: number, sy: number, tx: number, ty: number): ConnectionSides {
  const sourceLeft = sx - SOURCE_DX;
  const targetLeft = tx - TARGET_DX;
  const shareWidth = Math.abs(sourceLeft - targetLeft) < TOUCHPOINT_WIDTH;
  const apart = Math.abs(ty - sy) >= TOUCHPOINT_HEIGHT;
  if (!shareWidth || !apart) return 'side';
  return ty > sy ? 'down' : 'up';
}

/** Between stacked cards: from the middle of the source's bottom (or top) edge to the target's top (or bottom). */
function verticalPath(sx: number, sy: number, tx: number, ty: number, sides: 'down' | 'up'): ConnectionPath {
  const down = sides === 'down';
  const x1 = sx - SOURCE_DX + TOUCHPOINT_WIDTH / 2;
  const x2 = tx - TARGET_DX + TOUCHPOINT_WIDTH / 2;
  const y1 = sy + (down ? 1 : -1) * (TOUCHPOINT_HEIGHT / 2);
  const y2 = ty + (down ? -1 : 1) * (TOUCHPOINT_HEIGHT / 2 + ARROW_GAP);
  if (Math.abs(x1 - x2) < 0.5) return [`M ${x1},${y1} L ${x2},${y2}`, x1, (y1 + y2) / 2];
  const [path, labelX, labelY] = getBezierPath({
    sourceX: x1,
    sourceY: y1,
    targetX: x2,
    targetY: y2,
    sourcePosition: down ? Position.Bottom : Position.Top,
    targetPosition: down ? Position.Top : Position.Bottom,
  });
  return [path, labelX, labelY];
}

/** How far right of the cards a line past a card stacked between its ends runs. */
const GUTTER = 16;
/** How far below a card's side handle such a line comes back in, so it does not point at the handle. */
const GUTTER_ENTRY = 18;

/**
 * Between stacked cards with another card in between: out of the source's right side, down (or up)
 * the gutter right of the cards, and back into the target's right side, its label beside the gutter.
 */
function gutterPath(sx: number, sy: number, tx: number, ty: number): ConnectionPath {
  const targetRight = tx - TARGET_DX + TOUCHPOINT_WIDTH;
  const x = Math.max(sx, targetRight) + GUTTER;
  const entry = ty + GUTTER_ENTRY;
  const path = roundedRoutePath([
    [sx, sy],
    [x, sy],
    [x, entry],
    [targetRight + ARROW_GAP, entry],
  ]);
  return [path, x + LABEL_MARGIN, (sy + entry) / 2, { room: LABEL_MIN_WIDTH, start: true }];
}

/** A loop back to an earlier touchpoint dips below both cards instead of crossing them. */
function loopPath(sx: number, sy: number, tx: number, ty: number): ConnectionPath {
  const depth = 90 + Math.min(220, Math.abs(sx - tx) * 0.15);
  const bottom = Math.max(sy, ty) + depth;
  const path = `M ${sx},${sy} C ${sx + 80},${sy} ${sx + 80},${bottom} ${sx},${bottom} L ${tx},${bottom} C ${tx - 80},${bottom} ${tx - 80},${ty} ${tx},${ty}`;
  return [path, (sx + tx) / 2, bottom];
}

/** Between cards drawn over each other in one column: out to the right, across between them, in from the left. */
function stackPath(sx: number, sy: number, tx: number, ty: number): ConnectionPath {
  const midY = (sy + ty) / 2;
  const path = `M ${sx},${sy} C ${sx + 48},${sy} ${sx + 48},${midY} ${sx},${midY} L ${tx},${midY} C ${tx - 48},${midY} ${tx - 48},${ty} ${tx},${ty}`;
  return [path, (sx + tx) / 2, midY];
}

/**
 * The line between cards joined side to side: a stack's (a target in the same column, one card width
 * to the left of the source's right handle), a loop back to an earlier card, or a curve forward.
 */
function sideShape(sx: number, tx: number): 'stack' | 'loop' | 'curve' {
  if (tx < sx && Math.abs(sx - TOUCHPOINT_WIDTH - tx) < 60) return 'stack';
  return tx < sx - 20 ? 'loop' : 'curve';
}

/**
 * From a source handle at (sx, sy) to a target handle at (tx, ty). `pastCards`: another card stands
 * between the two when they are stacked (see `stackedPastCards`), so the line goes round it.
 */
export function connectionPath(
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  sourcePosition: Position = Position.Right,
  targetPosition: Position = Position.Left,
  pastCards = false,
): ConnectionPath {
  const sides = connectionSides(sx, sy, tx, ty);
  if (sides !== 'side') return pastCards ? gutterPath(sx, sy, tx, ty) : verticalPath(sx, sy, tx, ty, sides);
  const shape = sideShape(sx, tx);
  if (shape === 'stack') return stackPath(sx, sy, tx, ty);
  if (shape === 'loop') return loopPath(sx, sy, tx, ty);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: sx,
    sourceY: sy,
    targetX: tx,
    targetY: ty,
    sourcePosition,
    targetPosition,
  });
  // The label is between the two cards, in the gap from the source's right edge to the target's left.
  return [path, labelX, labelY, { room: Math.max(LABEL_MIN_WIDTH, tx - sx - 2 * LABEL_MARGIN), start: false }];
}

/** A connection between cards in two lanes of a blueprint: which lanes, and the drawn lanes and columns. */
export interface LaneCrossing {
  ends: CrossLaneEnds;
  grid: LaneGrid;
}

/** The corners of a connection across lanes, from the handle points React Flow gives. */
export function crossingPoints(sx: number, sy: number, tx: number, ty: number, crossing: LaneCrossing): RoutePoint[] {
  const source = {
    x: sx - SOURCE_DX,
    y: sy - TOUCHPOINT_HEIGHT / 2,
    width: TOUCHPOINT_WIDTH,
    height: TOUCHPOINT_HEIGHT,
  };
  const target = {
    x: tx - TARGET_DX,
    y: ty - TOUCHPOINT_HEIGHT / 2,
    width: TOUCHPOINT_WIDTH,
    height: TOUCHPOINT_HEIGHT,
  };
  return crossLaneRoute(source, target, crossing.grid, crossing.ends);
}

/**
 * The line of a connection from the handle points React Flow gives: routed
 * through the gaps between lanes and columns when its cards are in two lanes
 * of a blueprint, else as `connectionPath`. A label on a lane gap's line is free.
 */
export function routedConnectionPath(
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  sourcePosition: Position,
  targetPosition: Position,
  crossing: LaneCrossing | null | undefined,
  pastCards = false,
): ConnectionPath {
  if (!crossing) return connectionPath(sx, sy, tx, ty, sourcePosition, targetPosition, pastCards);
  const points = crossingPoints(sx, sy, tx, ty, crossing);
  const [labelX, labelY] = routeLabelPoint(points, 0.4);
  return [roundedRoutePath(points), labelX, labelY];
}

/**
 * Whether the straight line between two stacked cards (joined bottom to top) would run under another
 * card: one whose box meets the strip between them, as wide as the line's run from one card's middle
 * to the other's. Judged from the cards' boxes (top-left corners and the fixed card size).
 */
export function stackedPastCards(source: RouteBox, target: RouteBox, others: readonly RouteBox[]): boolean {
  const sides = connectionSides(
    source.x + SOURCE_DX,
    source.y + TOUCHPOINT_HEIGHT / 2,
    target.x + TARGET_DX,
    target.y + TOUCHPOINT_HEIGHT / 2,
  );
  if (sides === 'side') return false;
  const [upper, lower] = sides === 'down' ? [source, target] : [target, source];
  const left = Math.min(source.x + source.width / 2, target.x + target.width / 2) - 1;
  const right = Math.max(source.x + source.width / 2, target.x + target.width / 2) + 1;
  const top = upper.y + upper.height;
  const bottom = lower.y;
  return others.some(
    (o) => o !== source && o !== target && o.x < right && o.x + o.width > left && o.y < bottom && o.y + o.height > top,
  );
}
