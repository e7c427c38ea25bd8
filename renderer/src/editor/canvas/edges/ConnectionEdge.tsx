import { CONNECTION_KINDS } from '../../../domain/vocabulary';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { ConnectionEdgeType } from '../build-nodes';
import { routedConnectionPath, type LabelFit } from './connection-path';
import { useConnectionDimmed } from '../search-marks';

interface LabelProps {
  /** The connection's id, so styles that light or dim connections by id (workshop focus) reach its label. */
  edgeId: string;
  kind: string;
  label: string;
  /** Dimmed with its line (a search that its cards do not match). */
  dimmed: boolean;
  x: number;
  y: number;
  /** How it fits between the cards beside it (which are drawn over it), or undefined when it is free. */
  fit: LabelFit | undefined;
}

/**
 * A connection's label box: two lines at most on the canvas (CSS), or four when it is narrowed to
 * fit between cards; the whole label in its tooltip. Centred on its point, or beginning there.
 */
export function ConnectionLabelBox({ edgeId, kind, label, dimmed, x, y, fit }: LabelProps) {
  const style: CSSProperties & { '--label-room'?: string } = {
    transform: `translate(${fit?.start ? '0' : '-50%'}, -50%) translate(${x}px, ${y}px)`,
  };
  if (fit) style['--label-room'] = `${Math.round(fit.room)}px`;
  return (
    <div
      className={`conn-label conn-label-${kind}${fit ? ' is-between' : ''}${dimmed ? ' is-dimmed' : ''}`}
      data-edge-id={edgeId}
      style={style}
      title={label}
    >
      {label}
    </div>
  );
}

function ConnectionLabel(props: LabelProps) {
  return (
    <EdgeLabelRenderer>
      <ConnectionLabelBox {...props} />
    </EdgeLabelRenderer>
  );
}

/** A connection React Flow draws when the cards show their detail (far out, the far map layer draws them). */
function ConnectionEdgeView(props: EdgeProps<ConnectionEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, id, source, target } =
    props;
  const dimmed = useConnectionDimmed(source, target);
  const connection = data?.connection;
  const kind = connection?.kind ?? 'main';
  const [path, labelX, labelY, fit] = routedConnectionPath(
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    data?.crossing,
    data?.pastCards,
  );
  const label = [connection?.label, connection?.share != null ? `${connection.share}%` : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#wm-arrow-${kind})`}
        className={`conn conn-${kind}${selected ? ' is-selected' : ''}${dimmed ? ' is-dimmed' : ''}`}
        interactionWidth={16}
      />
      {label && (
        <ConnectionLabel edgeId={id} kind={kind} label={label} dimmed={dimmed} x={labelX} y={labelY} fit={fit} />
      )}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeView);

/** Arrowheads per connection kind, defined once for the whole canvas. */
export function ConnectionMarkers() {
  return (
    <svg className="conn-markers" aria-hidden width="0" height="0">
      <defs>
        {CONNECTION_KINDS.map((k) => (
          <marker
            key={k}
            id={`wm-arrow-${k}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`conn-arrow conn-arrow-${k}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
