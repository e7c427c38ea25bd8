/**
 * Where a menu opened at a point (a right-click) goes: its top-left corner at the point, else, where it
 * would run off the window, its other corner there (the menu opens to the left of the point, or above it),
 * and where neither fits, as far in as the window allows, a margin from its edges. Pure.
 */
export interface MenuPlace {
  left: number;
  top: number;
}

export const MENU_MARGIN = 8;

export function placeMenu(
  at: { x: number; y: number },
  size: { width: number; height: number },
  view: { width: number; height: number },
  margin = MENU_MARGIN,
): MenuPlace {
  const along = (point: number, length: number, room: number) => {
    if (point + length <= room - margin) return point;
    if (point - length >= margin) return point - length;
    return Math.max(margin, room - margin - length);
  };
  return { left: along(at.x, size.width, view.width), top: along(at.y, size.height, view.height) };
}
