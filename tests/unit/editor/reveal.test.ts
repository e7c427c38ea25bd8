/**
 * A card brought into view is clear of what floats over the map: a facilitator's captured touchpoint
 * ended half under the minimap, counted as shown because it was inside the canvas.
 */
import { describe, expect, it } from 'vitest';
import { freeArea, revealPoint, screenBox, type ScreenBox } from '../../../renderer/src/editor/canvas/reveal';

const box = (left: number, top: number, width: number, height: number): ScreenBox => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

const CANVAS = box(0, 44, 1020, 856);
const MINIMAP = box(842, 744, 162, 124);
const CONTROLS = box(14, 790, 28, 80);
const CAPTURE_BAR = box(60, 56, 900, 122);

describe('revealing an item on the canvas', () => {
  it('leaves the view alone for an item in the open', () => {
    expect(revealPoint(box(400, 400, 216, 96), CANVAS, [MINIMAP, CONTROLS, CAPTURE_BAR])).toBeNull();
  });

  it('moves an item half under the minimap, or under the capture bar, or at the edge', () => {
    const covers = [MINIMAP, CONTROLS, CAPTURE_BAR];
    // The captured card of the report: 696-912 across, 745-840 down, the minimap over its right part.
    expect(revealPoint(box(696, 745, 216, 96), CANVAS, covers)).not.toBeNull();
    expect(revealPoint(box(400, 100, 216, 96), CANVAS, covers)).not.toBeNull();
    expect(revealPoint(box(400, 850, 216, 96), CANVAS, [])).not.toBeNull();
  });

  it('brings it to the middle of what the bars across the map leave free', () => {
    expect(freeArea(CANVAS, [MINIMAP, CONTROLS, CAPTURE_BAR])).toEqual({ ...CANVAS, top: 178 });
    const point = revealPoint(box(696, 745, 216, 96), CANVAS, [MINIMAP, CONTROLS, CAPTURE_BAR])!;
    expect(point).toEqual({ x: 510, y: (178 + 900) / 2 });
    // There, the card is in the open.
    const moved = box(point.x - 108, point.y - 48, 216, 96);
    expect(revealPoint(moved, CANVAS, [MINIMAP, CONTROLS, CAPTURE_BAR])).toBeNull();
  });

  it('takes a bar along the bottom away too, and keeps the whole canvas when the bars would leave nothing', () => {
    const bottomBar = box(0, 800, 1020, 100);
    expect(freeArea(CANVAS, [bottomBar])).toEqual({ ...CANVAS, bottom: 800 });
    expect(freeArea(CANVAS, [box(0, 44, 1020, 856)])).toEqual(CANVAS);
  });

  it('takes a DOMRect-like box whose sides are getters', () => {
    class Rect {
      constructor(private readonly b: ScreenBox) {}
      get left() {
        return this.b.left;
      }
      get top() {
        return this.b.top;
      }
      get right() {
        return this.b.right;
      }
      get bottom() {
        return this.b.bottom;
      }
    }
    const canvas = screenBox(new Rect(CANVAS));
    expect(freeArea(canvas, [screenBox(new Rect(CAPTURE_BAR))])).toEqual({ ...CANVAS, top: 178 });
  });
});
