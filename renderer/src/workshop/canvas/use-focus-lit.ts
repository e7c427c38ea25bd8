import { useMemo } from 'react';
import { useEditorActions } from '../../editor/actions-context';
import { useEditor } from '../../session/react';
import { useEditorUi } from '../../editor/ui-store';
import { useWorkshopUi } from '../workshop-ui';
import { litForSelection, litForStage } from './lit';

/**
 * The canvas items focus dimming keeps lit (everything else is dimmed), or
 * null while focus dimming is off. Used by the workshop's canvas styles and by
 * the canvas's far map layer, which draws the dimming itself.
 */
export function useFocusLit(): ReadonlySet<string> | null {
  const actions = useEditorActions();
  const focus = useWorkshopUi((s) => s.focus);
  const presenting = useWorkshopUi((s) => s.presenting);
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const focusedStageId = useEditorUi((s) => s.focusedStageId);
  const stageId = focus === 'stage' ? (presenting ? focusedStageId : actions.focusedStage()) : null;

  return useMemo(() => {
    if (focus === 'off') return null;
    if (focus === 'selection' && selection.size) return litForSelection(doc, selection);
    return litForStage(doc, stageId ?? actions.focusedStage());
  }, [focus, doc, selection, stageId, actions]);
}
