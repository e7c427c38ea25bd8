/**
 * The store in a live session: rows from the session apply and save without
 * entering the history, and undo sets back only this person's own fields.
 */
import { describe, expect, it, vi } from 'vitest';
import { createEditorStore, type PersistRow } from '../../../renderer/src/session/store';
import { updateJourney, updateTouchpoint } from '../../../renderer/src/session/edits';
import type { RowChange } from '../../../renderer/src/session/doc-state';
import { smallJourney } from '../editor/fixtures';
import { TAMIL, TELUGU } from '../../fixtures/seed-text';

function setup() {
  const persist = vi.fn(async (_rows: PersistRow[]) => undefined);
  const notify = vi.fn();
  const doc = smallJourney();
  const store = createEditorStore(doc, { persist, debounceMs: 5, notify });
  const first = doc.touchpoints[0]!;
  /** Someone in the session changes fields of a touchpoint. */
  const shared = (id: string, patch: Record<string, unknown>) => {
    const before = store.getState().doc.touchpoints[id]!;
    store.getState().applyShared([{ table: 'touchpoints', id, before, after: { ...before, ...patch } } as RowChange]);
  };
  return { store, persist, notify, first, doc, shared };
}

describe('applyShared: rows from the live session', () => {
  it('applies, saves, and leaves the history alone', async () => {
    const { store, persist, first, shared } = setup();
    const revision = store.getState().revision;
    shared(first.id, { title: TAMIL[0] });
    expect(store.getState().doc.touchpoints[first.id]!.title).toBe(TAMIL[0]);
    expect(store.getState().revision).toBe(revision + 1);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().save.status).toBe('saving');
    await store.getState().flush();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persist.mock.calls[0]![0]).toEqual([
      {
        table: 'touchpoints',
        id: first.id,
        row: expect.objectContaining({ title: TAMIL[0] }),
        base: expect.objectContaining({ title: first.title }),
      },
    ]);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().doc.touchpoints[first.id]!.title).toBe(TAMIL[0]);
  });

  it('a shared row replaces this window’s unsaved version (the session already merged it)', async () => {
    const { store, persist, first, shared } = setup();
    const s = store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first.id, { title: 'Mine' }));
    shared(first.id, { description: TELUGU[0] });
    await store.getState().flush();
    const rows = persist.mock.calls.flatMap((c) => c[0]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row).toMatchObject({ title: 'Mine', description: TELUGU[0] });
  });
});

describe('undo and redo in a live session: only your own fields', () => {
  it('undo sets back your field and keeps the field someone else changed since, and says so', () => {
    const { store, notify, first, shared } = setup();
    const s = store.getState();
    s.run('Edit', updateTouchpoint(s.doc, first.id, { title: 'Mine', description: 'Also mine' }));
    shared(first.id, { description: TAMIL[1] });

    expect(store.getState().undo()).toBe(true);
    const row = store.getState().doc.touchpoints[first.id]!;
    expect(row.title).toBe(first.title);
    expect(row.description).toBe(TAMIL[1]);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify.mock.calls[0]![0]).toMatch(/^Part of that step was not undone: .*\.$/);

    // Redo puts your title back; the other person's description stays, and redo says so too.
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().doc.touchpoints[first.id]!).toMatchObject({ title: 'Mine', description: TAMIL[1] });
    expect(notify.mock.calls[1]![0]).toMatch(/^Part of that step was not redone/);
  });

  it('fields someone else changed that your step did not touch are never reverted, and nothing is said', () => {
    const { store, notify, first, shared } = setup();
    const s = store.getState();
    s.run('Emotion', updateTouchpoint(s.doc, first.id, { emotion: -3 }));
    shared(first.id, { title: TELUGU[1], channel: 'Phone' });
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().doc.touchpoints[first.id]!).toMatchObject({
      emotion: first.emotion,
      title: TELUGU[1],
      channel: 'Phone',
    });
    expect(notify).not.toHaveBeenCalled();
  });

  it('a step whose every field was changed by someone else is dropped with the one-sentence notice', () => {
    const { store, notify, first, shared } = setup();
    const s = store.getState();
    s.run('Rename', updateTouchpoint(s.doc, first.id, { title: 'Mine' }));
    shared(first.id, { title: 'Theirs' });
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().doc.touchpoints[first.id]!.title).toBe('Theirs');
    expect(store.getState().history.past).toHaveLength(0);
    expect(notify).toHaveBeenCalledWith(expect.stringMatching(/^That step was not undone/), { code: 'undoOvertaken' });
  });

  it('nested fields: your dot-vote setting is set back, the facilitator’s other workshop change stays', () => {
    const { store, notify } = setup();
    let s = store.getState();
    const journey = s.doc.journey;
    s.run('Dots', updateJourney(s.doc, { workshop: { ...journey.workshop, dotsPerVoter: 9 } }));
    s = store.getState();
    const before = s.doc.journey;
    const after = { ...before, workshop: { ...before.workshop, voteMode: 'hidden' as const, revealed: false } };
    s.applyShared([{ table: 'journeys', id: before.id, before, after }]);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().doc.journey.workshop).toMatchObject({
      dotsPerVoter: journey.workshop.dotsPerVoter,
      voteMode: 'hidden',
      revealed: false,
    });
    expect(notify).not.toHaveBeenCalled();
  });

  it('a card you added and someone else then edited stays when you undo, and the notice says part was kept', () => {
    const { store, notify, doc } = setup();
    const s = store.getState();
    const stage = doc.stages[0]!;
    const added = { ...doc.touchpoints[0]!, id: 'touchpoint:added1' as never, stageId: stage.id, title: 'New' };
    s.run('Add', [{ table: 'touchpoints', id: added.id, before: null, after: added }]);
    const mine = store.getState().doc.touchpoints[added.id]!;
    store
      .getState()
      .applyShared([{ table: 'touchpoints', id: added.id, before: mine, after: { ...mine, thoughts: TAMIL[2] } }]);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().doc.touchpoints[added.id]!.thoughts).toBe(TAMIL[2]);
    expect(notify).toHaveBeenCalledTimes(1);
  });
});

describe('saved(): the save that holds the rows queued so far', () => {
  it('resolves once those rows are written, without waiting for rows queued after it', async () => {
    const writes: Array<{ rows: PersistRow[]; done: () => void }> = [];
    const persist = vi.fn(
      (rows: PersistRow[]) => new Promise<void>((resolve) => writes.push({ rows, done: () => resolve() })),
    );
    const doc = smallJourney();
    const store = createEditorStore(doc, { persist, debounceMs: 60_000 });
    const [a, b] = doc.touchpoints;
    const edit = (id: string, title: string) => {
      const before = store.getState().doc.touchpoints[id]!;
      store.getState().applyShared([{ table: 'touchpoints', id, before, after: { ...before, title } }]);
    };
    edit(a!.id, TAMIL[0]);
    let first: boolean | null = null;
    void store
      .getState()
      .saved()
      .then((ok) => (first = ok));
    // Written at once, not after the minute-long debounce.
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    // A busy room: more rows arrive while that write runs; a flush would wait for them too.
    edit(b!.id, TELUGU[0]);
    let flushed = false;
    void store
      .getState()
      .flush()
      .then(() => (flushed = true));
    writes[0]!.done();
    await vi.waitFor(() => expect(first).toBe(true));
    expect(flushed).toBe(false);
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    writes[1]!.done();
    await vi.waitFor(() => expect(flushed).toBe(true));
    expect(await store.getState().saved()).toBe(true);
    store.dispose();
  });

  it('resolves false when the write fails', async () => {
    const persist = vi.fn(async () => {
      throw new Error('disk full');
    });
    const doc = smallJourney();
    const store = createEditorStore(doc, { persist, debounceMs: 60_000 });
    const t = doc.touchpoints[0]!;
    store.getState().applyShared([{ table: 'touchpoints', id: t.id, before: t, after: { ...t, title: 'x' } }]);
    expect(await store.getState().saved()).toBe(false);
    store.dispose();
  });
});
