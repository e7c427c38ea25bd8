import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { JourneyDocument } from '../domain/model';
import { documentFrom, type DocState } from './doc-state';
import type { EditorState, EditorStore } from './store';

export const EditorStoreContext = createContext<EditorStore | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore outside the editor');
  return store;
}

/** Subscribe to a narrow slice of the editor state. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

/**
 * The journey as a document (arrays, stages in order) for a state of the store. Every
 * revision is converted once, however many panels and layers ask for it.
 */
const documents = new WeakMap<DocState, JourneyDocument>();
export function journeyDocumentOf(state: DocState): JourneyDocument {
  let document = documents.get(state);
  if (!document) {
    document = documentFrom(state);
    documents.set(state, document);
  }
  return document;
}

/** The open journey as a document, re-rendering when it changes (one conversion per revision). */
export function useJourneyDocument(): JourneyDocument {
  return journeyDocumentOf(useEditor((s) => s.doc));
}
