import { createContext, useContext } from 'react';
import type { EditorActions } from './actions';

export const EditorActionsContext = createContext<EditorActions | null>(null);

export function useEditorActions(): EditorActions {
  const actions = useContext(EditorActionsContext);
  if (!actions) throw new Error('useEditorActions outside the editor');
  return actions;
}
