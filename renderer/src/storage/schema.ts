/**
 * The IndexedDB schema history as numbered data. Each entry is one Dexie
 * version: the stores it declares (Dexie keeps tables not named again) and an
 * optional upgrade that runs inside the upgrade transaction. The list is
 * checked for gaps when this module loads.
 *
 * Version history
 * - 1: journeys, stages, touchpoints, connections, personas, notes, blobs.
 * - 2: adds snapshots (named versions of a journey) and meta (key–value);
 *   fills every new field's default on existing rows (touchpoint metrics,
 *   delight, originId; persona spender, sender, challenges; journey churn,
 *   futureStateOf, …) by running each stored row through its schema.
 */
import type { Transaction } from 'dexie';
import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../domain/model';
import {
  ConnectionSchema,
  JourneySchema,
  NoteSchema,
  PersonaSchema,
  StageSchema,
  TouchpointSchema,
} from '../domain/model';

export interface StorageVersion {
  version: number;
  description: string;
  /** Dexie store specs: primary key first, then indexes. */
  stores: Readonly<Record<string, string>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** What the v2 upgrade found, kept in the meta table under `upgrade:2`. */
export interface UpgradeReport {
  at: number;
  /** Rows that got missing defaults filled in. */
  filled: number;
  /** Rows that did not fit the schema and were kept exactly as they were. */
  keptAsIs: number;
}

export const UPGRADE_2_META_KEY = 'upgrade:2';

const ROW_SCHEMAS: readonly (readonly [string, z.ZodType])[] = [
  ['journeys', JourneySchema],
  ['stages', StageSchema],
  ['touchpoints', TouchpointSchema],
  ['connections', ConnectionSchema],
  ['personas', PersonaSchema],
  ['notes', NoteSchema],
];

async function fillDefaults(tx: Transaction): Promise<void> {
  const report: UpgradeReport = { at: Date.now(), filled: 0, keptAsIs: 0 };
  for (const [table, schema] of ROW_SCHEMAS) {
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
        for (const key of Object.keys(row)) delete row[key];
        Object.assign(row, parsed.data);
        report.filled += 1;
      });
  }
  await tx.table('meta').put({ key: UPGRADE_2_META_KEY, value: report });
}

export const STORAGE_VERSIONS: readonly StorageVersion[] = [
  {
    version: 1,
    description: 'journeys and their rows, one table per record kind, indexed by journey',
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
  {
    version: 2,
    description: 'snapshots and meta tables; every stored row gets the new fields’ defaults',
    stores: {
      snapshots: 'id, journeyId, createdAt, [journeyId+createdAt]',
      meta: 'key',
    },
    upgrade: fillDefaults,
  },
];

/** Throws if versions are not 1, 2, 3… in order: a programming error, caught by tests. */
export function checkStorageVersions(versions: readonly StorageVersion[]): number {
  versions.forEach((v, i) => {
    if (v.version !== i + 1) {
      throw new Error(`Storage versions broken at position ${i}: found ${v.version}, expected ${i + 1}`);
    }
  });
  return versions.length;
}

/** The newest storage version this build knows. */
export const LATEST_STORAGE_VERSION = checkStorageVersions(STORAGE_VERSIONS);
