/**
 * The shared persona library in storage (see domain/persona-library.ts):
 * reading it, and keeping every journey's copy of a persona the same when
 * one of them changes. Copying runs inside the caller's transaction (the
 * autosave's, the import's), so a persona is never half updated.
 */
import { newId, type BlobId, type JourneyId } from '../domain/ids';
import type { JourneyRef } from '../domain/links';
import type { Persona } from '../domain/model';
import { personaKey, samePersonaContent, withSharedFields } from '../domain/persona-library';
import { storageCall, type WaymarkDB } from './db';
import { laterThan } from './rows';

/** A persona row of another journey that was updated to follow an edit. */
export interface PersonaCopyChange {
  journeyId: JourneyId;
  row: Persona;
}

/** Every persona row and every journey (trash included), for the library and its “used by” lists. */
export function listPersonaLibrary(db: WaymarkDB): Promise<{ personas: Persona[]; journeys: JourneyRef[] }> {
  return storageCall(db, () =>
    db.transaction('r', [db.journeys, db.personas], async () => ({
      personas: await db.personas.toArray(),
      journeys: (await db.journeys.toArray()).map((j) => ({ id: j.id, title: j.title, deletedAt: j.deletedAt })),
    })),
  );
}

/** The copy's photo after the edited row's photo changed: the same bytes, as a blob of the copy's journey. */
async function copyPhoto(db: WaymarkDB, photo: BlobId | null, journeyId: JourneyId): Promise<BlobId | null> {
  if (!photo) return null;
  const blob = await db.blobs.get(photo);
  if (!blob) return null;
  if (blob.journeyId === journeyId) return blob.id;
  const same = await db.blobs
    .where('hash')
    .equals(blob.hash)
    .filter((b) => b.journeyId === journeyId)
    .first();
  if (same) return same.id;
  const id = newId('blob');
  await db.blobs.add({ ...blob, id, journeyId });
  return id;
}

/**
 * After persona rows were written (`written`, each with the row stored
 * before, if any): update every other journey's copy of the same persona to
 * the new content (and photo, when it changed), bump those journeys'
 * updatedAt, and return the rows changed. Must run inside a transaction over
 * journeys, personas and blobs.
 */
export async function updatePersonaCopies(
  db: WaymarkDB,
  written: readonly { row: Persona; before: Persona | undefined }[],
  now: number = Date.now(),
): Promise<PersonaCopyChange[]> {
  const changed: PersonaCopyChange[] = [];
  const writtenIds = new Set(written.map((w) => w.row.id));
  for (const { row, before } of written) {
    const key = personaKey(row);
    const photoChanged = (before?.photoBlobId ?? null) !== row.photoBlobId;
    const copies = await db.personas
      .filter((p) => personaKey(p) === key && !writtenIds.has(p.id) && p.journeyId !== row.journeyId)
      .toArray();
    for (const copy of copies) {
      if (samePersonaContent(copy, row) && !photoChanged) continue;
      const next = withSharedFields(copy, row);
      if (photoChanged) next.photoBlobId = await copyPhoto(db, row.photoBlobId, copy.journeyId);
      await db.personas.put(next);
      const journey = await db.journeys.get(copy.journeyId);
      if (journey) await db.journeys.put({ ...journey, updatedAt: laterThan(journey.updatedAt, now) });
      changed.push({ journeyId: copy.journeyId, row: next });
    }
  }
  return changed;
}

/**
 * Make every other journey's copy of these personas match them (an opened
 * file's personas chosen over the library's: “use the file's”). One
 * transaction; returns the rows changed, for the windows showing them.
 */
export function updateLibraryFrom(db: WaymarkDB, personas: readonly Persona[]): Promise<PersonaCopyChange[]> {
  return storageCall(db, () =>
    db.transaction('rw', [db.journeys, db.personas, db.blobs], () =>
      updatePersonaCopies(
        db,
        personas.map((row) => ({ row, before: row })),
      ),
    ),
  );
}
