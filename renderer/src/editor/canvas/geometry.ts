import { stageColumns, STAGE_HEADER_HEIGHT, type StageColumn } from '../../domain/layout';
import type { Note, Stage, Touchpoint } from '../../domain/model';
import { TOUCHPOINT_HEIGHT } from '../../domain/vocabulary';

export const MIN_COLUMN_HEIGHT = 560;
export const CURVE_LANE_GAP = 40;
export const CURVE_LANE_HEIGHT = 220;
export const NOTE_SIZE = { width: 180, height: 120 };

export interface CanvasGeometry {
  columns: StageColumn[];
  columnHeight: number;
  totalWidth: number;
  laneTop: number;
}

/** Column height follows the lowest touchpoint, so the emotion lane sits below every card. */
export function canvasGeometry(stages: Record<string, Stage>, touchpoints: Record<string, Touchpoint>): CanvasGeometry {
  const columns = stageColumns(Object.values(stages));
  let bottom = STAGE_HEADER_HEIGHT;
  for (const t of Object.values(touchpoints)) bottom = Math.max(bottom, t.position.y + TOUCHPOINT_HEIGHT);
  const columnHeight = Math.max(MIN_COLUMN_HEIGHT, Math.ceil((bottom + 64) / 40) * 40);
  const last = columns[columns.length - 1];
  const totalWidth = last ? last.x + last.width : 0;
  return { columns, columnHeight, totalWidth, laneTop: columnHeight + CURVE_LANE_GAP };
}

export function notesBounds(notes: readonly Note[]) {
  return notes.map((n) => ({ ...n.position, ...NOTE_SIZE }));
}
