/**
 * A stage's or a lane's name typed in place: before, it lived only in the
 * text box until Enter, so a window killed mid-typing lost it. Now it is
 * saved as it is typed, as a card's title is (inline-draft.ts), through the
 * real autosave into the database; Enter makes one undo step, Escape puts
 * the name back, in the database too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPersister } from '../../../renderer/src/session/persistence';
import { DRAFT_PAUSE_MS, inlineDraft } from '../../../renderer/src/session/inline-draft';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import {
  createJourneyFromDocument,
  getJourneyDocument,
  getJourneyForEditing,
  WaymarkDB,
} from '../../../renderer/src/storage';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, TAMIL } from '../../fixtures/seed-text';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: WaymarkDB;
let store: EditorStore;
let close: () => void;

beforeEach(async () => {
  db = new WaymarkDB(`inline-names-${Math.random()}`);
  const b = journey('Names');
  b.stages('Discover', 'Buy');
  b.lane('Customer', 'customer');
  b.lane('Backstage', 'backstage');
  const doc = b.build();
  await createJourneyFromDocument(db, doc);
  const read = (await getJourneyForEditing(db, doc.journey.id))!;
  const persister = createPersister(db, doc.journey.id, read.generation);
  store = createEditorStore(read.document, { persist: persister.persist, debounceMs: 20, maxWaitMs: 50 });
  close = () => {
    store.dispose();
    persister.close();
  };
});

afterEach(async () => {
  close();
  db.close();
  await db.delete();
});

/** Types `text` a key at a time, then waits past the draft's pause and the autosave. */
async function typeInto(draft: ReturnType<typeof inlineDraft>, text: string) {
  const keys = [...text];
  for (let i = 1; i <= keys.length; i++) draft.type(keys.slice(0, i).join(''));
  await wait(DRAFT_PAUSE_MS + 50);
  await store.getState().flush();
}

const stored = async () => (await getJourneyDocument(db, store.getState().doc.journey.id))!;

describe('stage and lane names typed in place', () => {
  it('a stage’s name is in the database before Enter; Enter makes one undo step from the name it had', async () => {
    const stage = Object.values(store.getState().doc.stages).find((s) => s.name === 'Buy')!;
    const draft = inlineDraft(store, 'stages', stage.id, 'name', stage.name);
    const name = TAMIL[0].slice(0, 14);
    await typeInto(draft, name);
    // No Enter yet: a crash now keeps what was typed.
    expect((await stored()).stages.find((s) => s.id === stage.id)?.name).toBe(name);
    expect(store.getState().history.past).toHaveLength(0);

    draft.finish(name, 'Rename stage');
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]!.changes).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ name: 'Buy' }),
        after: expect.objectContaining({ name }),
      }),
    ]);
    store.getState().undo();
    await store.getState().flush();
    expect(store.getState().doc.stages[stage.id]!.name).toBe('Buy');
    expect((await stored()).stages.find((s) => s.id === stage.id)?.name).toBe('Buy');
  });

  it('Escape on a stage’s name puts the old name back, in the database too, with no undo step', async () => {
    const stage = Object.values(store.getState().doc.stages).find((s) => s.name === 'Discover')!;
    const draft = inlineDraft(store, 'stages', stage.id, 'name', stage.name);
    await typeInto(draft, 'Explore');
    expect((await stored()).stages.find((s) => s.id === stage.id)?.name).toBe('Explore');
    draft.finish(null, 'Rename stage');
    // A blur after Escape changes nothing.
    draft.finish('Explore', 'Rename stage');
    await store.getState().flush();
    expect(store.getState().doc.stages[stage.id]!.name).toBe('Discover');
    expect((await stored()).stages.find((s) => s.id === stage.id)?.name).toBe('Discover');
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('a lane’s name is in the database before Enter; Enter makes one undo step; Escape puts the old name back', async () => {
    const lane = Object.values(store.getState().doc.lanes).find((l) => l.name === 'Backstage')!;
    const name = ARMENIAN[0].slice(0, 16);
    const draft = inlineDraft(store, 'lanes', lane.id, 'name', lane.name);
    await typeInto(draft, name);
    expect((await stored()).lanes.find((l) => l.id === lane.id)?.name).toBe(name);
    expect(store.getState().history.past).toHaveLength(0);
    draft.finish(name, 'Rename lane');
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.lanes[lane.id]!.name).toBe('Backstage');
    store.getState().redo();
    expect(store.getState().doc.lanes[lane.id]!.name).toBe(name);

    const again = inlineDraft(store, 'lanes', lane.id, 'name', name);
    await typeInto(again, 'Back office');
    expect((await stored()).lanes.find((l) => l.id === lane.id)?.name).toBe('Back office');
    again.finish(null, 'Rename lane');
    await store.getState().flush();
    expect(store.getState().doc.lanes[lane.id]!.name).toBe(name);
    expect((await stored()).lanes.find((l) => l.id === lane.id)?.name).toBe(name);
    expect(store.getState().history.past).toHaveLength(1);
  });
});
