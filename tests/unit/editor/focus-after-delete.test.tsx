// @vitest-environment happy-dom
/**
 * Deleting the selected touchpoint with the Delete key took the focused card out of the page and left
 * focus on the body (seen on the web build), so a keyboard or screen-reader user lost their place.
 * Focus now goes to the next touchpoint in the stage, else the previous one, else the stage's header,
 * and the deletion is still said by the canvas's live region.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorActions } from '../../../renderer/src/editor/actions';
import { CanvasAnnouncer } from '../../../renderer/src/editor/CanvasAnnouncer';
import { focusAfterDelete } from '../../../renderer/src/editor/focus-after-delete';
import { useEditorShortcuts } from '../../../renderer/src/editor/keyboard';
import { useEditorUi } from '../../../renderer/src/editor/ui-store';
import { docStateFrom } from '../../../renderer/src/session/doc-state';
import { EditorStoreContext, useEditor } from '../../../renderer/src/session/react';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import { deleteItems, deleteStage } from '../../../renderer/src/session/edits';
import { applyChanges } from '../../../renderer/src/session/doc-state';
import { useToasts } from '../../../renderer/src/ui/toasts';
import { journey } from '../../fixtures/journey-builder';

const flow = {
  screenToFlowPosition: (p: { x: number; y: number }) => p,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  setCenter: async () => true,
} as unknown as Parameters<typeof createEditorActions>[1];

/** Discover: Searches, Reads reviews, Asks a friend (top to bottom); Buy: Pays; Use: nothing. */
function mapDoc() {
  const b = journey('Focus after delete');
  const [discover, buy] = b.stages('Discover', 'Buy', 'Use');
  const searches = b.touchpoint(discover!, { title: 'Searches', position: { x: 20, y: 100 } });
  const reviews = b.touchpoint(discover!, { title: 'Reads reviews', position: { x: 20, y: 240 } });
  const friend = b.touchpoint(discover!, { title: 'Asks a friend', position: { x: 20, y: 380 } });
  const pays = b.touchpoint(buy!, { title: 'Pays', position: { x: 300, y: 100 } });
  b.note('Check the ad budget');
  return { doc: b.build(), ids: { searches: searches.id, reviews: reviews.id, friend: friend.id, pays: pays.id } };
}

/** The map's cards as the canvas draws them: focusable nodes with their ids, and the shortcuts and live region. */
function Map({ store }: { store: EditorStore }) {
  const stages = useEditor((s) => s.doc.stages);
  const touchpoints = useEditor((s) => s.doc.touchpoints);
  useEditorShortcuts(store, createEditorActions(store, flow), () => undefined);
  return (
    <div className="canvas-wrap">
      {[...Object.values(stages), ...Object.values(touchpoints)].map((item) => (
        <div
          key={item.id}
          className="react-flow__node"
          data-id={item.id}
          tabIndex={0}
          role="group"
          aria-label={'title' in item ? item.title : `Stage ${item.name}`}
        />
      ))}
      <CanvasAnnouncer />
    </div>
  );
}

function renderMap() {
  const { doc, ids } = mapDoc();
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <EditorStoreContext.Provider value={store}>
      <Map store={store} />
    </EditorStoreContext.Provider>,
  );
  /** Selects and focuses a card, as a click or Tab does, then presses Delete on it. */
  const deleteFocused = (id: string) => {
    const card = document.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
    act(() => {
      store.getState().setSelection([id]);
      card.focus();
    });
    act(() => void card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true })));
  };
  return { store, ids, deleteFocused };
}

const focusedLabel = () => document.activeElement?.getAttribute('aria-label');

afterEach(() => {
  cleanup();
  useToasts.setState({ toasts: [] });
  useEditorUi.getState().set({ focusedStageId: null, editingId: null });
});

describe('focus after deleting on the map', () => {
  it('goes to the next touchpoint in the stage, focused but not selected, and the deletion is announced', async () => {
    const { store, ids, deleteFocused } = renderMap();
    deleteFocused(ids.reviews);
    expect(store.getState().doc.touchpoints[ids.reviews]).toBeUndefined();
    await waitFor(() => expect(focusedLabel()).toBe('Asks a friend'));
    // Not selected: a held (repeating) Delete key does not go on to delete the neighbours.
    expect(store.getState().selection.size).toBe(0);
    const press = (repeat: boolean) =>
      act(
        () =>
          void document.activeElement?.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, repeat }),
          ),
      );
    press(true);
    expect(store.getState().doc.touchpoints[ids.friend]).toBeDefined();
    await waitFor(() =>
      expect(screen.getByTestId('canvas-announcer').textContent).toBe('Touchpoint “Reads reviews” deleted'),
    );
    // A fresh press deletes the card that has the focus, as in a file list (QA: it was ignored).
    press(false);
    expect(store.getState().doc.touchpoints[ids.friend]).toBeUndefined();
    await waitFor(() => expect(focusedLabel()).toBe('Searches'));
  });

  it('Enter on a focused card that is not selected edits it', () => {
    const { ids } = renderMap();
    const card = document.querySelector<HTMLElement>(`[data-id="${ids.pays}"]`)!;
    act(() => card.focus());
    act(() => void card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(useEditorUi.getState().editingId).toBe(ids.pays);
  });

  it('goes to the previous touchpoint when the deleted one was the stage’s last, then to the stage header', async () => {
    const { store, ids, deleteFocused } = renderMap();
    deleteFocused(ids.friend);
    await waitFor(() => expect(focusedLabel()).toBe('Reads reviews'));
    deleteFocused(ids.pays);
    await waitFor(() => expect(focusedLabel()).toBe('Stage Buy'));
    // The header is focused, not selected: a second Delete does not take the stage.
    expect(store.getState().selection.size).toBe(0);
    expect(document.body.contains(document.activeElement)).toBe(true);
  });

  it('leaves focus where it was put on purpose', async () => {
    const { ids, store } = renderMap();
    const other = document.createElement('button');
    other.textContent = 'Elsewhere';
    document.body.append(other);
    act(() => store.getState().setSelection([ids.searches]));
    other.focus();
    act(() => void other.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true })));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(other);
    other.remove();
  });
});

describe('focusAfterDelete', () => {
  const after = (doc: ReturnType<typeof docStateFrom>, ids: string[]) =>
    applyChanges(doc, deleteItems(doc, ids), 'forward');

  it('picks the next touchpoint in the stage, else the previous, else the stage', () => {
    const { doc, ids } = mapDoc();
    const before = docStateFrom(doc);
    expect(focusAfterDelete(before, after(before, [ids.searches]), ids.searches)).toEqual({
      kind: 'touchpoint',
      id: ids.reviews,
    });
    expect(focusAfterDelete(before, after(before, [ids.friend]), ids.friend)).toEqual({
      kind: 'touchpoint',
      id: ids.reviews,
    });
    const pays = before.touchpoints[ids.pays]!;
    expect(focusAfterDelete(before, after(before, [ids.pays]), ids.pays)).toEqual({ kind: 'stage', id: pays.stageId });
    // Two deleted together: the one that had focus is the place to go on from.
    expect(focusAfterDelete(before, after(before, [ids.searches, ids.reviews]), ids.reviews)).toEqual({
      kind: 'touchpoint',
      id: ids.friend,
    });
  });

  it('goes to the next stage when a stage goes, and nowhere for a note alone', () => {
    const { doc, ids } = mapDoc();
    const before = docStateFrom(doc);
    const buy = before.touchpoints[ids.pays]!.stageId;
    const withoutBuy = applyChanges(before, deleteStage(before, buy), 'forward');
    const use = Object.values(before.stages).find((s) => s.name === 'Use')!;
    expect(focusAfterDelete(before, withoutBuy, buy)).toEqual({ kind: 'stage', id: use.id });
    const note = Object.keys(before.notes)[0]!;
    expect(focusAfterDelete(before, after(before, [note]), note)).toBeNull();
  });
});
