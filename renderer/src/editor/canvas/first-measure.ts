/**
 * React Flow watches every node it mounts with a ResizeObserver. The
 * observer's first report, one per node just before the first frame is
 * painted, makes it measure each node and its handles in the DOM and give
 * every one a new internal object, so every node wrapper renders again,
 * even when the nodes came with their size and handles (`measured`,
 * `handles`), as the canvas's do. On a 2,000-card map that second render
 * is about a fifth of the open.
 *
 * Until `settled()` says so (the canvas's first frame is painted), reports
 * that only confirm what React Flow already knows are dropped: the node is
 * shown, has its handle boxes, and is drawn at exactly the size it was
 * given. Any other report (a node drawn at another size, a hidden node, one
 * without handles) goes through as before, and every report after that
 * frame does. The canvas's handle boxes are checked against the drawn ones
 * by the end-to-end tests.
 */
import type { InternalNode, ReactFlowState } from '@xyflow/react';

type UpdateNodeInternals = ReactFlowState['updateNodeInternals'];
type Updates = Parameters<UpdateNodeInternals>[0];

interface FlowStore {
  getState(): Pick<ReactFlowState, 'updateNodeInternals' | 'nodeLookup'>;
  setState(partial: Partial<Pick<ReactFlowState, 'updateNodeInternals'>>): void;
}

const WRAPPED = Symbol('waymark:first-measure');

/** Whether a report only says what React Flow already knows about the node. */
export function confirmsKnownSize(node: InternalNode | undefined, element: HTMLElement): boolean {
  if (!node || node.hidden || !node.internals.handleBounds) return false;
  return node.measured.width === element.offsetWidth && node.measured.height === element.offsetHeight;
}

/** The reports worth acting on, or the same map when every one is. */
export function reportsToKeep(updates: Updates, lookup: ReadonlyMap<string, InternalNode>): Updates {
  // Usually every report is dropped: collect the few kept rather than copy the map and delete the rest.
  const kept: Updates = new Map();
  for (const [id, update] of updates) {
    if (!confirmsKnownSize(lookup.get(id), update.nodeElement)) kept.set(id, update);
  }
  return kept.size === updates.size ? updates : kept;
}

/**
 * Wraps the store's `updateNodeInternals` once (call it before the nodes
 * mount, so the node renderer's observer picks up the wrapped function).
 */
export function skipConfirmingReports(store: FlowStore, settled: () => boolean): void {
  const original = store.getState().updateNodeInternals as UpdateNodeInternals & { [WRAPPED]?: true };
  if (original[WRAPPED]) return;
  const wrapped: UpdateNodeInternals & { [WRAPPED]?: true } = (updates, params) => {
    if (settled()) return original(updates, params);
    const kept = reportsToKeep(updates, store.getState().nodeLookup);
    if (kept.size > 0) original(kept, params);
  };
  wrapped[WRAPPED] = true;
  store.setState({ updateNodeInternals: wrapped });
}
