/**
 * Autosave and cross-window sync for the open journey. Rows are written with
 * the storage layer's row-level writer; other windows hear about saved rows
 * over a BroadcastChannel and apply them, so two windows stay consistent.
 */
import type { Journey, JourneyDocument } from '../domain/model';
import { applyRowChanges, StorageError, type RowChange as StorageRowChange } from '../storage';
import { db } from '../app/db';
import type { PersistRow } from './state/editor-store';
import { getRow, type DocState, type RowChange, type TableName } from './state/doc-state';

const CHANNEL = 'waymark-journey-rows';
const windowId = globalThis.crypto.randomUUID();

/** Rows one window saved, or word that the whole journey was replaced (a saved version restored). */
type SyncMessage =
  { from: string; journeyId: string; rows: PersistRow[] } | { from: string; journeyId: string; replaced: true };

export function createPersister(journeyId: Journey['id']) {
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
  return {
    async persist(rows: PersistRow[]) {
      await applyRowChanges(db, journeyId, rows as unknown as StorageRowChange[]);
      // The rows are stored: telling other windows is a courtesy, and its failure (a channel
      // already closed) must not be taken for a failed save and written again.
      try {
        channel?.postMessage({ from: windowId, journeyId, rows } satisfies SyncMessage);
      } catch {
        // Other windows read the rows when they next open the journey.
      }
    },
    /** Listen for rows of this journey saved by other windows. */
    onRemote(listener: (rows: PersistRow[]) => void): () => void {
      return listen((m) => 'rows' in m && Array.isArray(m.rows) && listener(m.rows));
    },
    /** Listen for another window replacing this whole journey (restoring a saved version). */
    onReplaced(listener: () => void): () => void {
      return listen((m) => 'replaced' in m && m.replaced === true && listener());
    },
    close() {
      channel?.close();
    },
  };
}

/** Tell other windows that this journey was replaced in storage, so they read it again. */
export function announceReplaced(journeyId: Journey['id']): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ from: windowId, journeyId, replaced: true } satisfies SyncMessage);
  channel.close();
}

/** Turn rows saved elsewhere into changes against this window's state. */
export function remoteChanges(state: DocState, rows: PersistRow[]): RowChange[] {
  return rows.map(
    (r) => ({ table: r.table, id: r.id, before: getRow(state, r.table as TableName, r.id), after: r.row }) as RowChange,
  );
}

export function describeSaveError(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  return 'Your last change could not be saved. It is kept in this window and Waymark will try again.';
}

export type { JourneyDocument };
