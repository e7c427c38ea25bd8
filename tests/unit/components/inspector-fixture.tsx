import { act, render } from '@testing-library/react';
import type { EditorActions } from '../../../renderer/src/editor/actions';
import { EditorActionsContext } from '../../../renderer/src/editor/actions-context';
import { Inspector } from '../../../renderer/src/editor/inspector/Inspector';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { EditorStoreContext } from '../../../renderer/src/session/react';
import { createEditorStore } from '../../../renderer/src/session/store';

type Store = ReturnType<typeof createEditorStore>;

/**
 * The inspector alone, over a store of `doc` that never saves, with `select` selected when given.
 * `actions` builds the editor's actions from the store; by default none are there to call.
 */
export function renderInspector(
  doc: JourneyDocument,
  options: { select?: string; actions?: (store: Store) => EditorActions } = {},
): Store {
  const store = createEditorStore(doc, { persist: async () => undefined, debounceMs: 10_000 });
  render(
    <EditorStoreContext.Provider value={store}>
      <EditorActionsContext.Provider value={options.actions?.(store) ?? ({} as EditorActions)}>
        <Inspector />
      </EditorActionsContext.Provider>
    </EditorStoreContext.Provider>,
  );
  const { select } = options;
  if (select !== undefined) act(() => store.getState().setSelection([select]));
  return store;
}
