import { describe, expect, it } from 'vitest';
import { MATRIX_PAD, MATRIX_PLOT, pointOf, scoresOf } from '../../../renderer/src/insights-ui/matrix-geometry';

describe('matrix panel geometry', () => {
  it('puts each score at the centre of its cell, value growing upwards, and reads every point back to its scores', () => {
    expect(pointOf(1, 1)).toEqual({ px: MATRIX_PAD.left + 24, py: MATRIX_PAD.top + MATRIX_PLOT - 24 });
    expect(pointOf(5, 5)).toEqual({ px: MATRIX_PAD.left + MATRIX_PLOT - 24, py: MATRIX_PAD.top + 24 });
    for (const x of [1, 2, 3, 4, 5]) {
      for (const y of [1, 2, 3, 4, 5]) {
        const { px, py } = pointOf(x, y);
        expect(scoresOf(px + 20, py - 20)).toEqual({ x, y });
      }
    }
  });

  it('clamps a drop outside the plot to the nearest edge score', () => {
    expect(scoresOf(-500, -500)).toEqual({ x: 1, y: 5 });
    expect(scoresOf(5000, 5000)).toEqual({ x: 5, y: 1 });
  });
});
