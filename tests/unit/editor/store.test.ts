import { describe, expect, it, vi } from 'vitest';
import { createEditorStore, type PersistRow } from '../../../renderer/src/session/store';
import { deleteItems, moveItems, updateJourney, updateTouchpoint } from '../../../renderer/src/session/edits';
import { smallJourney } from './fixtures';

function setup(
  persist: ReturnType<typeof vi.fn<(rows: PersistRow[]) => Promise<void>>> = vi.fn(async () => undefined),
) {
  let now = 0;
  const doc = smallJourney();
  const store = createEditorStore(doc, { persist, debounceMs: 5, now: () => now });
  const tick = (ms: number) => (now += ms);
  const first = doc.touchpoints[0]!;
  return { store, persist, tick, first, doc };
}

describe('editor store: undo, redo, coalescing, autosave', () => {
  it('undoes and redoes a command', () => {
    const { store, first } = setup();
    const s = store.getState();
    s.run('Set emotion', updateTouchpoint(s.doc, first.id, { emotion: -3 }));
    expect(store.getState().doc.touchpoints[first.id]!.emotion).toBe(-3);
    store.getState().undo();
    expect(store.getState().doc.touchpoints[first.id]!.emotion).toBe(1);
    store.getState().redo();
    expect(store.getState().doc.touchpoints[first.id]!.emotion).toBe(-3);
    expect(store.getState().redo()).toBe(false);
  });

  it('coalesces typing in one field into one step, but not across fields or pauses', () => {
    const { store, first, tick } = setup();
    for (const title of ['B', 'Bu', 'Buy']) {
      tick(200);
      const s = store.getState();
      s.run('Edit title', updateTouchpoint(s.doc, first.id, { title }), { coalesceKey: `${first.id}:title` });
    }
    tick(200);
    let s = store.getState();
    s.run('Edit description', updateTouchpoint(s.doc, first.id, { description: 'x' }), {
      coalesceKey: `${first.id}:description`,
    });
    tick(5000);
    s = store.getState();
    s.run('Edit title', updateTouchpoint(s.doc, first.id, { title: 'Buy now' }), { coalesceKey: `${first.id}:title` });
    expect(store.getState().history.past).toHaveLength(3);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc.touchpoints[first.id]!.title).toBe('Buy');
    store.getState().undo();
    expect(store.getState().doc.touchpoints[first.id]!.title).toBe('Discover 1');
  });

  it('undoing a delete selects the card it brings back, not the connections that came back with it', () => {
    const { store, doc } = setup();
    const middle = doc.touchpoints[2]!;
    let s = store.getState();
    // The card between two others: both its connections go with it.
    expect(
      Object.values(s.doc.connections).filter((c) => c.source === middle.id || c.target === middle.id),
    ).toHaveLength(2);
    s.setSelection([middle.id]);
    s.run('Delete item', deleteItems(s.doc, [middle.id]), { select: [] });
    store.getState().undo();
    s = store.getState();
    expect(Object.keys(s.doc.connections)).toHaveLength(doc.connections.length);
    expect([...s.selection]).toEqual([middle.id]);
    // Redone, nothing that is gone stays selected.
    store.getState().redo();
    expect([...store.getState().selection]).toEqual([]);
    // A connection deleted on its own comes back selected.
    const connection = doc.connections[0]!;
    s = store.getState();
    s.run('Delete item', deleteItems(s.doc, [connection.id]), { select: [] });
    store.getState().undo();
    expect([...store.getState().selection]).toEqual([connection.id]);
  });

  it('a new edit clears the redo stack', () => {
    const { store, first } = setup();
    let s = store.getState();
    s.run('a', updateTouchpoint(s.doc, first.id, { emotion: 2 }));
    store.getState().undo();
    s = store.getState();
    s.run('b', updateTouchpoint(s.doc, first.id, { emotion: 3 }));
    expect(store.getState().history.future).toHaveLength(0);
  });

  it('idle() waits for the write under way, even with its rows discarded (a journey read again after it)', async () => {
    let release: () => void = () => undefined;
    const persist = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const { store, first } = setup(persist);
    const s = store.getState();
    s.run('Move', moveItems(s.doc, [{ id: first.id, position: { x: 60, y: 400 } }]));
    await Promise.resolve();
    await Promise.resolve();
    expect(persist).toHaveBeenCalledTimes(1);
    store.discardPending();
    let idle = false;
    void store.idle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(idle).toBe(false);
    release();
    await vi.waitFor(() => expect(idle).toBe(true));
  });

  it('a drag of one node writes exactly that row', async () => {
    const { store, persist, first } = setup();
    const s = store.getState();
    s.run('Move', moveItems(s.doc, [{ id: first.id, position: { x: 60, y: 400 } }]));
    await store.getState().flush();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persist.mock.calls[0]![0]).toEqual([
      {
        table: 'touchpoints',
        id: first.id,
        row: expect.objectContaining({ position: { x: 60, y: 400 } }),
        // The row as stored before, for storage to merge another window's save of it since.
        base: expect.objectContaining({ position: first.position }),
      },
    ]);
    expect(store.getState().save.status).toBe('saved');
  });

  it('will not undo or redo a step another window has overtaken, and says so', async () => {
    const notify = vi.fn();
    const doc = smallJourney();
    const store = createEditorStore(doc, { persist: vi.fn(async () => undefined), debounceMs: 5, notify });
    const first = doc.touchpoints[0]!;
    const s = store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first.id, { title: 'Mine' }));
    s.run('Rename other', updateTouchpoint(store.getState().doc, doc.touchpoints[1]!.id, { title: 'Other' }));
    // Panning is not an edit: it never blocks an undo.
    store.getState().setViewport({ x: 10, y: 20, zoom: 0.5 });
    await store.getState().flush(); // saved, so another window's later edit of the row is applied here
    // Another window renames the first touchpoint after this window did.
    const theirs = { ...store.getState().doc.touchpoints[first.id]!, title: 'Theirs' };
    store
      .getState()
      .applyRemote([
        { table: 'touchpoints', id: first.id, before: store.getState().doc.touchpoints[first.id]!, after: theirs },
      ]);

    expect(store.getState().undo()).toBe(true); // the second rename is still this window's: undone
    expect(store.getState().doc.touchpoints[doc.touchpoints[1]!.id]!.title).toBe(doc.touchpoints[1]!.title);
    expect(store.getState().undo()).toBe(false); // the first was overtaken: refused, and dropped
    expect(store.getState().doc.touchpoints[first.id]!.title).toBe('Theirs');
    expect(notify).toHaveBeenCalledWith(
      expect.stringContaining('someone else (another window, or a participant of a live session) has changed'),
      expect.objectContaining({ code: 'undoOvertaken' }),
    );
    expect(store.getState().history.past).toHaveLength(0);

    expect(store.getState().redo()).toBe(true);
    expect(store.getState().doc.touchpoints[doc.touchpoints[1]!.id]!.title).toBe('Other');
    await store.getState().flush();
  });

  it('undoes a step when another window echoes the same row back with its keys in another order', async () => {
    const notify = vi.fn();
    const doc = smallJourney();
    const store = createEditorStore(doc, { persist: vi.fn(async () => undefined), debounceMs: 5, notify });
    const first = doc.touchpoints[0]!;
    const s = store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first.id, { title: 'Mine' }));
    await store.getState().flush();
    // The same row as IndexedDB hands it to another window: equal values, keys reversed.
    const mine = store.getState().doc.touchpoints[first.id]!;
    const echoed = Object.fromEntries(Object.entries(mine).reverse()) as typeof mine;
    expect(JSON.stringify(echoed)).not.toBe(JSON.stringify(mine));
    store.getState().applyRemote([{ table: 'touchpoints', id: first.id, before: mine, after: echoed }]);

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().doc.touchpoints[first.id]!.title).toBe(first.title);
    expect(notify).not.toHaveBeenCalled();
    await store.getState().flush();
  });

  it('drops unsaved rows without writing them when the stored journey was replaced elsewhere', async () => {
    const { store, persist, first } = setup();
    const s = store.getState();
    s.run('Move', moveItems(s.doc, [{ id: first.id, position: { x: 60, y: 400 } }]));
    store.discardPending();
    expect(store.getState().save.status).toBe('saved');
    await new Promise((resolve) => setTimeout(resolve, 20)); // past the autosave debounce
    await store.getState().flush();
    expect(persist).not.toHaveBeenCalled();
  });

  it('undo is saved too, and many edits of one row are written once', async () => {
    const { store, persist, first } = setup();
    for (const e of [2, 3, -1]) {
      const s = store.getState();
      s.run('Emotion', updateTouchpoint(s.doc, first.id, { emotion: e }));
    }
    store.getState().undo();
    await store.getState().flush();
    const rows = persist.mock.calls.flatMap((c) => c[0]);
    expect(rows).toHaveLength(1);
    expect((rows[0]!.row as { emotion: number }).emotion).toBe(3);
  });

  it('keeps unsaved rows after a failed save, reports it, and saves them on the next try', async () => {
    let fail = true;
    const persist = vi.fn(async (_rows: PersistRow[]) => {
      if (fail) throw new Error('disk full');
    });
    const { store, first } = setup(persist);
    const s = store.getState();
    s.run('Emotion', updateTouchpoint(s.doc, first.id, { emotion: -2 }));
    await store.getState().flush();
    expect(store.getState().save.status).toBe('error');
    expect(store.getState().save.message).toMatch(/could not be saved/);
    fail = false;
    await store.getState().flush();
    expect(store.getState().save.status).toBe('saved');
    const last = persist.mock.calls.at(-1) as unknown as [PersistRow[]];
    expect(last[0][0]!.id).toBe(first.id);
    store.dispose();
  });

  it('closing while a large save runs: flush returns only after rows queued meanwhile are written', async () => {
    let release: () => void = () => undefined;
    const written: string[][] = [];
    const persist = vi.fn(async (rows: PersistRow[]) => {
      if (written.length === 0) await new Promise<void>((r) => (release = r));
      else await new Promise((r) => setTimeout(r, 1));
      written.push(rows.map((r) => r.table));
    });
    const { store, first } = setup(persist);
    const s = store.getState();
    s.run('Import', updateTouchpoint(s.doc, first.id, { emotion: -1 }));
    const autosave = store.getState().flush(); // the big write, still running
    await Promise.resolve();
    // Queued while it runs (a journey edit: the viewport is no longer a journey row).
    store.getState().run('Rename journey', updateJourney(store.getState().doc, { title: 'Renamed' }));
    let writtenWhenClosed: string[][] | null = null;
    const closing = store
      .getState()
      .flush()
      .then(() => (writtenWhenClosed = [...written]));
    await new Promise((r) => setTimeout(r, 20));
    expect(writtenWhenClosed).toBeNull();
    release();
    await Promise.all([autosave, closing]);
    expect(writtenWhenClosed).toEqual([['touchpoints'], ['journeys']]);
    expect(store.getState().save.status).toBe('saved');
    store.dispose();
  });

  it('closing the journey never leaves a save retrying in a loop (the library went blank after a big import)', async () => {
    let release: () => void = () => undefined;
    let disposed = false;
    const persist = vi.fn(async (_rows: PersistRow[]) => {
      if (persist.mock.calls.length === 1) await new Promise<void>((r) => (release = r));
      else await new Promise((r) => setTimeout(r, 1));
      // Once the journey is closed its broadcast channel is closed too: a write then fails.
      if (disposed) throw new Error('InvalidStateError: BroadcastChannel is closed');
    });
    const { store, first } = setup(persist);
    const s = store.getState();
    s.run('Import', updateTouchpoint(s.doc, first.id, { emotion: -1 }));
    const autosave = store.getState().flush();
    await Promise.resolve();
    store.getState().run('Rename journey', updateJourney(store.getState().doc, { title: 'Renamed' }));
    // What EditorScreen does on leaving: flush, then dispose.
    const closing = store
      .getState()
      .flush()
      .finally(() => {
        disposed = true;
        store.dispose();
      });
    release();
    await Promise.all([autosave, closing]);
    await new Promise((r) => setTimeout(r, 100));
    expect(persist).toHaveBeenCalledTimes(2);
  });

  it('remote rows apply without entering the history', () => {
    const { store, first } = setup();
    const row = { ...first, title: 'From another window' };
    store.getState().applyRemote([{ table: 'touchpoints', id: first.id, before: first, after: row }]);
    expect(store.getState().doc.touchpoints[first.id]!.title).toBe('From another window');
    expect(store.getState().history.past).toHaveLength(0);
  });
});

describe('editor store: edits from another window', () => {
  it('keeps this window’s unsaved edit of the same row and reports it', async () => {
    const persist = vi.fn(async (_rows: PersistRow[]) => undefined);
    const doc = smallJourney();
    const store = createEditorStore(doc, { persist, debounceMs: 10_000 });
    const [a, b] = doc.touchpoints;
    const s = store.getState();
    s.run('Rename', updateTouchpoint(s.doc, a!.id, { title: 'Mine' }));
    const kept = store.getState().applyRemote([
      { table: 'touchpoints', id: a!.id, before: a!, after: { ...a!, title: 'Theirs' } },
      { table: 'touchpoints', id: b!.id, before: b!, after: { ...b!, title: 'Theirs too' } },
    ]);
    expect(kept).toEqual([a!.id]);
    expect(store.getState().doc.touchpoints[a!.id]!.title).toBe('Mine');
    expect(store.getState().doc.touchpoints[b!.id]!.title).toBe('Theirs too');
    await store.getState().flush();
    expect(persist.mock.calls[0]![0][0]!.row).toMatchObject({ title: 'Mine' });
    store.dispose();
  });
});
