/**
 * The editor's answer to its journey being deleted for good in another window:
 * the store stops saving once (however many times the word comes), and the map
 * as the window shows it, unsaved edits included, is kept as a new journey.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../renderer/src/domain/ids';
import { saveAsNewJourney, stopWhenDeleted } from '../../../renderer/src/editor/deleted-elsewhere';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import { createPersister } from '../../../renderer/src/session/persistence';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import {
  createJourneyFromDocument,
  getJourneyDocument,
  getJourneyForEditing,
  listJourneys,
  moveToTrash,
  purgeJourney,
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

    const copy = await saveAsNewJourney(db, store);
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
    expect((await listJourneys(db)).map((j) => j.journey.id)).toEqual([copy.id]);
  });
});
