import { Handle, Position, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { Sparkles, Star } from 'lucide-react';
import { memo, useEffect, useRef, useState } from 'react';
import { emotionColour } from '../../../domain/vocabulary';
import { readableInk } from '../../../domain/contrast';
import { t, t as translateCard } from '../../../i18n';
import { channelName, emotionName, severityName } from '../../../i18n/vocabulary';
import { LIMITS, type Touchpoint } from '../../../domain/model';
import { useEditorUi } from '../../ui-store';
import { ChannelIcon } from '../channel-icon';
import { DETAIL_ZOOM } from '../geometry';
import type { TouchpointNode as TouchpointNodeType } from '../build-nodes';
import { oneLineTitle, useTitleCommit } from './title-commit';
import { inlineDraft } from '../../../session/inline-draft';
import { showText } from '../../../ui/caret';
import { useEditorStore } from '../../../session/react';
import { EmotionFace } from '../EmotionFace';
import { EvidenceMarker } from '../EvidenceMarker';
import { heatValue, worstSeverity } from '../../../domain/insights';
import { LinkMarker } from '../../links/LinkMarker';
import { useSearchMark, type Mark } from '../search-marks';

function EmotionChip({ emotion }: { emotion: number | null }) {
  if (emotion === null) {
    return (
      <span className="emotion-chip emotion-none" title={t('editor.card.noEmotion')}>
        –
      </span>
    );
  }
  const name = emotionName(emotion);
  return (
    <span
      className="emotion-chip"
      role="img"
      style={{ background: emotionColour(emotion), color: readableInk(emotionColour(emotion)) }}
      title={`${name} (${emotion > 0 ? '+' : ''}${emotion})`}
      aria-label={t('editor.card.emotion', { name, score: emotion })}
    >
      <EmotionFace score={emotion} size={13} />
      <span className="emotion-num">{emotion > 0 ? `+${emotion}` : emotion}</span>
    </span>
  );
}

function PainBadge({ touchpoint }: { touchpoint: Touchpoint }) {
  const count = touchpoint.painPoints.length;
  if (!count) return null;
  // At least one pain point, so at least severity 1.
  const worst = Math.max(1, worstSeverity(touchpoint)) as 1 | 2 | 3;
  return (
    <span className={`pain-badge pain-${worst}`} title={t('editor.card.pain', { count, worst: severityName(worst) })}>
      ⚠ {count}
    </span>
  );
}

function FrictionBar({ score }: { score: number }) {
  const label = t('editor.card.friction', { score });
  return (
    <span className="friction-bar" role="img" title={label} aria-label={label}>
      {[1, 2, 3, 4, 5].map((i) => (
        <span key={i} className={i <= score ? `friction-on friction-${score}` : 'friction-off'} />
      ))}
    </span>
  );
}

function TitleEditor({ touchpoint }: { touchpoint: Touchpoint }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const commit = useTitleCommit();
  // What is typed is saved as it is typed (a crash keeps it); Enter, Escape or a click elsewhere makes the undo step.
  const store = useEditorStore();
  const [draft] = useState(() =>
    inlineDraft(store, 'touchpoints', touchpoint.id, 'title', touchpoint.title, (text) => showText(ref.current, text)),
  );
  useEffect(() => {
    // Not scrolled into view by the browser: React Flow's pane would shift under its own viewport.
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
  }, []);
  return (
    <textarea
      ref={ref}
      className="tp-title-input nodrag nopan nowheel"
      aria-label={t('editor.card.title')}
      defaultValue={touchpoint.title}
      // A title's length, as the inspector's Title box: a longer paste no longer fits the row, and
      // used to stop every save of the journey after it.
      maxLength={LIMITS.shortText}
      rows={2}
      onKeyDown={(e) => {
        e.stopPropagation();
        // Escape leaves the box keeping what was typed, as Enter does (and as a note's text and the
        // inspector's fields do): it used to put the old title back, so a facilitator stepping out of a
        // new card typed live lost the title; undo takes it back.
        if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
          e.preventDefault();
          commit(touchpoint.id, e.currentTarget.value, true, draft);
        }
      }}
      onChange={(e) => {
        const box = e.currentTarget;
        const line = oneLineTitle(box.value);
        if (line !== box.value) {
          // Keep the caret where it was, counted from the end (a pasted break collapses before it).
          const fromEnd = Math.min(line.length, box.value.length - box.selectionEnd);
          box.value = line;
          box.setSelectionRange(line.length - fromEnd, line.length - fromEnd);
        }
        draft.type(line);
      }}
      onBlur={(e) => commit(touchpoint.id, e.currentTarget.value, false, draft)}
    />
  );
}

export const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

function TouchpointNodeView({ data, selected }: NodeProps<TouchpointNodeType>) {
  if (data.far) return <TouchpointTile data={data} selected={selected} />;
  return <TouchpointCard data={data} selected={selected} />;
}

/** The classes a search gives a card: dimmed when it does not match, outlined when it does. */
const markClass = (mark: Mark) => (mark === 'dimmed' ? ' is-dimmed' : mark === 'match' ? ' is-match' : '');

/**
 * The far-away view of a card: a transparent target for clicks and drags (the
 * far map layer draws the tile, coloured by emotion, underneath). No handles:
 * a tile is too small to connect from, and leaving out thousands of them
 * halves what a large map mounts when it opens zoomed out. No search mark
 * either: the far map layer dims and outlines the tiles, and a mark on a
 * transparent target showed nothing, yet the first key of a search far out
 * re-rendered and restyled every one of a large map's targets for it.
 */
function TouchpointTile({ data, selected }: Pick<NodeProps<TouchpointNodeType>, 'data' | 'selected'>) {
  const t = data.touchpoint;
  return <div className={`tp-node tp-tile${selected ? ' is-selected' : ''}`} title={t.title} />;
}

function TouchpointCard({ data, selected }: Pick<NodeProps<TouchpointNodeType>, 'data' | 'selected'>) {
  const t = data.touchpoint;
  // `t` is the touchpoint here; `tr` translates. Cards say their words with the plain `t`, not a hook
  // each (a map holds thousands): a language switch rebuilds every card node (build-nodes.ts).
  const tr = translateCard;
  const editing = useEditorUi((s) => s.editingId === t.id);
  const heatMode = useEditorUi((s) => s.heatMode);
  const heat = heatMode === 'off' ? null : heatValue(t, heatMode);
  const mark = useSearchMark(t.id);
  return (
    <div
      className={`tp-node${selected ? ' is-selected' : ''}${markClass(mark)}${heat ? ' has-heat' : ''}`}
      data-touchpoint-id={t.id}
      style={heat ? { borderLeftColor: heat.colour } : undefined}
    >
      {heat && (
        <span className="heat-chip" style={{ background: heat.colour }} title={heat.label}>
          {heat.label}
        </span>
      )}
      <Handle type="target" position={Position.Left} className="tp-handle" />
      <div className="tp-top">
        <EmotionChip emotion={t.emotion} />
        {editing ? (
          <TitleEditor touchpoint={t} />
        ) : (
          // The card shows two lines of its title; the whole title shows on hover.
          <div className="tp-title" title={t.title || undefined}>
            {t.title || tr('editor.card.untitled')}
          </div>
        )}
      </div>
      <div className="tp-bottom">
        {t.channel ? (
          <span className="tp-channel" title={tr('editor.card.channel', { channel: channelName(t.channel) })}>
            <ChannelIcon channel={t.channel} /> <span className="tp-channel-name">{channelName(t.channel)}</span>
          </span>
        ) : (
          <span className="tp-channel muted">{tr('editor.card.noChannel')}</span>
        )}
        <span className="tp-flags">
          {t.momentOfTruth && <Star size={13} aria-label={tr('editor.card.momentOfTruth')} className="flag-mot" />}
          {t.delight && <Sparkles size={13} aria-label={tr('editor.card.delight')} className="flag-delight" />}
          <PainBadge touchpoint={t} />
          {t.linkedJourneyId && <LinkMarker target={t.linkedJourneyId} itemId={t.id} />}
          <EvidenceMarker level={t.evidence} />
        </span>
      </div>
      <FrictionBar score={t.friction.score} />
      <Handle type="source" position={Position.Right} className="tp-handle" />
    </div>
  );
}

export const TouchpointNode = memo(TouchpointNodeView);
