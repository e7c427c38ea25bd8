/**
 * Text typed in place on the canvas (a card's title, a note, a stage's or a
 * lane's name) goes into the
 * store as it is typed, outside the undo history: it is autosaved like any
 * edit and other windows see it, so a crash or power cut in the middle of
 * typing keeps what was typed (before, it lived only in the text box until
 * Enter or a click elsewhere). Finishing makes the one undo step from the
 * text the box opened with; cancelling puts that text back. The first text of
 * a row just added (a card added with N, a note) finishes that adding: one
 * undo takes the card away, rather than first its title and then the card.
 *
 * On a map of up to KEY_BY_KEY_ITEMS cards, notes and connections the text
 * goes into the store, and so to storage, at every key: a browser killed
 * mid-typing keeps all but what the write under way had not yet committed.
 * On a larger map it goes in at a pause in the typing, or once a second while
 * the typing goes on (`pace`): each change of the store redraws the map, which
 * on a 2,000-touchpoint map made every key take 120–160 ms instead of
 * 40–56 ms. There a crash loses at most the last DRAFT_PAUSE_MS of typing, or
 * a second of typing without any pause.
 *
 * Someone else typing in the same field meanwhile (a live session, another
 * window) is merged with the box's text rather than typed over: the box is
 * told the merged text (`onText`) as soon as it arrives.
 */
import { sameData } from '../domain/equal';
import { mergeTextEdits } from '../domain/text-edit';
import { getRow, type RowChange } from './doc-state';
import { COALESCE_MS } from './history';
import { pace, type Pace } from './pace';
import type { EditorStore } from './store';

type DraftTable = 'touchpoints' | 'notes' | 'stages' | 'lanes';

/** The paces of the drafts being typed (a box still open), for `flushDrafts`. */
const open = new Set<Pace>();

/**
 * Puts the text of every box still being typed in the store now, and so in the save the caller
 * starts next: the page is going away (reloaded, closed, hidden), and the text typed since the
 * last pause would otherwise go with it (a reload 150 ms after typing a card's title lost it all).
 */
export function flushDrafts(): void {
  for (const paced of open) paced.flush();
}

/**
 * Maps with up to this many cards, notes and connections take typed text at every key. At this
 * size a key that redraws the map still paints well within the 100 ms a key may take (`npm run
 * bench`, 245 items: median 32 ms, p95 64 ms, against 16 and 40 ms with the text put in at a pause).
 */
export const KEY_BY_KEY_ITEMS = 250;

/** Whether text typed on this map goes into the store at every key (else at the pace below). */
function keyByKey(store: EditorStore): boolean {
  const { touchpoints, notes, connections } = store.getState().doc;
  const items = Object.keys(touchpoints).length + Object.keys(notes).length + Object.keys(connections).length;
  return items <= KEY_BY_KEY_ITEMS;
}

/** On a larger map, a pause this long in the typing puts the text in the store… */
export const DRAFT_PAUSE_MS = 300;
/** …and so does this long of typing without a pause. */
export const DRAFT_MAX_WAIT_MS = 1000;

type DraftField<T extends DraftTable> = T extends 'touchpoints' ? 'title' : T extends 'notes' ? 'text' : 'name';

export interface InlineDraft {
  /** The text as it stands in the box (saved, not undoable on its own). */
  type(value: string): void;
  /** Enter or a click elsewhere (`value`), or Escape (null). */
  finish(value: string | null, label: string): void;
}

export function inlineDraft<T extends DraftTable>(
  store: EditorStore,
  table: T,
  id: string,
  field: DraftField<T>,
  original: string,
  /** Shows a text in the box: someone else's words merged into what it holds. */
  onText: (text: string) => void = () => undefined,
): InlineDraft {
  const current = () => getRow(store.getState().doc, table, id) as Record<string, unknown> | null;
  /** Sets the field outside the history (as a live session's row is set). */
  const put = (value: string) => {
    const row = current();
    if (!row || row[field] === value) return;
    store.getState().applyShared([{ table, id, before: row, after: { ...row, [field]: value } } as RowChange]);
  };
  let finished = false;
  // The box opened on a row just added (a card added with N, a note): its first text finishes that step.
  // A box opened later, or after another step, makes its own step.
  const last = store.getState().history.past.at(-1);
  const added =
    last &&
    Date.now() - last.at < COALESCE_MS &&
    last.changes.some((c) => c.table === table && c.id === id && c.before === null)
      ? last
      : undefined;
  /** The text this box last put in the store (null: none yet). */
  let drafted: string | null = null;
  /** The text as it stands in the box, put in the store at the pace of DRAFT_PAUSE_MS / DRAFT_MAX_WAIT_MS. */
  let typed = original;
  /** The field's text as this box last agreed with the store: what the box's own typing is counted from. */
  let agreed = original;
  /** Whether someone else's words were merged in while the box was open, and whether anything was typed in it. */
  let merged = false;
  let typedAny = false;
  /** What the box holds, with what someone else put in the field since `agreed`. */
  const withTheirs = (text: string) => {
    const now = current()?.[field];
    if (typeof now !== 'string' || now === agreed) return text;
    merged = true;
    // Where both changed the same words, the box's are kept: it is the one being typed in.
    return mergeTextEdits(agreed, text, now) ?? text;
  };
  /** Puts the box's text in the store, merged with anyone else's, and shows the merge in the box. */
  const sync = () => {
    const text = withTheirs(typed);
    if (text !== typed) {
      typed = text;
      onText(text);
    }
    agreed = text;
    put(text);
    drafted = text;
  };
  const paced = pace(
    () => {
      sync();
      void store.getState().flush();
    },
    { pauseMs: DRAFT_PAUSE_MS, maxWaitMs: DRAFT_MAX_WAIT_MS },
  );
  const everyKey = keyByKey(store);
  open.add(paced);
  // Someone else's words in this field show in the box as they arrive (not only at its next pause).
  // (After the change that brought them is done: a live session's binding does not send on what is
  // put in the store while it applies someone else's change.)
  const stopListening = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    const now = current()?.[field];
    if (typeof now === 'string' && now !== agreed)
      queueMicrotask(() => {
        if (!finished) sync();
      });
  });
  return {
    type(value) {
      if (finished) return;
      typed = value;
      typedAny = true;
      if (everyKey) sync();
      else paced.schedule();
    },
    finish(value, label) {
      if (finished) return;
      finished = true;
      paced.dispose();
      open.delete(paced);
      stopListening();
      const row = current();
      if (!row) return;
      // A box that only showed someone else's typing makes no step of it.
      if (value === null || value === original || (merged && !typedAny)) {
        // Only what this box typed is put back: a text another window saved meanwhile stays, and so
        // does the box's typing merged with someone else's (it can no longer be told apart).
        if (drafted !== null && row[field] === drafted && !merged) put(original);
        return;
      }
      value = withTheirs(value);
      // One undo step from the text the box opened with; other fields as they are now.
      const change = { table, id, before: { ...row, [field]: original }, after: { ...row, [field]: value } };
      store.getState().run(label, [change as unknown as RowChange], { finishes: added });
    },
  };
}

export interface ChangesDraft {
  /**
   * The changes the text as it stands makes (saved, not undoable on their own), computed when they are
   * put in the store (against the map as it is then, which another window may have changed meanwhile).
   */
  type(changes: () => readonly RowChange[]): void;
  /**
   * The edit is done: `changes` (computed against the map with the draft in it) become one undo
   * step from the rows as they were before the first draft; null cancels, putting back what the
   * draft changed (where no one else has changed it since).
   */
  finish(label: string, changes: readonly RowChange[] | null, options?: { select?: string[] }): void;
}

const rowKey = (c: { table: string; id: string }) => `${c.table}\u0000${c.id}`;

/** The same for an edit that makes whole row changes (a table cell's parsed text). */
export function changesDraft(store: EditorStore): ChangesDraft {
  /** Each row the draft touched: as it was before the first draft, and as the draft last left it. */
  const rows = new Map<string, { table: RowChange['table']; id: string; before: unknown; drafted: unknown }>();
  let finished = false;
  /** The changes of the text as it stands, put in the store at the pace of DRAFT_PAUSE_MS / DRAFT_MAX_WAIT_MS. */
  let typed: () => readonly RowChange[] = () => [];
  const everyKey = keyByKey(store);
  const paced = pace(
    () => {
      put(typed());
      void store.getState().flush();
    },
    { pauseMs: DRAFT_PAUSE_MS, maxWaitMs: DRAFT_MAX_WAIT_MS },
  );
  open.add(paced);
  const put = (changes: readonly RowChange[]) => {
    if (changes.length === 0) return;
    for (const c of changes) {
      const seen = rows.get(rowKey(c));
      rows.set(rowKey(c), { table: c.table, id: c.id, before: seen ? seen.before : c.before, drafted: c.after });
    }
    store.getState().applyShared([...changes]);
  };
  return {
    type(changes) {
      if (finished) return;
      typed = changes;
      if (everyKey) put(typed());
      else paced.schedule();
    },
    finish(label, changes, options) {
      if (finished) return;
      finished = true;
      paced.dispose();
      open.delete(paced);
      const doc = store.getState().doc;
      const step = new Map<string, RowChange>();
      if (changes === null) {
        const back: RowChange[] = [];
        for (const r of rows.values()) {
          const now = getRow(doc, r.table, r.id);
          if (now === r.drafted) back.push({ table: r.table, id: r.id, before: now, after: r.before } as RowChange);
        }
        if (back.length) store.getState().applyShared(back);
        return;
      }
      // Rows the draft changed that the final text leaves as drafted are part of the step too.
      for (const r of rows.values()) {
        const now = getRow(doc, r.table, r.id);
        step.set(rowKey(r), { table: r.table, id: r.id, before: r.before, after: now } as RowChange);
      }
      for (const c of changes) {
        const seen = rows.get(rowKey(c));
        step.set(rowKey(c), { ...c, before: seen ? seen.before : c.before } as RowChange);
      }
      const real = [...step.values()].filter((c) => !sameData(c.before, c.after));
      if (real.length) store.getState().run(label, real, options);
    },
  };
}
