// @vitest-environment happy-dom
/**
 * A note typed on the map and left with Escape keeps its text, in one undo step: Enter makes a new
 * line in a note, so Escape is how people step out of it, and it used to throw the text away.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteNode as NoteNodeType } from '../../../renderer/src/editor/canvas/build-nodes';
import { NoteNode } from '../../../renderer/src/editor/canvas/nodes/NoteNode';
import { useEditorUi } from '../../../renderer/src/editor/ui-store';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { MALAYALAM } from '../../fixtures/seed-text';

afterEach(() => {
  cleanup();
  useEditorUi.getState().set({ editingId: null });
});

describe('a note typed on the map', () => {
  it('keeps its text when left with Escape, as one undo step', () => {
    const b = journey('Notes', 1000);
    b.stages('Discover');
    const note = b.note('');
    const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
    useEditorUi.getState().set({ editingId: note.id });
    const props = {
      id: note.id,
      type: 'note',
      data: { note },
      selected: true,
    } as unknown as NodeProps<NoteNodeType>;
    render(
      <ReactFlowProvider>
        <EditorStoreContext.Provider value={store}>
          <NoteNode {...props} />
        </EditorStoreContext.Provider>
      </ReactFlowProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Note text' });
    const text = `${MALAYALAM[0]!}\n${MALAYALAM[1]!}`;
    fireEvent.change(box, { target: { value: text } });
    act(() => void fireEvent.keyDown(box, { key: 'Escape' }));
    expect(useEditorUi.getState().editingId).toBeNull();
    expect(store.getState().doc.notes[note.id]!.text).toBe(text);
    expect(store.getState().history.past).toHaveLength(1);
    act(() => void store.getState().undo());
    expect(store.getState().doc.notes[note.id]!.text).toBe('');
  });
});
