import { describe, expect, it } from 'vitest';
import { MENU_MARGIN, placeMenu } from '../../../renderer/src/ui/place-menu';

const view = { width: 1280, height: 800 };
const size = { width: 220, height: 260 };

describe('a menu opened at a point', () => {
  it('opens at the point where it fits', () => {
    expect(placeMenu({ x: 100, y: 100 }, size, view)).toEqual({ left: 100, top: 100 });
  });

  it('opens above the point near the window’s bottom, and left of it near its right edge', () => {
    expect(placeMenu({ x: 100, y: 700 }, size, view)).toEqual({ left: 100, top: 700 - 260 });
    expect(placeMenu({ x: 1200, y: 100 }, size, view)).toEqual({ left: 1200 - 220, top: 100 });
    expect(placeMenu({ x: 1200, y: 700 }, size, view)).toEqual({ left: 980, top: 440 });
  });

  it('keeps its margin from the edges: a point exactly at the limit still opens there', () => {
    const y = view.height - MENU_MARGIN - size.height;
    expect(placeMenu({ x: 0, y }, size, view).top).toBe(y);
    expect(placeMenu({ x: 0, y: y + 1 }, size, view).top).toBe(y + 1 - size.height);
  });

  it('fits in as far as it can when neither side of the point has room', () => {
    // Taller than the space above and below the point: from the bottom margin up, or the top margin at most.
    expect(placeMenu({ x: 10, y: 150 }, { width: 220, height: 700 }, view).top).toBe(800 - MENU_MARGIN - 700);
    expect(placeMenu({ x: 10, y: 150 }, { width: 220, height: 900 }, view).top).toBe(MENU_MARGIN);
    expect(placeMenu({ x: 100, y: 10 }, { width: 1300, height: 100 }, view).left).toBe(MENU_MARGIN);
  });
});
