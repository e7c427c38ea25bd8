/**
 * Opening a large map zoomed far out, the far map layer draws every card (as
 * a tile) and every connection on one canvas; the cards' own elements are
 * transparent targets for clicks, drags and keyboard focus. Mounting 2,000
 * of them (React Flow's node wrapper, its drag handler and size observer
 * each) was most of the open, all of it before the first frame. Here they
 * mount in slices, a slice a frame, after a first frame that already shows
 * the whole map: the first `TARGETS_FIRST` cards with the first frame, then
 * `TARGETS_PER_FRAME` more per frame. Other nodes (stages, lanes, notes)
 * mount at once; the emotion curve waits for the first frame, as before.
 */
import type { CanvasNode } from './build-nodes';

/**
 * A map larger than this is a large map: the canvas mounts only what is in view, paints its cards
 * before its curve and minimap, and the view jumps to a new card instead of gliding there.
 */
export const LARGE_MAP = 300;

export const TARGETS_FIRST = 300;
export const TARGETS_PER_FRAME = 400;

/**
 * The nodes React Flow is given: all of them (the same array) once the first
 * frame is painted and every target is mounted (`limit` Infinity); else the
 * first `limit` touchpoint cards, every other node, and the curve only once
 * `painted`.
 */
export function stagedNodes(nodes: CanvasNode[], limit: number, painted: boolean): CanvasNode[] {
  if (painted && limit === Infinity) return nodes;
  let left = limit;
  return nodes.filter((n) => (n.type === 'curve' ? painted : n.type !== 'touchpoint' || left-- > 0));
}

/** The next limit after a painted frame: `Infinity` once it covers all `total` cards. */
export function nextLimit(limit: number, total: number): number {
  const next = limit + TARGETS_PER_FRAME;
  return next >= total ? Infinity : next;
}
