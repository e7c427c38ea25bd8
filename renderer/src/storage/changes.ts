/**
 * The editor's autosave entry point: a list of row changes written in one
 * transaction, exactly those rows and nothing else, plus the journey's
 * updatedAt.
 */
import { sameJourneyContent } from '../domain/document';
import { sameData } from '../domain/equal';
import { mergeRow } from '../domain/merge-row';
import type { JourneyId } from '../domain/ids';
import type { Journey } from '../domain/model';
import {
  ROW_LABELS as LABELS,
  ROW_SCHEMAS as SCHEMAS,
  PROSE_FIELDS,
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

/**
 * One row to write (`row`) or delete (`row: null`). `base`, when given, is the row as the writer
 * last knew it stored (null: not stored): when another writer has stored the row differently
 * since, the two edits are merged (`applyRowChanges`) instead of the later one undoing the other.
 */
export type RowChange = {
  [T in TableName]: { table: T; id: RowByTable[T]['id']; row: RowByTable[T] | null; base?: unknown };
}[TableName];

interface TablePlan {
  puts: Map<string, Record<string, unknown>>;
  deletes: Set<string>;
  /** The bases given, by id (a row without one is written as it is). */
  bases: Map<string, unknown>;
}

/** Check every change and group it by table; the last change of a row wins. */
function plan(journeyId: JourneyId, changes: readonly RowChange[]): Map<TableName, TablePlan> {
  const byTable = new Map<TableName, TablePlan>();
  for (const change of changes) {
    if (!TABLE_NAMES.includes(change.table)) throw constraint(`“${String(change.table)}” is not a journey table.`);
    const label = LABELS[change.table];
    let entry = byTable.get(change.table);
    if (!entry) {
      entry = { puts: new Map(), deletes: new Set(), bases: new Map() };
      byTable.set(change.table, entry);
    }
    if (change.base !== undefined) entry.bases.set(change.id, change.base);
    else entry.bases.delete(change.id);
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
 * The row to write where `put` was edited from `base` and `stored` is in the database now: `put`
 * itself when nobody else has stored the row since; otherwise both edits, merged field by field
 * (`mergeRow`; this writer's value of a field both changed), as long as the result still fits the
 * table (else `put`, as before merging).
 */
function mergedPut(
  table: TableName,
  put: Record<string, unknown>,
  base: unknown,
  stored: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (base === undefined || base === null || stored === undefined || sameData(stored, base)) return put;
  const merged = mergeRow(put, base, stored, PROSE_FIELDS[table]).value;
  const fits = SCHEMAS[table].safeParse(merged);
  return fits.success ? (fits.data as unknown as Record<string, unknown>) : put;
}

/** The journey row without storage's bookkeeping, which is not the writer's to merge. */
const asStored = (row: unknown, current: Journey) =>
  row === null || row === undefined
    ? row
    : { ...(row as Journey), createdAt: current.createdAt, deletedAt: current.deletedAt, updatedAt: current.updatedAt };

/**
 * Write exactly the given rows (bulkPut) and delete the given ids
 * (bulkDelete) in one transaction, then bump the journey's updatedAt; a
 * journey row saved unchanged (and nothing else) is not an edit and leaves
 * "last edited" alone. Where the canvas was left is saved apart (viewports.ts).
 * Refuses, writing nothing, a row of another journey or an id stored under
 * another journey. Returns the journey's new updatedAt, which moves on at every
 * write: the order in which writes of this journey were stored.
 * With `generation` (the one the editor read, see generation.ts), refuses
 * with a `replaced` error, writing nothing, once the journey was replaced
 * as a whole since.
 * A change given its `base` that another writer (another window) stored
 * differently since is merged with what is stored (`mergedPut`), and a delete
 * of a row edited elsewhere since is not made (an edit is never dropped by a
 * delete): `options.written` receives each row as the database now holds it
 * (`row: null`, deleted), for the writer to show.
 * A persona row written updates, in the same transaction, every other
 * journey's copy of that persona (the shared library, persona-library.ts);
 * the copies changed are pushed to `options.copies` for other windows.
 */
export function applyRowChanges(
  db: WaymarkDB,
  journeyId: JourneyId,
  changes: readonly RowChange[],
  now: number = Date.now(),
  options: { generation?: number; copies?: PersonaCopyChange[]; written?: RowChange[] } = {},
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
      const journeyPlan = byTable.get('journeys');
      const journeyPut = journeyPlan?.puts.get(journeyId) as Journey | undefined;
      const journeyRow =
        journeyPut &&
        (mergedPut(
          'journeys',
          asStored(journeyPut, current) as unknown as Record<string, unknown>,
          asStored(journeyPlan?.bases.get(journeyId), current),
          current as unknown as Record<string, unknown>,
        ) as unknown as Journey);
      const unchanged =
        journeyRow !== undefined &&
        changes.every((c) => c.table === 'journeys') &&
        sameJourneyContent(journeyRow, current);
      const updatedAt = unchanged ? current.updatedAt : laterThan(current.updatedAt, now);
      const written: RowChange[] = [];

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
        const storedById = new Map(stored.filter((r) => r !== undefined).map((r) => [r.id as string, r]));
        const puts = [...entry.puts].map(([id, row]) => mergedPut(name, row, entry.bases.get(id), storedById.get(id)));
        // A row someone else edited after this writer last saw it stays: the delete was of an older version.
        const deletes = [...entry.deletes].filter((id) => {
          const base = entry.bases.get(id);
          const kept = storedById.get(id);
          return base === undefined || kept === undefined || sameData(kept, base);
        });
        if (name === 'personas') {
          for (const row of puts)
            personasWritten.push({
              row: row as unknown as Persona,
              before: storedById.get(row.id as string) as Persona | undefined,
            });
        }
        if (puts.length > 0) await table.bulkPut(puts);
        if (deletes.length > 0) await table.bulkDelete(deletes);
        for (const row of puts) written.push({ table: name, id: row.id, row } as RowChange);
        const deleted = new Set(deletes);
        for (const id of entry.deletes)
          written.push({ table: name, id, row: deleted.has(id) ? null : storedById.get(id) } as RowChange);
      }

      const copies = await updatePersonaCopies(db, personasWritten, now);
      options.copies?.push(...copies);

      // Trash state and creation time are not the editor's to change.
      const journey = {
        ...(journeyRow ?? current),
        createdAt: current.createdAt,
        deletedAt: current.deletedAt,
        updatedAt,
      };
      await db.journeys.put(journey);
      if (journeyRow) written.unshift({ table: 'journeys', id: journeyId, row: journey });
      options.written?.push(...written);
      return updatedAt;
    });
  });
}
