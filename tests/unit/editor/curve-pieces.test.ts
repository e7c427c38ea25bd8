/**
 * The canvas's emotion curve is drawn in pieces a band of the map wide, so a tile of the map paints only
 * the pieces crossing it (one line across a 2,000-card map made each card added cost 120 ms of raster).
 */
import { describe, expect, it } from 'vitest';
import { CURVE_PIECE_WIDTH, curvePieces } from '../../../renderer/src/editor/canvas/nodes/curve-data';

const point = (x: number, i: number) => ({ x, id: `t${i}` });

describe('curvePieces', () => {
  it('cuts the points into runs within one band, each line joined to the next piece’s first point', () => {
    const xs = [10, 400, 1000, 1030, 1500, 2100, 3500, 3600];
    const points = xs.map(point);
    const pieces = curvePieces(points);
    expect(pieces.map((p) => p.dots.map((d) => d.x))).toEqual([[10, 400, 1000], [1030, 1500], [2100], [3500, 3600]]);
    expect(pieces.map((p) => p.line.map((d) => d.x))).toEqual([
      [10, 400, 1000, 1030],
      [1030, 1500, 2100],
      [2100, 3500],
      [3500, 3600],
    ]);
    // Every point is a dot once; the lines together pass through every point in order.
    expect(pieces.flatMap((p) => p.dots)).toEqual(points);
    expect(
      pieces.every((p) =>
        p.dots.every((d) => Math.floor(d.x / CURVE_PIECE_WIDTH) === Math.floor(p.dots[0]!.x / CURVE_PIECE_WIDTH)),
      ),
    ).toBe(true);
  });

  it('keeps the keys of the pieces an added point does not touch, so their elements stay as they are', () => {
    const before = curvePieces([10, 500, 1100, 1200, 2300].map(point));
    const after = curvePieces(
      [10, 500, 1100, 1150, 1200, 2300].map((x, i) => point(x, i < 3 ? i : i === 3 ? 99 : i - 1)),
    );
    expect(after.map((p) => p.key)).toEqual(before.map((p) => p.key));
    expect(after[0]!.line).toEqual(before[0]!.line);
    expect(after[2]!.line).toEqual(before[2]!.line);
  });

  it('starts a new piece where the path comes back to a band it left, and draws nothing for no points', () => {
    const pieces = curvePieces([10, 1500, 20].map(point));
    expect(pieces.map((p) => p.dots.length)).toEqual([1, 1, 1]);
    expect(new Set(pieces.map((p) => p.key)).size).toBe(3);
    expect(curvePieces([])).toEqual([]);
  });
});
