/**
 * How large the minimap is drawn, and whether it starts folded away, for the
 * size of the canvas it sits in. At its full 200 × 150 it took a quarter of a
 * canvas beside the inspector in a 1024 × 700 window and hid the lower lanes
 * of a blueprint; it now scales with the canvas, and a canvas too small to
 * spare the room shows a small button in its place (pressing it shows the
 * minimap; the minimap's own button folds it again).
 */

/** The minimap's size on a large canvas; it never grows past it. */
export const MINIMAP_MAX = { width: 200, height: 150 } as const;
/** The smallest minimap still worth drawing (a map of a dozen stages stays legible at it). */
export const MINIMAP_MIN = { width: 132, height: 99 } as const;
/** The share of the canvas's width the minimap takes between those sizes. */
export const MINIMAP_SHARE = 0.16;
/** Below this canvas width or height the minimap starts folded to a button (and a press shows it). */
export const FOLD_BELOW = { width: 760, height: 560 } as const;

export type MinimapChoice = 'shown' | 'folded';

export interface MinimapLayout {
  folded: boolean;
  width: number;
  height: number;
}

/**
 * The minimap's layout for a canvas of this size. `choice` is the user's
 * own, from the fold button (null until pressed): it wins over the size rule.
 */
export function minimapLayout(canvas: { width: number; height: number }, choice: MinimapChoice | null): MinimapLayout {
  const width = Math.round(Math.min(MINIMAP_MAX.width, Math.max(MINIMAP_MIN.width, canvas.width * MINIMAP_SHARE)));
  const height = Math.round((width * MINIMAP_MAX.height) / MINIMAP_MAX.width);
  const small = canvas.width < FOLD_BELOW.width || canvas.height < FOLD_BELOW.height;
  const folded = choice === null ? small : choice === 'folded';
  return { folded, width, height };
}
