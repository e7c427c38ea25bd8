import { useCallback } from 'react';
import { updateTouchpoint } from '../../../session/edits';
import type { InlineDraft } from '../../../session/inline-draft';
import { useEditorStore } from '../../../session/react';
import { useEditorUi } from '../../ui-store';

/**
 * A card's title is one line (the inspector's Title box and the table's cell are one line):
 * line breaks pasted or typed with Shift+Enter become one space, so the words on either side
 * stay apart instead of being glued together where a one-line box drops the breaks.
 */
export function oneLineTitle(text: string): string {
  return text.replace(/[^\S\r\n]*[\r\n]+[^\S\r\n]*/g, ' ');
}

/**
 * Commit an inline title edit (null = cancel); `refocus` returns keyboard focus to the node.
 * With the editor's `draft` (typed text already in the store), the draft makes the undo step.
 */
export function useTitleCommit() {
  const store = useEditorStore();
  return useCallback(
    (id: string, title: string | null, refocus: boolean, draft?: InlineDraft) => {
      const ui = useEditorUi.getState();
      if (ui.editingId !== id) return;
      ui.set({ editingId: null });
      if (draft) draft.finish(title === null ? null : oneLineTitle(title).trim(), 'Rename touchpoint');
      else if (title !== null) {
        const state = store.getState();
        state.run('Rename touchpoint', updateTouchpoint(state.doc, id, { title: oneLineTitle(title).trim() }));
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
