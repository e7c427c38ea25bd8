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
  type RoutePoint,
} from '../../../domain/lane-routes';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../../domain/vocabulary';
import { TOUCHPOINT_HANDLES } from '../geometry';

export type ConnectionPath = [path: string, labelX: number, labelY: number];

/** A loop back to an earlier touchpoint dips below both cards instead of crossing them. */
function loopPath(sx: number, sy: number, tx: number, ty: number): ConnectionPath {
  const depth = 90 + Math.min(220, Math.abs(sx - tx) * 0.15);
  const bottom = Math.max(sy, ty) + depth;
  const path = `M ${sx},${sy} C ${sx + 80},${sy} ${sx + 80},${bottom} ${sx},${bottom} L ${tx},${bottom} C ${tx - 80},${bottom} ${tx - 80},${ty} ${tx},${ty}`;
  return [path, (sx + tx) / 2, bottom];
}

/** Between cards stacked in one column: out to the right, across the gap between them, in from the left. */
function stackPath(sx: number, sy: number, tx: number, ty: number): ConnectionPath {
  const midY = (sy + ty) / 2;
  const path = `M ${sx},${sy} C ${sx + 48},${sy} ${sx + 48},${midY} ${sx},${midY} L ${tx},${midY} C ${tx - 48},${midY} ${tx - 48},${ty} ${tx},${ty}`;
  return [path, (sx + tx) / 2, midY];
}

/** From a source handle at (sx, sy) to a target handle at (tx, ty). */
export function connectionPath(
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  sourcePosition: Position = Position.Right,
  targetPosition: Position = Position.Left,
): ConnectionPath {
  // Handles sit on the cards' sides: a target in the same column is one card width to the left.
  const sameColumn = tx < sx && Math.abs(sx - TOUCHPOINT_WIDTH - tx) < 60;
  if (sameColumn) return stackPath(sx, sy, tx, ty);
  if (tx < sx - 20) return loopPath(sx, sy, tx, ty);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: sx,
    sourceY: sy,
    targetX: tx,
    targetY: ty,
    sourcePosition,
    targetPosition,
  });
  return [path, labelX, labelY];
}

/** A connection between cards in two lanes of a blueprint: which lanes, and the drawn lanes and columns. */
export interface LaneCrossing {
  ends: CrossLaneEnds;
  grid: LaneGrid;
}

// How far the handles' connection points are from the cards' left edges (React Flow puts a
// source point at the outer middle of its handle's box, a target point at the box's left middle).
const SOURCE_HANDLE = TOUCHPOINT_HANDLES.find((h) => h.type === 'source')!;
const TARGET_HANDLE = TOUCHPOINT_HANDLES.find((h) => h.type === 'target')!;
const SOURCE_DX = SOURCE_HANDLE.x + (SOURCE_HANDLE.width ?? 0);
const TARGET_DX = TARGET_HANDLE.x;

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
 * of a blueprint, else as `connectionPath`.
 */
export function routedConnectionPath(
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  sourcePosition: Position,
  targetPosition: Position,
  crossing: LaneCrossing | null | undefined,
): ConnectionPath {
  if (!crossing) return connectionPath(sx, sy, tx, ty, sourcePosition, targetPosition);
  const points = crossingPoints(sx, sy, tx, ty, crossing);
  const [labelX, labelY] = routeLabelPoint(points, 0.4);
  return [roundedRoutePath(points), labelX, labelY];
}
