/**
 * One cell of the table view's grids (touchpoints, connections, stages): the
 * ARIA grid roles, the roving tab stop, the `data-cell` address the keyboard
 * code finds cells by, and click to move / double-click to edit. What the cell
 * shows (its text or its editor) is the caller's.
 */
import type { ReactNode } from 'react';

export interface GridCellProps<R extends string | number> {
  row: R;
  col: number;
  /** The column's key, for `data-column` (tests and styles). */
  column: string;
  /** Whether this cell holds the grid's one tab stop. */
  focused: boolean;
  editing: boolean;
  /** The row's first cell names the row (`rowheader`); every other cell is a `gridcell`. */
  rowHeader?: boolean;
  /** The cell's whole text, shown as a tooltip where the column cuts it. */
  text: string;
  onMove: (at: { row: R; col: number }) => void;
  onEdit: (at: { row: R; col: number }) => void;
  children: ReactNode;
}

export function GridCell<R extends string | number>(p: GridCellProps<R>) {
  const Tag = p.rowHeader ? 'th' : 'td';
  return (
    <Tag
      role={p.rowHeader ? 'rowheader' : 'gridcell'}
      aria-colindex={p.col + 1}
      tabIndex={p.focused ? 0 : -1}
      data-cell={`${p.row}:${p.col}`}
      data-column={p.column}
      className={p.editing ? 'is-editing' : undefined}
      title={p.text || undefined}
      onClick={() => p.onMove({ row: p.row, col: p.col })}
      onDoubleClick={() => p.onEdit({ row: p.row, col: p.col })}
    >
      {p.children}
    </Tag>
  );
}
