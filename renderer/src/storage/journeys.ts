/**
 * The journey repository: every function runs in one Dexie transaction, so
 * a failure leaves nothing half-written, and throws a StorageError whose
 * message a window can show as is.
 */
import { copyWithNewIds } from '../domain/document';
import { createJourney as makeJourney, createStage } from '../domain/factories';
import { newId, type BlobId, type JourneyId } from '../domain/ids';
import { JourneySchema, LIMITS, type BlobRecord, type Journey, type JourneyDocument } from '../domain/model';
import { childRows } from '../domain/tables';
import { DEFAULT_STAGE_NAMES } from '../domain/vocabulary';
import { documentTables, storageCall, type WaymarkDB } from './db';
import { constraint, notFound } from './errors';
import { bumpGeneration } from './generation';
import { deleteDocumentRows, laterThan, ownBlobs, purgeRows, readDocument, writeDocumentRows } from './rows';

export interface JourneySummary {
  journey: Journey;
  stageCount: number;
  touchpointCount: number;
}

export interface ListJourneysOptions {
  /** true: only journeys in the trash; false (default): only journeys not in the trash. */
  trashed?: boolean;
}

export type JourneyFields = Partial<Omit<Journey, 'id'>>;
export type JourneyPatch = Partial<Omit<Journey, 'id' | 'createdAt' | 'updatedAt' | 'schemaVersion'>>;

export interface CreateJourneyOptions {
  /** Names of the stages the new journey starts with; the product defaults when left out, none with []. */
  stageNames?: readonly string[];
  now?: number;
}

/** How a copy is titled from its original's title: the caller's words (the interface language); English by default. */
export type CopyTitle = (title: string) => string;

const ENGLISH_COPY_TITLE: CopyTitle = (title) => `${title} (copy)`;

/** A new journey with its starting stages. */
export function createJourney(db: WaymarkDB, fields: JourneyFields = {}, options: CreateJourneyOptions = {}) {
  return storageCall(db, () =>
    db.transaction('rw', [db.journeys, db.stages], async () => {
      const journey = makeJourney(fields, options.now);
      const names = options.stageNames ?? DEFAULT_STAGE_NAMES;
      const stages = names.map((name, order) => createStage({ journeyId: journey.id, name, order }));
      await db.journeys.add(journey);
      await db.stages.bulkAdd(stages);
      return journey;
    }),
  );
}

function checkOwnership(doc: JourneyDocument): void {
  const id = doc.journey.id;
  if (childRows(doc).some((r) => r.journeyId !== id)) {
    throw constraint('Some rows of the journey belong to another journey.');
  }
}

/**
 * Store a whole document (templates, file import) in one transaction. Ids
 * already stored are refused with a `constraint` error, never overwritten:
 * import such a file as a copy (`copyWithNewIds`) or replace on purpose with
 * `replaceJourneyDocument`.
 */
export function createJourneyFromDocument(
  db: WaymarkDB,
  doc: JourneyDocument,
  blobs: readonly BlobRecord[] = [],
): Promise<Journey> {
  return storageCall(db, async () => {
    checkOwnership(doc);
    return db.transaction('rw', [...documentTables(db), db.blobs], async () => {
      await writeDocumentRows(db, doc, 'add');
      await db.blobs.bulkAdd(ownBlobs(blobs, doc.journey.id));
      return doc.journey;
    });
  });
}

/**
 * Replace a stored journey's rows with a document of the same journey id
 * (“replace my copy” on import). Its snapshots stay; blobs given are added or
 * replaced, others stay. Bumps the journey's generation, so an editor still
 * holding the old rows cannot save them over the new ones.
 */
export function replaceJourneyDocument(
  db: WaymarkDB,
  doc: JourneyDocument,
  blobs: readonly BlobRecord[] = [],
): Promise<Journey> {
  return storageCall(db, async () => {
    checkOwnership(doc);
    return db.transaction('rw', [...documentTables(db), db.blobs, db.meta], async () => {
      const current = await db.journeys.get(doc.journey.id);
      if (!current) throw notFound('journey');
      await bumpGeneration(db, current.id);
      const journey = { ...doc.journey, updatedAt: laterThan(current.updatedAt) };
      await deleteDocumentRows(db, journey.id);
      await writeDocumentRows(db, { ...doc, journey }, 'put');
      await db.blobs.bulkPut(ownBlobs(blobs, journey.id));
      return journey;
    });
  });
}

/** How many journeys are stored (trash included); cheap to watch in a live query. */
export function countJourneys(db: WaymarkDB): Promise<number> {
  return storageCall(db, () => db.journeys.count());
}

/** Journeys newest first (by updatedAt), each with its stage and touchpoint counts. */
export function listJourneys(db: WaymarkDB, options: ListJourneysOptions = {}): Promise<JourneySummary[]> {
  const trashed = options.trashed ?? false;
  return storageCall(db, () =>
    db.transaction('r', [db.journeys, db.stages, db.touchpoints], async () => {
      const journeys = (await db.journeys.orderBy('updatedAt').reverse().toArray()).filter(
        (j) => (j.deletedAt !== null) === trashed,
      );
      return Promise.all(
        journeys.map(async (journey) => ({
          journey,
          stageCount: await db.stages.where('journeyId').equals(journey.id).count(),
          touchpointCount: await db.touchpoints.where('journeyId').equals(journey.id).count(),
        })),
      );
    }),
  );
}

/** The whole journey (stages sorted by order), or null when it is not stored. */
export function getJourneyDocument(db: WaymarkDB, id: JourneyId): Promise<JourneyDocument | null> {
  return storageCall(db, () => db.transaction('r', documentTables(db), () => readDocument(db, id)));
}

/**
 * When the journey was last edited, as stored (null when it is not stored). An open editor's copy keeps
 * the time it was read: each autosave moves the stored one on, which the editor does not follow.
 */
export function storedEditTime(db: WaymarkDB, id: JourneyId): Promise<number | null> {
  return storageCall(db, async () => (await db.journeys.get(id))?.updatedAt ?? null);
}

/** Change journey fields (title, description, viewport, …); bumps updatedAt. */
export function updateJourney(db: WaymarkDB, id: JourneyId, patch: JourneyPatch): Promise<Journey> {
  return storageCall(db, () =>
    db.transaction('rw', db.journeys, async () => {
      const current = await db.journeys.get(id);
      if (!current) throw notFound('journey');
      const parsed = JourneySchema.safeParse({ ...current, ...patch, id, updatedAt: laterThan(current.updatedAt) });
      if (!parsed.success) throw constraint(`The journey change does not fit (${parsed.error.issues[0]?.message}).`);
      await db.journeys.put(parsed.data);
      return parsed.data;
    }),
  );
}

/** Rename a journey; a blank title becomes “Untitled journey”. */
export function renameJourney(db: WaymarkDB, id: JourneyId, title: string): Promise<Journey> {
  const trimmed = title.trim().slice(0, LIMITS.shortText);
  return updateJourney(db, id, { title: trimmed === '' ? 'Untitled journey' : trimmed });
}

/**
 * The copy's title, the original's shortened where the words would make it
 * longer than the schema allows (counted as the schema counts, in UTF-16
 * units), cut between whole characters.
 */
export function fitCopyTitle(title: string, copyTitle: CopyTitle = ENGLISH_COPY_TITLE): string {
  const full = copyTitle(title);
  let over = full.length - LIMITS.shortText;
  if (over <= 0) return full;
  const chars = Array.from(title);
  while (over > 0 && chars.length > 0) over -= chars.pop()!.length;
  return copyTitle(chars.join(''));
}

/** A copy with new ids throughout, its blobs copied under new ids, titled as `copyTitle` says (“… (copy)”). */
export function duplicateJourney(
  db: WaymarkDB,
  id: JourneyId,
  now: number = Date.now(),
  copyTitle: CopyTitle = ENGLISH_COPY_TITLE,
): Promise<Journey> {
  return storageCall(db, () =>
    db.transaction('rw', [...documentTables(db), db.blobs], async () => {
      const original = await readDocument(db, id);
      if (!original) throw notFound('journey');
      const { document, idMap } = copyWithNewIds(original, { now });
      const copy: JourneyDocument = {
        ...document,
        journey: { ...document.journey, title: fitCopyTitle(original.journey.title, copyTitle) },
      };
      const blobs = await db.blobs.where('journeyId').equals(id).toArray();
      const copiedBlobs = blobs.map((b) => ({
        ...b,
        id: (idMap.get(b.id) as BlobId | undefined) ?? newId('blob'),
        journeyId: copy.journey.id,
      }));
      await writeDocumentRows(db, copy, 'add');
      await db.blobs.bulkAdd(copiedBlobs);
      return copy.journey;
    }),
  );
}

function setDeletedAt(db: WaymarkDB, id: JourneyId, deletedAt: number | null): Promise<Journey> {
  return storageCall(db, () =>
    db.transaction('rw', db.journeys, async () => {
      const current = await db.journeys.get(id);
      if (!current) throw notFound('journey');
      const journey = { ...current, deletedAt };
      await db.journeys.put(journey);
      return journey;
    }),
  );
}

/** Which of these journey ids are stored (in the library or in the trash). */
export function storedJourneyIds(db: WaymarkDB, ids: readonly JourneyId[]): Promise<Set<JourneyId>> {
  return storageCall(db, async () => {
    const keys = await db.journeys
      .where('id')
      .anyOf([...ids])
      .primaryKeys();
    return new Set(keys);
  });
}

/** Put a journey in the trash (undoable with restoreFromTrash). */
export function moveToTrash(db: WaymarkDB, id: JourneyId, now: number = Date.now()): Promise<Journey> {
  return setDeletedAt(db, id, now);
}

export function restoreFromTrash(db: WaymarkDB, id: JourneyId): Promise<Journey> {
  return setDeletedAt(db, id, null);
}

/**
 * Puts several journeys in the trash at once, in one transaction (undoable with restoreManyFromTrash). A journey
 * no longer stored (deleted for good in another window meanwhile) is left out of the answer, not an error.
 */
export function moveManyToTrash(
  db: WaymarkDB,
  ids: readonly JourneyId[],
  now: number = Date.now(),
): Promise<Journey[]> {
  return setDeletedAtOfMany(db, ids, now);
}

export function restoreManyFromTrash(db: WaymarkDB, ids: readonly JourneyId[]): Promise<Journey[]> {
  return setDeletedAtOfMany(db, ids, null);
}

function setDeletedAtOfMany(db: WaymarkDB, ids: readonly JourneyId[], deletedAt: number | null): Promise<Journey[]> {
  return storageCall(db, () =>
    db.transaction('rw', db.journeys, async () => {
      const stored = (await db.journeys.bulkGet([...ids])).filter((j) => j !== undefined);
      const changed = stored.map((j) => ({ ...j, deletedAt }));
      await db.journeys.bulkPut(changed);
      return changed;
    }),
  );
}

const ALL_TABLES = (db: WaymarkDB) => [...documentTables(db), db.blobs, db.snapshots, db.viewports];

/** Delete every row of a journey in every table, blobs and snapshots too. Not undoable. */
export function purgeJourney(db: WaymarkDB, id: JourneyId): Promise<void> {
  return storageCall(db, () =>
    db.transaction('rw', ALL_TABLES(db), async () => {
      if (!(await db.journeys.get(id))) throw notFound('journey');
      await purgeRows(db, id);
    }),
  );
}

/**
 * Deletes several trashed journeys for good, in one transaction; returns the ids deleted. One no longer
 * in the trash (restored, or deleted for good, in another window meanwhile) is left alone. Not undoable.
 */
export function purgeManyFromTrash(db: WaymarkDB, ids: readonly JourneyId[]): Promise<JourneyId[]> {
  return storageCall(db, () =>
    db.transaction('rw', ALL_TABLES(db), async () => {
      const trashed = (await db.journeys.bulkGet([...ids]))
        .filter((j) => j !== undefined && j.deletedAt !== null)
        .map((j) => j!.id);
      for (const id of trashed) await purgeRows(db, id);
      return trashed;
    }),
  );
}

/**
 * Purge every journey in the trash; returns how many were purged, and puts their ids in
 * `options.purged` (for the windows that still show one of them).
 */
export function emptyTrash(db: WaymarkDB, options: { purged?: JourneyId[] } = {}): Promise<number> {
  return storageCall(db, () =>
    db.transaction('rw', ALL_TABLES(db), async () => {
      const trashed = await db.journeys.where('deletedAt').above(-1).primaryKeys();
      for (const id of trashed) await purgeRows(db, id);
      options.purged?.push(...trashed);
      return trashed.length;
    }),
  );
}
