/**
 * The table view's rows without React: touchpoints grouped by stage (and, in
 * a service blueprint, by lane within the stage), and the edits the grid
 * makes as row changes for the session store (one undo step each). Moving a
 * touchpoint to another stage or lane places its card with the same layout
 * functions the canvas uses, so it lands in its cell on the map.
 */
import type { LaneId, StageId } from '../domain/ids';
import { sortStages } from '../domain/layout';
import { isBlueprint, isInCell, laneBands, laneOf, sortLanes } from '../domain/lanes';
import type { Lane, Stage, Touchpoint } from '../domain/model';
import { addTouchpoint, moveToCell, updateTouchpoint } from '../session/edits';
import { diffRows, workingCopy, type DocState, type RowChange } from '../session/doc-state';
import { changeMerger } from '../session/history';
import { writeCell, type CellError, type ColumnKey, type TableContext } from './cells';

export type TableRow =
  | { kind: 'stage'; key: string; stage: Stage; count: number }
  | { kind: 'lane'; key: string; stage: Stage; lane: Lane; count: number }
  | { kind: 'touchpoint'; key: string; touchpoint: Touchpoint; stageId: StageId; laneId: LaneId | null };

const values = <T>(map: Record<string, T>) => Object.values(map);
const byPosition = (a: Touchpoint, b: Touchpoint) =>
  a.position.y - b.position.y || a.position.x - b.position.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What the stage and lane cells may be set to. */
export function tableContext(doc: DocState): TableContext {
  return {
    stages: sortStages(values(doc.stages)).map((s) => ({ id: s.id, name: s.name })),
    lanes: sortLanes(values(doc.lanes)).map((l) => ({ id: l.id, name: l.name })),
  };
}

/**
 * The grid's rows: a header row per stage, then (in a blueprint) a header row
 * per lane with the touchpoints of that stage × lane cell, top to bottom.
 */
export function tableRows(doc: DocState): TableRow[] {
  const stages = sortStages(values(doc.stages));
  const lanes = values(doc.lanes);
  const bands = laneBands(lanes);
  const blueprint = isBlueprint(lanes);
  const byStage = new Map<string, Touchpoint[]>();
  for (const t of values(doc.touchpoints)) {
    const list = byStage.get(t.stageId);
    if (list) list.push(t);
    else byStage.set(t.stageId, [t]);
  }
  const rows: TableRow[] = [];
  for (const stage of stages) {
    const inStage = (byStage.get(stage.id) ?? []).sort(byPosition);
    rows.push({ kind: 'stage', key: stage.id, stage, count: inStage.length });
    if (!blueprint) {
      for (const t of inStage)
        rows.push({ kind: 'touchpoint', key: t.id, touchpoint: t, stageId: stage.id, laneId: laneOf(bands, t) });
      continue;
    }
    for (const band of bands) {
      const inCell = inStage.filter((t) => laneOf(bands, t) === band.lane.id);
      rows.push({ kind: 'lane', key: `${stage.id}/${band.lane.id}`, stage, lane: band.lane, count: inCell.length });
      for (const t of inCell)
        rows.push({ kind: 'touchpoint', key: t.id, touchpoint: t, stageId: stage.id, laneId: band.lane.id });
    }
  }
  return rows;
}

/** The touchpoints of one stage × lane cell, in the table's order. */
function cellTouchpoints(doc: DocState, stageId: StageId, laneId: LaneId | null): Touchpoint[] {
  const bands = laneBands(values(doc.lanes));
  return values(doc.touchpoints)
    .filter((t) => isInCell(bands, t, { stageId, laneId }))
    .sort(byPosition);
}

export { moveToCell, slotBelow } from '../session/edits';

/** Moves a touchpoint to the neighbouring stage (−1: the one before), into the same lane. */
export function moveToNeighbourStage(doc: DocState, id: string, delta: -1 | 1): RowChange[] {
  const t = doc.touchpoints[id];
  if (!t) return [];
  const stages = sortStages(values(doc.stages));
  const target = stages[stages.findIndex((s) => s.id === t.stageId) + delta];
  if (!target) return [];
  return moveToCell(doc, id, target.id, laneOf(laneBands(values(doc.lanes)), t));
}

/**
 * Moves a touchpoint one place up or down within its stage × lane cell: it
 * swaps places on the map with its neighbour, so the map reads in the
 * table's order. Nothing moves at either end of the cell.
 */
export function reorderInCell(doc: DocState, id: string, delta: -1 | 1): RowChange[] {
  const t = doc.touchpoints[id];
  if (!t) return [];
  const cell = cellTouchpoints(doc, t.stageId, laneOf(laneBands(values(doc.lanes)), t));
  const index = cell.findIndex((x) => x.id === id);
  const other = cell[index + delta];
  if (!other) return [];
  let mine = other.position;
  let theirs = t.position;
  if (mine.y === theirs.y && mine.x === theirs.x) {
    // Stacked on the same spot: pull them apart so the order shows.
    mine = { x: mine.x, y: mine.y + (delta < 0 ? -1 : 1) };
    theirs = { ...theirs };
  }
  return diffRows(doc, 'touchpoints', [
    { id: t.id, after: { ...t, position: mine } },
    { id: other.id, after: { ...other, position: theirs } },
  ]);
}

/**
 * The changes that set one cell to a text: a stage or lane cell moves the
 * touchpoint (and its card) to that cell; anything else patches the row.
 */
export function cellChanges(
  doc: DocState,
  id: string,
  key: ColumnKey,
  text: string,
  context: TableContext = tableContext(doc),
): { ok: true; changes: RowChange[] } | { ok: false; error: CellError } {
  const t = doc.touchpoints[id];
  if (!t) return { ok: true, changes: [] };
  const written = writeCell(t, key, text, context);
  if (!written.ok) return written;
  const { stageId, laneId, ...rest } = written.patch;
  if (stageId !== undefined || laneId !== undefined) {
    const bands = laneBands(values(doc.lanes));
    return { ok: true, changes: moveToCell(doc, id, stageId ?? t.stageId, laneId ?? laneOf(bands, t)) };
  }
  return { ok: true, changes: Object.keys(rest).length ? updateTouchpoint(doc, id, rest) : [] };
}

/** A new, empty touchpoint at the end of a stage × lane cell. */
export function newRow(
  doc: DocState,
  stageId: StageId,
  laneId: LaneId | null,
  now = Date.now(),
  position?: { x: number; y: number },
): { changes: RowChange[]; id: string } {
  const { changes, touchpoint } = addTouchpoint(doc, stageId, {
    title: '',
    laneId,
    createdAt: now,
    ...(position ? { position } : {}),
  });
  return { changes, id: touchpoint.id };
}

/** Whether deleting this touchpoint loses anything typed (then the table asks first). */
export function hasContent(t: Touchpoint): boolean {
  return (
    t.title.trim() !== '' ||
    t.description.trim() !== '' ||
    t.painPoints.length > 0 ||
    t.opportunities.length > 0 ||
    t.thoughts.trim() !== '' ||
    t.quotes.length > 0 ||
    t.emotion !== null ||
    Object.keys(t.personaEmotions).length > 0
  );
}

/** Applies a list of change builders one after another, as one list of changes (one undo step). */
export function chain(doc: DocState, steps: ReadonlyArray<(doc: DocState) => RowChange[]>): RowChange[] {
  const copy = workingCopy(doc);
  const all = changeMerger();
  for (const step of steps) {
    const changes = step(copy.state);
    copy.apply(changes);
    all.add(changes);
  }
  return all.result();
}
