/**
 * A lane of a service blueprint: a horizontal band under the stage columns
 * with its header at the left (name, kind colour, controls), and the
 * blueprint line above it when one group of lanes meets the next. The band
 * takes no pointer events, so cards and the pane under it work as before.
 */
import { useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { ChevronDown, ChevronRight, ChevronUp, Eye, EyeOff, Plus, Trash2 } from 'lucide-react';
import { memo, useState, type KeyboardEvent } from 'react';
import { laneDeletion } from '../../../domain/lanes';
import type { LaneId } from '../../../domain/ids';
import { LANE_KINDS, LANE_KIND_COLOURS, type LaneKind } from '../../../domain/vocabulary';
import { useTranslation } from '../../../i18n';
import { laneKindName } from '../../../i18n/vocabulary';
import { addLane, deleteLane, moveLaneBy, updateLane } from '../../../session/lane-edits';
import { useEditorStore } from '../../../session/react';
import { confirmAction } from '../../../ui/confirm';
import type { AddLaneNode as AddLaneNodeType, LaneNode as LaneNodeType } from '../build-nodes';
import { LANE_NAME, NameEditor } from './NameEditor';

function LaneNodeView({ data, width, height }: NodeProps<LaneNodeType>) {
  const { lane, line, headerWidth } = data;
  const store = useEditorStore();
  const [renaming, setRenaming] = useState(false);
  const { t } = useTranslation();
  const name = lane.name.trim() || t('editor.lane.untitled');

  const run = (label: string, changes: ReturnType<typeof updateLane>) => store.getState().run(label, changes);
  const move = (delta: -1 | 1) =>
    run(delta < 0 ? 'Move lane up' : 'Move lane down', moveLaneBy(store.getState().doc, lane.id, delta));
  const remove = async () => {
    const doc = store.getState().doc;
    const plan = laneDeletion(
      {
        lanes: Object.values(doc.lanes),
        touchpoints: Object.values(doc.touchpoints),
        connections: Object.values(doc.connections),
      },
      lane.id as LaneId,
    );
    if (!plan) return;
    const ok = await confirmAction({
      title: t('editor.lane.delete'),
      message:
        plan.touchpointIds.length === 0
          ? t('editor.lane.deleteEmpty', { name })
          : t('editor.lane.deleteWith', { name, count: plan.touchpointIds.length }),
      confirmLabel: t('editor.lane.delete'),
      danger: true,
    });
    if (ok) run('Delete lane', deleteLane(store.getState().doc, lane.id));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    e.stopPropagation();
    move(e.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <div
      className={`lane-band${lane.collapsed ? ' is-collapsed' : ''}${lane.hidden ? ' is-hidden' : ''}`}
      style={{ width, height, ['--lane-colour' as string]: lane.colour }}
      data-lane-id={lane.id}
    >
      {line && (
        <div className="lane-line" role="note">
          <span>{line}</span>
        </div>
      )}
      <div
        className="lane-header nodrag nopan"
        style={{ width: headerWidth }}
        role="group"
        aria-label={t('editor.lane.label', { name })}
        onKeyDown={onKeyDown}
      >
        <span className="lane-kind" style={{ background: LANE_KIND_COLOURS[lane.kind] }} aria-hidden="true" />
        {renaming ? (
          <NameEditor
            kind={LANE_NAME}
            id={lane.id}
            name={lane.name}
            label={t('editor.lane.name')}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <button type="button" className="lane-name" title={t('editor.lane.rename')} onClick={() => setRenaming(true)}>
            {name}
          </button>
        )}
        {!lane.hidden && !lane.collapsed && (
          <select
            className="lane-kind-select"
            aria-label={t('editor.lane.kindOf', { name })}
            value={lane.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as LaneKind;
              run(
                'Change lane kind',
                updateLane(store.getState().doc, lane.id, { kind, colour: LANE_KIND_COLOURS[kind] }),
              );
            }}
          >
            {LANE_KINDS.map((k) => (
              <option key={k} value={k}>
                {laneKindName(k)}
              </option>
            ))}
          </select>
        )}
        <div className="lane-tools">
          <button
            type="button"
            aria-label={t('editor.lane.moveUpLabel', { name })}
            title={t('editor.lane.moveUp')}
            onClick={() => move(-1)}
          >
            <ChevronUp size={14} aria-hidden="true" />
          </button>
          <button
            type="button"
            aria-label={t('editor.lane.moveDownLabel', { name })}
            title={t('editor.lane.moveDown')}
            onClick={() => move(1)}
          >
            <ChevronDown size={14} aria-hidden="true" />
          </button>
          <button
            type="button"
            aria-label={lane.collapsed ? t('editor.lane.expand', { name }) : t('editor.lane.collapse', { name })}
            title={lane.collapsed ? t('editor.lane.expand', { name }) : t('editor.lane.collapse', { name })}
            aria-expanded={!lane.collapsed}
            onClick={() =>
              run(
                lane.collapsed ? 'Expand lane' : 'Collapse lane',
                updateLane(store.getState().doc, lane.id, { collapsed: !lane.collapsed }),
              )
            }
          >
            {lane.collapsed ? (
              <ChevronRight size={14} aria-hidden="true" />
            ) : (
              <ChevronDown size={14} aria-hidden="true" />
            )}
          </button>
          <button
            type="button"
            aria-label={lane.hidden ? t('editor.lane.show', { name }) : t('editor.lane.hide', { name })}
            title={lane.hidden ? t('editor.lane.show', { name }) : t('editor.lane.hide', { name })}
            onClick={() =>
              run(
                lane.hidden ? 'Show lane' : 'Hide lane',
                updateLane(store.getState().doc, lane.id, { hidden: !lane.hidden }),
              )
            }
          >
            {lane.hidden ? <Eye size={14} aria-hidden="true" /> : <EyeOff size={14} aria-hidden="true" />}
          </button>
          <button
            type="button"
            aria-label={t('editor.lane.deleteLabel', { name })}
            title={t('editor.lane.deleteLabel', { name })}
            onClick={() => void remove()}
          >
            <Trash2 size={14} aria-hidden="true" />
          </button>
        </div>
      </div>
      {height !== undefined && height <= 0 && <span className="sr-only">{t('editor.lane.hidden', { name })}</span>}
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);

/**
 * Zoomed out, the Add lane(s) button keeps its size on screen, so its words stay
 * readable however far out the map is (at the first view of a six-stage journey
 * the map is drawn at 40 %): scaled up by the inverse of the zoom from its
 * column's right edge, next to the first stage, it reaches left of the column
 * (`firstViewport` in geometry.ts leaves room for it there). Zoomed in, it grows
 * with the map. Only a zoom re-renders it, never a pan.
 */
const addLaneScale = (s: ReactFlowState) => Math.max(1, 1 / s.transform[2]);

/** “Add lane” under the lane headers; the first one also turns the journey's cards into its Customer lane. */
function AddLaneNodeView({ data }: NodeProps<AddLaneNodeType>) {
  const store = useEditorStore();
  const { t } = useTranslation();
  const scale = useStore(addLaneScale);
  // The first button's label names the blueprint too; on the button, whose width the map's geometry fixes
  // (ADD_LANE_MAX_WIDTH), it says only its first words, which its name and tooltip begin with.
  const name = data.hasLanes ? t('editor.lane.add') : t('editor.lane.addFirst');
  const label = data.hasLanes ? name : t('editor.lane.addFirstShort');
  return (
    <div className="lane-add-anchor" style={scale === 1 ? undefined : { transform: `scale(${scale})` }}>
      <button
        type="button"
        className="lane-add nodrag nopan"
        aria-label={name}
        title={name}
        onClick={() => {
          // Default names are the map's content, so they are written in the interface language.
          const { changes } = addLane(store.getState().doc, {
            customerName: t('editor.lane.customer'),
            numberedName: (number) => t('editor.lane.numbered', { number }),
          });
          store.getState().run('Add lane', changes);
        }}
      >
        <Plus size={14} aria-hidden="true" /> <span className="lane-add-label">{label}</span>
      </button>
    </div>
  );
}

export const AddLaneNode = memo(AddLaneNodeView);
