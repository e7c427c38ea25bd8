/**
 * Images and other binary data of a journey (persona photos), stored once
 * per journey by the SHA-256 of their bytes.
 */
import { newId, type BlobId, type JourneyId } from '../domain/ids';
import type { BlobRecord } from '../domain/model';
import { storageCall, type WaymarkDB } from './db';
import { constraint, notFound } from './errors';

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/** SHA-256 of the bytes as lowercase hex. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Store a blob for a journey. Bytes already stored in the same journey (same
 * hash) reuse that row, so adding the same photo twice stores it once.
 */
export function putBlob(db: WaymarkDB, journeyId: JourneyId, blob: Blob, type: string): Promise<BlobRecord> {
  return storageCall(db, async () => {
    if (!MIME_TYPE.test(type)) throw constraint(`“${type.slice(0, 60)}” is not a file type.`);
    // Hash before the transaction: a transaction cannot wait for crypto work.
    const bytes = await blob.arrayBuffer();
    const hash = await sha256Hex(bytes);
    return db.transaction('rw', [db.journeys, db.blobs], async () => {
      if (!(await db.journeys.get(journeyId))) throw notFound('journey');
      const existing = await db.blobs
        .where('hash')
        .equals(hash)
        .filter((b) => b.journeyId === journeyId)
        .first();
      if (existing) return existing;
      const record: BlobRecord = { id: newId('blob'), journeyId, type, data: new Blob([bytes], { type }), hash };
      await db.blobs.add(record);
      return record;
    });
  });
}

/** One blob, or null when it is not stored. */
export function getBlob(db: WaymarkDB, id: BlobId): Promise<BlobRecord | null> {
  return storageCall(db, async () => (await db.blobs.get(id)) ?? null);
}

/** Every blob of a journey (for writing a `.journey` file's assets). */
export function listBlobs(db: WaymarkDB, journeyId: JourneyId): Promise<BlobRecord[]> {
  return storageCall(db, () => db.blobs.where('journeyId').equals(journeyId).toArray());
}

/** Like getBlob, but a missing blob is a `not-found` StorageError. */
export async function requireBlob(db: WaymarkDB, id: BlobId): Promise<BlobRecord> {
  const blob = await getBlob(db, id);
  if (!blob) throw notFound('blob');
  return blob;
}
