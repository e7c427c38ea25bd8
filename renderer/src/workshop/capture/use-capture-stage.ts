import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { sortStages, stageColumns } from '../../domain/layout';
import { useEditorActions } from '../../editor/actions-context';
import { useEditor, useEditorStore } from '../../session/react';
import { useEditorUi } from '../../editor/ui-store';
import { motionDuration } from '../../ui/motion';
import { stageTouchpoints } from '../edits';

/** The stage capture goes to, and keyboard moves between stages and between their touchpoints. */
export function useCaptureStage() {
  const store = useEditorStore();
  const actions = useEditorActions();
  const flow = useReactFlow();
  // Subscribed so the component re-renders when anything focusedStage() reads changes.
  useEditor((s) => s.selection);
  useEditor((s) => s.doc.stages);
  useEditorUi((s) => s.focusedStageId);
  const stageId = actions.focusedStage();

  const showStage = useCallback(
    (id: string) => {
      const column = stageColumns(Object.values(store.getState().doc.stages)).find((c) => c.stage.id === id);
      const el = document.querySelector('.canvas-wrap')?.getBoundingClientRect();
      if (!column || !el) return;
      const { x, zoom } = flow.getViewport();
      const left = -x / zoom;
      const right = left + el.width / zoom;
      if (column.x >= left && column.x + column.width <= right) return;
      const { y } = flow.getViewport();
      const centreY = (el.height / 2 - y) / zoom;
      void flow.setCenter(column.x + column.width / 2, centreY, { zoom, duration: motionDuration(200) });
    },
    [flow, store],
  );

  const moveStage = useCallback(
    (delta: number) => {
      const stages = sortStages(Object.values(store.getState().doc.stages));
      if (!stages.length) return;
      const current = stages.findIndex((s) => s.id === actions.focusedStage());
      const next = stages[Math.max(0, Math.min(stages.length - 1, current + delta))]!;
      // Clear the selection so the stage (not a selected touchpoint elsewhere) decides.
      store.getState().setSelection([]);
      useEditorUi.getState().set({ focusedStageId: next.id });
      showStage(next.id);
    },
    [actions, showStage, store],
  );

  const moveTarget = useCallback(
    (delta: number) => {
      const s = store.getState();
      const stage = actions.focusedStage();
      if (!stage) return;
      const list = stageTouchpoints(s.doc, stage);
      if (!list.length) return;
      const selected = list.findIndex((t) => s.selection.has(t.id));
      const from = selected >= 0 ? selected : list.length - 1;
      const next = list[Math.max(0, Math.min(list.length - 1, from + delta))]!;
      s.setSelection([next.id]);
      useEditorUi.getState().set({ focusedStageId: stage });
      actions.reveal(next.id);
    },
    [actions, store],
  );

  return { stageId, moveStage, moveTarget };
}
