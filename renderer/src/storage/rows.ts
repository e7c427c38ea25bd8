/**
 * Reading and writing a whole journey's rows. These helpers run inside a
 * transaction opened by the caller, which names the tables they touch.
 */
import type { JourneyId } from '../domain/ids';
import type { BlobRecord, JourneyDocument } from '../domain/model';
import { sortPersonas } from '../domain/document';
import { sortStages } from '../domain/layout';
import { CHILD_TABLES, type ChildTable } from '../domain/tables';
import type { WaymarkDB } from './db';

/** The whole journey, stages sorted by order and personas as people see them; null when the journey is not stored. */
export async function readDocument(db: WaymarkDB, journeyId: JourneyId): Promise<JourneyDocument | null> {
  const journey = await db.journeys.get(journeyId);
  if (!journey) return null;
  const lists = await Promise.all(
    CHILD_TABLES.map((table) => db.table(table).where('journeyId').equals(journeyId).toArray()),
  );
  const children = Object.fromEntries(CHILD_TABLES.map((table, i) => [table, lists[i]])) as Pick<
    JourneyDocument,
    ChildTable
  >;
  return {
    journey,
    ...children,
    stages: sortStages(children.stages),
    personas: sortPersonas(children.personas, journey.personaIds),
  };
}

/**
 * Write every row of a document. `add` refuses ids already stored (a file
 * never silently replaces someone's journey); `put` overwrites.
 */
export async function writeDocumentRows(db: WaymarkDB, doc: JourneyDocument, mode: 'add' | 'put'): Promise<void> {
  if (mode === 'add') {
    await db.journeys.add(doc.journey);
    for (const table of CHILD_TABLES) await db.table(table).bulkAdd(doc[table]);
  } else {
    await db.journeys.put(doc.journey);
    for (const table of CHILD_TABLES) await db.table(table).bulkPut(doc[table]);
  }
}

/** Delete the journey row and its document rows (not blobs, not snapshots). */
export async function deleteDocumentRows(db: WaymarkDB, journeyId: JourneyId): Promise<void> {
  for (const table of CHILD_TABLES) await db.table(table).where('journeyId').equals(journeyId).delete();
  await db.journeys.delete(journeyId);
}

/** Every row of a journey in every table: document rows, blobs and snapshots. */
export async function purgeRows(db: WaymarkDB, journeyId: JourneyId): Promise<void> {
  await deleteDocumentRows(db, journeyId);
  await db.blobs.where('journeyId').equals(journeyId).delete();
  await db.snapshots.where('journeyId').equals(journeyId).delete();
  await db.viewports.delete(journeyId);
}

/** The journey's blobs, given to it (its id set on each) for writing. */
export function ownBlobs(blobs: readonly BlobRecord[], journeyId: JourneyId): BlobRecord[] {
  return blobs.map((b) => ({ ...b, journeyId }));
}

/** A time after `previous`, so that "newest first" never ties on a fast machine. */
export function laterThan(previous: number, now: number = Date.now()): number {
  return Math.max(now, previous + 1);
}
