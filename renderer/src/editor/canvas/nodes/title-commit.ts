import { useCallback } from 'react';
import { updateTouchpoint } from '../../../session/edits';
import { useEditorStore } from '../../../session/react';
import { useEditorUi } from '../../ui-store';

/** Commit an inline title edit (null = cancel); `refocus` returns keyboard focus to the node. */
export function useTitleCommit() {
  const store = useEditorStore();
  return useCallback(
    (id: string, title: string | null, refocus: boolean) => {
      const ui = useEditorUi.getState();
      if (ui.editingId !== id) return;
      ui.set({ editingId: null });
      if (title !== null) {
        const state = store.getState();
        state.run('Rename touchpoint', updateTouchpoint(state.doc, id, { title: title.trim() }));
      }
      if (refocus) {
        // Focus the card right away (not on the next frame): a fast typist's next
        // key (N for another touchpoint) must not be overtaken by a late focus.
        document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
      }
    },
    [store],
  );
}
