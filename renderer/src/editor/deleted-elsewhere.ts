/**
 * The open journey was deleted for good in another window (emptied from the
 * trash): nothing this window holds can be saved to it any more. The store
 * stops saving (no retry every 3 s for ever), the user is told in one
 * sentence, and the map as this window shows it, unsaved edits included, can
 * be kept as a new journey.
 */
import { copyWithNewIds } from '../domain/document';
import type { BlobId } from '../domain/ids';
import type { BlobRecord, Journey } from '../domain/model';
import { documentFrom } from '../session/doc-state';
import type { EditorStore } from '../session/store';
import { createJourneyFromDocument, getBlob, type WaymarkDB } from '../storage';
import { t } from '../i18n';
import { keptPhoto } from './kept-photos';

export interface SavedAsNew {
  journey: Journey;
  /** How many of the copy's personas lost their photo: deleted with the journey, and not held by this window. */
  photosLost: number;
}

/**
 * The photo with its bytes read now, or null when they cannot be read: a Blob whose stored file
 * is gone would otherwise fail the copy's whole write, and every retry of it.
 */
async function readable(record: BlobRecord | null): Promise<BlobRecord | null> {
  if (!record) return null;
  try {
    return { ...record, data: new Blob([await record.data.arrayBuffer()], { type: record.type }) };
  } catch {
    return null;
  }
}

/**
 * Stores the map the store shows as a new journey (new ids, out of the trash, as the
 * last known journey was). The persona photos were deleted with the journey: those this
 * window holds (kept-photos.ts) are stored again as the copy's, with the same bytes;
 * a persona whose photo is neither held nor still stored keeps no photo, and is counted.
 */
export async function saveAsNewJourney(db: WaymarkDB, store: EditorStore): Promise<SavedAsNew> {
  const original = documentFrom(store.getState().doc);
  const { document, idMap } = copyWithNewIds(original);
  // The copy's photo id for each photo the map uses, with the bytes this window can still give.
  const found = new Map<BlobId, BlobRecord | null>();
  for (const { photoBlobId: id } of original.personas) {
    const copyId = id && (idMap.get(id) as BlobId | undefined);
    if (!id || !copyId || found.has(copyId)) continue;
    // Read before the copy's transaction: a transaction cannot wait for other work.
    found.set(copyId, await readable(keptPhoto(store, id) ?? (await getBlob(db, id).catch(() => null))));
  }
  let photosLost = 0;
  const personas = document.personas.map((p) => {
    if (!p.photoBlobId || found.get(p.photoBlobId)) return p;
    photosLost += 1;
    return { ...p, photoBlobId: null };
  });
  const blobs: BlobRecord[] = [];
  for (const [id, record] of found) if (record) blobs.push({ ...record, id });
  const journey = await createJourneyFromDocument(db, { ...document, personas }, blobs);
  return { journey, photosLost };
}

/** The one sentence that says the copy was made, and how many persona photos it could not keep. */
export function savedAsNewText({ journey, photosLost }: SavedAsNew): string {
  const title = journey.title.trim() || t('editor.untitledJourney');
  return photosLost > 0
    ? t('editor.savedAsNewWithoutPhotos', { title, count: photosLost })
    : t('editor.savedAsNew', { title });
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
