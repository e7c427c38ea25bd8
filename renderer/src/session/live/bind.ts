/**
 * Binds an editor store and a live session's Y.Doc both ways:
 * - the store's own changes (edits, undo, applied contributions) go into the
 *   document in one transaction tagged with this binding's origin;
 * - the document's other transactions (people in the session) come back as
 *   validated rows through `store.applyShared`, which saves them and keeps
 *   them out of this person's undo history.
 * A change never echoes: the document's own changes are not written back,
 * and writes skip fields that already hold the value.
 */
import type * as Y from 'yjs';
import { sameData } from '../../domain/equal';
import { CHILD_TABLES, type TableName } from '../../domain/tables';
import { getRow, itemName, type DocState, type RowChange } from '../doc-state';
import type { EditorStore } from '../store';
import {
  applyRowChanges,
  defineLayout,
  isEmptyDoc,
  readChanges,
  readDocState,
  readRawRow,
  tableMap,
  upgradeFields,
  writeDocState,
  type InvalidRowHandler,
} from './y-layout';

export interface BindOptions {
  /**
   * `store`: the host's journey (its database is the record): an empty document is filled from
   * the store; a document already holding the journey (a resumed session) wins for rows that
   * differ, and rows only the store has are written to it; prose fields a session saved by an
   * earlier version holds as plain strings become shared texts. `doc`: the store was made from the
   * document (a participant's), nothing to reconcile.
   */
  seed: 'store' | 'doc';
  /** Told about every shared row refused (invalid or of another journey), in one sentence. */
  onInvalid?: InvalidRowHandler;
  /**
   * The host puts its own valid row back over a refused one (or removes a refused new row), so
   * everyone in the session sees what is stored.
   */
  repair?: boolean;
  /**
   * Told the names of the items selected in this store that someone else in the session deleted
   * (gone from the map, and what was being typed in them with them).
   */
  onSelectedDeleted?: (names: string[]) => void;
}

export interface Binding {
  /** The origin of this binding's own transactions. */
  readonly origin: object;
  unbind(): void;
}

/** The rows that differ between two states of the store, by identity (changes copy only what they touch). */
export function changedRows(prev: DocState, next: DocState): RowChange[] {
  const out: RowChange[] = [];
  if (prev.journey !== next.journey)
    out.push({ table: 'journeys', id: next.journey.id, before: prev.journey, after: next.journey });
  for (const table of CHILD_TABLES) {
    const before = prev[table] as Record<string, unknown>;
    const after = next[table] as Record<string, unknown>;
    if (before === after) continue;
    for (const [id, row] of Object.entries(after))
      if (before[id] !== row) out.push({ table, id, before: before[id] ?? null, after: row } as RowChange);
    for (const [id, row] of Object.entries(before))
      if (!(id in after)) out.push({ table, id, before: row, after: null } as RowChange);
  }
  return out;
}

/** Puts the store's version of refused rows back into the document. */
function repairRows(
  doc: Y.Doc,
  state: DocState,
  rows: ReadonlyArray<{ table: TableName; id: string }>,
  origin: object,
) {
  const changes = rows.map(
    ({ table, id }) => ({ table, id, before: null, after: getRow(state, table, id) }) as RowChange,
  );
  applyRowChanges(doc, changes, origin);
}

/** Reconciles the host's store with a document that already holds the journey (a resumed session). */
function seedFromStore(store: EditorStore, doc: Y.Doc, onInvalid: InvalidRowHandler, origin: object) {
  const local = store.getState().doc;
  if (isEmptyDoc(doc)) {
    writeDocState(doc, local, origin);
    return;
  }
  const shared = readDocState(doc, local.journey.id, onInvalid, local.journey);
  const toStore: RowChange[] = [];
  const toDoc: RowChange[] = [];
  if (!shared) toDoc.push({ table: 'journeys', id: local.journey.id, before: null, after: local.journey });
  else if (!sameData(shared.journey, local.journey))
    toStore.push({ table: 'journeys', id: local.journey.id, before: local.journey, after: shared.journey });
  for (const table of CHILD_TABLES) {
    const mine = local[table] as Record<string, unknown>;
    const theirs = (shared?.[table] ?? {}) as Record<string, unknown>;
    for (const [id, row] of Object.entries(theirs))
      if (!sameData(mine[id] ?? null, row))
        toStore.push({ table, id, before: mine[id] ?? null, after: row } as RowChange);
    for (const [id, row] of Object.entries(mine))
      if (!(id in theirs)) toDoc.push({ table, id, before: null, after: row } as RowChange);
    // Rows the document holds but that were refused, and the store has not: removed from the document.
    for (const id of tableMap(doc, table).keys())
      if (!(id in theirs) && !(id in mine) && readRawRow(doc, table, id))
        toDoc.push({ table, id, before: null, after: null } as RowChange);
  }
  applyRowChanges(doc, toDoc, origin);
  if (toStore.length) store.getState().applyShared(toStore);
}

export function bindStore(store: EditorStore, doc: Y.Doc, options: BindOptions): Binding {
  const origin = { binding: 'waymark-editor-store' };
  const onInvalid = options.onInvalid ?? (() => undefined);
  let fromDoc = false;
  defineLayout(doc);

  if (options.seed === 'store') {
    fromDoc = true;
    try {
      seedFromStore(store, doc, onInvalid, origin);
      upgradeFields(doc, origin);
    } finally {
      fromDoc = false;
    }
  }

  const offStore = store.subscribe((state, prev) => {
    if (fromDoc || state.doc === prev.doc) return;
    applyRowChanges(doc, changedRows(prev.doc, state.doc), origin);
  });

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    const { changes, refused } = readChanges(doc, transaction, store.getState().doc, onInvalid);
    if (changes.length) {
      const selection = store.getState().selection;
      const deleted = changes
        .filter((c) => c.after === null && c.before !== null && selection.has(c.id))
        .map((c) => itemName(c.before))
        .filter((name) => name !== '');
      fromDoc = true;
      try {
        store.getState().applyShared(changes);
      } finally {
        fromDoc = false;
      }
      if (deleted.length) options.onSelectedDeleted?.(deleted);
    }
    // Written once this transaction is over, as a transaction of its own.
    if (options.repair && refused.length) queueMicrotask(() => repairRows(doc, store.getState().doc, refused, origin));
  };
  doc.on('afterTransaction', onTransaction);

  return {
    origin,
    unbind() {
      offStore();
      doc.off('afterTransaction', onTransaction);
    },
  };
}
