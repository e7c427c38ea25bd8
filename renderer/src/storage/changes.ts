/**
 * The editor's autosave entry point: a list of row changes written in one
 * transaction, exactly those rows and nothing else, plus the journey's
 * updatedAt.
 */
import { sameJourneyContent } from '../domain/document';
import type { JourneyId } from '../domain/ids';
import type { Journey } from '../domain/model';
import {
  ROW_LABELS as LABELS,
  ROW_SCHEMAS as SCHEMAS,
  TABLE_NAMES,
  type RowByTable,
  type TableName,
} from '../domain/tables';
import { storageCall, type WaymarkDB } from './db';
import { constraint, notFound, StorageError } from './errors';
import { readGeneration } from './generation';
import { laterThan } from './rows';
import { updatePersonaCopies, type PersonaCopyChange } from './persona-library';
import type { Persona } from '../domain/model';

export { TABLE_NAMES, type RowByTable, type TableName };

/** One row to write (`row`) or delete (`row: null`). */
export type RowChange = {
  [T in TableName]: { table: T; id: RowByTable[T]['id']; row: RowByTable[T] | null };
}[TableName];

interface TablePlan {
  puts: Map<string, Record<string, unknown>>;
  deletes: Set<string>;
}

/** Check every change and group it by table; the last change of a row wins. */
function plan(journeyId: JourneyId, changes: readonly RowChange[]): Map<TableName, TablePlan> {
  const byTable = new Map<TableName, TablePlan>();
  for (const change of changes) {
    if (!TABLE_NAMES.includes(change.table)) throw constraint(`“${String(change.table)}” is not a journey table.`);
    const label = LABELS[change.table];
    let entry = byTable.get(change.table);
    if (!entry) {
      entry = { puts: new Map(), deletes: new Set() };
      byTable.set(change.table, entry);
    }
    if (change.row === null) {
      if (change.table === 'journeys') throw constraint('A journey is deleted through the trash, not by autosave.');
      entry.puts.delete(change.id);
      entry.deletes.add(change.id);
      continue;
    }
    const parsed = SCHEMAS[change.table].safeParse(change.row);
    if (!parsed.success) {
      throw constraint(`A ${label} does not fit (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
    }
    const row = parsed.data as unknown as Record<string, unknown>;
    if (row.id !== change.id) throw constraint(`A ${label} change names one id and carries another.`);
    const owner = change.table === 'journeys' ? row.id : row.journeyId;
    if (owner !== journeyId) throw constraint(`A ${label} belongs to another journey.`);
    entry.deletes.delete(change.id);
    entry.puts.set(change.id, row);
  }
  return byTable;
}

/**
 * Write exactly the given rows (bulkPut) and delete the given ids
 * (bulkDelete) in one transaction, then bump the journey's updatedAt; a
 * journey row saved unchanged (and nothing else) is not an edit and leaves
 * "last edited" alone. Where the canvas was left is saved apart (viewports.ts).
 * Refuses, writing nothing, a row of another journey or an id stored under
 * another journey. Returns the journey's new updatedAt.
 * With `generation` (the one the editor read, see generation.ts), refuses
 * with a `replaced` error, writing nothing, once the journey was replaced
 * as a whole since.
 * A persona row written updates, in the same transaction, every other
 * journey's copy of that persona (the shared library, persona-library.ts);
 * the copies changed are pushed to `options.copies` for other windows.
 */
export function applyRowChanges(
  db: WaymarkDB,
  journeyId: JourneyId,
  changes: readonly RowChange[],
  now: number = Date.now(),
  options: { generation?: number; copies?: PersonaCopyChange[] } = {},
): Promise<number> {
  return storageCall(db, async () => {
    const byTable = plan(journeyId, changes);
    const tables = [...TABLE_NAMES.map((name) => db.table(name)), db.meta, db.blobs];
    return db.transaction('rw', tables, async () => {
      const current = await db.journeys.get(journeyId);
      if (!current) throw notFound('journey');
      if (options.generation !== undefined && (await readGeneration(db, journeyId)) !== options.generation) {
        throw new StorageError('replaced');
      }
      const journeyRow = byTable.get('journeys')?.puts.get(journeyId) as Journey | undefined;
      const unchanged =
        journeyRow !== undefined &&
        changes.every((c) => c.table === 'journeys') &&
        sameJourneyContent(journeyRow, current);
      const updatedAt = unchanged ? current.updatedAt : laterThan(current.updatedAt, now);

      const personasWritten: { row: Persona; before: Persona | undefined }[] = [];
      for (const name of TABLE_NAMES) {
        const entry = byTable.get(name);
        if (!entry || name === 'journeys') continue;
        const table = db.table<Record<string, unknown>, string>(name);
        const ids = [...entry.puts.keys(), ...entry.deletes];
        const stored = await table.bulkGet(ids);
        if (stored.some((row) => row !== undefined && row.journeyId !== journeyId)) {
          throw constraint(`A ${LABELS[name]} with this id is stored under another journey.`);
        }
        if (name === 'personas') {
          const before = new Map(stored.filter((r) => r !== undefined).map((r) => [r.id, r as unknown as Persona]));
          for (const row of entry.puts.values())
            personasWritten.push({ row: row as unknown as Persona, before: before.get(row.id as string) });
        }
        if (entry.puts.size > 0) await table.bulkPut([...entry.puts.values()]);
        if (entry.deletes.size > 0) await table.bulkDelete([...entry.deletes]);
      }

      const copies = await updatePersonaCopies(db, personasWritten, now);
      options.copies?.push(...copies);

      // Trash state and creation time are not the editor's to change.
      await db.journeys.put({
        ...(journeyRow ?? current),
        createdAt: current.createdAt,
        deletedAt: current.deletedAt,
        updatedAt,
      });
      return updatedAt;
    });
  });
}
