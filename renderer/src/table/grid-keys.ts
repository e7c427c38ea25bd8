/**
 * The keys of the table view's grids (WAI-ARIA grid pattern), one definition
 * for the touchpoints', the connections' and the stages' grids: what a key press asks
 * for, before each grid says what it means for its rows.
 */
export type GridKeyAction =
  /** Move by rows and columns from the focused cell. */
  | { kind: 'move'; rows: number; cols: number }
  /** Home / End: to the row's first / last cell, or with Ctrl (⌘) to the grid's first / last row. */
  | { kind: 'home'; grid: boolean }
  | { kind: 'end'; grid: boolean }
  | { kind: 'edit' }
  /** A printable key: edit the cell starting with it. */
  | { kind: 'type'; text: string }
  | { kind: 'insert' }
  | { kind: 'delete' };

const PAGE = 10;

const MOVES: Readonly<Record<string, readonly [rows: number, cols: number]>> = {
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  PageDown: [PAGE, 0],
  PageUp: [-PAGE, 0],
};

/** The action of a key press, or null when the grid leaves the key alone (Alt combinations included). */
export function gridKeyAction(e: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): GridKeyAction | null {
  if (e.altKey) return null;
  const mod = e.ctrlKey || e.metaKey;
  const move = MOVES[e.key];
  if (move) return { kind: 'move', rows: move[0], cols: move[1] };
  if (e.key === 'Home') return { kind: 'home', grid: mod };
  if (e.key === 'End') return { kind: 'end', grid: mod };
  if ((e.key === 'Enter' || e.key === 'F2') && !mod) return { kind: 'edit' };
  if (e.key === 'Insert') return { kind: 'insert' };
  if (e.key === 'Delete') return { kind: 'delete' };
  if (e.key.length === 1 && !mod && e.key !== ' ') return { kind: 'type', text: e.key };
  return null;
}
