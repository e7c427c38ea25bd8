/**
 * Text typed in place on the canvas (a card's title, a note) goes into the
 * store as it is typed, outside the undo history: it is autosaved like any
 * edit and other windows see it, so a crash or power cut in the middle of
 * typing keeps what was typed (before, it lived only in the text box until
 * Enter or a click elsewhere). Finishing makes the one undo step from the
 * text the box opened with; cancelling puts that text back.
 */
import { getRow, type RowChange } from './doc-state';
import type { EditorStore } from './store';

type DraftTable = 'touchpoints' | 'notes';
type DraftField<T extends DraftTable> = T extends 'touchpoints' ? 'title' : 'text';

export interface InlineDraft {
  /** The text as it stands in the box (saved, not undoable on its own). */
  type(value: string): void;
  /** Enter or a click elsewhere (`value`), or Escape (null). */
  finish(value: string | null, label: string): void;
}

export function inlineDraft<T extends DraftTable>(
  store: EditorStore,
  table: T,
  id: string,
  field: DraftField<T>,
  original: string,
): InlineDraft {
  const current = () => getRow(store.getState().doc, table, id) as Record<string, unknown> | null;
  /** Sets the field outside the history (as a live session's row is set). */
  const put = (value: string) => {
    const row = current();
    if (!row || row[field] === value) return;
    store.getState().applyShared([{ table, id, before: row, after: { ...row, [field]: value } } as RowChange]);
  };
  let finished = false;
  /** The text this box last put in the store (null: none yet). */
  let drafted: string | null = null;
  return {
    type(value) {
      if (finished) return;
      put(value);
      drafted = value;
    },
    finish(value, label) {
      if (finished) return;
      finished = true;
      const row = current();
      if (!row) return;
      if (value === null || value === original) {
        // Only what this box typed is put back: a text another window saved meanwhile stays.
        if (drafted !== null && row[field] === drafted) put(original);
        return;
      }
      // One undo step from the text the box opened with; other fields as they are now.
      const change = { table, id, before: { ...row, [field]: original }, after: { ...row, [field]: value } };
      store.getState().run(label, [change as unknown as RowChange]);
    },
  };
}
