import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps } from '@xyflow/react';
import { zoomedOut } from '../nodes/TouchpointNode';
import { memo } from 'react';
import type { ConnectionEdgeType } from '../build-nodes';
import { TOUCHPOINT_WIDTH } from '../../../domain/vocabulary';

/** A loop back to an earlier touchpoint dips below both cards instead of crossing them. */
function loopPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const depth = 90 + Math.min(220, Math.abs(sx - tx) * 0.15);
  const bottom = Math.max(sy, ty) + depth;
  const path = `M ${sx},${sy} C ${sx + 80},${sy} ${sx + 80},${bottom} ${sx},${bottom} L ${tx},${bottom} C ${tx - 80},${bottom} ${tx - 80},${ty} ${tx},${ty}`;
  return [path, (sx + tx) / 2, bottom];
}

/** Between cards stacked in one column: out to the right, across the gap between them, in from the left. */
function stackPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const midY = (sy + ty) / 2;
  const path = `M ${sx},${sy} C ${sx + 48},${sy} ${sx + 48},${midY} ${sx},${midY} L ${tx},${midY} C ${tx - 48},${midY} ${tx - 48},${ty} ${tx},${ty}`;
  return [path, (sx + tx) / 2, midY];
}

/** A connection's label, left out when zoomed far out (only labelled connections watch the zoom). */
function ConnectionLabel({ kind, label, x, y }: { kind: string; label: string; x: number; y: number }) {
  const far = useStore(zoomedOut);
  if (far) return null;
  return (
    <EdgeLabelRenderer>
      <div
        className={`conn-label conn-label-${kind}`}
        style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
      >
        {label}
      </div>
    </EdgeLabelRenderer>
  );
}

/**
 * Far away, arrowheads and dashes are too small to see but costly to paint:
 * the canvas's `is-far` class (canvas.css) draws plain lines, colour kept, so
 * thousands of connections need not each watch the zoom.
 */
function ConnectionEdgeView(props: EdgeProps<ConnectionEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, id } = props;
  const connection = data?.connection;
  const kind = connection?.kind ?? 'main';
  // Handles sit on the cards' sides: a target in the same column is one card width to the left.
  const sameColumn = targetX < sourceX && Math.abs(sourceX - TOUCHPOINT_WIDTH - targetX) < 60;
  const backwards = !sameColumn && targetX < sourceX - 20;
  const [path, labelX, labelY] = sameColumn
    ? stackPath(sourceX, sourceY, targetX, targetY)
    : backwards
      ? loopPath(sourceX, sourceY, targetX, targetY)
      : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const label = [connection?.label, connection?.share != null ? `${connection.share}%` : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#wm-arrow-${kind})`}
        className={`conn conn-${kind}${selected ? ' is-selected' : ''}${data?.dimmed ? ' is-dimmed' : ''}`}
        interactionWidth={16}
      />
      {label && <ConnectionLabel kind={kind} label={label} x={labelX} y={labelY} />}
    </>
  );
}

export const ConnectionEdge = memo(ConnectionEdgeView);

/** Arrowheads per connection kind, defined once for the whole canvas. */
export function ConnectionMarkers() {
  return (
    <svg className="conn-markers" aria-hidden width="0" height="0">
      <defs>
        {(['main', 'alternative', 'failure', 'recovery'] as const).map((k) => (
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
