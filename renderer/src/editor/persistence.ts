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

interface RowsMessage {
  from: string;
  journeyId: string;
  rows: PersistRow[];
}

export function createPersister(journeyId: Journey['id']) {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  return {
    async persist(rows: PersistRow[]) {
      await applyRowChanges(db, journeyId, rows as unknown as StorageRowChange[]);
      channel?.postMessage({ from: windowId, journeyId, rows } satisfies RowsMessage);
    },
    /** Listen for rows of this journey saved by other windows. */
    onRemote(listener: (rows: PersistRow[]) => void): () => void {
      if (!channel) return () => undefined;
      const handler = (e: MessageEvent<RowsMessage>) => {
        if (e.data?.from !== windowId && e.data?.journeyId === journeyId) listener(e.data.rows);
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close() {
      channel?.close();
    },
  };
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
