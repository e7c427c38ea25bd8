/**
 * The editor's store for one open journey: a thin zustand layer over the
 * pure pieces (doc-state, commands, history). Every edit is a list of row
 * changes: applied to the state, pushed on the history, and queued for
 * autosave, which writes only the changed rows.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sameJourneyContent } from '../domain/document';
import { sameData } from '../domain/equal';
import type { Journey, JourneyDocument, Viewport } from '../domain/model';
import { applyChanges, docStateFrom, getRow, type DocState, type RowChange, type TableName } from './doc-state';
import { emptyHistory, pushEntry, takeRedo, takeUndo, type History } from './history';

export interface PersistRow {
  table: TableName;
  id: string;
  row: unknown | null;
}

export type SaveStatus = 'saved' | 'saving' | 'error';

export interface EditorState {
  doc: DocState;
  history: History;
  selection: ReadonlySet<string>;
  save: { status: SaveStatus; message: string | null };
  /** Bumped on every document change; cheap to subscribe to. */
  revision: number;
  /** Where the canvas was left when the journey opened (null: fit the map); view state, not the document. */
  viewport: Viewport | null;

  run(label: string, changes: RowChange[], options?: { coalesceKey?: string; select?: string[] }): void;
  undo(): boolean;
  redo(): boolean;
  setSelection(ids: Iterable<string>): void;
  /** Remember where the canvas is (saved beside the journey, not in it: not an edit, not undoable). */
  setViewport(viewport: Viewport): void;
  /**
   * Rows another window saved: applied without touching this window's history.
   * Rows this window has edited but not saved yet are kept (this window's edit
   * is newer and will be saved next); their ids are returned so the user can be told.
   */
  applyRemote(changes: RowChange[]): string[];
  flush(): Promise<void>;
}

export interface EditorStoreOptions {
  persist: (rows: PersistRow[]) => Promise<void>;
  /** Friendly sentence for a failed save. */
  describeError?: (error: unknown) => string;
  debounceMs?: number;
  history?: History;
  now?: () => number;
  /** Tells the user something the store declined to do (an undo step another window overtook). */
  notify?: (message: string) => void;
  /** Where the canvas was left, as saved for this journey. */
  viewport?: Viewport | null;
  /** Saves where the canvas was left; a failure only means the map opens fitted next time. */
  saveViewport?: (viewport: Viewport) => Promise<void>;
}

/** Whether a row is still as a history step left it (for the journey row, moving the view aside). */
function sameRow(table: TableName, current: unknown, expected: unknown): boolean {
  if (current === expected) return true;
  if (current === null || expected === null) return false;
  if (table === 'journeys') return sameJourneyContent(current as Journey, expected as Journey);
  return sameData(current, expected);
}

const OVERTAKEN =
  'That step was not undone: another window has changed the same items since. Your map shows the newer version.';

export type EditorStore = StoreApi<EditorState> & {
  dispose(): void;
  /** Drops unsaved rows without writing them: the stored journey was replaced elsewhere. */
  discardPending(): void;
};

const key = (table: TableName, id: string) => `${table}\u0000${id}`;

export function createEditorStore(document: JourneyDocument, options: EditorStoreOptions): EditorStore {
  const now = options.now ?? Date.now;
  const debounceMs = options.debounceMs ?? 400;
  const pending = new Map<string, PersistRow>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let disposed = false;

  const store = createStore<EditorState>()((set, get) => {
    const queue = (rows: PersistRow[]) => {
      for (const r of rows) pending.set(key(r.table, r.id), r);
      if (get().save.status !== 'saving') set({ save: { status: 'saving', message: null } });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void get().flush(), debounceMs);
    };
    const rowsOf = (changes: RowChange[], direction: 'forward' | 'backward'): PersistRow[] =>
      changes.map((c) => ({ table: c.table, id: c.id, row: direction === 'forward' ? c.after : c.before }));
    const commit = (changes: RowChange[], direction: 'forward' | 'backward', history: History, select?: string[]) => {
      const doc = applyChanges(get().doc, changes, direction);
      set({
        doc,
        history,
        revision: get().revision + 1,
        ...(select ? { selection: new Set(select) } : {}),
      });
      queue(rowsOf(changes, direction));
    };

    return {
      doc: docStateFrom(document),
      history: options.history ?? emptyHistory(),
      selection: new Set(),
      save: { status: 'saved', message: null },
      revision: 0,
      viewport: options.viewport ?? null,

      run(label, changes, opts = {}) {
        if (changes.length === 0) return;
        const history = pushEntry(get().history, { label, changes, coalesceKey: opts.coalesceKey ?? null, at: now() });
        commit(changes, 'forward', history, opts.select);
      },
      undo() {
        const step = takeUndo(get().history);
        if (!step) return false;
        // Undoing a step another window has since overwritten would silently bring back this
        // window's older values over the other window's newer ones: the step is dropped instead.
        if (!step.entry.changes.every((c) => sameRow(c.table, getRow(get().doc, c.table, c.id), c.after))) {
          set({ history: { past: step.history.past, future: get().history.future } });
          options.notify?.(OVERTAKEN);
          return false;
        }
        const existing = step.entry.changes.filter((c) => c.before !== null).map((c) => c.id);
        commit(step.entry.changes, 'backward', step.history, existing);
        return true;
      },
      redo() {
        const step = takeRedo(get().history);
        if (!step) return false;
        if (!step.entry.changes.every((c) => sameRow(c.table, getRow(get().doc, c.table, c.id), c.before))) {
          set({ history: { past: get().history.past, future: step.history.future } });
          options.notify?.(OVERTAKEN.replace('undone', 'redone'));
          return false;
        }
        const existing = step.entry.changes.filter((c) => c.after !== null).map((c) => c.id);
        commit(step.entry.changes, 'forward', step.history, existing);
        return true;
      },
      setSelection(ids) {
        const next = new Set(ids);
        const prev = get().selection;
        if (next.size === prev.size && [...next].every((id) => prev.has(id))) return;
        set({ selection: next });
      },
      setViewport(viewport) {
        set({ viewport });
        options.saveViewport?.(viewport).catch(() => undefined);
      },
      applyRemote(changes) {
        const kept = changes.filter((c) => pending.has(key(c.table, c.id)));
        const apply = changes.filter((c) => !pending.has(key(c.table, c.id)));
        if (apply.length) set({ doc: applyChanges(get().doc, apply, 'forward'), revision: get().revision + 1 });
        return kept.map((c) => c.id);
      },
      async flush() {
        if (timer) {
          clearTimeout(timer);
          timer = null;
        }
        // One write at a time, and a caller returns only once nothing it could see is left
        // unwritten: closing a journey awaits this before it disposes the store.
        while (inFlight) await inFlight;
        if (pending.size === 0) {
          if (get().save.status === 'saving') set({ save: { status: 'saved', message: null } });
          return;
        }
        const rows = [...pending.values()];
        pending.clear();
        let failed = false;
        inFlight = (async () => {
          try {
            await options.persist(rows);
            if (!disposed)
              set({ save: pending.size ? { status: 'saving', message: null } : { status: 'saved', message: null } });
          } catch (error) {
            failed = true;
            // Keep the rows: newer edits of the same row win, the rest are retried.
            for (const r of rows) if (!pending.has(key(r.table, r.id))) pending.set(key(r.table, r.id), r);
            const message =
              options.describeError?.(error) ??
              'Your last change could not be saved. It is kept in this window; Waymark will try again.';
            if (!disposed) set({ save: { status: 'error', message } });
            if (!disposed && !timer) timer = setTimeout(() => void get().flush(), 3000);
          } finally {
            inFlight = null;
          }
        })();
        await inFlight;
        // Rows queued while this write ran go next, debounce or not, so that a caller closing
        // the journey leaves nothing behind; after a failure only the retry timer writes again,
        // never this loop (it would spin for ever once the store is disposed).
        if (!failed && pending.size) await get().flush();
      },
    };
  });

  return Object.assign(store, {
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
    },
    discardPending() {
      pending.clear();
      if (timer) clearTimeout(timer);
      timer = null;
      if (store.getState().save.status === 'saving') store.setState({ save: { status: 'saved', message: null } });
    },
  });
}
