/**
 * Text typed in place on the canvas (a card's title, a note): before, it lived
 * only in the text box until Enter or a click elsewhere, so a browser killed
 * mid-typing lost all of it. Now it is saved as it is typed, and finishing
 * still makes one undo step.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNote, addTouchpoint, updateTouchpoint } from '../../../renderer/src/session/edits';
import {
  changesDraft,
  DRAFT_MAX_WAIT_MS,
  DRAFT_PAUSE_MS,
  flushDrafts,
  inlineDraft,
  KEY_BY_KEY_ITEMS,
} from '../../../renderer/src/session/inline-draft';
import { newId } from '../../../renderer/src/domain/ids';
import { COALESCE_MS } from '../../../renderer/src/session/history';
import { createEditorStore, type PersistRow } from '../../../renderer/src/session/store';
import { editorCloseGuard } from '../../../renderer/src/editor/close-guard';
import type { WaymarkDB } from '../../../renderer/src/storage';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/**
 * A small journey, or (`large`) one with more cards than KEY_BY_KEY_ITEMS, where typed text goes
 * into the map at a pause rather than at every key.
 */
function setup(size: 'small' | 'large' = 'small') {
  const written: PersistRow[] = [];
  const persist = vi.fn(async (rows: PersistRow[]) => void written.push(...rows));
  const doc = smallJourney();
  if (size === 'large')
    for (let i = 0; i < KEY_BY_KEY_ITEMS; i++)
      doc.touchpoints.push({ ...doc.touchpoints[0]!, id: newId('touchpoint') });
  const store = createEditorStore(doc, { persist });
  const last = (id: string) => written.filter((r) => r.id === id).at(-1)?.row as Record<string, unknown> | undefined;
  return { store, doc, last };
}

/** Types `text` into the box a key at a time, 150 ms apart. */
async function typeInto(draft: ReturnType<typeof inlineDraft>, text: string) {
  const keys = [...text];
  for (let i = 1; i <= keys.length; i++) {
    draft.type(keys.slice(0, i).join(''));
    await vi.advanceTimersByTimeAsync(150);
  }
}

describe('typing in place on the canvas', () => {
  it('on a map of up to KEY_BY_KEY_ITEMS items, every key is in the map and written as soon as it is typed, with no timer', async () => {
    const { store, doc, last } = setup();
    const tp = doc.touchpoints[1]!;
    const guard = editorCloseGuard({} as WaymarkDB, store);
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title);
    const cell = changesDraft(store);
    const keys = [...ARMENIAN[1]].slice(0, 12);
    for (let i = 1; i <= keys.length; i++) {
      const title = keys.slice(0, i).join('');
      draft.type(title);
      expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(title);
      // The write starts once the key's task is over (a microtask), not at a timer: none is run here.
      await store.getState().saved();
      expect(last(tp.id)?.title).toBe(title);
      expect(guard.hasUnsaved()).toBe(false);
    }
    cell.type(() => updateTouchpoint(store.getState().doc, tp.id, { description: TELUGU[1] }));
    expect(store.getState().doc.touchpoints[tp.id]!.description).toBe(TELUGU[1]);
    await store.getState().saved();
    expect(last(tp.id)?.description).toBe(TELUGU[1]);
    expect(vi.getTimerCount()).toBe(0);
    draft.finish(keys.join(''), 'Rename touchpoint');
    cell.finish('Edit description', null);
    expect(store.getState().history.past).toHaveLength(1);
    store.dispose();
  });

  it('on a small map, someone else typing in the same title meanwhile is merged into the box at once', async () => {
    const { store, doc, last } = setup();
    const tp = doc.touchpoints[3]!;
    const shown: string[] = [];
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', 'Pay', (text) => shown.push(text));
    store.getState().applyShared(updateTouchpoint(store.getState().doc, tp.id, { title: 'Pay' }));
    draft.type('Pay now');
    const row = store.getState().doc.touchpoints[tp.id]!;
    const theirs = `${MALAYALAM[0].slice(0, 4)} Pay now`;
    store.getState().applyShared([{ table: 'touchpoints', id: tp.id, before: row, after: { ...row, title: theirs } }]);
    draft.type('Pay now!');
    expect(shown.at(-1)).toBe(`${MALAYALAM[0].slice(0, 4)} Pay now!`);
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(`${MALAYALAM[0].slice(0, 4)} Pay now!`);
    await store.getState().saved();
    expect(last(tp.id)?.title).toBe(`${MALAYALAM[0].slice(0, 4)} Pay now!`);
    draft.finish(`${MALAYALAM[0].slice(0, 4)} Pay now!`, 'Rename touchpoint');
    store.dispose();
  });

  it('on a large map, a card title typed a moment ago counts as unsaved when the tab is reloaded or closed, and closing saves it', async () => {
    const { store, doc, last } = setup('large');
    const tp = doc.touchpoints[1]!;
    const guard = editorCloseGuard({} as WaymarkDB, store);
    expect(guard.hasUnsaved()).toBe(false);
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title);
    draft.type(`${tp.title} ${TELUGU[0]!.slice(0, 8)}`);
    await vi.advanceTimersByTimeAsync(100);
    // The browser asks before a reload (web), the host before closing (desktop).
    expect(guard.hasUnsaved()).toBe(true);
    expect(await guard.flush()).toEqual({ saved: true });
    expect(last(tp.id)?.title).toBe(`${tp.title} ${TELUGU[0]!.slice(0, 8)}`);
    draft.finish(`${tp.title} ${TELUGU[0]!.slice(0, 8)}`, 'Rename touchpoint');
  });

  it('on a large map, the page going away (reload, close) puts what was typed since the last pause in the save it starts', async () => {
    const { store, doc, last } = setup('large');
    const tp = doc.touchpoints[0]!;
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title);
    const title = `${tp.title} ${TAMIL[1]!.slice(0, 12)}`;
    // Typed a key at a time, 50 ms apart, then the page is hidden at once (no pause reached).
    for (let i = tp.title.length + 1; i <= title.length; i += 1) {
      draft.type(title.slice(0, i));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(store.getState().doc.touchpoints[tp.id]!.title).not.toBe(title);
    flushDrafts();
    await store.getState().flush();
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(title);
    expect(last(tp.id)?.title).toBe(title);
    // A box closed since is no longer flushed: Escape put the old title back, and it stays.
    draft.finish(null, 'Rename touchpoint');
    flushDrafts();
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(tp.title);
  });

  it('a note’s text is saved while it is typed, before Enter or blur; finishing makes one undo step with its adding', async () => {
    const { store, last } = setup();
    let s = store.getState();
    const { note, changes } = addNote(s.doc, { text: '' });
    s.run('Add note', changes);
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 500);
    const text = [...MALAYALAM[1]].slice(0, 30).join('');
    const draft = inlineDraft(store, 'notes', note.id, 'text', '');
    await typeInto(draft, text);
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 500);
    // Stored without any Enter or blur: a crash now keeps it.
    expect(last(note.id)?.text).toBe(text);
    expect(store.getState().history.past).toHaveLength(1);

    draft.finish(text, 'Edit note');
    s = store.getState();
    // The note's first text finishes its adding: one step, which takes the note away again.
    expect(s.history.past).toHaveLength(1);
    expect(s.doc.notes[note.id]!.text).toBe(text);
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 500);
    expect(store.getState().doc.notes[note.id]).toBeUndefined();
    expect(last(note.id)).toBeNull();
    store.dispose();
  });

  it('Escape puts the title the box opened with back, stored too, with no undo step', async () => {
    const { store, doc, last } = setup();
    const tp = doc.touchpoints[0]!;
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title);
    await typeInto(draft, TAMIL[0].slice(0, 12));
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 500);
    expect(last(tp.id)?.title).toBe(TAMIL[0].slice(0, 12));
    draft.finish(null, 'Rename touchpoint');
    // A blur after Escape changes nothing.
    draft.finish(TAMIL[0].slice(0, 12), 'Rename touchpoint');
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 500);
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(tp.title);
    expect(last(tp.id)?.title).toBe(tp.title);
    expect(store.getState().history.past).toHaveLength(0);
    store.dispose();
  });

  it('undoing a title typed in place sets back only the title, not a field another window changed meanwhile', async () => {
    const { store, doc } = setup();
    const tp = doc.touchpoints[1]!;
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title);
    await typeInto(draft, 'Pay');
    const s = store.getState();
    s.applyRemote([
      {
        table: 'touchpoints',
        id: tp.id,
        before: s.doc.touchpoints[tp.id]!,
        after: { ...s.doc.touchpoints[tp.id]!, emotion: 3 },
      },
    ]);
    draft.finish('Pay', 'Rename touchpoint');
    store.getState().undo();
    expect(store.getState().doc.touchpoints[tp.id]).toMatchObject({ title: tp.title, emotion: 3 });
    store.dispose();
  });

  it('a box opened and left unchanged does not put its text back over one another window saved meanwhile', async () => {
    const { store, doc } = setup();
    const tp = doc.touchpoints[2]!;
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title);
    const s = store.getState();
    const row = s.doc.touchpoints[tp.id]!;
    s.applyRemote([{ table: 'touchpoints', id: tp.id, before: row, after: { ...row, title: MALAYALAM[0] } }]);
    draft.finish(null, 'Rename touchpoint');
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(MALAYALAM[0]);
    const other = inlineDraft(store, 'touchpoints', tp.id, 'title', MALAYALAM[0]);
    await typeInto(other, 'x');
    other.finish(MALAYALAM[0], 'Rename touchpoint');
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(MALAYALAM[0]);
    expect(store.getState().history.past).toHaveLength(0);
    store.dispose();
  });

  it('on a large map, someone else in a live session typing in the same title meanwhile: both texts are kept, the box shows theirs as it arrives', async () => {
    const { store, doc, last } = setup('large');
    const tp = doc.touchpoints[3]!;
    const shown: string[] = [];
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', 'Pay', (text) => shown.push(text));
    // As a live session puts someone else's typing in the store.
    const theirs = (title: string) => {
      const row = store.getState().doc.touchpoints[tp.id]!;
      store.getState().applyShared([{ table: 'touchpoints', id: tp.id, before: row, after: { ...row, title } }]);
    };
    store.getState().applyShared(updateTouchpoint(store.getState().doc, tp.id, { title: 'Pay' }));
    // This box adds " now" at the end; a key of it is still in the box, not yet put in the store,
    // when the other person's word arrives at the start.
    await typeInto(draft, 'Pay now');
    draft.type('Pay now!');
    theirs(`${TAMIL[0].slice(0, 4)} Pay now`);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown.at(-1)).toBe(`${TAMIL[0].slice(0, 4)} Pay now!`);
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(`${TAMIL[0].slice(0, 4)} Pay now!`);
    // The box's text as it stands at Enter; their last word, arrived just before, is kept too.
    theirs(`${TAMIL[0].slice(0, 4)} Pay now! ${TELUGU[0].slice(0, 3)}`);
    draft.finish(`${TAMIL[0].slice(0, 4)} Pay now!?`, 'Rename touchpoint');
    const title = `${TAMIL[0].slice(0, 4)} Pay now!? ${TELUGU[0].slice(0, 3)}`;
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(title);
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 500);
    expect(last(tp.id)?.title).toBe(title);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('a box that only showed someone else’s typing makes no undo step of it, and Escape keeps their words', async () => {
    const { store, doc } = setup();
    for (const finishWith of ['shown', null] as const) {
      const tp = doc.touchpoints[finishWith ? 0 : 1]!;
      const shown: string[] = [];
      const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title, (text) => shown.push(text));
      const row = store.getState().doc.touchpoints[tp.id]!;
      store.getState().applyRemote([
        {
          table: 'touchpoints',
          id: tp.id,
          before: row,
          after: { ...row, title: `${tp.title}${ARMENIAN[0].slice(0, 5)}` },
        },
      ]);
      await vi.advanceTimersByTimeAsync(0);
      expect(shown).toEqual([`${tp.title}${ARMENIAN[0].slice(0, 5)}`]);
      draft.finish(finishWith && shown.at(-1)!, 'Rename touchpoint');
      expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(`${tp.title}${ARMENIAN[0].slice(0, 5)}`);
    }
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('a table cell’s text (whole row changes) is saved while typed; the commit is one undo step, cancelling puts the row back', async () => {
    const { store, doc, last } = setup();
    const tp = doc.touchpoints[4]!;
    const text = [...TELUGU[1]].slice(0, 24);
    const draft = changesDraft(store);
    for (let i = 1; i <= text.length; i++) {
      draft.type(() => updateTouchpoint(store.getState().doc, tp.id, { description: text.slice(0, i).join('') }));
      await vi.advanceTimersByTimeAsync(150);
    }
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 500);
    expect(last(tp.id)?.description).toBe(text.join(''));
    expect(store.getState().history.past).toHaveLength(0);
    // The commit's changes are computed against the map with the draft in it (none left here).
    const s = store.getState();
    draft.finish('Edit description', updateTouchpoint(s.doc, tp.id, { description: text.join('') }), {
      select: [tp.id],
    });
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.touchpoints[tp.id]!.description).toBe(tp.description);

    const cancelled = changesDraft(store);
    cancelled.type(() => updateTouchpoint(store.getState().doc, tp.id, { description: TAMIL[1] }));
    cancelled.finish('Edit description', null);
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 500);
    expect(store.getState().doc.touchpoints[tp.id]!.description).toBe(tp.description);
    expect(last(tp.id)?.description).toBe(tp.description);
    store.dispose();
  });

  it('on a large map, fast typing changes the map once a second and at the pause, not at every key (each change redraws the map)', async () => {
    const { store, doc } = setup('large');
    const tp = doc.touchpoints[3]!;
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title);
    const revisions: number[] = [];
    const stop = store.subscribe((s, prev) => s.revision !== prev.revision && revisions.push(s.revision));
    const keys = [...TELUGU[2]].slice(0, 30);
    for (let i = 1; i <= keys.length; i++) {
      draft.type(keys.slice(0, i).join(''));
      await vi.advanceTimersByTimeAsync(50);
    }
    // 30 keys over 1.5 s: one change at the first second, none at every key.
    expect(revisions).toHaveLength(Math.floor((keys.length * 50) / DRAFT_MAX_WAIT_MS));
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS);
    expect(store.getState().doc.touchpoints[tp.id]!.title).toBe(keys.join(''));
    expect(revisions).toHaveLength(2);
    stop();
    draft.finish(keys.join(''), 'Rename touchpoint');
    expect(store.getState().history.past).toHaveLength(1);
    store.dispose();
  });
  it('on a large map, the paced text is written at once, not after the autosave’s own pause as well (a crash loses less)', async () => {
    const { store, doc, last } = setup('large');
    const tp = doc.touchpoints[2]!;
    const title = [...MALAYALAM[0]].slice(0, 10).join('');
    const draft = inlineDraft(store, 'touchpoints', tp.id, 'title', tp.title);
    draft.type(title);
    // The store's autosave alone waits 400 ms after a change; the draft's pause is all the wait now.
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 20);
    expect(last(tp.id)?.title).toBe(title);

    const cell = changesDraft(store);
    cell.type(() => updateTouchpoint(store.getState().doc, tp.id, { description: TAMIL[2] }));
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 20);
    expect(last(tp.id)?.description).toBe(TAMIL[2]);
    draft.finish(title, 'Rename touchpoint');
    cell.finish('Edit description', null);
    store.dispose();
  });

  it('a card added and then titled in place is one step to undo and to redo', async () => {
    const { store, doc } = setup();
    const stage = doc.stages[0]!;
    const { touchpoint, changes } = addTouchpoint(store.getState().doc, stage.id);
    store.getState().run('Add touchpoint', changes);
    const draft = inlineDraft(store, 'touchpoints', touchpoint.id, 'title', touchpoint.title);
    // Titled over more than the history's own merging time: still the one step.
    await typeInto(draft, TAMIL[0]!.slice(0, 16));
    draft.finish(TAMIL[0]!.slice(0, 16), 'Rename touchpoint');
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().doc.touchpoints[touchpoint.id]).toBeUndefined();
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().doc.touchpoints[touchpoint.id]?.title).toBe(TAMIL[0]!.slice(0, 16));
  });

  it('a card titled after another step, or a while after its adding, is its own step', () => {
    const { store, doc } = setup();
    const { touchpoint, changes } = addTouchpoint(store.getState().doc, doc.stages[0]!.id);
    store.getState().run('Add touchpoint', changes);
    store.getState().run('Set emotion', updateTouchpoint(store.getState().doc, touchpoint.id, { emotion: 2 }));
    const draft = inlineDraft(store, 'touchpoints', touchpoint.id, 'title', touchpoint.title);
    draft.finish('Pays', 'Rename touchpoint');
    expect(store.getState().history.past).toHaveLength(3);
    // Added, left untitled, and titled a while later: the title is a step of its own.
    const later = addTouchpoint(store.getState().doc, doc.stages[0]!.id, { position: { x: 0, y: 200 } });
    store.getState().run('Add touchpoint', later.changes);
    vi.advanceTimersByTime(COALESCE_MS + 1000);
    inlineDraft(store, 'touchpoints', later.touchpoint.id, 'title', later.touchpoint.title).finish('Calls', 'Rename');
    expect(store.getState().history.past).toHaveLength(5);
    const old = doc.touchpoints[1]!;
    const again = inlineDraft(store, 'touchpoints', old.id, 'title', old.title);
    again.finish('Renamed', 'Rename touchpoint');
    expect(store.getState().history.past).toHaveLength(6);
    store.getState().undo();
    expect(store.getState().doc.touchpoints[old.id]?.title).toBe(old.title);
    expect(store.getState().doc.touchpoints[touchpoint.id]?.title).toBe('Pays');
  });
});
