/**
 * A journey emptied from the trash in one window while another window shows
 * it: before, the other window's autosave failed ("no longer stored") and
 * tried again every 3 s for as long as the window stayed open. Now the window
 * learns the journey is gone (the library's word, or its own save finding no
 * journey row), stops writing and retrying, and keeps every edit in memory.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import type { EditorStore, PersistRow } from '../../../renderer/src/session/store';
import { StorageError } from '../../../renderer/src/storage';
import { TAMIL, TELUGU } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';
import { eventually, windowModules } from './window-modules';

const GONE = 'This journey was deleted in another window.';

/** A window showing the journey, wired as EditorScreen wires it; `persist` counts its writes. */
async function openWindow(journeyId: string) {
  const { persistence, storage, createEditorStore, db } = await windowModules();
  const read = (await storage.getJourneyForEditing(db, journeyId as never))!;
  const persister = persistence.createPersister(db, read.document.journey.id, read.generation);
  const persist = vi.fn((rows: PersistRow[]) => persister.persist(rows));
  const store = createEditorStore(read.document, { persist, debounceMs: 3_600_000 });
  let told = 0;
  const off = persister.onDeleted(() => {
    told += 1;
    store.stopSaving(GONE);
  });
  return {
    store,
    persist,
    told: () => told,
    close() {
      off();
      store.dispose();
      persister.close();
      db.close();
    },
  };
}

/** Typed in the title field: written at the autosave's pace (here, not before the window's flush). */
function rename(store: EditorStore, id: string, title: string) {
  const s = store.getState();
  s.run('Rename', updateTouchpoint(s.doc, id, { title }), { coalesceKey: `title:${id}` });
}

afterEach(() => vi.useRealTimers());

describe('a journey deleted for good while another window shows it', { timeout: 30_000 }, () => {
  it('the library’s word stops the other window’s saving; its unsaved edit stays on its map', async () => {
    const doc = smallJourney();
    const library = await windowModules();
    await library.storage.createJourneyFromDocument(library.db, doc);
    const tp = doc.touchpoints[0]!;
    const open = await openWindow(doc.journey.id);
    try {
      rename(open.store, tp.id, TAMIL[0]);
      expect(open.store.getState().save.status).toBe('saving');

      // The library window empties the trash and says so (library/actions.ts).
      await library.storage.moveToTrash(library.db, doc.journey.id);
      const purged: string[] = [];
      await library.storage.emptyTrash(library.db, { purged: purged as never[] });
      expect(purged).toEqual([doc.journey.id]);
      library.persistence.announceDeleted(purged as never[]);
      await eventually(() => expect(open.told()).toBe(1));

      expect(open.store.getState().save).toEqual({ status: 'error', message: GONE });
      expect(open.store.getState().doc.touchpoints[tp.id]!.title).toBe(TAMIL[0]);
      // Nothing is written any more, and nothing claims to be saved.
      await open.store.getState().flush();
      expect(await open.store.getState().saved()).toBe(false);
      rename(open.store, tp.id, TELUGU[0]);
      expect(open.store.getState().save).toEqual({ status: 'error', message: GONE });
      await open.store.getState().flush();
      expect(open.persist).not.toHaveBeenCalled();
      expect(open.store.getState().doc.touchpoints[tp.id]!.title).toBe(TELUGU[0]);
      // The journey is not brought back by anything this window does.
      expect(await library.storage.getJourneyDocument(library.db, doc.journey.id)).toBeNull();
    } finally {
      open.close();
      library.db.close();
    }
  });

  it('without that word, the first save that finds no journey row stops the retries', async () => {
    const doc = smallJourney();
    const library = await windowModules();
    await library.storage.createJourneyFromDocument(library.db, doc);
    const tp = doc.touchpoints[1]!;
    const open = await openWindow(doc.journey.id);
    try {
      // Deleted with no word to this window (a window of an older version, a closed channel).
      await library.storage.purgeJourney(library.db, doc.journey.id);
      rename(open.store, tp.id, TAMIL[1]);
      await open.store.getState().flush();
      expect(open.persist).toHaveBeenCalledTimes(1);
      await expect(open.persist.mock.results[0]!.value).rejects.toMatchObject({ code: 'not-found' });
      expect(open.told()).toBe(1);
      expect(open.store.getState().save).toEqual({ status: 'error', message: GONE });

      // Only the 3 s retry timer would write again: over a minute, it never does.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(open.persist).toHaveBeenCalledTimes(1);
      expect(open.store.getState().doc.touchpoints[tp.id]!.title).toBe(TAMIL[1]);
    } finally {
      vi.useRealTimers();
      open.close();
      library.db.close();
    }
  });

  it('a save failing for another reason is still retried every 3 s; word of the deletion mid-write ends the retries', async () => {
    const doc = smallJourney();
    const { createEditorStore } = await windowModules();
    vi.useFakeTimers();
    let release: () => void = () => undefined;
    const persist = vi.fn(
      (_rows: PersistRow[]) =>
        new Promise<void>((_resolve, reject) => {
          release = () => reject(new StorageError('quota'));
          setTimeout(release, 10);
        }),
    );
    const store = createEditorStore(doc, { persist });
    rename(store, doc.touchpoints[0]!.id, TAMIL[2]);
    await vi.advanceTimersByTimeAsync(410);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(store.getState().save.status).toBe('error');
    await vi.advanceTimersByTimeAsync(3010 * 3);
    expect(persist).toHaveBeenCalledTimes(4);

    // The word arrives while the next retry's write is under way; that write then fails too.
    await vi.advanceTimersByTimeAsync(3000);
    expect(persist).toHaveBeenCalledTimes(5);
    store.stopSaving(GONE);
    await vi.advanceTimersByTimeAsync(10);
    expect(store.getState().save).toEqual({ status: 'error', message: GONE });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(persist).toHaveBeenCalledTimes(5);
    expect(store.getState().doc.touchpoints[doc.touchpoints[0]!.id]!.title).toBe(TAMIL[2]);
    store.dispose();
  });
});
