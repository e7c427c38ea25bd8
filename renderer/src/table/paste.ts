/**
 * Pasting spreadsheet cells into the table view: the clipboard's text as
 * tab-separated rows (the format every spreadsheet copies), then the
 * touchpoints it fills. Columns map onto the grid's columns from the focused
 * cell on; rows fill the focused touchpoint and those below it in the same
 * stage (and lane), and rows beyond them become new touchpoints there. The
 * whole paste is one list of changes, so one undo step.
 */
import type { LaneId, StageId } from '../domain/ids';
import { isInCell, laneBands } from '../domain/lanes';
import type { Touchpoint } from '../domain/model';
import type { DocState, RowChange } from '../session/doc-state';
import { workingCopy } from '../session/doc-state';
import { changeMerger } from '../session/history';
import type { Column, LinkChoices } from './cells';
import { cellChanges, newRow, slotBelow, tableContext, tableRows } from './rows';

/**
 * Tab-separated text as rows of cells. A cell in double quotes may hold tabs,
 * line breaks and doubled quotes (""), as spreadsheets write them; a final
 * line break does not make an empty row; "\r\n", "\r" and "\n" all end a row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  const endCell = () => {
    row.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (atCellStart && c === '"') {
      // A quoted cell: runs to the quote that is followed by a tab, a line break or the end.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          const next = text[j + 1];
          if (next === undefined || next === '\t' || next === '\n' || next === '\r') {
            closed = true;
            j += 1;
            break;
          }
        }
        value += text[j];
        j += 1;
      }
      if (closed) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
      // No closing quote: the quote is part of the text.
    }
    atCellStart = false;
    if (c === '\t') {
      endCell();
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i += 1;
    }
  }
  if (cell !== '' || row.length > 0 || !atCellStart) endRow();
  return rows;
}

/** Where a paste starts: the focused row (a touchpoint, or the header of a stage or lane) and column. */
export interface PasteTarget {
  stageId: StageId;
  laneId: LaneId | null;
  /** The focused touchpoint; null on a stage or lane header (every pasted row is then new). */
  touchpointId: string | null;
  /** Index of the focused column in `columns`. */
  column: number;
  /** The journeys a pasted sub-journey may name (unknown: such cells are skipped). */
  links?: LinkChoices | null;
}

export interface PasteResult {
  changes: RowChange[];
  added: number;
  changed: number;
  /** Cells whose text could not be taken (left as they were). */
  skipped: number;
  /** The ids of the touchpoints filled, in order. */
  ids: string[];
}

/** The changes a block of cells makes from the target on (nothing is written for a cell that cannot be taken). */
export function pasteCells(
  doc: DocState,
  block: readonly (readonly string[])[],
  columns: readonly Column[],
  target: PasteTarget,
  now = Date.now(),
): PasteResult {
  const rows = tableRows(doc);
  const inCell = rows.flatMap((r): string[] =>
    r.kind === 'touchpoint' && r.stageId === target.stageId && r.laneId === target.laneId ? [r.touchpoint.id] : [],
  );
  const start = target.touchpointId ? inCell.indexOf(target.touchpointId) : inCell.length;
  const existing = start < 0 ? [] : inCell.slice(start);
  const context = { ...tableContext(doc), links: target.links ?? null };
  // Each row reads what the rows before it left: one working copy and one merger for the whole block, as a
  // copy of the document and a merge of every change so far at each cell took 37 s for 3,000 rows.
  const copy = workingCopy(doc);
  const working = copy.state;
  const all = changeMerger();
  let added = 0;
  let changed = 0;
  let skipped = 0;
  const ids: string[] = [];
  // The lowest card in the target cell, followed through every change: a new row goes below it, found
  // without going over every card of the map for each row. (A card moved out by a pasted stage or lane
  // cell stays counted, which leaves a gap, never an overlap.)
  const laneBandsNow = laneBands(Object.values(doc.lanes));
  const inTarget = (t: Touchpoint) => isInCell(laneBandsNow, t, target);
  let lowest: Touchpoint | null = null;
  const consider = (t: Touchpoint | null) => {
    if (t && inTarget(t) && (!lowest || t.position.y >= lowest.position.y)) lowest = t;
  };
  for (const id of inCell) consider(doc.touchpoints[id] ?? null);
  const apply = (changes: RowChange[]) => {
    copy.apply(changes);
    all.add(changes);
    for (const c of changes) if (c.table === 'touchpoints') consider(c.after);
  };
  block.forEach((cells, r) => {
    if (cells.every((c) => c.trim() === '')) return;
    const isNew = existing[r] === undefined;
    let id: string;
    if (existing[r] === undefined) {
      const below = lowest ? [lowest] : [];
      const created = newRow(
        working,
        target.stageId,
        target.laneId,
        now,
        slotBelow(working, target.stageId, target.laneId, below),
      );
      apply(created.changes);
      id = created.id;
    } else id = existing[r];
    let rowChanged = false;
    cells.forEach((text, c) => {
      const column = columns[target.column + c];
      if (!column) return;
      const result = cellChanges(working, id, column.key, text, context);
      if (!result.ok) {
        skipped += 1;
        return;
      }
      if (result.changes.length) rowChanged = true;
      apply(result.changes);
    });
    ids.push(id);
    if (isNew) added += 1;
    else if (rowChanged) changed += 1;
  });
  return { changes: all.result(), added, changed, skipped, ids };
}
