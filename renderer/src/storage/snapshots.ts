/**
 * Snapshots: named versions of a journey, each holding the whole document.
 * Restoring one first saves the current state, so a restore is undoable.
 */
import { newId, type JourneyId, type SnapshotId } from '../domain/ids';
import { LIMITS, type Journey } from '../domain/model';
import { documentTables, storageCall, type Snapshot, type WaymarkDB } from './db';
import { notFound } from './errors';
import { bumpGeneration } from './generation';
import { deleteDocumentRows, laterThan, readDocument, writeDocumentRows } from './rows';

export interface SnapshotSummary {
  id: SnapshotId;
  journeyId: JourneyId;
  name: string;
  createdAt: number;
  stageCount: number;
  touchpointCount: number;
}

export function summarizeSnapshot(s: Snapshot): SnapshotSummary {
  return {
    id: s.id,
    journeyId: s.journeyId,
    name: s.name,
    createdAt: s.createdAt,
    stageCount: s.document.stages.length,
    touchpointCount: s.document.touchpoints.length,
  };
}

function snapshotName(name: string, createdAt: number): string {
  const trimmed = name.trim().slice(0, LIMITS.shortText);
  return trimmed === '' ? `Version of ${new Date(createdAt).toISOString().slice(0, 16).replace('T', ' ')}` : trimmed;
}

/** Inside a transaction over the document tables and snapshots. */
async function takeSnapshot(db: WaymarkDB, journeyId: JourneyId, name: string, now: number): Promise<Snapshot> {
  const document = await readDocument(db, journeyId);
  if (!document) throw notFound('journey');
  // A snapshot saved in the same millisecond as the previous one still sorts after it.
  const latest = await db.snapshots
    .where('[journeyId+createdAt]')
    .between([journeyId, -Infinity], [journeyId, Infinity])
    .last();
  const createdAt = latest ? laterThan(latest.createdAt, now) : now;
  const snapshot: Snapshot = {
    id: newId('snapshot'),
    journeyId,
    name: snapshotName(name, createdAt),
    createdAt,
    document,
  };
  await db.snapshots.add(snapshot);
  return snapshot;
}

/** Save the journey as it is now under a name. */
export function saveSnapshot(db: WaymarkDB, journeyId: JourneyId, name: string, now: number = Date.now()) {
  return storageCall(db, () =>
    db.transaction('rw', [...documentTables(db), db.snapshots], () => takeSnapshot(db, journeyId, name, now)),
  );
}

/** A journey's snapshots, newest first, without their documents. */
export function listSnapshots(db: WaymarkDB, journeyId: JourneyId): Promise<SnapshotSummary[]> {
  return storageCall(db, async () => {
    const rows = await db.snapshots
      .where('[journeyId+createdAt]')
      .between([journeyId, -Infinity], [journeyId, Infinity])
      .reverse()
      .toArray();
    return rows.map(summarizeSnapshot);
  });
}

/** One snapshot with its document, or null. */
export function getSnapshot(db: WaymarkDB, id: SnapshotId): Promise<Snapshot | null> {
  return storageCall(db, async () => (await db.snapshots.get(id)) ?? null);
}

export interface RestoreSnapshotResult {
  journey: Journey;
  /** The snapshot of the state before the restore (“Before restoring “…””). */
  before: Snapshot;
}

/**
 * Replace the journey's rows with the snapshot's document, after saving the
 * current state as “Before restoring “<name>””. All in one transaction. The
 * journey keeps its creation time and trash state; blobs are left as they are.
 * Bumps the journey's generation (see generation.ts).
 */
export function restoreSnapshot(
  db: WaymarkDB,
  snapshotId: SnapshotId,
  now: number = Date.now(),
): Promise<RestoreSnapshotResult> {
  return storageCall(db, () =>
    db.transaction('rw', [...documentTables(db), db.snapshots, db.meta], async () => {
      const snapshot = await db.snapshots.get(snapshotId);
      if (!snapshot) throw notFound('snapshot');
      const current = await db.journeys.get(snapshot.journeyId);
      if (!current) throw notFound('journey');
      await bumpGeneration(db, current.id);
      const before = await takeSnapshot(db, snapshot.journeyId, `Before restoring “${snapshot.name}”`, now);
      const journey: Journey = {
        ...snapshot.document.journey,
        createdAt: current.createdAt,
        deletedAt: current.deletedAt,
        updatedAt: laterThan(current.updatedAt, now),
      };
      await deleteDocumentRows(db, snapshot.journeyId);
      await writeDocumentRows(db, { ...snapshot.document, journey }, 'put');
      return { journey, before };
    }),
  );
}

export function deleteSnapshot(db: WaymarkDB, id: SnapshotId): Promise<void> {
  return storageCall(db, () =>
    db.transaction('rw', db.snapshots, async () => {
      if (!(await db.snapshots.get(id))) throw notFound('snapshot');
      await db.snapshots.delete(id);
    }),
  );
}
