/**
 * Storing a validated journey document: as new, as a copy ("keep both"), or
 * replacing the stored journey of the same id. Replacing first saves a
 * snapshot and puts a copy of the old journey in the trash, so it can be
 * restored. Everything happens in one transaction: a failure writes nothing.
 * Replacing a journey open in a window goes through replaceOpenJourney
 * (replace-open-journey.ts), which saves and reloads the editors around it.
 */
import { copyWithNewIds, withNewRowIds } from '../domain/document';
import type { BlobId, JourneyId } from '../domain/ids';
import type { BlobRecord, Journey, JourneyDocument } from '../domain/model';
import { CHILD_TABLES, type ChildTable } from '../domain/tables';
import { listBlobs } from './blobs';
import { documentTables, storageCall, type WaymarkDB } from './db';
import {
  createJourneyFromDocument,
  fitCopyTitle,
  getJourneyDocument,
  replaceJourneyDocument,
  type CopyTitle,
} from './journeys';
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

/**
 * From how many ids `heldByOthers` reads the table's keys instead of a row per
 * id. Fetching each row is one request per id (some 1.5 s for the 40,000 rows
 * of a 20,000-touchpoint file); reading every key is one request whatever the
 * count, at a cost that grows with the library instead.
 */
export const KEY_SCAN_FROM = 2_000;

/**
 * Which of `ids` a row of another journey holds in `table`. Call inside a
 * transaction over the table. Few ids are looked up one by one; many, by
 * reading the table's keys and those of the journey's own rows.
 */
export async function heldByOthers(
  db: WaymarkDB,
  table: ChildTable | 'blobs',
  ids: readonly string[],
  journeyId: JourneyId,
  scanFrom = KEY_SCAN_FROM,
): Promise<Set<string>> {
  const held = new Set<string>();
  if (ids.length === 0) return held;
  const store = db.table(table);
  if (ids.length < scanFrom) {
    const rows = (await store.bulkGet([...ids])) as ({ journeyId: string } | undefined)[];
    rows.forEach((row, i) => {
      if (row && row.journeyId !== journeyId) held.add(ids[i]!);
    });
    return held;
  }
  const own = new Set((await store.where('journeyId').equals(journeyId).primaryKeys()) as string[]);
  const wanted = new Set(ids);
  for (const key of (await store.toCollection().primaryKeys()) as string[]) {
    if (wanted.has(key) && !own.has(key)) held.add(key);
  }
  return held;
}

/**
 * The document and its photos, with new ids for rows whose ids another stored
 * journey already holds (a file edited by hand or made by another tool):
 * stored as they are, they would fail to add, or, when replacing, be put over
 * that journey's own rows. Call inside a transaction over the document tables and blobs.
 */
async function withoutOthersIds(
  db: WaymarkDB,
  document: JourneyDocument,
  assets: readonly ImportAsset[],
): Promise<{ document: JourneyDocument; blobs: BlobRecord[] }> {
  const journeyId = document.journey.id;
  const taken = new Set<string>();
  for (const table of CHILD_TABLES) {
    const ids = document[table].map((r) => r.id);
    for (const id of await heldByOthers(db, table, ids, journeyId)) taken.add(id);
  }
  const blobIds = assets.map((a) => a.blobId);
  for (const id of await heldByOthers(db, 'blobs', blobIds, journeyId)) taken.add(id);
  const { document: own, idMap } = withNewRowIds(document, taken);
  return { document: own, blobs: blobRecords(assets, journeyId, idMap) };
}

/** How the library copy a file replaces is titled (“… (replaced)”), in the interface language where given. */
const ENGLISH_REPLACED_TITLE: CopyTitle = (title) => `${title} (replaced)`;

export async function importJourney(
  db: WaymarkDB,
  received: JourneyDocument,
  assets: readonly ImportAsset[],
  mode: ImportMode,
  now = Date.now(),
  copyTitle?: CopyTitle,
  replacedTitle: CopyTitle = ENGLISH_REPLACED_TITLE,
): Promise<Journey> {
  // A file is never in the trash: one saved from a journey another window had trashed carries the mark,
  // which would hide the journey from whoever opens the file.
  const document =
    received.journey.deletedAt === null ? received : { ...received, journey: { ...received.journey, deletedAt: null } };
  if (mode === 'keep-both') {
    const { document: copy, idMap } = copyWithNewIds(document, { now });
    const titled = { ...copy, journey: { ...copy.journey, title: fitCopyTitle(document.journey.title, copyTitle) } };
    return createJourneyFromDocument(db, titled, blobRecords(assets, titled.journey.id, idMap));
  }
  if (mode === 'new') {
    return storageCall(db, () =>
      db.transaction('rw', [...documentTables(db), db.blobs], async () => {
        const own = await withoutOthersIds(db, document, assets);
        return createJourneyFromDocument(db, own.document, own.blobs);
      }),
    );
  }

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
          {
            ...old,
            // Fitted like a copy's title: the schema's length holds, or the journey could not be read back.
            journey: { ...old.journey, title: fitCopyTitle(current.journey.title, replacedTitle), deletedAt: now },
          },
          oldBlobs,
        );
        const own = await withoutOthersIds(db, document, assets);
        return replaceJourneyDocument(db, own.document, own.blobs);
      }
      const own = await withoutOthersIds(db, document, assets);
      return createJourneyFromDocument(db, own.document, own.blobs);
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
