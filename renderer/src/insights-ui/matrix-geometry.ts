/** Pixels of the matrix panel's drawing and the scores they stand for (pure, so tests can check them). */
import { clampScore, SCORE_MAX, SCORE_MIN, SCORE_SPLIT } from '../domain/matrix';

export const MATRIX_PLOT = 240;
export const MATRIX_PAD = { left: 40, top: 12, right: 12, bottom: 36 };
export const MATRIX_SIZE = {
  width: MATRIX_PAD.left + MATRIX_PLOT + MATRIX_PAD.right,
  height: MATRIX_PAD.top + MATRIX_PLOT + MATRIX_PAD.bottom,
};
const CELLS = SCORE_MAX - SCORE_MIN + 1;
const CELL = MATRIX_PLOT / CELLS;

/** The centre of a score's cell along an axis, 0..MATRIX_PLOT from the low end. */
export const alongAxis = (score: number) => (score - SCORE_MIN + 0.5) * CELL;

/** The line between "low" and "high" (between 2 and 3), from the low end. */
export const SPLIT_AT = (SCORE_SPLIT - SCORE_MIN) * CELL;

/** The drawing's point for scores (x, y): y grows upwards. */
export function pointOf(x: number, y: number): { px: number; py: number } {
  return { px: MATRIX_PAD.left + alongAxis(x), py: MATRIX_PAD.top + MATRIX_PLOT - alongAxis(y) };
}

/** The scores for a point of the drawing (clamped to 1–5). */
export function scoresOf(px: number, py: number): { x: number; y: number } {
  return {
    x: clampScore((px - MATRIX_PAD.left) / CELL + SCORE_MIN - 0.5),
    y: clampScore((MATRIX_PAD.top + MATRIX_PLOT - py) / CELL + SCORE_MIN - 0.5),
  };
}
