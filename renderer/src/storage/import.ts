/**
 * Storing a validated journey document: as new, as a copy ("keep both"), or
 * replacing the stored journey of the same id. Replacing first saves a
 * snapshot and puts a copy of the old journey in the trash, so it can be
 * restored. Everything happens in one transaction: a failure writes nothing.
 * Replacing a journey open in a window goes through replaceOpenJourney
 * (replace-open-journey.ts), which saves and reloads the editors around it.
 */
import { copyWithNewIds } from '../domain/document';
import type { BlobId, JourneyId } from '../domain/ids';
import type { BlobRecord, Journey, JourneyDocument } from '../domain/model';
import { listBlobs } from './blobs';
import { documentTables, storageCall, type WaymarkDB } from './db';
import { createJourneyFromDocument, getJourneyDocument, replaceJourneyDocument } from './journeys';
import { saveSnapshot } from './snapshots';

export type ImportMode = 'new' | 'keep-both' | 'replace';

/** A photo or logo that arrives with a journey (a `.journey` file's assets have this shape). */
export interface ImportAsset {
  blobId: string;
  hash: string;
  type: string;
  bytes: Uint8Array;
}

export async function journeyExists(db: WaymarkDB, id: JourneyId): Promise<boolean> {
  return (await db.journeys.get(id)) !== undefined;
}

function blobRecords(assets: readonly ImportAsset[], journeyId: JourneyId, idMap?: Map<string, string>): BlobRecord[] {
  return assets.map((a) => ({
    id: (idMap?.get(a.blobId) ?? a.blobId) as BlobId,
    journeyId,
    type: a.type,
    hash: a.hash,
    data: new Blob([a.bytes as BlobPart], { type: a.type }),
  }));
}

export async function importJourney(
  db: WaymarkDB,
  document: JourneyDocument,
  assets: readonly ImportAsset[],
  mode: ImportMode,
  now = Date.now(),
): Promise<Journey> {
  if (mode === 'keep-both') {
    const { document: copy, idMap } = copyWithNewIds(document, { now });
    const titled = { ...copy, journey: { ...copy.journey, title: `${document.journey.title} (copy)` } };
    return createJourneyFromDocument(db, titled, blobRecords(assets, titled.journey.id, idMap));
  }
  if (mode === 'new') return createJourneyFromDocument(db, document, blobRecords(assets, document.journey.id));

  // Through storageCall, so a failure (disk full, another window) reads as every other write's does.
  return storageCall(db, () =>
    db.transaction('rw', [...documentTables(db), db.blobs, db.snapshots, db.meta], async () => {
      const current = await getJourneyDocument(db, document.journey.id);
      if (current) {
        await saveSnapshot(db, current.journey.id, 'Before an imported file replaced it', now);
        const { document: old, idMap } = copyWithNewIds(current, { now });
        const oldBlobs = (await listBlobs(db, current.journey.id)).map((b) => ({
          ...b,
          id: (idMap.get(b.id) ?? b.id) as BlobId,
          journeyId: old.journey.id,
        }));
        await createJourneyFromDocument(
          db,
          { ...old, journey: { ...old.journey, title: `${current.journey.title} (replaced)`, deletedAt: now } },
          oldBlobs,
        );
        return replaceJourneyDocument(db, document, blobRecords(assets, document.journey.id));
      }
      return createJourneyFromDocument(db, document, blobRecords(assets, document.journey.id));
    }),
  );
}

/** Assets of a stored journey, for writing it to a `.journey` file. */
export async function journeyAssets(db: WaymarkDB, document: JourneyDocument) {
  const used = new Set(document.personas.map((p) => p.photoBlobId).filter(Boolean));
  const blobs = (await listBlobs(db, document.journey.id)).filter((b) => used.has(b.id));
  return Promise.all(
    blobs.map(async (b) => ({
      blobId: b.id,
      hash: b.hash,
      type: b.type,
      bytes: new Uint8Array(await b.data.arrayBuffer()),
    })),
  );
}
