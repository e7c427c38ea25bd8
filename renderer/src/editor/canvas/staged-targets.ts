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
 * A huge map (over `HUGE_MAP_CARDS` cards) keeps no targets far out at all,
 * but for its selected cards; the canvas finds the card under the pointer
 * (far/far-card-pointer.ts).
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
 * A map of more cards than this keeps no target per card far out: with every card in view there is
 * nothing to leave unmounted, and 20,000 transparent elements cost each pan frame some 50-100 ms of
 * paint, layering and hit testing (the far map layer's own drawing, about 30 ms). There the canvas
 * finds the card under the pointer itself (`cardAt`), and only selected cards keep their element, so a
 * card picked from afar can still be dragged and focused.
 */
export const HUGE_MAP_CARDS = 5_000;

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

/** Far out on a huge map: every node but the cards, which keep an element only while selected; the curve once `painted`. */
export function selectedCardsOnly(nodes: CanvasNode[], painted: boolean): CanvasNode[] {
  return nodes.filter((n) => (n.type === 'curve' ? painted : n.type !== 'touchpoint' || n.selected === true));
}

/**
 * The card drawn at `point` (flow coordinates), the one drawn last where cards overlap; null when none.
 * Cards out of sight in a collapsed or hidden lane are not drawn, so not found.
 */
export function cardAt(nodes: readonly CanvasNode[], point: { x: number; y: number }): string | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.type !== 'touchpoint' || n.hidden) continue;
    const { x, y } = n.position;
    if (point.x >= x && point.x <= x + (n.width ?? 0) && point.y >= y && point.y <= y + (n.height ?? 0)) return n.id;
  }
  return null;
}

/** The cards drawn wholly inside the box with corners `a` and `b` (flow coordinates), as a box drawn over cards selects them. */
export function cardsInside(
  nodes: readonly CanvasNode[],
  a: { x: number; y: number },
  b: { x: number; y: number },
): string[] {
  const [left, right] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
  const [top, bottom] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
  return nodes
    .filter((n) => {
      if (n.type !== 'touchpoint' || n.hidden) return false;
      const { x, y } = n.position;
      return x >= left && y >= top && x + (n.width ?? 0) <= right && y + (n.height ?? 0) <= bottom;
    })
    .map((n) => n.id);
}

/** The next limit after a painted frame: `Infinity` once it covers all `total` cards. */
export function nextLimit(limit: number, total: number): number {
  const next = limit + TARGETS_PER_FRAME;
  return next >= total ? Infinity : next;
}
