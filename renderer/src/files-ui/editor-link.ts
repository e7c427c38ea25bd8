/**
 * The editor store of the journey open in this window, for file actions that
 * outlive the component that started them (a toast's Undo after the editor
 * was reloaded). Set by the CSV import host, which lives exactly as long as
 * the editor's store.
 */
import type { EditorStore } from '../session/store';

let open: EditorStore | null = null;

export function linkEditor(store: EditorStore): () => void {
  open = store;
  return () => {
    if (open === store) open = null;
  };
}

/** The open editor's store when it shows this journey, else null. */
export function openEditorOf(journeyId: string): EditorStore | null {
  return open && open.getState().doc.journey.id === journeyId ? open : null;
}
