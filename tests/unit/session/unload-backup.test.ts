/**
 * A page closed or reloaded right after an edit: its write to IndexedDB is dropped with the page,
 * so the unsaved rows are copied to localStorage as it goes, and the next opening writes back
 * what nobody changed since. Here a window's write never lands (as when its page is gone), its
 * copy is kept, and a second window's modules open the journey after it.
 */
import { describe, expect, it } from 'vitest';
import { deleteItems, updateTouchpoint } from '../../../renderer/src/session/edits';
import type { BackupStorage } from '../../../renderer/src/session/unload-backup';
import type { Touchpoint } from '../../../renderer/src/domain/model';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';
import { windowModules } from './window-modules';

/** localStorage as a map; `full` makes every write fail as a full storage does. */
function memoryStorage(full = false): BackupStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
  };
}

async function storedJourney() {
  const doc = smallJourney();
  const { storage, db } = await windowModules();
  await storage.createJourneyFromDocument(db, doc);
  db.close();
  return doc;
}

/** A window whose writes never land: its page went away with them. */
async function closingWindow(journeyId: string) {
  const modules = await windowModules();
  const read = (await modules.storage.getJourneyForEditing(modules.db, journeyId as never))!;
  const store = modules.createEditorStore(read.document, { persist: () => new Promise(() => undefined) });
  const backup = await import('../../../renderer/src/session/unload-backup');
  return { store, generation: read.generation, backup, close: () => modules.db.close() };
}

/** A window opening the journey afterwards: writes back, then reads what is stored. */
async function reopen(journeyId: string, storage: BackupStorage) {
  const modules = await windowModules();
  const { writeBackUnsaved } = await import('../../../renderer/src/session/unload-backup');
  try {
    const result = await writeBackUnsaved(modules.db, storage, journeyId as never);
    const stored = (await modules.storage.getJourneyDocument(modules.db, journeyId as never))!;
    return { result, stored };
  } finally {
    modules.db.close();
  }
}

/** Another window, opened after the page went away, saves a change to one card. */
async function saveElsewhere(journeyId: string, id: string, patch: Partial<Touchpoint>) {
  const other = await windowModules();
  const read = (await other.storage.getJourneyForEditing(other.db, journeyId as never))!;
  const persister = other.persistence.createPersister(other.db, read.document.journey.id, read.generation);
  const changed = { ...read.document.touchpoints.find((t) => t.id === id)!, ...patch };
  await persister.persist([{ table: 'touchpoints', id, row: changed }]);
  persister.close();
  other.db.close();
}

const titleOf = (doc: { touchpoints: { id: string; title: string }[] }, id: string) =>
  doc.touchpoints.find((t) => t.id === id)?.title;

describe('unsaved edits of a page that went away', { timeout: 30_000 }, () => {
  it('are written back at the next opening, and the copy is forgotten', async () => {
    const doc = await storedJourney();
    const [first, second] = doc.touchpoints;
    const w = await closingWindow(doc.journey.id);
    const s = w.store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first!.id, { title: TAMIL[0]! }));
    s.run('Delete', deleteItems(w.store.getState().doc, [second!.id]));
    // The page goes: the save starts (and never lands), the copy is written synchronously.
    void w.store.getState().flush();
    const storage = memoryStorage();
    expect(w.backup.keepUnsaved(storage, doc.journey.id, w.generation, w.store.unsaved())).toBe(true);
    w.close();
    expect(storage.items.size).toBe(1);

    const { result, stored } = await reopen(doc.journey.id, storage);
    expect(titleOf(stored, first!.id)).toBe(TAMIL[0]);
    expect(stored.touchpoints.some((t) => t.id === second!.id)).toBe(false);
    expect(result).toEqual({ written: expect.any(Number), overtaken: 0 });
    expect(result!.written).toBeGreaterThanOrEqual(2);
    expect(storage.items.size).toBe(0);
    // Nothing left to write back the next time.
    expect((await reopen(doc.journey.id, storage)).result).toBeNull();
  });

  it('keeps what another window changed since, and still writes back the rest', async () => {
    const doc = await storedJourney();
    const [first, second] = doc.touchpoints;
    const w = await closingWindow(doc.journey.id);
    const s = w.store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first!.id, { title: TELUGU[0]! }));
    s.run('Rename', updateTouchpoint(w.store.getState().doc, second!.id, { title: MALAYALAM[0]! }));
    const storage = memoryStorage();
    w.backup.keepUnsaved(storage, doc.journey.id, w.generation, w.store.unsaved());
    w.close();

    // Another window saves the first card after the page went away.
    await saveElsewhere(doc.journey.id, first!.id, { title: ARMENIAN[0]! });

    const { result, stored } = await reopen(doc.journey.id, storage);
    expect(result).toEqual({ written: 1, overtaken: 1 });
    expect(titleOf(stored, first!.id)).toBe(ARMENIAN[0]);
    expect(titleOf(stored, second!.id)).toBe(MALAYALAM[0]);
  });

  it('merges a card another window changed since: its field and the copy’s other fields both kept', async () => {
    const doc = await storedJourney();
    const first = doc.touchpoints[0]!;
    const w = await closingWindow(doc.journey.id);
    const s = w.store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first.id, { title: TELUGU[0]! }));
    const storage = memoryStorage();
    w.backup.keepUnsaved(storage, doc.journey.id, w.generation, w.store.unsaved());
    w.close();

    // Another window changes the same card's thoughts (not its title) after the page went away.
    await saveElsewhere(doc.journey.id, first.id, { thoughts: ARMENIAN[1]! });

    const { result, stored } = await reopen(doc.journey.id, storage);
    expect(result).toEqual({ written: 1, overtaken: 0 });
    const card = stored.touchpoints.find((t) => t.id === first.id)!;
    expect(card.title).toBe(TELUGU[0]);
    expect(card.thoughts).toBe(ARMENIAN[1]);
  });

  it('writes nothing over a journey replaced since (a file opened over it), and forgets the copy', async () => {
    const doc = await storedJourney();
    const first = doc.touchpoints[0]!;
    const w = await closingWindow(doc.journey.id);
    const s = w.store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first.id, { title: TAMIL[1]! }));
    const storage = memoryStorage();
    w.backup.keepUnsaved(storage, doc.journey.id, w.generation, w.store.unsaved());
    w.close();

    const other = await windowModules();
    await other.storage.replaceJourneyDocument(other.db, { ...doc, journey: { ...doc.journey, title: ARMENIAN[1]! } });
    other.db.close();

    const { result, stored } = await reopen(doc.journey.id, storage);
    expect(result).toBeNull();
    expect(titleOf(stored, first.id)).toBe(first.title);
    expect(stored.journey.title).toBe(ARMENIAN[1]);
    expect(storage.items.size).toBe(0);
  });

  it('ignores a damaged copy or rows of another journey, and says false when storage is full', async () => {
    const doc = await storedJourney();
    const first = doc.touchpoints[0]!;
    const storage = memoryStorage();
    storage.setItem(`waymark.unsaved.${doc.journey.id}.aaaa`, '{"version":1,"rows":[');
    const foreign = { ...first, title: TELUGU[2]!, journeyId: 'jrn_someone_else' };
    storage.setItem(
      `waymark.unsaved.${doc.journey.id}.bbbb`,
      JSON.stringify({
        version: 1,
        journeyId: doc.journey.id,
        at: 1,
        rows: [{ table: 'touchpoints', id: first.id, row: foreign, base: first }],
      }),
    );
    const { result, stored } = await reopen(doc.journey.id, storage);
    expect(result).toBeNull();
    expect(titleOf(stored, first.id)).toBe(first.title);
    expect(storage.items.size).toBe(0);

    const w = await closingWindow(doc.journey.id);
    const s = w.store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first.id, { title: TAMIL[2]! }));
    expect(w.backup.keepUnsaved(memoryStorage(true), doc.journey.id, w.generation, w.store.unsaved())).toBe(false);
    w.close();
  });
});

describe('copies of journeys deleted for good', { timeout: 30_000 }, () => {
  /** A stored journey with a real copy of an unsaved rename in `storage`, as a page going away leaves it. */
  async function journeyWithCopy(storage: BackupStorage, title: string) {
    const doc = await storedJourney();
    const w = await closingWindow(doc.journey.id);
    const s = w.store.getState();
    s.run('Rename', updateTouchpoint(s.doc, doc.touchpoints[0]!.id, { title }));
    expect(w.backup.keepUnsaved(storage, doc.journey.id, w.generation, w.store.unsaved())).toBe(true);
    w.close();
    return doc.journey.id;
  }

  it('are forgotten; copies of stored journeys, in the trash too, and other keys are kept', async () => {
    const storage = memoryStorage();
    const kept = await journeyWithCopy(storage, TAMIL[0]!);
    const trashed = await journeyWithCopy(storage, TELUGU[0]!);
    const purged = await journeyWithCopy(storage, MALAYALAM[0]!);
    const emptied = await journeyWithCopy(storage, ARMENIAN[0]!);
    storage.setItem('waymark.language', 'ta');
    storage.setItem('waymark.unsaved.', 'no journey id');

    const modules = await windowModules();
    await modules.storage.moveToTrash(modules.db, trashed as never);
    await modules.storage.purgeJourney(modules.db, purged as never);
    await modules.storage.moveToTrash(modules.db, emptied as never);
    const journeyIds = [kept, trashed, purged, emptied];
    // The trash is emptied of `emptied`, which must leave `trashed` in it: put it back for the moment.
    await modules.storage.restoreFromTrash(modules.db, trashed as never);
    await modules.storage.emptyTrash(modules.db);
    await modules.storage.moveToTrash(modules.db, trashed as never);
    const { forgetOrphanedCopies } = await import('../../../renderer/src/session/unload-backup');
    try {
      expect(await forgetOrphanedCopies(modules.db, storage)).toBe(2);
    } finally {
      modules.db.close();
    }
    const left = [...storage.items.keys()];
    expect(journeyIds.filter((id) => left.some((k) => k.startsWith(`waymark.unsaved.${id}.`)))).toEqual([
      kept,
      trashed,
    ]);
    expect(storage.getItem('waymark.language')).toBe('ta');
    expect(storage.getItem('waymark.unsaved.')).toBe('no journey id');

    // The copy of the journey in the trash is still written back when it is restored and opened.
    const { result, stored } = await reopen(trashed, storage);
    expect(result?.written).toBeGreaterThanOrEqual(1);
    expect(stored.touchpoints.some((t) => t.title === TELUGU[0])).toBe(true);
  });
});
