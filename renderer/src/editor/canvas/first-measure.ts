/**
 * React Flow watches every node it mounts with a ResizeObserver. Each
 * report, the first one of every node it mounts included, is forced: React
 * Flow measures the node and its handles in the DOM, gives it a new
 * internal object and updates the store, so the node and its connections
 * render again, even when the node came with its size and handles
 * (`measured`, `handles`), as the canvas's do. On a 2,000-card map the
 * first frame's reports cost about a fifth of the open; at 1:1, each card
 * that comes into view during a pan costs the same again in the frame that
 * mounts it.
 *
 * Reports that only confirm what React Flow already knows are dropped: the
 * node is shown, has its handle boxes, and is drawn at exactly the size it
 * was given. React Flow gets its handle boxes from the node's `handles`
 * whenever the node changes, so a measured copy would say nothing new. Any
 * other report (a node drawn at another size, a hidden node, one without
 * handles) goes through. The canvas's handle boxes are checked against the
 * drawn ones by the end-to-end tests.
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
export function skipConfirmingReports(store: FlowStore): void {
  const original = store.getState().updateNodeInternals as UpdateNodeInternals & { [WRAPPED]?: true };
  if (original[WRAPPED]) return;
  const wrapped: UpdateNodeInternals & { [WRAPPED]?: true } = (updates, params) => {
    const kept = reportsToKeep(updates, store.getState().nodeLookup);
    if (kept === updates) original(updates, params);
    else if (kept.size > 0) original(kept, params);
  };
  wrapped[WRAPPED] = true;
  store.setState({ updateNodeInternals: wrapped });
}
