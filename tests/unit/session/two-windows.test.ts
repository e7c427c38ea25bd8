/**
 * Two windows on one journey, each with its own database connection and its
 * own window id on the BroadcastChannel (its own copy of the modules, as two
 * Electron windows have), wired as EditorScreen wires them. Sequences the
 * model-based autosave test does not reach: an edit arriving while the other
 * window is in the middle of typing in the same item, or while its save of
 * that item is being written.
 */
import { describe, expect, it } from 'vitest';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { deleteItems, updateJourney, updateTouchpoint } from '../../../renderer/src/session/edits';
import type { PersistRow } from '../../../renderer/src/session/store';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { painPoint, smallJourney } from '../editor/fixtures';
import { eventually, settle, windowModules } from './window-modules';

/**
 * A window showing the journey. `gate` (when given) holds each save until the test releases it,
 * to let another window's message arrive while this one's write is under way.
 */
async function openWindow(
  journeyId: string,
  gate?: () => Promise<void>,
  /** Runs after this window read the journey and before it listens to other windows (as it renders). */
  whileRendering?: () => Promise<void>,
) {
  const { persistence, storage, createEditorStore, db } = await windowModules();
  const read = await storage.getJourneyForEditing(db, journeyId as never);
  if (!read) throw new Error('journey missing');
  await whileRendering?.();
  const persister = persistence.createPersister(db, read.document.journey.id, read.generation, read.document);
  const persist = async (rows: PersistRow[]) => {
    await gate?.();
    return persister.persist(rows);
  };
  const store = createEditorStore(read.document, { persist, debounceMs: 3_600_000 });
  const kept: string[][] = [];
  let trashedNotices = 0;
  let untrashed = 0;
  const restored: string[] = [];
  const deleted: string[] = [];
  // As EditorScreen takes them (it toasts for each `kept` and `trashed`).
  const off = persister.onRemote((rows, savedAt) => {
    const taken = persistence.takeRemoteRows(store, rows, savedAt);
    if (taken.kept.length) kept.push(taken.kept);
    if (taken.trashed) trashedNotices += 1;
    if (taken.untrashed) untrashed += 1;
    restored.push(...taken.restored);
    deleted.push(...taken.deleted);
  });
  return {
    store,
    kept,
    trashedNotices: () => trashedNotices,
    untrashed: () => untrashed,
    restored,
    deleted,
    read: () => storage.getJourneyDocument(db, journeyId as never),
    close() {
      off();
      store.dispose();
      persister.close();
      db.close();
    },
  };
}

async function storedJourney(doc: JourneyDocument) {
  const { storage, db } = await windowModules();
  await storage.createJourneyFromDocument(db, doc);
  db.close();
  return doc.journey.id;
}

/** Two windows on a stored copy of `doc`, closed whatever `run` does. */
async function inTwoWindows(
  doc: JourneyDocument,
  run: (a: Awaited<ReturnType<typeof openWindow>>, b: Awaited<ReturnType<typeof openWindow>>) => Promise<void>,
) {
  const id = await storedJourney(doc);
  const a = await openWindow(id);
  const b = await openWindow(id);
  try {
    await run(a, b);
  } finally {
    a.close();
    b.close();
  }
}

// Each window loads its own copy of the modules: seconds on a busy machine.
describe('two windows on one journey', { timeout: 30_000 }, () => {
  it('an edit of another field of the item this window is typing in arrives, and neither is lost', async () => {
    const doc = smallJourney();
    const id = await storedJourney(doc);
    const tp = doc.touchpoints[0]!;
    const a = await openWindow(id);
    const b = await openWindow(id);
    try {
      // B is typing the touchpoint's title (not saved yet); A sets its emotion and saves.
      let s = b.store.getState();
      s.run('Title', updateTouchpoint(s.doc, tp.id, { title: TAMIL[0] }), { coalesceKey: `title:${tp.id}` });
      s = a.store.getState();
      s.run('Emotion', updateTouchpoint(s.doc, tp.id, { emotion: -3 }));
      await a.store.getState().flush();

      // B keeps its typing and shows A's emotion; nothing was in conflict, so nothing is reported.
      await eventually(() =>
        expect(b.store.getState().doc.touchpoints[tp.id]).toMatchObject({ title: TAMIL[0], emotion: -3 }),
      );
      expect(b.kept).toEqual([]);
      await b.store.getState().flush();
      const stored = (await b.read())!.touchpoints.find((t) => t.id === tp.id);
      expect(stored).toMatchObject({ title: TAMIL[0], emotion: -3 });
      await eventually(() =>
        expect(a.store.getState().doc.touchpoints[tp.id]).toMatchObject({ title: TAMIL[0], emotion: -3 }),
      );
      expect(a.store.getState().save.status).toBe('saved');
      expect(b.store.getState().save.status).toBe('saved');
    } finally {
      a.close();
      b.close();
    }
  });

  it('the same field typed in both: this window’s text is kept, saved and reported; the other window then shows it', async () => {
    const doc = smallJourney();
    const id = await storedJourney(doc);
    const tp = doc.touchpoints[1]!;
    const a = await openWindow(id);
    const b = await openWindow(id);
    try {
      let s = b.store.getState();
      s.run('Title', updateTouchpoint(s.doc, tp.id, { title: ARMENIAN[0] }), { coalesceKey: `typing:${tp.id}` });
      s = a.store.getState();
      s.run('Title', updateTouchpoint(s.doc, tp.id, { title: TELUGU[0], emotion: 3 }), {
        coalesceKey: `typing:${tp.id}`,
      });
      await a.store.getState().flush();
      await eventually(() => expect(b.kept).toEqual([[tp.id]]));
      expect(b.store.getState().doc.touchpoints[tp.id]).toMatchObject({ title: ARMENIAN[0], emotion: 3 });
      await b.store.getState().flush();
      expect((await a.read())!.touchpoints.find((t) => t.id === tp.id)).toMatchObject({
        title: ARMENIAN[0],
        emotion: 3,
      });
      await eventually(() =>
        expect(a.store.getState().doc.touchpoints[tp.id]).toMatchObject({ title: ARMENIAN[0], emotion: 3 }),
      );
    } finally {
      a.close();
      b.close();
    }
  });

  it('the same text typed in both, in different places of it: both windows’ words are kept, nothing to report', async () => {
    const doc = smallJourney();
    const tp = doc.touchpoints[2]!;
    tp.thoughts = 'I want it today';
    await inTwoWindows(doc, async (a, b) => {
      // B adds words at the end (not saved yet); A adds some at the start and saves.
      let s = b.store.getState();
      s.run('Thoughts', updateTouchpoint(s.doc, tp.id, { thoughts: `I want it today ${TAMIL[1]}` }));
      s = a.store.getState();
      s.run('Thoughts', updateTouchpoint(s.doc, tp.id, { thoughts: `${MALAYALAM[1]} I want it today` }));
      await a.store.getState().flush();
      const both = `${MALAYALAM[1]} I want it today ${TAMIL[1]}`;
      await eventually(() => expect(b.store.getState().doc.touchpoints[tp.id]!.thoughts).toBe(both));
      expect(b.kept).toEqual([]);
      await b.store.getState().flush();
      expect((await a.read())!.touchpoints.find((t) => t.id === tp.id)!.thoughts).toBe(both);
      await eventually(() => expect(a.store.getState().doc.touchpoints[tp.id]!.thoughts).toBe(both));
    });
  });

  it('a pain point added in each window to one card, and a tag removed in one: both pain points and the removal kept, nothing to report', async () => {
    const doc = smallJourney();
    const tp = doc.touchpoints[1]!;
    const pain = (id: string, text: string) => painPoint(text, id);
    tp.painPoints = [pain('pain:first', ARMENIAN[0]!)];
    tp.tags = ['queue', 'price'];
    await inTwoWindows(doc, async (a, b) => {
      // B adds one as it is typed (not saved yet); A adds another, drops a tag and saves.
      let s = b.store.getState();
      s.run(
        'Pain point',
        updateTouchpoint(s.doc, tp.id, { painPoints: [...tp.painPoints, pain('pain:b', TELUGU[2]!)] }),
        { coalesceKey: `pain:${tp.id}` },
      );
      s = a.store.getState();
      s.run(
        'Pain point',
        updateTouchpoint(s.doc, tp.id, { painPoints: [...tp.painPoints, pain('pain:a', TAMIL[2]!)], tags: ['price'] }),
        { coalesceKey: `pain:${tp.id}` },
      );
      await a.store.getState().flush();
      const both = [tp.painPoints[0]!.text, TAMIL[2], TELUGU[2]];
      const texts = (w: typeof a) => w.store.getState().doc.touchpoints[tp.id]!.painPoints.map((p) => p.text);
      await eventually(() => expect(texts(b)).toEqual(both));
      expect(b.store.getState().doc.touchpoints[tp.id]!.tags).toEqual(['price']);
      expect(b.kept).toEqual([]);
      await b.store.getState().flush();
      const stored = (await a.read())!.touchpoints.find((t) => t.id === tp.id)!;
      expect(stored.painPoints.map((p) => p.text)).toEqual(both);
      expect(stored.tags).toEqual(['price']);
      await eventually(() => expect(texts(a)).toEqual(both));
    });
  });

  it('an edit arriving while this window’s save of the same item is being written: both screens and storage end equal, nothing lost', async () => {
    const doc = smallJourney();
    const id = await storedJourney(doc);
    const tp = doc.touchpoints[2]!;
    let release: () => void = () => undefined;
    let held = true;
    const gate = () => (held ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve());
    const a = await openWindow(id);
    const b = await openWindow(id, gate);
    try {
      // B's save of its typing starts and is held before it writes.
      let s = b.store.getState();
      s.run('Title', updateTouchpoint(s.doc, tp.id, { title: TAMIL[1] }), { coalesceKey: `typing:${tp.id}` });
      const writing = b.store.getState().flush();
      await settle();
      // Meanwhile A changes the emotion of the same touchpoint and saves; B hears it mid-write.
      s = a.store.getState();
      s.run('Emotion', updateTouchpoint(s.doc, tp.id, { emotion: -2 }));
      await a.store.getState().flush();
      // B still shows what it typed (A's save waits for B's write, which storage merges into
      // whichever of the two lands second: the later one is the row to show).
      await settle();
      expect(b.store.getState().doc.touchpoints[tp.id]).toMatchObject({ title: TAMIL[1] });
      // B's held write lands after A's, merged with it: B shows both, and A hears it.
      held = false;
      release();
      await writing;
      expect(b.store.getState().doc.touchpoints[tp.id]).toMatchObject({ title: TAMIL[1], emotion: -2 });
      await b.store.getState().flush();
      await settle();
      await a.store.getState().flush();
      await eventually(async () => {
        const stored = (await a.read())!.touchpoints.find((t) => t.id === tp.id);
        expect(stored).toMatchObject({ title: TAMIL[1], emotion: -2 });
        expect(a.store.getState().doc.touchpoints[tp.id]).toEqual(stored);
        expect(b.store.getState().doc.touchpoints[tp.id]).toEqual(stored);
      });
    } finally {
      a.close();
      b.close();
    }
  });

  it('renamed or trashed from the library of another window: the open map shows it (and says so when trashed), and its own save does not put the old title back', async () => {
    const doc = smallJourney();
    const id = await storedJourney(doc);
    const b = await openWindow(id);
    // The library in another window: its own modules and connection.
    const library = await windowModules();
    const actions = await import('../../../renderer/src/library/actions');
    const summary = async () => (await library.storage.listJourneys(library.db)).find((s) => s.journey.id === id)!;
    try {
      // B is typing the journey's description when the library renames the journey.
      const s = b.store.getState();
      s.run('Description', updateJourney(s.doc, { description: MALAYALAM[0] }));
      await actions.renameJourneyTo(library.db, await summary(), TELUGU[1]);
      await eventually(() =>
        expect(b.store.getState().doc.journey).toMatchObject({ title: TELUGU[1], description: MALAYALAM[0] }),
      );
      await b.store.getState().flush();
      expect((await b.read())!.journey).toMatchObject({ title: TELUGU[1], description: MALAYALAM[0] });

      // Moved to the trash there: the open map knows it (and its saves leave it in the trash).
      await actions.trashJourney(library.db, await summary());
      await eventually(() => expect(b.store.getState().doc.journey.deletedAt).not.toBeNull());
      await eventually(() => expect(b.trashedNotices()).toBe(1));
      const t = b.store.getState();
      t.run('Title', updateJourney(t.doc, { title: ARMENIAN[1] }));
      await b.store.getState().flush();
      expect((await b.read())!.journey).toMatchObject({ title: ARMENIAN[1], description: MALAYALAM[0] });
      expect((await b.read())!.journey.deletedAt).not.toBeNull();
      await actions.restoreJourney(library.db, id as never);
      await eventually(() => expect(b.store.getState().doc.journey.deletedAt).toBeNull());
      expect(b.trashedNotices()).toBe(1);
      // …and knows it is back (so its "moved to the trash" notice, whose advice no longer holds, goes).
      await eventually(() => expect(b.untrashed()).toBe(1));
    } finally {
      b.close();
      library.db.close();
    }
  });

  it('an item deleted in one window while the other is still typing in it: the typing is kept, and the deleting window is told it is back', async () => {
    const doc = smallJourney();
    const id = await storedJourney(doc);
    const tp = doc.touchpoints[3]!;
    const a = await openWindow(id);
    const b = await openWindow(id);
    try {
      let s = b.store.getState();
      s.run('Description', updateTouchpoint(s.doc, tp.id, { description: ARMENIAN[2] }), {
        coalesceKey: `typing:${tp.id}`,
      });
      s = a.store.getState();
      s.run('Delete', deleteItems(s.doc, [tp.id]));
      await a.store.getState().flush();
      // B keeps what it typed (told, as for any edit it kept), and saves it.
      await eventually(() => expect(b.kept).toEqual([[tp.id]]));
      await b.store.getState().flush();
      const stored = (await a.read())!.touchpoints.find((t) => t.id === tp.id);
      expect(stored).toMatchObject({ title: tp.title, description: ARMENIAN[2] });
      // A shows it again, and says why, naming it.
      await eventually(() => expect(a.store.getState().doc.touchpoints[tp.id]).toEqual(stored));
      await eventually(() => expect(a.restored).toEqual([tp.title]));
      expect(b.restored).toEqual([]);
    } finally {
      a.close();
      b.close();
    }
  });

  it('an item deleted here, not yet saved, when the other window saves its typing in it: the typing wins, and both windows show it', async () => {
    const doc = smallJourney();
    const tp = doc.touchpoints[3]!;
    await inTwoWindows(doc, async (a, b) => {
      let s = a.store.getState();
      s.run('Delete', deleteItems(s.doc, [tp.id]));
      s = b.store.getState();
      s.run('Description', updateTouchpoint(s.doc, tp.id, { description: TAMIL[2] }), {
        coalesceKey: `typing:${tp.id}`,
      });
      // B's typing is saved while A's delete still waits for its save.
      await b.store.getState().flush();
      await eventually(() => expect(a.restored).toEqual([tp.title]));
      await a.store.getState().flush();
      await settle();
      const stored = (await a.read())!.touchpoints.find((t) => t.id === tp.id);
      expect(stored).toMatchObject({ title: tp.title, description: TAMIL[2] });
      // "It is back on the map", as A is told, and no "your version here is kept" beside it.
      expect(a.store.getState().doc.touchpoints[tp.id]).toMatchObject({ description: TAMIL[2] });
      expect(a.kept).toEqual([]);
      await eventually(() =>
        expect(b.store.getState().doc.touchpoints[tp.id]).toMatchObject({ description: TAMIL[2] }),
      );
    });
  });

  it('an item selected here and deleted in the other window: gone here too, and this window is told which', async () => {
    const doc = smallJourney();
    const [selected, other] = [doc.touchpoints[2]!, doc.touchpoints[4]!];
    await inTwoWindows(doc, async (a, b) => {
      b.store.getState().setSelection([selected.id]);
      const s = a.store.getState();
      s.run('Delete', deleteItems(s.doc, [selected.id, other.id]));
      await a.store.getState().flush();
      await eventually(() => expect(b.store.getState().doc.touchpoints[selected.id]).toBeUndefined());
      // Only the one B had open is named: the other went unseen.
      expect(b.deleted).toEqual([selected.title]);
      expect(a.deleted).toEqual([]);
    });
  });

  it('an edit saved by another window while this one was opening (read, not yet listening) is taken in, not written over', async () => {
    const doc = smallJourney();
    const id = await storedJourney(doc);
    const tp = doc.touchpoints[2]!;
    const gone = doc.notes[0];
    const a = await openWindow(id);
    let b: Awaited<ReturnType<typeof openWindow>> | undefined;
    try {
      b = await openWindow(id, undefined, async () => {
        // A renames the card (and deletes a note, if any) and saves while B is still rendering the map.
        let s = a.store.getState();
        s.run('Title', updateTouchpoint(s.doc, tp.id, { title: TELUGU[1] }), { coalesceKey: `typing:${tp.id}` });
        if (gone) {
          s = a.store.getState();
          s.run('Delete', deleteItems(s.doc, [gone.id]));
        }
        await a.store.getState().flush();
        await settle();
      });
      // B shows A's title, then edits another field of the same card and saves.
      await eventually(() => expect(b!.store.getState().doc.touchpoints[tp.id]?.title).toBe(TELUGU[1]));
      if (gone) await eventually(() => expect(b!.store.getState().doc.notes[gone.id]).toBeUndefined());
      const s = b.store.getState();
      s.run('Description', updateTouchpoint(s.doc, tp.id, { description: MALAYALAM[3] }), {
        coalesceKey: `typing:${tp.id}`,
      });
      await b.store.getState().flush();
      const stored = (await a.read())!.touchpoints.find((t) => t.id === tp.id);
      expect(stored).toMatchObject({ title: TELUGU[1], description: MALAYALAM[3] });
      await eventually(() =>
        expect(a.store.getState().doc.touchpoints[tp.id]).toMatchObject({
          title: TELUGU[1],
          description: MALAYALAM[3],
        }),
      );
      expect(b.kept).toEqual([]);
    } finally {
      a.close();
      b?.close();
    }
  });
});
