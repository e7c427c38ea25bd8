import { nextSlotInStage, stageColumns } from '../../domain/layout';
import { laneBands, laneOf, nextSlotInCell } from '../../domain/lanes';
import type { Touchpoint } from '../../domain/model';
import { updateTouchpoint } from '../../session/edits';
import type { DocState, RowChange } from '../../session/doc-state';

const values = <T>(map: Record<string, T>) => Object.values(map);

/**
 * The inspector's Stage field: the touchpoint joins the other stage and its card goes
 * there too, below the cards already in that stage (in a service blueprint, in the same
 * lane), as the canvas places a new card. Setting only the stage left the card drawn in
 * its old column while the stage headers counted it in the new one.
 */
export function moveToStage(doc: DocState, id: string, stageId: Touchpoint['stageId']): RowChange[] {
  const t = doc.touchpoints[id];
  if (!t || t.stageId === stageId || !doc.stages[stageId]) return [];
  const others = values(doc.touchpoints).filter((x) => x.id !== id);
  const columns = stageColumns(values(doc.stages));
  const bands = laneBands(values(doc.lanes));
  const laneId = bands.length ? laneOf(bands, t) : t.laneId;
  const position = bands.length
    ? nextSlotInCell(columns, bands, { stageId, laneId }, others)
    : nextSlotInStage(columns, stageId, others);
  return updateTouchpoint(doc, id, { stageId, laneId, position });
}
