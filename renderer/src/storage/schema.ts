/**
 * The IndexedDB schema history as numbered data. Each entry is one Dexie
 * version: the stores it declares (Dexie keeps tables not named again) and an
 * optional upgrade that runs inside the upgrade transaction. The list is
 * checked for gaps when this module loads.
 *
 * Version history
 * - 1: journeys, stages, touchpoints, connections, personas, notes, blobs.
 * - 2: adds snapshots (named versions of a journey) and meta (key–value);
 *   first saves each journey as it was in a snapshot (“Before the storage
 *   upgrade to version 2”), then fills every new field's default on existing
 *   rows (touchpoint metrics, delight, originId; persona spender, sender,
 *   challenges; journey churn, futureStateOf, …) by running each stored row
 *   through its schema.
 * - 3: adds viewports (where each journey's canvas was left, keyed by journey
 *   id); first saves each journey in a snapshot (“Before the storage upgrade
 *   to version 3”, skipped when version 2's snapshot was taken in the same
 *   upgrade), then moves each journey row's `viewport` into it, so the journey
 *   row holds only the journey.
 * - 4: adds lanes (the rows of a service blueprint); first saves each journey
 *   in a snapshot (“Before the storage upgrade to version 4”, skipped when an
 *   earlier step of the same upgrade took one), then gives every journey one
 *   “Customer” lane holding all its touchpoints (document schema 3, the same
 *   lift as domain/migrations.ts) and lifts every stored snapshot's document
 *   the same way, so old versions stay restorable.
 */
import type { Transaction } from 'dexie';
import type { z } from 'zod';
import { newId } from '../domain/ids';
import { checkMigrations, type Migration } from '../domain/versions';
import { CURRENT_SCHEMA_VERSION } from '../domain/model';
import { liftIntoCustomerLane } from '../domain/migrations';
import { JourneySchema, ViewportSchema } from '../domain/model';
import { CHILD_TABLES, ROW_SCHEMAS, TABLE_NAMES, type ChildTable } from '../domain/tables';

/** What one Dexie version declares, and the upgrade that runs inside its upgrade transaction. */
export interface StorageStep {
  /** Dexie store specs: primary key first, then indexes. */
  stores: Readonly<Record<string, string>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** One Dexie version of the database. */
export type StorageVersion = Migration<StorageStep>;

/** The database's history, for messages and the chain check; before version 1 there is no database. */
export const STORAGE_HISTORY = { what: 'Storage', base: 0, current: 4 } as const;

/** What the v2 upgrade found, kept in the meta table under `upgrade:2`. */
export interface UpgradeReport {
  at: number;
  /** Rows that got missing defaults filled in. */
  filled: number;
  /** Rows that did not fit the schema and were kept exactly as they were. */
  keptAsIs: number;
}

export const UPGRADE_2_META_KEY = 'upgrade:2';

export const UPGRADE_2_SNAPSHOT_NAME = 'Before the storage upgrade to version 2';
export const UPGRADE_3_SNAPSHOT_NAME = 'Before the storage upgrade to version 3';
export const UPGRADE_3_META_KEY = 'upgrade:3';
export const UPGRADE_4_SNAPSHOT_NAME = 'Before the storage upgrade to version 4';
export const UPGRADE_4_META_KEY = 'upgrade:4';

/** Whether a table exists at this step of an upgrade (a later step may add it). */
const inUpgrade = (tx: Transaction, table: string): boolean => tx.idbtrans.objectStoreNames.contains(table);

/** Upgrade transactions in which a snapshot of every journey was already taken. */
const snapshotted = new WeakSet<IDBTransaction>();

type Row = Record<string, unknown>;

/**
 * A row as it was, in a form this build can preview and restore: every field
 * and value it had (unknown fields too) with the new fields' defaults added.
 * A row that does not fit the schema is kept exactly as it was.
 */
function restorable(schema: z.ZodType, row: Row): Row {
  const parsed = schema.safeParse(row);
  return parsed.success ? { ...row, ...(parsed.data as Row) } : row;
}

/** Stages left to right, as the document lists them (a damaged order sorts first). */
function byOrder(a: Row, b: Row): number {
  const order = (r: Row) => (typeof r.order === 'number' && Number.isFinite(r.order) ? r.order : -Infinity);
  return order(a) - order(b) || String(a.id).localeCompare(String(b.id));
}

/**
 * Before any row is touched: one snapshot per journey (trashed ones too) of
 * its document as it was, so the upgrade can be undone journey by journey
 * from the Versions panel. Runs inside the upgrade transaction.
 */
async function snapshotBeforeUpgrade(tx: Transaction, at: number, name: string): Promise<void> {
  if (snapshotted.has(tx.idbtrans)) return;
  snapshotted.add(tx.idbtrans);
  const byJourney = new Map<unknown, Record<ChildTable, Row[]>>();
  const journeys = (await tx.table('journeys').toArray()) as Row[];
  for (const j of journeys)
    byJourney.set(j.id, Object.fromEntries(CHILD_TABLES.map((t) => [t, []])) as unknown as Record<ChildTable, Row[]>);
  for (const table of CHILD_TABLES) {
    // A table a later step of this upgrade creates is not there yet: its list stays empty.
    if (!inUpgrade(tx, table)) continue;
    for (const row of (await tx.table(table).toArray()) as Row[]) {
      byJourney.get(row.journeyId)?.[table].push(restorable(ROW_SCHEMAS[table], row));
    }
  }
  const snapshots = journeys.map((journey) => {
    const rows = byJourney.get(journey.id)!;
    return {
      id: newId('snapshot'),
      journeyId: journey.id,
      name,
      createdAt: at,
      document: {
        journey: restorable(JourneySchema, { ...journey, schemaVersion: CURRENT_SCHEMA_VERSION }),
        ...rows,
        stages: [...rows.stages].sort(byOrder),
      },
    };
  });
  await tx.table('snapshots').bulkAdd(snapshots);
}

async function upgradeTo2(tx: Transaction): Promise<void> {
  const at = Date.now();
  await snapshotBeforeUpgrade(tx, at, UPGRADE_2_SNAPSHOT_NAME);
  await fillDefaults(tx, at);
}

/** What the v3 upgrade did, kept in the meta table under `upgrade:3`. */
export interface ViewportUpgradeReport {
  at: number;
  /** Saved viewports moved out of journey rows. */
  moved: number;
  /** Viewports that were not valid and were dropped (the map opens fitted to the window). */
  dropped: number;
}

async function upgradeTo3(tx: Transaction): Promise<void> {
  const at = Date.now();
  await snapshotBeforeUpgrade(tx, at, UPGRADE_3_SNAPSHOT_NAME);
  const report: ViewportUpgradeReport = { at, moved: 0, dropped: 0 };
  const viewports: Row[] = [];
  await tx
    .table('journeys')
    .toCollection()
    .modify((row: Row) => {
      if (!('viewport' in row)) return;
      const saved = row.viewport === null ? null : ViewportSchema.safeParse(row.viewport);
      if (saved?.success) {
        viewports.push({ journeyId: row.id, viewport: saved.data });
        report.moved += 1;
      } else if (saved) report.dropped += 1;
      delete row.viewport;
    });
  await tx.table('viewports').bulkPut(viewports);
  await tx.table('meta').put({ key: UPGRADE_3_META_KEY, value: report });
}

/** What the v4 upgrade did, kept in the meta table under `upgrade:4`. */
export interface LaneUpgradeReport {
  at: number;
  /** Journeys given their Customer lane. */
  journeys: number;
  /** Touchpoints put into it. */
  touchpoints: number;
  /** Stored snapshots whose documents were lifted the same way. */
  snapshots: number;
}

/** Schema 3's lift of one journey's touchpoint rows; a row that does not fit the schema is kept exactly as it was. */
function liftRows(journeyId: unknown, touchpoints: readonly unknown[]): { lane: Row; touchpoints: unknown[] } {
  const lifted = liftIntoCustomerLane(journeyId, touchpoints);
  return {
    lane: lifted.lane,
    touchpoints: touchpoints.map((t, i) => (ROW_SCHEMAS.touchpoints.safeParse(t).success ? lifted.touchpoints[i] : t)),
  };
}

async function upgradeTo4(tx: Transaction): Promise<void> {
  const at = Date.now();
  await snapshotBeforeUpgrade(tx, at, UPGRADE_4_SNAPSHOT_NAME);
  const report: LaneUpgradeReport = { at, journeys: 0, touchpoints: 0, snapshots: 0 };
  const journeys = (await tx.table('journeys').toArray()) as Row[];
  const withLanes = new Set(((await tx.table('lanes').toArray()) as Row[]).map((l) => l.journeyId));
  const lanes: Row[] = [];
  for (const journey of journeys) {
    if (withLanes.has(journey.id)) continue;
    const touchpoints = (await tx
      .table('touchpoints')
      .where('journeyId')
      .equals(journey.id as string)
      .toArray()) as Row[];
    const lifted = liftRows(journey.id, touchpoints);
    lanes.push(lifted.lane);
    await tx.table('touchpoints').bulkPut(lifted.touchpoints);
    report.journeys += 1;
    report.touchpoints += touchpoints.length;
  }
  await tx.table('lanes').bulkAdd(lanes);
  await tx
    .table('journeys')
    .toCollection()
    .modify((row: Row) => {
      // Rows of the first schema carry no document version; they are read as this build's shape.
      if ('schemaVersion' in row) row.schemaVersion = CURRENT_SCHEMA_VERSION;
    });
  // Snapshots saved before lanes (those just taken too) hold no lanes: lift them the same way, so each restores as a lane journey.
  await tx
    .table('snapshots')
    .toCollection()
    .modify((snapshot: Row) => {
      const document = snapshot.document as Row | undefined;
      if (!document || typeof document !== 'object') return;
      if (Array.isArray(document.lanes) && document.lanes.length > 0) return;
      const journey = (document.journey ?? {}) as Row;
      const lifted = liftRows(journey.id, Array.isArray(document.touchpoints) ? document.touchpoints : []);
      snapshot.document = {
        ...document,
        journey: { ...journey, schemaVersion: CURRENT_SCHEMA_VERSION },
        lanes: [lifted.lane],
        touchpoints: lifted.touchpoints,
      };
      report.snapshots += 1;
    });
  await tx.table('meta').put({ key: UPGRADE_4_META_KEY, value: report });
}

async function fillDefaults(tx: Transaction, at: number): Promise<void> {
  const report: UpgradeReport = { at, filled: 0, keptAsIs: 0 };
  for (const table of TABLE_NAMES) {
    if (!inUpgrade(tx, table)) continue;
    const schema: z.ZodType = ROW_SCHEMAS[table];
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        // Rows of the first schema carry no document version; they are this build's shape.
        const input = table === 'journeys' ? { ...row, schemaVersion: CURRENT_SCHEMA_VERSION } : row;
        const parsed = schema.safeParse(input);
        if (!parsed.success) {
          // Never lose a user's row in an upgrade: keep it as it was.
          report.keptAsIs += 1;
          return;
        }
        // The viewport left the journey schema in version 3, whose upgrade moves it: keep it until then.
        const kept = table === 'journeys' && 'viewport' in row ? { viewport: row.viewport } : {};
        for (const key of Object.keys(row)) delete row[key];
        Object.assign(row, parsed.data, kept);
        report.filled += 1;
      });
  }
  await tx.table('meta').put({ key: UPGRADE_2_META_KEY, value: report });
}

export const STORAGE_VERSIONS: readonly StorageVersion[] = [
  {
    version: 1,
    name: 'journeys and their rows, one table per record kind, indexed by journey',
    up: {
      stores: {
        journeys: 'id, updatedAt, deletedAt, title',
        stages: 'id, journeyId',
        touchpoints: 'id, journeyId',
        connections: 'id, journeyId',
        personas: 'id, journeyId',
        notes: 'id, journeyId',
        blobs: 'id, journeyId, hash',
      },
    },
  },
  {
    version: 2,
    name: 'snapshots and meta tables; every stored row gets the new fields’ defaults',
    up: {
      stores: {
        snapshots: 'id, journeyId, createdAt, [journeyId+createdAt]',
        meta: 'key',
      },
      upgrade: upgradeTo2,
    },
  },
  {
    version: 3,
    name: 'viewports table: where each journey’s canvas was left moves out of the journey row',
    up: {
      stores: { viewports: 'journeyId' },
      upgrade: upgradeTo3,
    },
  },
  {
    version: 4,
    name: 'lanes table: every journey gets one Customer lane holding its touchpoints',
    up: {
      stores: { lanes: 'id, journeyId' },
      upgrade: upgradeTo4,
    },
  },
];

/** The newest storage version this build knows. */
export const LATEST_STORAGE_VERSION = checkMigrations(STORAGE_VERSIONS, STORAGE_HISTORY);
