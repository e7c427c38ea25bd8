import { describe, expect, it } from 'vitest';
import {
  fitViewBox,
  overviewShapes,
  unionBox,
  type OverviewItem,
} from '../../../renderer/src/editor/canvas/minimap/overview-shapes';

describe('minimap shapes', () => {
  it('draws each kind of node as one path and bounds them all', () => {
    const items: OverviewItem[] = [
      { kind: 'stage', x: 0, y: 0, width: 300, height: 600 },
      { kind: 'touchpoint', x: 40, y: 100, width: 220, height: 96 },
      { kind: 'touchpoint', x: 40, y: 260.04, width: 220, height: 96 },
      { kind: 'note', x: 500, y: -50, width: 180, height: 120 },
    ];
    const shapes = overviewShapes(items);
    expect(shapes.paths.stage).toBe('M0 0h300v600h-300z');
    expect(shapes.paths.touchpoint).toBe('M40 100h220v96h-220zM40 260h220v96h-220z');
    expect(shapes.paths.note).toBe('M500 -50h180v120h-180z');
    expect(shapes.bounds).toEqual({ x: 0, y: -50, width: 680, height: 650 });
  });

  it('leaves out items without a size, and has no bounds for an empty map', () => {
    const shapes = overviewShapes([{ kind: 'touchpoint', x: 10, y: 10, width: 0, height: 96 }]);
    expect(shapes.paths).toEqual({ stage: '', touchpoint: '', note: '' });
    expect(shapes.bounds).toBeNull();
  });

  it('fits the map and the part on screen together, centred, keeping the minimap aspect', () => {
    const content = unionBox({ x: 0, y: 0, width: 1000, height: 300 }, { x: -200, y: 100, width: 400, height: 400 });
    expect(content).toEqual({ x: -200, y: 0, width: 1200, height: 500 });
    expect(unionBox(null, content)).toBe(content);
    const view = fitViewBox(content, 200, 150, 5);
    // 1,200 wide fills the 190 px inside the margins; the height is centred.
    expect(view.scale).toBeCloseTo(1200 / 190);
    expect(view.width / view.height).toBeCloseTo(200 / 150);
    expect(view.x).toBeCloseTo(-200 - 5 * view.scale);
    expect(view.x + view.width).toBeCloseTo(1000 + 5 * view.scale);
    expect(view.y + view.height / 2).toBeCloseTo(250);
  });
});
