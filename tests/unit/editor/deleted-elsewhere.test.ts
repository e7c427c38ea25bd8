/**
 * The editor's answer to its journey being deleted for good in another window:
 * the store stops saving once (however many times the word comes), and the map
 * as the window shows it, unsaved edits included, is kept as a new journey.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId, type JourneyId } from '../../../renderer/src/domain/ids';
import type { BlobRecord } from '../../../renderer/src/domain/model';
import { saveAsNewJourney, savedAsNewText, stopWhenDeleted } from '../../../renderer/src/editor/deleted-elsewhere';
import { keepPhoto, keptPhoto, watchPhotos } from '../../../renderer/src/editor/kept-photos';
import { updatePersona, updateTouchpoint } from '../../../renderer/src/session/edits';
import { createPersister } from '../../../renderer/src/session/persistence';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import {
  createJourneyFromDocument,
  getBlob,
  getJourneyDocument,
  getJourneyForEditing,
  listJourneys,
  moveToTrash,
  purgeJourney,
  sha256Hex,
  WaymarkDB,
} from '../../../renderer/src/storage';
import { journey } from '../../fixtures/journey-builder';
import { MALAYALAM } from '../../fixtures/seed-text';

let db: WaymarkDB;
let store: EditorStore;
let persister: ReturnType<typeof createPersister>;

beforeEach(async () => {
  db = new WaymarkDB(`deleted-elsewhere-${Math.random()}`);
  const b = journey('Renewals');
  const [discover, buy] = b.stages('Discover', 'Buy');
  b.chain(b.touchpoint(discover, { title: 'Advert' }), b.touchpoint(buy, { title: 'Checkout' }));
  b.persona('Priya', true, { photoBlobId: newId('blob') });
  b.note('Ask the call centre');
  const doc = b.build();
  await createJourneyFromDocument(db, doc);
  const read = (await getJourneyForEditing(db, doc.journey.id))!;
  persister = createPersister(db, doc.journey.id, read.generation);
  store = createEditorStore(read.document, { persist: persister.persist, debounceMs: 3_600_000 });
});

afterEach(async () => {
  store.dispose();
  persister.close();
  db.close();
  await db.delete();
});

describe('a journey deleted in another window', () => {
  it('stops saving once, with the sentence given, however many times the word comes', async () => {
    const tell = vi.fn();
    const off = stopWhenDeleted(store, persister.onDeleted, () => 'Deleted elsewhere.', tell);
    const { id } = store.getState().doc.journey;
    await moveToTrash(db, id);
    await purgeJourney(db, id);
    const tp = Object.values(store.getState().doc.touchpoints)[0]!;
    const s = store.getState();
    s.run('Rename', updateTouchpoint(s.doc, tp.id, { title: MALAYALAM[0] }));
    // The save finds no journey row, twice.
    await store.getState().flush();
    await store.getState().flush();
    expect(tell).toHaveBeenCalledTimes(1);
    expect(store.getState().save).toEqual({ status: 'error', message: 'Deleted elsewhere.' });
    off();
  });

  it('keeps the map as shown, unsaved edit included, as a new journey out of the trash', async () => {
    const { id } = store.getState().doc.journey;
    await moveToTrash(db, id);
    // As this window heard it: the journey row in the trash.
    const s0 = store.getState();
    s0.applyRemote([
      { table: 'journeys', id, before: s0.doc.journey, after: { ...s0.doc.journey, deletedAt: Date.now() } },
    ]);
    await purgeJourney(db, id);
    const tp = Object.values(store.getState().doc.touchpoints).find((t) => t.title === 'Checkout')!;
    const s = store.getState();
    s.run('Rename', updateTouchpoint(s.doc, tp.id, { title: MALAYALAM[1] }));
    store.stopSaving('Deleted elsewhere.');

    const { journey: copy, photosLost } = await saveAsNewJourney(db, store);
    expect(copy.id).not.toBe(id);
    expect(copy.title).toBe('Renewals');
    const stored = (await getJourneyDocument(db, copy.id))!;
    expect(stored.journey.deletedAt).toBeNull();
    expect(stored.touchpoints.map((t) => t.title).sort()).toEqual(['Advert', MALAYALAM[1]].sort());
    expect(stored.touchpoints.every((t) => t.id !== tp.id)).toBe(true);
    expect(stored.connections).toHaveLength(1);
    expect(stored.notes.map((n) => n.text)).toEqual(['Ask the call centre']);
    // The photo was deleted with the journey: the persona stays, without it.
    expect(stored.personas.map((p) => [p.name, p.photoBlobId])).toEqual([['Priya', null]]);
    expect(photosLost).toBe(1);
    expect((await listJourneys(db)).map((j) => j.journey.id)).toEqual([copy.id]);
  });
});

describe('persona photos when the journey is saved as a new one', () => {
  // Two photos with bytes of their own (a PNG and a JPEG signature, then a pattern).
  const bytesOf = (head: number[], length: number) =>
    Uint8Array.from({ length }, (_, i) => (i < head.length ? head[i]! : (i * 7) % 251));
  const PNG = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 4_000);
  const JPEG = bytesOf([0xff, 0xd8, 0xff, 0xe0], 6_000);
  let photoStore: EditorStore;
  let photoPersister: ReturnType<typeof createPersister>;

  /** The journey "Lounge" with Priya (PNG) and Arjun (JPEG), stored with their photos and opened in a store. */
  async function openWithPhotos() {
    const b = journey('Lounge');
    b.stages('Arrive');
    const records: BlobRecord[] = [];
    for (const [bytes, type] of [
      [PNG, 'image/png'],
      [JPEG, 'image/jpeg'],
    ] as const) {
      records.push({
        id: newId('blob'),
        journeyId: b.build().journey.id,
        type,
        data: new Blob([bytes], { type }),
        hash: await sha256Hex(bytes.slice().buffer),
      });
    }
    b.persona('Priya', true, { photoBlobId: records[0]!.id });
    b.persona('Arjun', true, { photoBlobId: records[1]!.id });
    const doc = b.build();
    await createJourneyFromDocument(db, doc, records);
    const read = (await getJourneyForEditing(db, doc.journey.id))!;
    photoPersister = createPersister(db, doc.journey.id, read.generation);
    photoStore = createEditorStore(read.document, { persist: photoPersister.persist, debounceMs: 3_600_000 });
    return { id: doc.journey.id, records };
  }

  /** Empties it from the trash, as another window does: its rows and photos are gone. */
  async function deleteForGood(id: JourneyId) {
    await moveToTrash(db, id);
    await purgeJourney(db, id);
    expect(await db.blobs.count()).toBe(0);
    photoStore.stopSaving('Deleted elsewhere.');
  }

  afterEach(() => {
    photoStore.dispose();
    photoPersister.close();
  });

  it('stores the photos this window holds as photos of the copy, with the same bytes', async () => {
    const { id, records } = await openWithPhotos();
    const watch = watchPhotos(db, photoStore);
    await watch.ready();
    await deleteForGood(id);

    const saved = await saveAsNewJourney(db, photoStore);
    watch.stop();
    expect(saved.photosLost).toBe(0);
    expect(savedAsNewText(saved)).toBe('Saved as the new journey “Lounge”.');
    const stored = (await getJourneyDocument(db, saved.journey.id))!;
    const byName = new Map(stored.personas.map((p) => [p.name, p]));
    for (const [name, bytes, original] of [
      ['Priya', PNG, records[0]!],
      ['Arjun', JPEG, records[1]!],
    ] as const) {
      const photoId = byName.get(name)!.photoBlobId!;
      expect(photoId).not.toBe(original.id);
      const blob = (await getBlob(db, photoId))!;
      expect(blob.journeyId).toBe(saved.journey.id);
      expect(blob.type).toBe(original.type);
      expect(blob.hash).toBe(original.hash);
      expect(new Uint8Array(await blob.data.arrayBuffer())).toEqual(bytes);
    }
    expect(await db.blobs.count()).toBe(2);
  });

  it('says in one sentence how many photos it could not keep when this window never held them', async () => {
    const { id } = await openWithPhotos();
    await deleteForGood(id);

    const saved = await saveAsNewJourney(db, photoStore);
    expect(saved.photosLost).toBe(2);
    expect(savedAsNewText(saved)).toBe(
      'Saved as the new journey “Lounge”; 2 persona photos had been deleted with the original and could not be kept.',
    );
    const stored = (await getJourneyDocument(db, saved.journey.id))!;
    expect(stored.personas.map((p) => [p.name, p.photoBlobId]).sort()).toEqual([
      ['Arjun', null],
      ['Priya', null],
    ]);
    expect(await db.blobs.count()).toBe(0);
  });

  it('keeps a photo read for display and counts the one never read', async () => {
    const { id, records } = await openWithPhotos();
    // The personas panel showed Priya's photo only.
    keepPhoto(photoStore, (await getBlob(db, records[0]!.id))!);
    await deleteForGood(id);

    const saved = await saveAsNewJourney(db, photoStore);
    expect(saved.photosLost).toBe(1);
    expect(savedAsNewText(saved)).toBe(
      'Saved as the new journey “Lounge”; 1 persona photo had been deleted with the original and could not be kept.',
    );
    const stored = (await getJourneyDocument(db, saved.journey.id))!;
    const priya = stored.personas.find((p) => p.name === 'Priya')!;
    expect(stored.personas.find((p) => p.name === 'Arjun')!.photoBlobId).toBeNull();
    expect(new Uint8Array(await (await getBlob(db, priya.photoBlobId!))!.data.arrayBuffer())).toEqual(PNG);
  });

  it('holds only the photos the personas use now, and reads one again when an undo brings it back', async () => {
    const { records } = await openWithPhotos();
    const watch = watchPhotos(db, photoStore);
    await watch.ready();
    const priya = Object.values(photoStore.getState().doc.personas).find((p) => p.name === 'Priya')!;
    const s = photoStore.getState();
    s.run('Remove photo', updatePersona(s.doc, priya.id, { photoBlobId: null }));
    expect(keptPhoto(photoStore, records[0]!.id)).toBeUndefined();
    expect(keptPhoto(photoStore, records[1]!.id)?.hash).toBe(records[1]!.hash);
    photoStore.getState().undo();
    await watch.ready();
    expect(keptPhoto(photoStore, records[0]!.id)?.hash).toBe(records[0]!.hash);
    // Another journey's photo is never held for this one.
    const foreign = { ...records[1]!, id: newId('blob'), journeyId: newId('journey') };
    keepPhoto(photoStore, foreign);
    expect(keptPhoto(photoStore, foreign.id)).toBeUndefined();
    watch.stop();
  });
});
