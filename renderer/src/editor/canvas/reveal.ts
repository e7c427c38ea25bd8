/**
 * Where to bring an item on the canvas so a person sees it: not merely inside the canvas, but clear of
 * what floats over it (the minimap, the zoom controls, a feature's bar across the top such as the
 * workshop's capture bar). A card added under the minimap, or behind the capture bar, counted as shown.
 */

/** A box on the screen, in CSS pixels. */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The box of a DOMRect as a plain object (its sides are getters, which a spread does not copy). */
export const screenBox = (r: ScreenBox): ScreenBox => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

/** Marks an element a feature floats over the map (the capture bar): revealed items are kept clear of it. */
export const CANVAS_OVERLAY_ATTRIBUTE = 'data-canvas-overlay';

/** The margin kept between a revealed item and the canvas's edges. */
export const REVEAL_MARGIN = 16;

const overlaps = (a: ScreenBox, b: ScreenBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The part of the canvas left free by the bars across it: a cover wider than half the canvas at its top
 * or bottom edge takes that band away. Boxes in a corner (minimap, controls) are only kept clear of.
 */
export function freeArea(canvas: ScreenBox, covers: readonly ScreenBox[], margin = REVEAL_MARGIN): ScreenBox {
  const free = { ...canvas };
  const width = canvas.right - canvas.left;
  for (const c of covers) {
    const across = Math.min(c.right, canvas.right) - Math.max(c.left, canvas.left);
    if (across <= width / 2 || !overlaps(c, canvas)) continue;
    if (c.top <= canvas.top + margin) free.top = Math.max(free.top, Math.min(c.bottom, canvas.bottom));
    else if (c.bottom >= canvas.bottom - margin) free.bottom = Math.min(free.bottom, Math.max(c.top, canvas.top));
  }
  // A canvas all but covered: its middle, rather than nothing.
  if (free.bottom - free.top < 1) return canvas;
  return free;
}

/**
 * Null when `item` is already in view: inside the free area with a margin, under no cover. Otherwise the
 * point of the screen its centre should be brought to: the middle of the free area.
 */
export function revealPoint(
  item: ScreenBox,
  canvas: ScreenBox,
  covers: readonly ScreenBox[],
  margin = REVEAL_MARGIN,
): { x: number; y: number } | null {
  const free = freeArea(canvas, covers, margin);
  const inside =
    item.left >= free.left + margin &&
    item.right <= free.right - margin &&
    item.top >= free.top + margin &&
    item.bottom <= free.bottom - margin;
  if (inside && !covers.some((c) => overlaps(c, item))) return null;
  return { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 };
}
