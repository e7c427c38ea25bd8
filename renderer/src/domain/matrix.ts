/**
 * The opportunity matrix: opportunities placed by two of their four scores
 * (customer value, business value, effort, confidence; 1–5), the quadrant
 * each falls in, and the priority the ranking uses.
 *
 * Quadrants, for any two different axes. Each axis is split at 3: a score of
 * 3, 4 or 5 is "high", 1 or 2 "low". Effort is a cost (high is bad); the
 * other three are benefits. One axis of the pair plays "value" and the other
 * "cost":
 * - value is the vertical axis when it is a benefit, else the horizontal one;
 * - cost is the other axis: effort counts as it is (high effort, high cost),
 *   a benefit axis counts inverted (low confidence or low business value is
 *   the price of doing it: uncertainty, or little return).
 * Then: quick wins = high value, low cost; big bets = high value, high cost;
 * fill-ins = low value, low cost; money pits = low value, high cost.
 * With the default axes (effort across, customer value up) this is the
 * classic value–effort matrix.
 */
import type { Opportunity, OpportunityScores } from './model';

export const MATRIX_AXES = ['customerValue', 'businessValue', 'effort', 'confidence'] as const;
export type MatrixAxis = (typeof MATRIX_AXES)[number];

export const MATRIX_AXIS_LABELS: Record<MatrixAxis, string> = {
  customerValue: 'Customer value',
  businessValue: 'Business value',
  effort: 'Effort',
  confidence: 'Confidence',
};

export const QUADRANTS = ['quick-wins', 'big-bets', 'fill-ins', 'money-pits'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  'quick-wins': 'Quick wins',
  'big-bets': 'Big bets',
  'fill-ins': 'Fill-ins',
  'money-pits': 'Money pits',
};

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** Scores at or above this are "high". */
export const SCORE_SPLIT = 3;

export interface MatrixAxes {
  x: MatrixAxis;
  y: MatrixAxis;
}

/** Effort across, customer value up: the classic value–effort matrix. */
export const DEFAULT_MATRIX_AXES: MatrixAxes = { x: 'effort', y: 'customerValue' };

export const isCost = (axis: MatrixAxis) => axis === 'effort';

export function emptyScores(): OpportunityScores {
  return { customerValue: null, businessValue: null, effort: null, confidence: null };
}

/** A score kept to a whole number from 1 to 5 (positions dragged on the matrix arrive as fractions). */
export function clampScore(value: number): number {
  if (!Number.isFinite(value)) return SCORE_SPLIT;
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(value)));
}

/** The other axis when both would be the same, so a pair is always two axes. */
export function withAxis(axes: MatrixAxes, which: 'x' | 'y', axis: MatrixAxis): MatrixAxes {
  const other = which === 'x' ? 'y' : 'x';
  const next = { ...axes, [which]: axis };
  if (next[other] === axis) next[other] = axes[which];
  return next;
}

/** Which axis of the pair plays value and which plays cost (see the top of this file). */
export function axisRoles(axes: MatrixAxes): { value: 'x' | 'y'; cost: 'x' | 'y' } {
  return isCost(axes.y) ? { value: 'x', cost: 'y' } : { value: 'y', cost: 'x' };
}

/** The quadrant of a point on these axes. */
export function quadrantOf(axes: MatrixAxes, point: { x: number; y: number }): Quadrant {
  const roles = axisRoles(axes);
  const highValue = point[roles.value] >= SCORE_SPLIT;
  const costScore = point[roles.cost];
  const highCost = isCost(axes[roles.cost]) ? costScore >= SCORE_SPLIT : costScore < SCORE_SPLIT;
  if (highValue) return highCost ? 'big-bets' : 'quick-wins';
  return highCost ? 'money-pits' : 'fill-ins';
}

/**
 * Where each quadrant sits on the drawing, as the high ends of x and y: e.g.
 * quick wins top left on the default axes (low effort, high value).
 */
export function quadrantCorner(axes: MatrixAxes, quadrant: Quadrant): { highX: boolean; highY: boolean } {
  for (const highX of [false, true]) {
    for (const highY of [false, true]) {
      const point = { x: highX ? SCORE_MAX : SCORE_MIN, y: highY ? SCORE_MAX : SCORE_MIN };
      if (quadrantOf(axes, point) === quadrant) return { highX, highY };
    }
  }
  return { highX: false, highY: false };
}

export interface MatrixPoint {
  x: number;
  y: number;
  quadrant: Quadrant;
}

/** The point of an opportunity on these axes, or null while either of the two scores is missing. */
export function placeOpportunity(o: Pick<Opportunity, 'scores'>, axes: MatrixAxes): MatrixPoint | null {
  const x = o.scores[axes.x];
  const y = o.scores[axes.y];
  if (x === null || y === null) return null;
  return { x, y, quadrant: quadrantOf(axes, { x, y }) };
}

/** The scores after moving an opportunity to (x, y) on these axes: the two axes' scores set, the others kept. */
export function scoresAt(scores: OpportunityScores, axes: MatrixAxes, x: number, y: number): OpportunityScores {
  return { ...scores, [axes.x]: clampScore(x), [axes.y]: clampScore(y) };
}

/**
 * The priority of an opportunity, or null until it has a customer or business
 * value: the mean of its value scores, times confidence, divided by effort,
 * a missing effort or confidence read as the middle (3). From 0.2 (value 1,
 * confidence 1, effort 5) to 25 (value 5, confidence 5, effort 1).
 */
export function priorityOf(scores: OpportunityScores): number | null {
  const values = [scores.customerValue, scores.businessValue].filter((v): v is number => v !== null);
  if (!values.length) return null;
  const value = values.reduce((a, b) => a + b, 0) / values.length;
  const confidence = scores.confidence ?? SCORE_SPLIT;
  const effort = scores.effort ?? SCORE_SPLIT;
  return Math.round(((value * confidence) / effort) * 100) / 100;
}

/** Whether any of the four scores is set. */
export function isScored(scores: OpportunityScores): boolean {
  return MATRIX_AXES.some((a) => scores[a] !== null);
}
