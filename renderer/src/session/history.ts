/**
 * Undo/redo as data. Each entry is the list of row changes one command made.
 * Entries with the same coalesce key that follow each other closely merge
 * into one step (typing in a field), keeping the first `before` and the
 * last `after` of every row.
 */
import type { RowChange } from './doc-state';

export interface HistoryEntry {
  label: string;
  changes: RowChange[];
  coalesceKey: string | null;
  at: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const HISTORY_LIMIT = 500;
export const COALESCE_MS = 1500;

export const emptyHistory = (): History => ({ past: [], future: [] });

const rowKey = (c: RowChange) => `${c.table}\u0000${c.id}`;

export function mergeChanges(older: readonly RowChange[], newer: readonly RowChange[]): RowChange[] {
  const merger = changeMerger();
  merger.add(older);
  merger.add(newer);
  return merger.result();
}

/**
 * Merges lists of changes one after another as `mergeChanges` merges two: every row keeps its first
 * `before` and its last `after`, in the order rows first changed. For a command that gathers changes
 * a step at a time (a paste of thousands of rows), where `mergeChanges` at every step would go over all
 * the changes gathered so far again (quadratic).
 */
export function changeMerger(): { add(changes: readonly RowChange[]): void; result(): RowChange[] } {
  const merged = new Map<string, RowChange>();
  return {
    add(changes) {
      for (const c of changes) {
        const prev = merged.get(rowKey(c));
        merged.set(rowKey(c), prev ? ({ ...c, before: prev.before } as RowChange) : c);
      }
    },
    // A row created and deleted inside one step leaves nothing to undo.
    result: () => [...merged.values()].filter((c) => !(c.before === null && c.after === null)),
  };
}

/**
 * Pushes `entry`, or merges it into the last entry: one with the same coalesce key made less than
 * COALESCE_MS before, or `finishes`, the step this one completes, however long ago, while nothing
 * came after it (a card added and then titled in place is one step to undo, not two).
 */
export function pushEntry(history: History, entry: HistoryEntry, finishes?: HistoryEntry): History {
  const last = history.past[history.past.length - 1];
  const coalesces =
    last && entry.coalesceKey && last.coalesceKey === entry.coalesceKey && entry.at - last.at < COALESCE_MS;
  if (last && (coalesces || last === finishes)) {
    // Keys typed on after the step it finishes go on merging into it (a list row added, then typed in).
    const merged: HistoryEntry = {
      ...last,
      changes: mergeChanges(last.changes, entry.changes),
      at: entry.at,
      coalesceKey: entry.coalesceKey ?? last.coalesceKey,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const past = [...history.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function takeUndo(history: History): { history: History; entry: HistoryEntry } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return { entry, history: { past: history.past.slice(0, -1), future: [...history.future, entry] } };
}

export function takeRedo(history: History): { history: History; entry: HistoryEntry } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return { entry, history: { past: [...history.past, entry], future: history.future.slice(0, -1) } };
}
