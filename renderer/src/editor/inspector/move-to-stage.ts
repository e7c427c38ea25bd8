import { laneBands, laneOf } from '../../domain/lanes';
import type { Touchpoint } from '../../domain/model';
import { moveToCell } from '../../session/edits';
import type { DocState, RowChange } from '../../session/doc-state';

/**
 * The inspector's Stage field: the touchpoint joins the other stage and its card goes
 * there too, below the cards already in that stage (in a service blueprint, in the same
 * lane), as the table's Stage cell moves it. Setting only the stage left the card drawn in
 * its old column while the stage headers counted it in the new one.
 */
export function moveToStage(doc: DocState, id: string, stageId: Touchpoint['stageId']): RowChange[] {
  const t = doc.touchpoints[id];
  if (!t || t.stageId === stageId) return [];
  return moveToCell(doc, id, stageId, laneOf(laneBands(Object.values(doc.lanes)), t));
}
