/**
 * The open journey was deleted for good in another window (emptied from the
 * trash): nothing this window holds can be saved to it any more. The store
 * stops saving (no retry every 3 s for ever), the user is told in one
 * sentence, and the map as this window shows it, unsaved edits included, can
 * be kept as a new journey.
 */
import { copyWithNewIds } from '../domain/document';
import type { Journey } from '../domain/model';
import { documentFrom } from '../session/doc-state';
import type { EditorStore } from '../session/store';
import { createJourneyFromDocument, type WaymarkDB } from '../storage';

/**
 * Stores the map the store shows as a new journey (new ids, out of the trash, as the
 * last known journey was). The persona photos were deleted with the journey, so the
 * copy's personas have none.
 */
export function saveAsNewJourney(db: WaymarkDB, store: EditorStore): Promise<Journey> {
  const { document } = copyWithNewIds(documentFrom(store.getState().doc));
  const personas = document.personas.map((p) => ({ ...p, photoBlobId: null }));
  return createJourneyFromDocument(db, { ...document, personas });
}

/**
 * Wires a store to its persister's word that the journey was deleted: `tell` runs once, after
 * the store has stopped saving with `message` as its save error.
 */
export function stopWhenDeleted(
  store: EditorStore,
  onDeleted: (listener: () => void) => () => void,
  message: () => string,
  tell: () => void,
): () => void {
  let told = false;
  return onDeleted(() => {
    if (told) return;
    told = true;
    store.stopSaving(message());
    tell();
  });
}
