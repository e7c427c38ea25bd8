/**
 * The persona photos an open journey's window holds, so that they outlive
 * their rows: when another window deletes the journey for good (emptying the
 * trash deletes its photos too), "Save as new journey" stores these bytes as
 * the copy's photos (see deleted-elsewhere.ts).
 *
 * Held per editor store and only for photos the journey's personas use now:
 * the Blob read from storage (in Chromium, and so in Electron, a handle to the
 * stored file that stays readable after its row is deleted, not a second copy
 * in memory) or the one just added. Closing the journey drops the store, and
 * with it what it held.
 */
import type { BlobId } from '../domain/ids';
import type { BlobRecord } from '../domain/model';
import type { EditorStore } from '../session/store';
import { getBlob, type WaymarkDB } from '../storage';

const held = new WeakMap<EditorStore, Map<BlobId, BlobRecord>>();

function photosOf(store: EditorStore): Map<BlobId, BlobRecord> {
  let photos = held.get(store);
  if (!photos) {
    photos = new Map();
    held.set(store, photos);
  }
  return photos;
}

/** The ids of the photos the store's personas use now. */
function usedPhotos(store: EditorStore): Set<BlobId> {
  const ids = new Set<BlobId>();
  for (const p of Object.values(store.getState().doc.personas)) if (p.photoBlobId) ids.add(p.photoBlobId);
  return ids;
}

/** Hold a photo of the store's journey (read for display, or just added). Another journey's is ignored. */
export function keepPhoto(store: EditorStore, record: BlobRecord): void {
  if (record.journeyId !== store.getState().doc.journey.id) return;
  photosOf(store).set(record.id, record);
}

/** The photo the store holds under this id, if any. */
export function keptPhoto(store: EditorStore, id: BlobId): BlobRecord | undefined {
  return held.get(store)?.get(id);
}

/**
 * Reads each photo the store's personas use as it appears (when the journey opens, a photo added
 * here or by another window) and holds it; photos no persona uses any more are let go. Returns the
 * function that stops watching. `ready` of the returned value resolves when the reads started so
 * far have finished (for tests and for callers that want every photo in hand).
 */
export function watchPhotos(db: WaymarkDB, store: EditorStore): { stop: () => void; ready: () => Promise<void> } {
  const reading = new Set<BlobId>();
  const pending = new Set<Promise<void>>();
  let stopped = false;
  const scan = () => {
    const used = usedPhotos(store);
    const photos = photosOf(store);
    for (const id of photos.keys()) if (!used.has(id)) photos.delete(id);
    for (const id of used) {
      if (photos.has(id) || reading.has(id)) continue;
      reading.add(id);
      const read = getBlob(db, id)
        .then((record) => {
          if (!stopped && record && usedPhotos(store).has(id)) keepPhoto(store, record);
        })
        // A photo that cannot be read now is shown as missing by the panel; nothing to hold.
        .catch(() => undefined)
        .finally(() => {
          reading.delete(id);
          pending.delete(read);
        });
      pending.add(read);
    }
  };
  scan();
  const off = store.subscribe((state, previous) => {
    if (state.doc.personas !== previous.doc.personas) scan();
  });
  return {
    stop: () => {
      stopped = true;
      off();
    },
    ready: async () => {
      while (pending.size) await Promise.all(pending);
    },
  };
}
