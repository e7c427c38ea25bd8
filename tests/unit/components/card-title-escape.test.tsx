// @vitest-environment happy-dom
/**
 * Escape in a card's title typed in place leaves the box and keeps what was typed, as a note's text
 * and the inspector's fields do (and as Miro, tldraw and Excalidraw do): a facilitator who types a
 * new card's title live and presses Escape to step out used to see it go back to "New touchpoint".
 * The title finishes the card's adding: one undo takes the card away (as tldraw and Excalidraw do).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TouchpointNode as TouchpointNodeType } from '../../../renderer/src/editor/canvas/build-nodes';
import { TouchpointNode } from '../../../renderer/src/editor/canvas/nodes/TouchpointNode';
import { useEditorUi } from '../../../renderer/src/editor/ui-store';
import { addTouchpoint } from '../../../renderer/src/session/edits';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore, type EditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL } from '../../fixtures/seed-text';

afterEach(() => {
  cleanup();
  useEditorUi.getState().set({ editingId: null });
});

function editTitle(store: EditorStore, id: string) {
  useEditorUi.getState().set({ editingId: id });
  const touchpoint = store.getState().doc.touchpoints[id]!;
  const props = {
    id,
    type: 'touchpoint',
    data: { touchpoint, far: false },
    selected: true,
  } as unknown as NodeProps<TouchpointNodeType>;
  render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <TouchpointNode {...props} />
      </EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );
  return screen.getByRole('textbox', { name: 'Touchpoint title' }) as HTMLTextAreaElement;
}

function newCardStore() {
  const b = journey('Live capture', 1000);
  b.stages('Discover');
  const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
  const stageId = Object.keys(store.getState().doc.stages)[0]!;
  const { changes, touchpoint } = addTouchpoint(store.getState().doc, stageId, { title: 'New touchpoint' });
  store.getState().run('Add touchpoint', changes, { select: [touchpoint.id] });
  return { store, id: touchpoint.id };
}

describe('Escape in a card title typed in place', () => {
  it('keeps a new card and the title typed into it; one undo takes the card away, one redo brings it back titled', () => {
    const { store, id } = newCardStore();
    const box = editTitle(store, id);
    const typed = TAMIL[0]!.slice(0, 40).trim();
    fireEvent.change(box, { target: { value: typed } });
    act(() => void fireEvent.keyDown(box, { key: 'Escape' }));
    expect(useEditorUi.getState().editingId).toBeNull();
    expect(store.getState().doc.touchpoints[id]!.title).toBe(typed);
    expect(store.getState().history.past).toHaveLength(1);
    act(() => void store.getState().undo());
    expect(store.getState().doc.touchpoints[id]).toBeUndefined();
    act(() => void store.getState().redo());
    expect(store.getState().doc.touchpoints[id]!.title).toBe(typed);
  });

  it('keeps an untouched new card as it is, with no step of its own', () => {
    const { store, id } = newCardStore();
    const box = editTitle(store, id);
    act(() => void fireEvent.keyDown(box, { key: 'Escape' }));
    expect(store.getState().doc.touchpoints[id]!.title).toBe('New touchpoint');
    expect(store.getState().history.past).toHaveLength(1);
  });
});
