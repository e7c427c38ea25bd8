/**
 * Reading and writing a whole journey's rows. These helpers run inside a
 * transaction opened by the caller, which names the tables they touch.
 */
import type { JourneyId } from '../domain/ids';
import type { BlobRecord, JourneyDocument } from '../domain/model';
import { sortStages } from '../domain/layout';
import type { WaymarkDB } from './db';

/** The whole journey, stages sorted by order; null when the journey is not stored. */
export async function readDocument(db: WaymarkDB, journeyId: JourneyId): Promise<JourneyDocument | null> {
  const journey = await db.journeys.get(journeyId);
  if (!journey) return null;
  const [stages, touchpoints, connections, personas, notes] = await Promise.all([
    db.stages.where('journeyId').equals(journeyId).toArray(),
    db.touchpoints.where('journeyId').equals(journeyId).toArray(),
    db.connections.where('journeyId').equals(journeyId).toArray(),
    db.personas.where('journeyId').equals(journeyId).toArray(),
    db.notes.where('journeyId').equals(journeyId).toArray(),
  ]);
  return { journey, stages: sortStages(stages), touchpoints, connections, personas, notes };
}

/**
 * Write every row of a document. `add` refuses ids already stored (a file
 * never silently replaces someone's journey); `put` overwrites.
 */
export async function writeDocumentRows(db: WaymarkDB, doc: JourneyDocument, mode: 'add' | 'put'): Promise<void> {
  if (mode === 'add') {
    await db.journeys.add(doc.journey);
    await db.stages.bulkAdd(doc.stages);
    await db.touchpoints.bulkAdd(doc.touchpoints);
    await db.connections.bulkAdd(doc.connections);
    await db.personas.bulkAdd(doc.personas);
    await db.notes.bulkAdd(doc.notes);
  } else {
    await db.journeys.put(doc.journey);
    await db.stages.bulkPut(doc.stages);
    await db.touchpoints.bulkPut(doc.touchpoints);
    await db.connections.bulkPut(doc.connections);
    await db.personas.bulkPut(doc.personas);
    await db.notes.bulkPut(doc.notes);
  }
}

/** Delete the journey row and its document rows (not blobs, not snapshots). */
export async function deleteDocumentRows(db: WaymarkDB, journeyId: JourneyId): Promise<void> {
  await db.stages.where('journeyId').equals(journeyId).delete();
  await db.touchpoints.where('journeyId').equals(journeyId).delete();
  await db.connections.where('journeyId').equals(journeyId).delete();
  await db.personas.where('journeyId').equals(journeyId).delete();
  await db.notes.where('journeyId').equals(journeyId).delete();
  await db.journeys.delete(journeyId);
}

/** Every row of a journey in every table: document rows, blobs and snapshots. */
export async function purgeRows(db: WaymarkDB, journeyId: JourneyId): Promise<void> {
  await deleteDocumentRows(db, journeyId);
  await db.blobs.where('journeyId').equals(journeyId).delete();
  await db.snapshots.where('journeyId').equals(journeyId).delete();
}

/** The journey's blobs, given to it (its id set on each) for writing. */
export function ownBlobs(blobs: readonly BlobRecord[], journeyId: JourneyId): BlobRecord[] {
  return blobs.map((b) => ({ ...b, journeyId }));
}

/** A time after `previous`, so that "newest first" never ties on a fast machine. */
export function laterThan(previous: number, now: number = Date.now()): number {
  return Math.max(now, previous + 1);
}
