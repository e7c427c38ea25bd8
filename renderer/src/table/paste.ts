/**
 * Pasting spreadsheet cells into the table view: the clipboard's text as
 * tab-separated rows (the format every spreadsheet copies), then the
 * touchpoints it fills. Columns map onto the grid's columns from the focused
 * cell on; rows fill the focused touchpoint and those below it in the same
 * stage (and lane), and rows beyond them become new touchpoints there. The
 * whole paste is one list of changes, so one undo step.
 */
import type { LaneId, StageId } from '../domain/ids';
import type { DocState, RowChange } from '../session/doc-state';
import { applyChanges } from '../session/doc-state';
import { mergeChanges } from '../session/history';
import type { Column, LinkChoices } from './cells';
import { cellChanges, newRow, tableContext, tableRows } from './rows';

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
  let working = doc;
  let all: RowChange[] = [];
  let added = 0;
  let changed = 0;
  let skipped = 0;
  const ids: string[] = [];
  const apply = (changes: RowChange[]) => {
    working = applyChanges(working, changes, 'forward');
    all = mergeChanges(all, changes);
  };
  block.forEach((cells, r) => {
    if (cells.every((c) => c.trim() === '')) return;
    const isNew = existing[r] === undefined;
    let id: string;
    if (existing[r] === undefined) {
      const created = newRow(working, target.stageId, target.laneId, now);
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
  return { changes: all, added, changed, skipped, ids };
}
