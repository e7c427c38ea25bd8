/**
 * The edits a window had not yet written when its page went away. A reload, a closed tab or a
 * quit right after typing starts the save, but the browser drops a write to IndexedDB still under
 * way once the page is gone; so, as the page goes, what is unsaved is also copied, synchronously,
 * into the origin's localStorage. The next opening of the journey (in any window) writes back each
 * row nobody has changed since, and forgets the copy. A row another window changed meanwhile keeps
 * that window's version; a journey replaced as a whole meanwhile (a file opened over it, a version
 * restored) takes none of the copy.
 */
import { z } from 'zod';
import { randomHex } from '../domain/ids';
import type { JourneyId } from '../domain/ids';
import type { JourneyDocument } from '../domain/model';
import { CHILD_TABLES, PROSE_FIELDS, ROW_SCHEMAS } from '../domain/tables';
import { sameData } from '../domain/equal';
import { mergeRow } from '../domain/merge-row';
import { getJourneyForEditing, storedJourneyIds, type WaymarkDB } from '../storage';
import { createPersister } from './persistence';
import { sameRow, type PersistRow, type UnsavedRow } from './store';

/** The part of the DOM's Storage this needs (localStorage in the app; a map in tests). */
export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'waymark.unsaved.';
/** One copy per window and journey, so two windows closing at once do not overwrite each other's. */
const windowKey = randomHex();
const keyFor = (journeyId: string, window = windowKey) => `${PREFIX}${journeyId}.${window}`;

const BackupSchema = z.object({
  version: z.literal(1),
  journeyId: z.string().min(1),
  generation: z.number().int().nonnegative().optional(),
  at: z.number(),
  rows: z.array(
    z.object({
      table: z.enum(['journeys', ...CHILD_TABLES] as const),
      id: z.string().min(1),
      row: z.unknown(),
      base: z.unknown(),
    }),
  ),
});
type Backup = z.infer<typeof BackupSchema>;

/** localStorage when the page may use it (it throws in some sandboxed or private contexts). */
export function pageStorage(): BackupStorage | null {
  try {
    return typeof localStorage === 'object' && localStorage !== null ? localStorage : null;
  } catch {
    return null;
  }
}

/**
 * Copies this window's unsaved rows of the journey (or forgets its copy when there are none).
 * Synchronous, for a page that is going away; false when the copy could not be written (storage
 * full or refused): the save started meanwhile is then all there is.
 */
export function keepUnsaved(
  storage: BackupStorage,
  journeyId: string,
  generation: number | undefined,
  rows: readonly UnsavedRow[],
  now = Date.now(),
): boolean {
  try {
    if (rows.length === 0) {
      storage.removeItem(keyFor(journeyId));
      return true;
    }
    const backup: Backup = { version: 1, journeyId, generation, at: now, rows: [...rows] };
    storage.setItem(keyFor(journeyId), JSON.stringify(backup));
    return true;
  } catch {
    return false;
  }
}

/** Forgets this window's copy: everything it held is written (the page stayed after all). */
export function forgetUnsaved(storage: BackupStorage, journeyId: string): void {
  try {
    storage.removeItem(keyFor(journeyId));
  } catch {
    // Nothing to forget, or storage refused: a later opening finds every row written, and forgets it then.
  }
}

/** The storage keys of every journey's copies, by journey (none where storage refuses to be read). */
function copyKeysByJourney(storage: BackupStorage): Map<string, string[]> {
  const byJourney = new Map<string, string[]>();
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      // `waymark.unsaved.<journey id>.<window>`: the window part is hex, so the last dot ends the id.
      const dot = key.lastIndexOf('.');
      if (dot <= PREFIX.length) continue;
      const journeyId = key.slice(PREFIX.length, dot);
      byJourney.set(journeyId, [...(byJourney.get(journeyId) ?? []), key]);
    }
  } catch {
    // Storage refused: there is nothing it can give back.
  }
  return byJourney;
}

/** The storage keys of this journey's copies (none where storage refuses to be read). */
function copyKeys(storage: BackupStorage, journeyId: string): string[] {
  return copyKeysByJourney(storage).get(journeyId) ?? [];
}

/** The copies of this journey's unsaved rows, oldest first, each with its storage key. */
function copiesOf(storage: BackupStorage, journeyId: string): { key: string; backup: Backup | null }[] {
  const found = copyKeys(storage, journeyId).map((key) => {
    try {
      const parsed = BackupSchema.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
      return { key, backup: parsed.success && parsed.data.journeyId === journeyId ? parsed.data : null };
    } catch {
      return { key, backup: null };
    }
  });
  return found.sort((a, b) => (a.backup?.at ?? 0) - (b.backup?.at ?? 0));
}

/** Whether the journey has copies of unsaved rows waiting (read before the journey itself, so cheap). */
export function hasUnsaved(storage: BackupStorage, journeyId: string): boolean {
  return copyKeys(storage, journeyId).length > 0;
}

/** A copied row fit to be written: a deletion, or a row of its table's shape that belongs to this journey. */
function fits(journeyId: string, r: Backup['rows'][number]): r is Backup['rows'][number] & PersistRow {
  if (r.row === null) return r.table !== 'journeys';
  const parsed = ROW_SCHEMAS[r.table].safeParse(r.row);
  if (!parsed.success) return false;
  const row = parsed.data as { id: string; journeyId?: string };
  return row.id === r.id && (r.table === 'journeys' ? row.id === journeyId : row.journeyId === journeyId);
}

/**
 * Which copied rows to write over the journey as stored: those still stored as they were when they
 * were edited (`base`), and not already written. A row changed since by someone else is merged
 * field by field (as two windows' saves are): its fields changed here come in, and where both
 * changed the same field the stored value is kept and the row counts as `overtaken`; so does a row
 * deleted on one side and edited on the other (the stored version stays).
 */
export function rowsToWriteBack(
  stored: JourneyDocument,
  rows: readonly UnsavedRow[],
): { write: PersistRow[]; overtaken: number } {
  const current = new Map<string, unknown>([[`journeys:${stored.journey.id}`, stored.journey]]);
  for (const table of CHILD_TABLES) for (const row of stored[table]) current.set(`${table}:${row.id}`, row);
  const write: PersistRow[] = [];
  let overtaken = 0;
  for (const r of rows) {
    const now = current.get(`${r.table}:${r.id}`) ?? null;
    if (sameRow(r.table, now, r.row)) continue;
    if (sameRow(r.table, now, r.base)) {
      write.push({ table: r.table, id: r.id, row: r.row });
      continue;
    }
    if (now === null || r.row === null || r.base === null) {
      overtaken++;
      continue;
    }
    const merged = mergeRow(now, r.base, r.row, PROSE_FIELDS[r.table]);
    // A merge that no longer fits its table (a list grown past its limit) is not written: the stored row stays.
    const fits = ROW_SCHEMAS[r.table].safeParse(merged.value).success;
    if (merged.conflict || !fits) overtaken++;
    if (fits && !sameData(merged.value, now)) write.push({ table: r.table, id: r.id, row: merged.value });
  }
  return { write, overtaken };
}

export interface WrittenBack {
  /** Rows written back. */
  written: number;
  /** Rows another window changed after they were edited here: theirs were kept. */
  overtaken: number;
}

/**
 * Writes back the journey's copied unsaved rows (see the top of this file) and forgets the copies;
 * null when there were none to write. A copy that cannot be read, or that belongs to a version of
 * the journey since replaced, is forgotten without writing anything. A write that fails leaves the
 * copy for the next opening and rejects.
 */
export async function writeBackUnsaved(
  db: WaymarkDB,
  storage: BackupStorage,
  journeyId: JourneyDocument['journey']['id'],
): Promise<WrittenBack | null> {
  const copies = copiesOf(storage, journeyId);
  if (copies.length === 0) return null;
  const read = await getJourneyForEditing(db, journeyId);
  const result: WrittenBack = { written: 0, overtaken: 0 };
  let stored = read?.document ?? null;
  for (const { key, backup } of copies) {
    if (read && stored && backup && (backup.generation === undefined || backup.generation === read.generation)) {
      const rows = backup.rows.filter((r) => fits(journeyId, r));
      const { write, overtaken } = rowsToWriteBack(stored, rows);
      if (write.length > 0) {
        // Through a persister, so that other windows showing the journey take the rows in.
        const persister = createPersister(db, journeyId, read.generation);
        let replaced = false;
        const off = persister.onReplaced(() => (replaced = true));
        try {
          await persister.persist(write);
        } finally {
          off();
          persister.close();
        }
        if (!replaced) {
          result.written += write.length;
          // A later copy is compared with what this one wrote.
          stored = (await getJourneyForEditing(db, journeyId))?.document ?? stored;
        }
      }
      result.overtaken += overtaken;
    }
    storage.removeItem(key);
  }
  return result.written + result.overtaken > 0 ? result : null;
}

/**
 * Forgets the copies of journeys that are no longer stored (deleted for good, here or in another
 * window, before they were opened again): nothing could ever write them back, and they would stay
 * in the origin's storage for ever. A copy of a journey that is stored (in the trash too) is kept.
 * The keys are read before the journeys, so a journey made meanwhile has no copy yet to lose.
 * Returns how many copies were forgotten; 0 where storage or the database cannot be read.
 */
export async function forgetOrphanedCopies(db: WaymarkDB, storage: BackupStorage): Promise<number> {
  const byJourney = copyKeysByJourney(storage);
  if (byJourney.size === 0) return 0;
  let stored: Set<JourneyId>;
  try {
    stored = await storedJourneyIds(db, [...byJourney.keys()] as JourneyId[]);
  } catch {
    return 0;
  }
  let forgotten = 0;
  for (const [journeyId, keys] of byJourney) {
    if (stored.has(journeyId as JourneyId)) continue;
    for (const key of keys) {
      try {
        storage.removeItem(key);
        forgotten++;
      } catch {
        // Storage refused: the next sweep tries again.
      }
    }
  }
  return forgotten;
}
