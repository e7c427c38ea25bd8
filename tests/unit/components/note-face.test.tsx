// @vitest-environment happy-dom
/**
 * A note's face on the map draws the head of its text that its box can show, not all of it: a note
 * holding 100,000 pasted characters froze the window for seconds on every layout of the map. The
 * note keeps its whole text, and its editor opens with all of it.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoteNode as NoteNodeType } from '../../../renderer/src/editor/canvas/build-nodes';
import { NoteNode } from '../../../renderer/src/editor/canvas/nodes/NoteNode';
import { NOTE_FACE_CHARS, noteFace } from '../../../renderer/src/editor/canvas/nodes/note-face';
import { useEditorUi } from '../../../renderer/src/editor/ui-store';
import { LIMITS } from '../../../renderer/src/domain/model';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { journey } from '../../fixtures/journey-builder';
import { TAMIL, textOfLength } from '../../fixtures/seed-text';

afterEach(() => {
  cleanup();
  useEditorUi.getState().set({ editingId: null });
});

const longTamil = (length: number) => textOfLength(TAMIL, length, '\n');

function renderNote(text: string, editing = false) {
  const b = journey('Notes', 1000);
  b.stages('Discover');
  const note = b.note(text);
  if (editing) useEditorUi.getState().set({ editingId: note.id });
  const store = createEditorStore(b.build(), { persist: async () => undefined, debounceMs: 10_000 });
  const props = { id: note.id, type: 'note', data: { note }, selected: false } as unknown as NodeProps<NoteNodeType>;
  const view = render(
    <ReactFlowProvider>
      <EditorStoreContext.Provider value={store}>
        <NoteNode {...props} />
      </EditorStoreContext.Provider>
    </ReactFlowProvider>,
  );
  return view;
}

describe("a note's face on the map", () => {
  it('draws a short note whole and a long one up to the face length, from its start', () => {
    expect(noteFace('')).toBe('');
    expect(noteFace(TAMIL[0]!)).toBe(TAMIL[0]);
    const long = longTamil(LIMITS.longText);
    expect(noteFace(long)).toBe(`${long.slice(0, NOTE_FACE_CHARS)}…`);
  });

  it('never ends in half of a character outside the basic plane', () => {
    const text = `${'a'.repeat(NOTE_FACE_CHARS - 1)}😀 and more`;
    expect(noteFace(text)).toBe(`${'a'.repeat(NOTE_FACE_CHARS - 1)}…`);
  });

  it('renders the head of a 100,000-character note, and its editor opens with all of it', () => {
    const text = longTamil(LIMITS.longText);
    const view = renderNote(text);
    expect(view.container.querySelector('.note-text')!.textContent).toBe(`${text.slice(0, NOTE_FACE_CHARS)}…`);
    cleanup();
    renderNote(text, true);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note text' }).value).toBe(text);
  });
});
