// @vitest-environment happy-dom
/**
 * A card's title typed in place is one line: a pasted multi-line text (or Shift+Enter) keeps
 * its words apart with a space, as the inspector's one-line Title box will show it.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TouchpointNode as TouchpointNodeType } from '../../../renderer/src/editor/canvas/build-nodes';
import { TouchpointNode } from '../../../renderer/src/editor/canvas/nodes/TouchpointNode';
import { oneLineTitle } from '../../../renderer/src/editor/canvas/nodes/title-commit';
import { useEditorUi } from '../../../renderer/src/editor/ui-store';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';
import { TELUGU } from '../../fixtures/seed-text';

afterEach(() => {
  cleanup();
  useEditorUi.getState().set({ editingId: null });
});

describe('a card title typed in place', () => {
  it('turns line breaks into one space', () => {
    expect(oneLineTitle('one\ntwo')).toBe('one two');
    expect(oneLineTitle('one \r\n\r\n  two\nthree')).toBe('one two three');
    expect(oneLineTitle('no break')).toBe('no break');
  });

  it('stores a pasted multi-line text with its lines joined by spaces, in one undo step', () => {
    const doc = smallJourney();
    const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
    const touchpoint = doc.touchpoints[0]!;
    useEditorUi.getState().set({ editingId: touchpoint.id });
    const props = {
      id: touchpoint.id,
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
    const box = screen.getByRole('textbox') as HTMLTextAreaElement;
    const [a, b, c] = [TELUGU[0]!.slice(0, 10).trim(), TELUGU[1]!.slice(0, 10).trim(), 'Scottsdale'];
    fireEvent.change(box, { target: { value: `${a}\n${b}\n\n${c}` } });
    expect(box.value).toBe(`${a} ${b} ${c}`);
    act(() => void fireEvent.keyDown(box, { key: 'Enter' }));
    expect(store.getState().doc.touchpoints[touchpoint.id]!.title).toBe(`${a} ${b} ${c}`);
    act(() => void store.getState().undo());
    expect(store.getState().doc.touchpoints[touchpoint.id]!.title).toBe(touchpoint.title);
  });
});
