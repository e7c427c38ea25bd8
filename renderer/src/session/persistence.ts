/**
 * Autosave and cross-window sync for the open journey. Rows are written with
 * the storage layer's row-level writer; other windows hear about saved rows
 * over a BroadcastChannel and apply them, so two windows stay consistent.
 */
import { randomHex } from '../domain/ids';
import type { Journey, JourneyDocument } from '../domain/model';
import type { UserMessage } from '../domain/user-message';
import { sameData } from '../domain/equal';
import { CHILD_TABLES } from '../domain/tables';
import {
  applyRowChanges,
  getJourneyDocument,
  journeyExists,
  StorageError,
  STORAGE_ERROR_MESSAGES,
  type PersonaCopyChange,
  type RowChange as StorageRowChange,
  type WaymarkDB,
} from '../storage';
import type { EditorStore, PersistRow } from './store';
import { getRow, itemName, type DocState, type RowChange, type TableName } from './doc-state';

const CHANNEL = 'waymark-journey-rows';
// Not crypto.randomUUID: this module loads on a participant's page too, over plain http (no secure context).
const windowId = randomHex();

/** Why a whole journey was replaced: a saved version restored, or a file opened over it. */
export type ReplaceReason = 'version' | 'file';

/**
 * Rows one window saved, as stored (`savedAt`: the journey's updatedAt that write stored, which
 * orders the writes of a journey; none for rows changed outside the editor), or word that the
 * whole journey was replaced, or deleted for good.
 */
type SyncMessage =
  | { from: string; journeyId: string; rows: PersistRow[]; savedAt?: number }
  | { from: string; journeyId: string; replaced: true; reason?: ReplaceReason }
  | { from: string; journeyId: string; deleted: true };

/** What a write stored: each row as the database now holds it, and when (the journey's new updatedAt). */
export interface Saved {
  rows: PersistRow[];
  savedAt: number;
}

/**
 * The rows another window saved after `read` was read from storage, as that window's message
 * would have carried them (a row deleted there: `row` null). Nothing when the journey's
 * updatedAt is still the one read (every save moves it on), so most openings read one row.
 */
export async function rowsSavedSince(db: WaymarkDB, read: JourneyDocument): Promise<Saved> {
  const stored = await db.journeys.get(read.journey.id);
  if (!stored || stored.updatedAt === read.journey.updatedAt) return { rows: [], savedAt: read.journey.updatedAt };
  const now = await getJourneyDocument(db, read.journey.id);
  if (!now) return { rows: [], savedAt: read.journey.updatedAt };
  const rows: PersistRow[] = [];
  if (!sameData(now.journey, read.journey)) rows.push({ table: 'journeys', id: now.journey.id, row: now.journey });
  for (const table of CHILD_TABLES) {
    const before = new Map<string, unknown>(read[table].map((r) => [r.id, r]));
    for (const row of now[table]) {
      if (!sameData(row, before.get(row.id))) rows.push({ table, id: row.id, row });
      before.delete(row.id);
    }
    for (const id of before.keys()) rows.push({ table, id, row: null });
  }
  return { rows, savedAt: now.journey.updatedAt };
}

/**
 * `generation` is the one read with the document (storage/generation.ts):
 * once the journey was replaced elsewhere, a save is refused and this
 * window's replaced-listeners run, as when another window says so.
 *
 * `read` is the document this window opened: another window's save between that read and the
 * moment this window listens would never reach it (its message went by), and this window's next
 * save of the same item would write the old fields back over it. So the first `onRemote`
 * listener is also given the rows saved since `read` (rowsSavedSince).
 */
export function createPersister(db: WaymarkDB, journeyId: Journey['id'], generation?: number, read?: JourneyDocument) {
  let caughtUp = read === undefined;
  let closed = false;
  const replacedHere = new Set<(reason: ReplaceReason | 'stale') => void>();
  const deletedHere = new Set<() => void>();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  /** Messages about this journey from other windows. */
  const listen = (handle: (message: SyncMessage) => void) => {
    if (!channel) return () => undefined;
    const handler = (e: MessageEvent<SyncMessage>) => {
      if (e.data?.from !== windowId && e.data?.journeyId === journeyId) handle(e.data);
    };
    channel.addEventListener('message', handler);
    return () => channel.removeEventListener('message', handler);
  };
  /** Whether the journey row is in the database (true when that cannot be read: not known to be gone). */
  const stillStored = () => journeyExists(db, journeyId).catch(() => true);
  return {
    /**
     * Writes the rows (each with the row as last known stored, `base`, when known: another
     * window's save of it since is merged in, see applyRowChanges) and tells other windows what
     * was stored. Returns what was stored, for the store to show; nothing when the journey was
     * replaced meanwhile (nothing written).
     */
    async persist(rows: PersistRow[]): Promise<Saved | undefined> {
      // Copies of edited personas in other journeys (the shared library), told to their windows below.
      const copies: PersonaCopyChange[] = [];
      const written: StorageRowChange[] = [];
      let savedAt: number;
      try {
        savedAt = await applyRowChanges(db, journeyId, rows as unknown as StorageRowChange[], Date.now(), {
          generation,
          copies,
          written,
        });
      } catch (error) {
        // The journey was replaced (by another window whose word has not arrived yet): these rows
        // belong to the map that was replaced, so they are dropped, never written over the new one.
        if (!(error instanceof StorageError && error.code === 'replaced')) {
          // The journey row is gone (deleted for good in another window, whose word has not arrived
          // or was missed): no retry can succeed. Told only once the database confirms it.
          if (error instanceof StorageError && error.code === 'not-found' && !(await stillStored())) {
            for (const listener of deletedHere) listener();
          }
          throw error;
        }
        for (const listener of replacedHere) listener('stale');
        return undefined;
      }
      const stored = written as unknown as PersistRow[];
      // The rows are stored: telling other windows is a courtesy, and its failure (a channel
      // already closed) must not be taken for a failed save and written again.
      try {
        channel?.postMessage({ from: windowId, journeyId, rows: stored, savedAt } satisfies SyncMessage);
        for (const other of new Set(copies.map((c) => c.journeyId))) {
          const otherRows = copies
            .filter((c) => c.journeyId === other)
            .map((c) => ({ table: 'personas', id: c.row.id, row: c.row }) as PersistRow);
          channel?.postMessage({ from: windowId, journeyId: other, rows: otherRows } satisfies SyncMessage);
        }
      } catch {
        // Other windows read the rows when they next open the journey.
      }
      return { rows: stored, savedAt };
    },
    /**
     * Listen for rows of this journey saved by other windows, as stored, with when (`savedAt`,
     * none for rows changed outside the editor: the library's rename, a shared persona's copy).
     */
    onRemote(listener: (rows: PersistRow[], savedAt?: number) => void): () => void {
      let listening = true;
      const off = listen(
        (m) =>
          'rows' in m &&
          Array.isArray(m.rows) &&
          listener(m.rows, typeof m.savedAt === 'number' && Number.isFinite(m.savedAt) ? m.savedAt : undefined),
      );
      if (!caughtUp && read) {
        caughtUp = true;
        // Listening already: a save landing from now on arrives as a message too (its `savedAt` tells it was taken in).
        void rowsSavedSince(db, read).then(
          (saved) => listening && !closed && saved.rows.length > 0 && listener(saved.rows, saved.savedAt),
          // Not read (storage failing): this window's own saves will say so.
          () => undefined,
        );
      }
      return () => {
        listening = false;
        off();
      };
    },
    /**
     * Listen for the whole journey being replaced elsewhere: another window says so (a restored
     * version, a file), or a save here found it replaced (`stale`).
     */
    onReplaced(listener: (reason: ReplaceReason | 'stale') => void): () => void {
      replacedHere.add(listener);
      const off = listen((m) => 'replaced' in m && m.replaced === true && listener(m.reason ?? 'version'));
      return () => {
        replacedHere.delete(listener);
        off();
      };
    },
    /**
     * Listen for the journey being deleted for good: another window emptied it from the trash and
     * says so, or a save here found no journey row.
     */
    onDeleted(listener: () => void): () => void {
      deletedHere.add(listener);
      const off = listen((m) => 'deleted' in m && m.deleted === true && listener());
      return () => {
        deletedHere.delete(listener);
        off();
      };
    },
    close() {
      closed = true;
      channel?.close();
    },
  };
}

/** Tell the windows showing these journeys that they were deleted for good (emptied from the trash). */
export function announceDeleted(journeyIds: readonly Journey['id'][]): void {
  if (typeof BroadcastChannel !== 'function' || journeyIds.length === 0) return;
  const channel = new BroadcastChannel(CHANNEL);
  for (const journeyId of journeyIds)
    channel.postMessage({ from: windowId, journeyId, deleted: true } satisfies SyncMessage);
  channel.close();
}

/** Tell other windows that this journey was replaced in storage, so they read it again. */
export function announceReplaced(journeyId: Journey['id'], reason: ReplaceReason = 'version'): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ from: windowId, journeyId, replaced: true, reason } satisfies SyncMessage);
  channel.close();
}

/**
 * Tell the windows showing a journey that its row changed outside the editor (renamed, moved to
 * the trash or back, from the library): they take it in as another window's save, so their map
 * shows it and their next save of the journey row keeps it.
 */
export function announceJourneyRow(journey: Journey): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  const rows: PersistRow[] = [{ table: 'journeys', id: journey.id, row: journey }];
  channel.postMessage({ from: windowId, journeyId: journey.id, rows } satisfies SyncMessage);
  channel.close();
}

/** Tell the windows showing other journeys that their copies of shared personas changed (persona-library.ts). */
export function announcePersonaCopies(copies: readonly PersonaCopyChange[]): void {
  if (typeof BroadcastChannel !== 'function' || copies.length === 0) return;
  const channel = new BroadcastChannel(CHANNEL);
  for (const journeyId of new Set(copies.map((c) => c.journeyId))) {
    const rows = copies
      .filter((c) => c.journeyId === journeyId)
      .map((c) => ({ table: 'personas', id: c.row.id, row: c.row }) as PersistRow);
    channel.postMessage({ from: windowId, journeyId, rows } satisfies SyncMessage);
  }
  channel.close();
}

/** Turn rows saved elsewhere into changes against this window's state. */
export function remoteChanges(state: DocState, rows: PersistRow[]): RowChange[] {
  return rows.map(
    (r) => ({ table: r.table, id: r.id, before: getRow(state, r.table as TableName, r.id), after: r.row }) as RowChange,
  );
}

/**
 * Rows another window saved, taken into this window's store (EditorScreen's listener): `kept`,
 * the items where this window's own unsaved value of a field was kept over theirs; `trashed`,
 * whether the journey was just moved to the trash over there; `restored`, the names of items
 * this window deleted that come back because the other window was still editing them (its edit
 * is kept, never dropped); `untrashed`, whether it was just brought back from the trash there;
 * `deleted`, the names of items selected here that the other window deleted (gone from this map).
 */
export function takeRemoteRows(
  store: EditorStore,
  rows: PersistRow[],
  savedAt?: number,
): { kept: string[]; trashed: boolean; untrashed: boolean; restored: string[]; deleted: string[] } {
  const s = store.getState();
  const wasTrashed = s.doc.journey.deletedAt !== null;
  const deletedHere = new Set(
    s.history.past.flatMap((e) => e.changes.filter((c) => c.after === null).map((c) => `${c.table}:${c.id}`)),
  );
  const restored = rows
    .filter(
      (r) =>
        r.row !== null &&
        r.table !== 'journeys' &&
        deletedHere.has(`${r.table}:${r.id}`) &&
        getRow(s.doc, r.table as TableName, r.id) === null,
    )
    .map((r) => itemName(r.row))
    .filter((name) => name !== '');
  const selectedBefore = rows
    .filter((r) => r.row === null && r.table !== 'journeys' && s.selection.has(r.id))
    .map((r) => ({ table: r.table as TableName, id: r.id, row: getRow(s.doc, r.table as TableName, r.id) }))
    .filter((r) => r.row !== null);
  const kept = s.applyRemote(remoteChanges(s.doc, rows), savedAt);
  const after = store.getState().doc;
  const deleted = selectedBefore
    .filter((r) => getRow(after, r.table, r.id) === null)
    .map((r) => itemName(r.row))
    .filter((name) => name !== '');
  const trashedNow = after.journey.deletedAt !== null;
  return { kept, trashed: !wasTrashed && trashedNow, untrashed: wasTrashed && !trashedNow, restored, deleted };
}

export function describeSaveError(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  return 'Your last change could not be saved. It is kept in this window and Waymark will try again.';
}

/**
 * `describeSaveError` for the interface to translate: storage's own error (its code says
 * its sentence when it is the standard one), or the code of the sentence above.
 */
export function saveErrorText(error: unknown): StorageError | UserMessage {
  if (error instanceof StorageError) return error;
  return { code: 'saveFailedKept' };
}

export type { JourneyDocument };

/**
 * `describeReplaced` for the interface to translate: a code, or for 'stale' storage's
 * `replaced` error (its own sentence).
 */
export function replacedText(reason: ReplaceReason | 'stale'): StorageError | UserMessage {
  if (reason === 'file') return { code: 'replacedByFile' };
  if (reason === 'stale') return new StorageError('replaced');
  return { code: 'replacedByVersion' };
}

/** What a window tells its user when the journey it shows was replaced elsewhere. */
export function describeReplaced(reason: ReplaceReason | 'stale'): string {
  if (reason === 'file') return 'Another window replaced this journey with a file; the map here now shows it.';
  if (reason === 'stale') return STORAGE_ERROR_MESSAGES.replaced;
  return 'Another window restored a saved version of this journey; the map here now shows it.';
}
