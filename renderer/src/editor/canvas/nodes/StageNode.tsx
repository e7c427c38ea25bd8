import { useStoreApi, type NodeProps } from '@xyflow/react';
import { GripVertical } from 'lucide-react';
import { memo, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { stageColumns, STAGE_HEADER_HEIGHT } from '../../../domain/layout';
import { reorderStage, updateStage } from '../../../session/edits';
import { useEditorStore } from '../../../session/react';
import { useEditorUi } from '../../ui-store';
import type { StageNode as StageNodeType } from '../build-nodes';
import { NameEditor, STAGE_NAME } from './NameEditor';
import { LinkMarker } from '../../links/LinkMarker';
import { useTranslation } from '../../../i18n';
import { useSearchMark } from '../search-marks';
import { textHead } from '../../../ui/text-head';

/** Pointer drag in flow units (screen pixels divided by zoom), reporting live and final deltas. */
function useFlowDrag(onMove: (dx: number) => void, onEnd: (dx: number) => void) {
  const flow = useStoreApi();
  return (e: ReactPointerEvent) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    const zoom = flow.getState().transform[2];
    const startX = e.clientX;
    const target = e.currentTarget as HTMLElement;
    target.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => onMove((ev.clientX - startX) / zoom);
    const up = (ev: PointerEvent) => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
      onEnd((ev.clientX - startX) / zoom);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };
}

function StageNodeView({ data, selected, width }: NodeProps<StageNodeType>) {
  const { t } = useTranslation();
  const { stage, index, height, count } = data;
  const store = useEditorStore();
  const [renamingHere, setRenaming] = useState(false);
  // A stage just added from the toolbar or the menu opens with its name in edit (editingId, as a new card's title).
  const named = useEditorUi((s) => s.editingId === stage.id);
  const renaming = renamingHere || named;
  const [shift, setShift] = useState(0);
  const [extra, setExtra] = useState(0);
  const focused = useEditorUi((s) => s.focusedStageId === stage.id);
  const dimmed = useSearchMark(stage.id) === 'dimmed';

  const startReorder = useFlowDrag(setShift, (dx) => {
    setShift(0);
    if (Math.abs(dx) < 8) return;
    const state = store.getState();
    const columns = stageColumns(Object.values(state.doc.stages));
    const me = columns.find((c) => c.stage.id === stage.id);
    if (!me) return;
    const centre = me.x + me.width / 2 + dx;
    const others = columns.filter((c) => c.stage.id !== stage.id);
    const toIndex = others.filter((c) => c.x + c.width / 2 < centre).length;
    state.run('Reorder stage', reorderStage(state.doc, stage.id, toIndex), { select: [stage.id] });
  });

  const startResize = useFlowDrag(setExtra, (dx) => {
    setExtra(0);
    const state = store.getState();
    const widthNow = state.doc.stages[stage.id]?.width ?? stage.width;
    const next = Math.round(Math.max(160, Math.min(3000, widthNow + dx)));
    state.run('Resize stage', updateStage(state.doc, stage.id, { width: next }));
  });

  return (
    <div
      className={`stage-col${index % 2 ? ' stage-odd' : ''}${selected ? ' is-selected' : ''}${focused ? ' is-focused' : ''}${dimmed ? ' is-dimmed' : ''}`}
      style={{ width: (width ?? stage.width) + extra, height, transform: shift ? `translateX(${shift}px)` : undefined }}
      data-stage-id={stage.id}
    >
      <div className="stage-header" style={{ borderTopColor: stage.colour, height: STAGE_HEADER_HEIGHT }}>
        <button
          type="button"
          className="stage-grip nodrag"
          aria-label={t('editor.stage.reorderLabel', { name: stage.name })}
          title={t('editor.stage.reorder')}
          onPointerDown={startReorder}
        >
          <GripVertical size={14} aria-hidden />
        </button>
        <div className="stage-text">
          {renaming ? (
            <NameEditor
              kind={STAGE_NAME}
              id={stage.id}
              name={stage.name}
              label={t('editor.stage.name')}
              onDone={() => {
                setRenaming(false);
                if (useEditorUi.getState().editingId === stage.id) useEditorUi.getState().set({ editingId: null });
              }}
            />
          ) : (
            <div
              className="stage-name"
              onDoubleClick={() => setRenaming(true)}
              title={`${stage.name}\n${t('editor.stage.rename')}`}
            >
              {/* Two lines at most on the canvas; the whole name is in the tooltip and the inspector. */}
              <span className="stage-name-text">{stage.name}</span>
              <span className="stage-count">{count}</span>
              {stage.linkedJourneyId && <LinkMarker target={stage.linkedJourneyId} itemId={stage.id} />}
            </div>
          )}
          {stage.customerGoal && (
            <div className="stage-goal">{t('editor.stage.goal', { goal: textHead(stage.customerGoal) })}</div>
          )}
        </div>
      </div>
      <div
        className="stage-resize nodrag"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('editor.stage.resizeLabel', { name: stage.name })}
        title={t('editor.stage.resize')}
        onPointerDown={startResize}
      />
    </div>
  );
}

export const StageNode = memo(StageNodeView);
