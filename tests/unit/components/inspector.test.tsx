// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { Inspector } from '../../../renderer/src/editor/inspector/Inspector';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';
import { smallJourney } from '../editor/fixtures';
import { ARMENIAN, TAMIL } from '../../fixtures/seed-text';

afterEach(cleanup);

function renderInspector() {
  const doc = smallJourney();
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  // The inspector's field tests need no canvas actions (duplicate and delete are the canvas's).
  const actions = {} as EditorActions;
  render(
    <EditorStoreContext.Provider value={store}>
      <EditorActionsContext.Provider value={actions}>
        <Inspector />
      </EditorActionsContext.Provider>
    </EditorStoreContext.Provider>,
  );
  return { store, doc };
}

describe('Inspector (component)', () => {
  it('edits the selected touchpoint: typing is one undoable step in the store', () => {
    const { store, doc } = renderInspector();
    const touchpoint = doc.touchpoints[0]!;
    act(() => store.getState().setSelection([touchpoint.id]));

    const title = screen.getByLabelText('Title') as HTMLInputElement;
    expect(title.value).toBe(touchpoint.title);
    fireEvent.change(title, { target: { value: TAMIL[0]! } });
    fireEvent.change(title, { target: { value: `${TAMIL[0]!}!` } });
    expect(store.getState().doc.touchpoints[touchpoint.id]!.title).toBe(`${TAMIL[0]!}!`);
    // Typing into one field coalesces into one history step.
    expect(store.getState().history.past).toHaveLength(1);

    const description = screen.getByLabelText('Description') as HTMLTextAreaElement;
    fireEvent.change(description, { target: { value: ARMENIAN[0]! } });
    expect(store.getState().doc.touchpoints[touchpoint.id]!.description).toBe(ARMENIAN[0]!);

    act(() => void store.getState().undo());
    expect(store.getState().doc.touchpoints[touchpoint.id]!.description).toBe(touchpoint.description);
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe(touchpoint.description);
  });

  it('shows the journey when nothing is selected', () => {
    const { doc } = renderInspector();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe(doc.journey.title);
  });
});
