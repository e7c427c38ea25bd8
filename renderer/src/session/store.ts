/**
 * The editor's store for one open journey: a thin zustand layer over the
 * pure pieces (doc-state, commands, history). Every edit is a list of row
 * changes: applied to the state, pushed on the history, and queued for
 * autosave, which writes only the changed rows.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sameJourneyContent } from '../domain/document';
import { sameData } from '../domain/equal';
import { isPlainObject, mergeRow } from '../domain/merge-row';
import { PROSE_FIELDS } from '../domain/tables';
import { unfitRow } from '../domain/row-fit';
import type { Journey, JourneyDocument, Viewport } from '../domain/model';
import type { UserMessage } from '../domain/user-message';
import { applyChanges, docStateFrom, getRow, type DocState, type RowChange, type TableName } from './doc-state';
import { emptyHistory, pushEntry, takeRedo, takeUndo, type History, type HistoryEntry } from './history';
import { pace } from './pace';

export interface PersistRow {
  table: TableName;
  id: string;
  row: unknown | null;
  /**
   * In a write: the row as this window last knew it stored (null: not stored), so that storage
   * merges another window's save of it since instead of writing over it.
   */
  base?: unknown;
}

/** What a write stored: each row as the database now holds it, and the write's place in the journey's saves. */
export interface PersistResult {
  rows: PersistRow[];
  savedAt: number;
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

  /**
   * Applies an edit, pushes it on the history and queues its rows for autosave. An edit leaving a
   * row that does not fit its table's schema is not made: `notify` says which field and why.
   */
  run(
    label: string,
    changes: RowChange[],
    options?: {
      coalesceKey?: string;
      select?: string[];
      /** This step finishes that one (a card's first title after adding it): merged into it while it is still the last. */
      finishes?: HistoryEntry;
    },
  ): void;
  undo(): boolean;
  redo(): boolean;
  setSelection(ids: Iterable<string>): void;
  /** Remember where the canvas is (saved beside the journey, not in it: not an edit, not undoable). */
  setViewport(viewport: Viewport): void;
  /**
   * Rows another window saved: applied without touching this window's history.
   * A row this window has edited but not yet saved (or is saving) is merged
   * field by field: the other window's fields come in, this window's edited
   * fields stay (they are newer and are saved next). The ids of rows where
   * both changed the same field (this window's value kept) are returned so
   * the user can be told. A row deleted here, not yet written, and edited
   * there comes back with the other window's edit: a delete never drops an edit.
   * `savedAt` (the place of that save among the journey's saves, see PersistResult) sets aside a
   * save older than what this window already holds of a row (it holds that save's edit already),
   * and holds back a save of a row this window is writing until the write is done: storage
   * merged whichever came first into the other, and the later one is the row to show.
   */
  applyRemote(changes: RowChange[], savedAt?: number): string[];
  /**
   * Rows that came from the live session (already merged field by field there):
   * applied and saved like an edit, without entering this window's history.
   */
  applyShared(changes: RowChange[]): void;
  flush(): Promise<void>;
  /**
   * Resolves once every row queued before the call is written (true), or when a write fails
   * meanwhile (false). Unlike `flush`, it does not wait for rows queued after it: a live session
   * acknowledges a contribution as soon as the save that holds it is done, however busy the room.
   */
  saved(): Promise<boolean>;
}

export interface EditorStoreOptions {
  /**
   * Writes rows; returns what was stored (storage may have merged another window's save of a
   * row into it) for this window to show, or nothing (the rows as sent are taken as stored).
   */
  persist: (rows: PersistRow[]) => Promise<PersistResult | void | undefined>;
  /** Friendly sentence for a failed save. */
  describeError?: (error: unknown) => string;
  /**
   * 0 (the default): every edit is written as soon as the task that made it is over. Above 0, a
   * run of keys (typing in a field, nudges) is written at a pause this long in it (for tests).
   */
  debounceMs?: number;
  /**
   * With a debounce, the longest an edit waits unsaved while edits keep coming (typing without a
   * pause resets the debounce at every key). At least `debounceMs`.
   */
  maxWaitMs?: number;
  history?: History;
  now?: () => number;
  /** Tells the user something the store declined to do (an undo step another window overtook): in English and as a code to translate. */
  notify?: (message: string, text: UserMessage) => void;
  /** Where the canvas was left, as saved for this journey. */
  viewport?: Viewport | null;
  /** Saves where the canvas was left; a failure only means the map opens fitted next time. */
  saveViewport?: (viewport: Viewport) => Promise<void>;
}

/** Whether a row is still as a history step left it (for the journey row, moving the view aside). */
export function sameRow(table: TableName, current: unknown, expected: unknown): boolean {
  if (current === expected) return true;
  if (current === null || expected === null) return false;
  if (table === 'journeys') return sameJourneyContent(current as Journey, expected as Journey);
  return sameData(current, expected);
}

const OVERTAKEN =
  'That step was not undone: someone else (another window, or a participant of a live session) has changed the same items since. Your map shows the newer version.';
const PARTLY =
  'Part of that step was not undone: someone else has changed some of the same fields since, and those keep their newer values.';
const REDO = (message: string) => message.replace('undone', 'redone');

/** Journey fields that are storage's bookkeeping, not content: never set back by an undo. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'deletedAt']);

/**
 * Sets a value back to `target` where it still holds `expected` (what the step
 * left), field by field: a field someone else has changed since keeps its
 * newer value and counts as skipped. Nested objects (the journey's workshop, a
 * touchpoint's metrics) are walked the same way; lists are one value.
 */
function revertValue(
  current: unknown,
  target: unknown,
  expected: unknown,
  skip: ReadonlySet<string> = new Set(),
): { value: unknown; skipped: boolean } {
  if (sameData(current, expected)) return { value: target, skipped: false };
  if (!isPlainObject(current) || !isPlainObject(target) || !isPlainObject(expected))
    return { value: current, skipped: true };
  const out: Record<string, unknown> = { ...current };
  let skipped = false;
  for (const name of new Set([...Object.keys(target), ...Object.keys(expected)])) {
    if (skip.has(name) || sameData(target[name], expected[name])) continue;
    const field = revertValue(current[name], target[name], expected[name]);
    skipped ||= field.skipped;
    if (field.value === undefined) delete out[name];
    else out[name] = field.value;
  }
  return { value: out, skipped };
}

/**
 * The changes that take a step's rows from `to` back to `from` (undo), or on
 * (redo, with the two swapped), leaving alone what others changed since.
 */
function stepBack(
  doc: DocState,
  changes: readonly RowChange[],
  direction: 'backward' | 'forward',
): { changes: RowChange[]; skipped: boolean } {
  const out: RowChange[] = [];
  let skipped = false;
  const ordered = direction === 'backward' ? [...changes].reverse() : changes;
  for (const change of ordered) {
    const from = direction === 'backward' ? change.after : change.before;
    const to = direction === 'backward' ? change.before : change.after;
    const current = getRow(doc, change.table, change.id);
    if (sameRow(change.table, current, from)) {
      // Untouched since (bookkeeping aside): set back whole, as before live sessions.
      out.push({ table: change.table, id: change.id, before: current, after: to } as RowChange);
      continue;
    }
    if (current === null || from === null || to === null) {
      // Deleted by someone else, or created or deleted by this step and changed since: left as it is.
      if (!(current === null && to === null)) skipped = true;
      continue;
    }
    const skip = change.table === 'journeys' ? BOOKKEEPING : new Set<string>();
    const reverted = revertValue(current, to, from, skip);
    skipped ||= reverted.skipped;
    if (!sameData(reverted.value, current))
      out.push({ table: change.table, id: change.id, before: current, after: reverted.value } as RowChange);
  }
  return { changes: out, skipped };
}

export type EditorStore = StoreApi<EditorState> & {
  dispose(): void;
  /** Drops unsaved rows without writing them: the stored journey was replaced elsewhere. */
  discardPending(): void;
  /**
   * Resolves once no write is under way, whatever its outcome: the journey is read again only
   * then, or a write landing after the read would be missing from the map read.
   */
  idle(): Promise<void>;
  /**
   * The stored journey is gone for good (deleted in another window): no write can succeed, so the
   * store stops writing and retrying, and shows `message` as its save error from now on. Nothing is
   * dropped: the map and every edit not yet written stay in this window, to be saved as a copy.
   */
  stopSaving(message: string): void;
  /**
   * Every row this window changed and has not yet known written (queued, or in the write under way),
   * each with the row as last known stored (`base`, null: it was not stored): what a page going away
   * would lose (session/unload-backup.ts).
   */
  unsaved(): UnsavedRow[];
};

/** A row not yet known written, with the stored row it was edited from. */
export interface UnsavedRow extends PersistRow {
  base: unknown;
}

/** How long a failed write waits before it is tried again. */
const RETRY_MS = 3000;

const key = (table: TableName, id: string) => `${table}\u0000${id}`;

/** The map's items (cards, notes, stages), which a step's connections, when it has any, come back with. */
const ITEMS: ReadonlySet<TableName> = new Set<TableName>(['touchpoints', 'notes', 'stages']);

/**
 * What an undone or redone step selects: the items it leaves on the map, not the connections and rows that came
 * and went with them (an undone delete of a card between two others selected the card and both its connections,
 * "3 items selected"); a step of connections alone selects them.
 */
function selectedAfter(changes: readonly RowChange[]): string[] {
  const existing = changes.filter((c) => c.after !== null && c.table !== 'journeys');
  const items = existing.filter((c) => ITEMS.has(c.table));
  return (items.length > 0 ? items : existing).map((c) => c.id);
}

export function createEditorStore(document: JourneyDocument, options: EditorStoreOptions): EditorStore {
  const now = options.now ?? Date.now;
  // Every edit, a key of typing too, is written as soon as the task that made it is over, one
  // write at a time: keys typed while a write is under way go in the next one. A write holds only
  // the rows changed, so it costs the same on any size of map, and a browser killed mid-typing
  // loses only what the write under way had not yet committed (it lost up to 300 ms of typing
  // when keys were written at a pause). A debounce is for tests that count writes.
  const debounceMs = options.debounceMs ?? 0;
  const maxWaitMs = Math.max(debounceMs, options.maxWaitMs ?? 1000);
  const pending = new Map<string, PersistRow>();
  /**
   * Each row this window changed that is not yet known written (queued or being written): the
   * row as last known stored, so that another window's save of it can be merged field by field.
   */
  const base = new Map<string, unknown>();
  /** For each row, the place among the journey's saves of the newest stored version this window holds. */
  const seenAt = new Map<string, number>();
  /** Another window's save of a row this window is writing, the newest, shown once the write is done. */
  const deferred = new Map<string, { row: unknown; savedAt: number }>();
  /** Rows of the write under way. */
  let writing = new Set<string>();
  let writingRows: PersistRow[] = [];
  /**
   * After a failed write, writes again in RETRY_MS; with a debounce, also at a pause in the edits,
   * or `maxWaitMs` after the first edit left unsaved however long the typing goes on.
   */
  const autosave = pace(() => void store.getState().flush(), { pauseMs: debounceMs, maxWaitMs });
  /**
   * An edit made in one go (a card added, an emotion picked, a delete, an undo) is written as soon
   * as the task that made it is over, so a window closed or killed right after it keeps it; so is
   * a run of keys, unless the store was given a debounce. Edits of one task go in one write.
   */
  let soon = false;
  const writeSoon = () => {
    if (soon) return;
    soon = true;
    queueMicrotask(() => {
      soon = false;
      if (!disposed && !stopped) void store.getState().flush();
    });
  };
  let inFlight: Promise<void> | null = null;
  let disposed = false;
  /** Set by `stopSaving`: the journey is no longer stored, so nothing is written any more. */
  let stopped = false;
  /** Rows queued so far, and how many of them are known written: a sequence, for `saved`. */
  let queuedSeq = 0;
  let savedSeq = 0;
  let waiters: Array<{ target: number; resolve: (saved: boolean) => void }> = [];
  const settle = (ok: boolean) => {
    const done = waiters.filter((w) => !ok || w.target <= savedSeq);
    waiters = waiters.filter((w) => !done.includes(w));
    for (const w of done) w.resolve(ok);
  };

  const store = createStore<EditorState>()((set, get) => {
    const queue = (rows: PersistRow[], before: readonly unknown[] = [], promptly = false) => {
      rows.forEach((r, i) => {
        const k = key(r.table, r.id);
        if (!base.has(k) && i < before.length) base.set(k, before[i]);
        pending.set(k, r);
      });
      queuedSeq += 1;
      if (stopped) return;
      if (get().save.status !== 'saving') set({ save: { status: 'saving', message: null } });
      if (promptly || debounceMs === 0) writeSoon();
      else autosave.schedule();
    };
    const rowsOf = (changes: RowChange[], direction: 'forward' | 'backward'): PersistRow[] =>
      changes.map((c) => ({ table: c.table, id: c.id, row: direction === 'forward' ? c.after : c.before }));
    const commit = (
      changes: RowChange[],
      direction: 'forward' | 'backward',
      history: History,
      select?: string[],
      promptly = true,
    ) => {
      const was = get().doc;
      const doc = applyChanges(was, changes, direction);
      set({
        doc,
        history,
        revision: get().revision + 1,
        ...(select ? { selection: new Set(select) } : {}),
      });
      // A row's base is as this window held it, not the step's `before` (a typed title's step starts
      // from the title the box opened with, while the row was already saved with the words typed).
      queue(
        rowsOf(changes, direction),
        changes.map((c) => getRow(was, c.table, c.id)),
        promptly,
      );
    };

    /**
     * A write is done: each row as storage holds it now (this window's row, merged with another
     * window's save of it when there was one), or, where another window's later save of it arrived
     * meanwhile, that one (storage merged this write into it). A row edited again during the write
     * keeps those edits, merged onto it, and is written next from it.
     */
    const showStored = (sent: readonly PersistRow[], stored: PersistResult) => {
      const byKey = new Map(stored.rows.map((r) => [key(r.table, r.id), r.row]));
      const doc = get().doc;
      const apply: RowChange[] = [];
      for (const r of sent) {
        const k = key(r.table, r.id);
        const later = deferred.get(k);
        deferred.delete(k);
        const newer = later !== undefined && later.savedAt > stored.savedAt;
        const target = newer ? later.row : byKey.has(k) ? byKey.get(k) : r.row;
        seenAt.set(k, Math.max(stored.savedAt, seenAt.get(k) ?? -Infinity, newer ? later.savedAt : -Infinity));
        const local = getRow(doc, r.table, r.id);
        let next = target;
        if (pending.has(k)) {
          base.set(k, target);
          if (local === null || target === null || r.row === null) continue;
          next = mergeRow(local, r.row, target, PROSE_FIELDS[r.table]).value;
          pending.set(k, { table: r.table, id: r.id, row: next });
        } else base.delete(k);
        if (!sameRow(r.table, local, next))
          apply.push({ table: r.table, id: r.id, before: local, after: next } as RowChange);
      }
      if (apply.length) set({ doc: applyChanges(doc, apply, 'forward'), revision: get().revision + 1 });
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
        // A row that does not fit its schema would make storage refuse every write holding it, this
        // window's later edits with it: the edit is refused here instead, and the user told why.
        for (const c of changes) {
          const unfit = c.after === null ? null : unfitRow(c.table, c.after);
          if (unfit === null) continue;
          options.notify?.(unfit.message, unfit.text);
          return;
        }
        const history = pushEntry(
          get().history,
          { label, changes, coalesceKey: opts.coalesceKey ?? null, at: now() },
          opts.finishes,
        );
        // A run of keys (typing in a field, nudges, +/−) is written at the debounce's pace, if any.
        commit(changes, 'forward', history, opts.select, !opts.coalesceKey);
      },
      undo() {
        const step = takeUndo(get().history);
        if (!step) return false;
        // Only what this step changed and still holds its value is set back: a field another
        // window or someone in the live session has changed since keeps the newer value. A step
        // of which nothing can be set back is dropped.
        const back = stepBack(get().doc, step.entry.changes, 'backward');
        if (back.skipped && back.changes.length === 0) {
          set({ history: { past: step.history.past, future: get().history.future } });
          options.notify?.(OVERTAKEN, { code: 'undoOvertaken' });
          return false;
        }
        if (back.skipped) options.notify?.(PARTLY, { code: 'undoPartly' });
        commit(back.changes, 'forward', step.history, selectedAfter(back.changes));
        return true;
      },
      redo() {
        const step = takeRedo(get().history);
        if (!step) return false;
        const on = stepBack(get().doc, step.entry.changes, 'forward');
        if (on.skipped && on.changes.length === 0) {
          set({ history: { past: get().history.past, future: step.history.future } });
          options.notify?.(REDO(OVERTAKEN), { code: 'redoOvertaken' });
          return false;
        }
        if (on.skipped) options.notify?.(REDO(PARTLY), { code: 'redoPartly' });
        commit(on.changes, 'forward', step.history, selectedAfter(on.changes));
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
      applyRemote(changes, savedAt) {
        const kept: string[] = [];
        const requeue: PersistRow[] = [];
        const apply: RowChange[] = [];
        const doc = get().doc;
        for (const c of changes) {
          const k = key(c.table, c.id);
          if (savedAt !== undefined) {
            // This window holds a newer version already (its own write merged this one in).
            if ((seenAt.get(k) ?? -Infinity) >= savedAt) continue;
            if (writing.has(k)) {
              if ((deferred.get(k)?.savedAt ?? -Infinity) < savedAt) deferred.set(k, { row: c.after, savedAt });
              continue;
            }
            seenAt.set(k, savedAt);
          }
          if (!base.has(k)) {
            apply.push(c);
            continue;
          }
          // This window changed the row and has not yet written it, or is writing it now (its
          // write may land after the other window's): merge, and write the merged row next.
          const local = getRow(doc, c.table, c.id);
          if (local === null && c.after !== null) {
            // Deleted here, the delete not yet written, and edited and saved there: the other window's
            // edit is kept, never dropped by a delete, and the item is back here (takeRemoteRows says so).
            // Its written row replaces the delete waiting to be saved.
            base.set(k, c.after);
            apply.push({ ...c, before: null } as RowChange);
            if (pending.has(k) || writing.has(k)) requeue.push({ table: c.table, id: c.id, row: c.after });
            continue;
          }
          const merged =
            local === null || c.after === null
              ? { value: local, conflict: true }
              : mergeRow(local, base.get(k), c.after, PROSE_FIELDS[c.table]);
          base.set(k, c.after);
          if (merged.conflict && !sameData(local, c.after)) kept.push(c.id);
          if (!sameData(merged.value, local)) apply.push({ ...c, before: local, after: merged.value } as RowChange);
          if (pending.has(k) || writing.has(k)) requeue.push({ table: c.table, id: c.id, row: merged.value });
        }
        if (apply.length) set({ doc: applyChanges(doc, apply, 'forward'), revision: get().revision + 1 });
        if (requeue.length) queue(requeue);
        return kept;
      },
      saved() {
        const target = queuedSeq;
        if (savedSeq >= target) return Promise.resolve(true);
        // Nothing left to write, yet not written: the rows were dropped (the journey was replaced),
        // or they can no longer be written (the journey was deleted).
        if (stopped || (pending.size === 0 && !inFlight)) return Promise.resolve(false);
        const done = new Promise<boolean>((resolve) => waiters.push({ target, resolve }));
        // Nothing written yet or being written would cover them: write now, not after the debounce.
        if (!inFlight) void get().flush();
        return done;
      },
      applyShared(changes) {
        if (changes.length === 0) return;
        const was = get().doc;
        set({ doc: applyChanges(was, changes, 'forward'), revision: get().revision + 1 });
        queue(
          rowsOf(changes, 'forward'),
          changes.map((c) => getRow(was, c.table, c.id)),
        );
      },
      async flush() {
        autosave.cancel();
        // One write at a time, and a caller returns only once nothing it could see is left
        // unwritten: closing a journey awaits this before it disposes the store.
        while (inFlight) await inFlight;
        if (stopped) {
          settle(false);
          return;
        }
        if (pending.size === 0) {
          if (get().save.status === 'saving') set({ save: { status: 'saved', message: null } });
          return;
        }
        const sentBase = new Map([...pending.keys()].map((k) => [k, base.get(k)]));
        const rows = [...pending].map(([k, r]) => (base.has(k) ? { ...r, base: base.get(k) } : r));
        pending.clear();
        writing = new Set(rows.map((r) => key(r.table, r.id)));
        writingRows = rows;
        // Everything queued so far is in this write (rows of an earlier failed write were put back).
        const upTo = queuedSeq;
        let failed = false;
        inFlight = (async () => {
          try {
            const stored = await options.persist(rows);
            if (stored) showStored(rows, stored);
            else
              for (const r of rows) {
                const k = key(r.table, r.id);
                if (!pending.has(k)) base.delete(k);
                // Edited again meanwhile: what was just written is now the stored row, unless another
                // window's save of it arrived meanwhile (its row is the base then).
                else if (base.get(k) === sentBase.get(k)) base.set(k, r.row);
              }
            savedSeq = Math.max(savedSeq, upTo);
            settle(true);
            if (!disposed && !stopped)
              set({ save: pending.size ? { status: 'saving', message: null } : { status: 'saved', message: null } });
          } catch (error) {
            failed = true;
            settle(false);
            // Keep the rows: newer edits of the same row win, the rest are retried.
            for (const r of rows) if (!pending.has(key(r.table, r.id))) pending.set(key(r.table, r.id), r);
            const message =
              options.describeError?.(error) ??
              'Your last change could not be saved. It is kept in this window; Waymark will try again.';
            // Once the journey is gone (`stopSaving`, maybe during this write), its sentence stays and
            // nothing is tried again.
            if (!disposed && !stopped) set({ save: { status: 'error', message } });
            // Edits made during the write already wait for their own write, which retries these too.
            if (!disposed && !stopped) autosave.later(RETRY_MS);
          } finally {
            inFlight = null;
            writing = new Set();
            writingRows = [];
            // Held back for a write that failed: the next write merges them in storage, and their
            // rows reach this window then.
            deferred.clear();
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
      autosave.dispose();
    },
    async idle() {
      while (inFlight) await inFlight;
    },
    discardPending() {
      pending.clear();
      base.clear();
      deferred.clear();
      autosave.cancel();
      if (store.getState().save.status === 'saving') store.setState({ save: { status: 'saved', message: null } });
    },
    unsaved() {
      // A row queued again since the write began is newer than the one being written.
      const rows = new Map(writingRows.map((r) => [key(r.table, r.id), r]));
      for (const [k, r] of pending) rows.set(k, r);
      return [...rows].map(([k, r]) => ({ ...r, base: base.get(k) ?? null }));
    },
    stopSaving(message: string) {
      stopped = true;
      autosave.dispose();
      settle(false);
      if (!disposed) store.setState({ save: { status: 'error', message } });
    },
  });
}
