/**
 * A journey's generation: a counter in the meta table, bumped whenever the
 * journey's rows are replaced as a whole (a saved version restored, a file
 * replacing it). An editor remembers the generation it read; autosave hands
 * it back, and a write against an older generation is refused, so a window
 * that has not yet heard of the replacement never writes its old rows over
 * the new content. No schema change: the meta table already exists.
 */
import type { JourneyId } from '../domain/ids';
import type { JourneyDocument } from '../domain/model';
import { documentTables, storageCall, type WaymarkDB } from './db';
import { readDocument } from './rows';

const generationKey = (journeyId: JourneyId) => `generation:${journeyId}`;

/** Inside a transaction that includes the meta table. */
export async function readGeneration(db: WaymarkDB, journeyId: JourneyId): Promise<number> {
  const value = (await db.meta.get(generationKey(journeyId)))?.value;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
}

/** Inside a transaction that includes the meta table; returns the new generation. */
export async function bumpGeneration(db: WaymarkDB, journeyId: JourneyId): Promise<number> {
  const next = (await readGeneration(db, journeyId)) + 1;
  await db.meta.put({ key: generationKey(journeyId), value: next });
  return next;
}

export interface EditableJourney {
  document: JourneyDocument;
  /** Give this back to `applyRowChanges` so a write after a replacement is refused. */
  generation: number;
}

/** The whole journey and its generation, read together; null when it is not stored. */
export function getJourneyForEditing(db: WaymarkDB, id: JourneyId): Promise<EditableJourney | null> {
  return storageCall(db, () =>
    db.transaction('r', [...documentTables(db), db.meta], async () => {
      const document = await readDocument(db, id);
      return document ? { document, generation: await readGeneration(db, id) } : null;
    }),
  );
}
