/**
 * The Dexie database: one table per record kind, rows exactly the domain
 * types, indexed by journey so one edit writes one row. The schema history
 * lives in schema.ts.
 */
import Dexie, { type Table } from 'dexie';
import type { BlobId, JourneyId, SnapshotId } from '../domain/ids';
import type {
  BlobRecord,
  Connection,
  Journey,
  JourneyDocument,
  Lane,
  Note,
  Persona,
  SavedViewport,
  Stage,
  Touchpoint,
} from '../domain/model';
import { TABLE_NAMES } from '../domain/tables';
import { StorageError, toStorageError } from './errors';
import { LATEST_STORAGE_VERSION, STORAGE_VERSIONS } from './schema';

export const DEFAULT_DB_NAME = 'waymark';

/** A named version of a journey: the whole document as it was. */
export interface Snapshot {
  id: SnapshotId;
  journeyId: JourneyId;
  name: string;
  createdAt: number;
  document: JourneyDocument;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type StorageProblemListener = (problem: StorageError) => void;

export class WaymarkDB extends Dexie {
  declare journeys: Table<Journey, JourneyId>;
  declare stages: Table<Stage, Stage['id']>;
  declare lanes: Table<Lane, Lane['id']>;
  declare touchpoints: Table<Touchpoint, Touchpoint['id']>;
  declare connections: Table<Connection, Connection['id']>;
  declare personas: Table<Persona, Persona['id']>;
  declare notes: Table<Note, Note['id']>;
  declare blobs: Table<BlobRecord, BlobId>;
  declare snapshots: Table<Snapshot, SnapshotId>;
  declare meta: Table<MetaRow, string>;
  /** Where each journey's canvas was left; view state, kept out of the journey row. */
  declare viewports: Table<SavedViewport, JourneyId>;

  /** Set when this connection was closed because of another window; later calls fail with it. */
  closedBecause: StorageError | null = null;
  private readonly problemListeners = new Set<StorageProblemListener>();

  constructor(name: string = DEFAULT_DB_NAME) {
    // Strict durability: a transaction reports success only once its data is
    // flushed to disk, so "Saved" survives a power cut (Chromium's default,
    // relaxed, can lose the last commits).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of STORAGE_VERSIONS) {
      const version = this.version(v.version).stores(v.up.stores);
      if (v.up.upgrade) version.upgrade(v.up.upgrade);
    }

    // Another window opened a newer schema (or deleted the database): stop
    // using this connection so its upgrade can go on, and tell the window.
    this.on('versionchange', (event) => {
      const newer = event.newVersion !== null && event.newVersion > 0;
      const problem = new StorageError(newer ? 'version-too-new' : 'unavailable');
      this.closedBecause = problem;
      this.close({ disableAutoOpen: true });
      this.report(problem);
      return false;
    });

    // Our upgrade waits for an older window that keeps the database open.
    this.on('blocked', () => {
      this.report(new StorageError('blocked'));
      return false;
    });

    // Dexie 4 opens a database of a higher version without complaint; this
    // build would then write rows of an older shape into it. Refuse instead.
    this.on('ready', (db) => {
      const installed = Math.floor(db.backendDB().version / 10);
      if (installed > LATEST_STORAGE_VERSION) {
        const problem = new StorageError('version-too-new');
        this.closedBecause = problem;
        this.report(problem);
        throw problem;
      }
    });
  }

  /** Listen for problems that no call returns (another window upgrading, a blocked upgrade). */
  onProblem(listener: StorageProblemListener): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  /** Tell the listeners about a problem found by a call (see storageCall). */
  report(problem: StorageError): void {
    for (const listener of this.problemListeners) listener(problem);
  }
}

/**
 * Run storage work and turn any failure into a StorageError. After another
 * window closed this connection, a "database closed" failure is reported as
 * the reason it was closed. A database too new for this build is also
 * reported to the problem listeners (the window's banner).
 */
export async function storageCall<T>(db: WaymarkDB, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const mapped = toStorageError(error);
    if (db.closedBecause && (mapped.code === 'unavailable' || mapped.code === 'unknown')) throw db.closedBecause;
    // A VersionError from IndexedDB itself (not our own `ready` check, which reports already):
    // the window's banner must say so too, once.
    if (mapped.code === 'version-too-new' && !db.closedBecause) {
      db.closedBecause = mapped;
      db.report(mapped);
    }
    throw mapped;
  }
}

/** The tables that hold a journey's document rows (domain/tables.ts lists them). */
export function documentTables(db: WaymarkDB): Table[] {
  return TABLE_NAMES.map((name) => db.table(name));
}
