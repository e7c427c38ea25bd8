/**
 * Stage columns geometry. Stages are laid out left to right in `order`,
 * each `width` wide, starting at x = 0; a touchpoint belongs to the column
 * that holds its centre.
 */
import type { Stage, Touchpoint } from './model';
import type { StageId } from './ids';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from './vocabulary';

export const STAGE_HEADER_HEIGHT = 88;
export const STAGE_PADDING = 24;
/** Where a stage's first card stands: a padding under its header. */
const FIRST_CARD_Y = STAGE_HEADER_HEIGHT + STAGE_PADDING;
/** The gap between cards stacked in a stage. */
const CARD_GAP = 32;

export interface StageColumn {
  stage: Stage;
  x: number;
  width: number;
}

export function sortStages<T extends Pick<Stage, 'order' | 'id'>>(stages: readonly T[]): T[] {
  return [...stages].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function stageColumns(stages: readonly Stage[]): StageColumn[] {
  let x = 0;
  return sortStages(stages).map((stage) => {
    const column = { stage, x, width: stage.width };
    x += stage.width;
    return column;
  });
}

/** The stage whose column contains x; left of the first column is the first, right of the last is the last. */
export function stageAtX(columns: readonly StageColumn[], x: number): StageId | null {
  if (columns.length === 0) return null;
  for (const c of columns) {
    if (x < c.x + c.width) return c.stage.id;
  }
  return columns[columns.length - 1]!.stage.id;
}

/** The stage a touchpoint at this position belongs to, judged by its centre. */
export function stageForPosition(columns: readonly StageColumn[], position: { x: number; y: number }): StageId | null {
  return stageAtX(columns, position.x + TOUCHPOINT_WIDTH / 2);
}

/**
 * Where a touchpoint added at a point of a stage's column goes (a double-click there): centred on the
 * point, but wholly inside the column, a padding in from its sides, and below its header. Centred on the
 * point alone, a card added near a column's edge stood half in the next stage's column, and one added
 * just under a header covered it. A column too narrow for the card and its padding gets it centred.
 */
export function placeInColumn(column: Pick<StageColumn, 'x' | 'width'>, at: { x: number; y: number }) {
  const least = column.x + STAGE_PADDING;
  const most = column.x + column.width - STAGE_PADDING - TOUCHPOINT_WIDTH;
  const x =
    most >= least
      ? Math.min(most, Math.max(least, at.x - TOUCHPOINT_WIDTH / 2))
      : column.x + (column.width - TOUCHPOINT_WIDTH) / 2;
  return { x, y: Math.max(FIRST_CARD_Y, at.y - TOUCHPOINT_HEIGHT / 2) };
}

/** A free slot for a new touchpoint in a stage: below the lowest one already there. */
export function nextSlotInStage(columns: readonly StageColumn[], stageId: StageId, touchpoints: readonly Touchpoint[]) {
  return stageSlots(columns, touchpoints)(stageId);
}

/**
 * Slots for many new touchpoints, placed one after another: each call gives the slot `nextSlotInStage`
 * would give with every touchpoint placed so far, and takes it. One pass over `touchpoints`, so thousands
 * of rows (a CSV import, a file's cards brought back onto the map) are placed in linear time.
 */
export function stageSlots(
  columns: readonly StageColumn[],
  touchpoints: readonly Touchpoint[],
): (stageId: StageId) => { x: number; y: number } {
  const lowest = new Map<string, number>();
  for (const t of touchpoints) lowest.set(t.stageId, Math.max(lowest.get(t.stageId) ?? -Infinity, t.position.y));
  // As if a card stood just above the first slot, so the first card lands at FIRST_CARD_Y.
  const top = FIRST_CARD_Y - TOUCHPOINT_HEIGHT - CARD_GAP;
  return (stageId) => {
    const column = columns.find((c) => c.stage.id === stageId);
    const x = (column?.x ?? 0) + Math.max(STAGE_PADDING, ((column?.width ?? TOUCHPOINT_WIDTH) - TOUCHPOINT_WIDTH) / 2);
    const y = Math.max(top, lowest.get(stageId) ?? top) + TOUCHPOINT_HEIGHT + CARD_GAP;
    lowest.set(stageId, y);
    return { x, y };
  };
}

/** Touchpoints in reading order: stage by stage, then top to bottom, then left to right. */
export function readingOrder(stages: readonly Stage[], touchpoints: readonly Touchpoint[]): Touchpoint[] {
  const rank = new Map(sortStages(stages).map((s, i) => [s.id as string, i]));
  return [...touchpoints].sort(
    (a, b) =>
      (rank.get(a.stageId) ?? 0) - (rank.get(b.stageId) ?? 0) ||
      a.position.y - b.position.y ||
      a.position.x - b.position.x,
  );
}
