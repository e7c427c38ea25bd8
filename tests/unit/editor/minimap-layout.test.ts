import { describe, expect, it } from 'vitest';
import { MINIMAP_MAX, MINIMAP_MIN, minimapLayout } from '../../../renderer/src/editor/canvas/minimap/minimap-layout';

// The canvas beside the open inspector at the window sizes the product team looked at, and without it.
const INSPECTOR_1024 = { width: 664, height: 655 };
const INSPECTOR_1280 = { width: 920, height: 755 };
const FULL_1440 = { width: 1440, height: 855 };

describe('the minimap’s size and fold', () => {
  it('starts folded to a button in the canvas beside the inspector at 1024 × 700, and shows on a press', () => {
    expect(minimapLayout(INSPECTOR_1024, null).folded).toBe(true);
    expect(minimapLayout(INSPECTOR_1024, 'shown').folded).toBe(false);
    // Shown there, it takes at most 4 % of the canvas (200 × 150 took 7 %).
    const shown = minimapLayout(INSPECTOR_1024, 'shown');
    expect((shown.width * shown.height) / (INSPECTOR_1024.width * INSPECTOR_1024.height)).toBeLessThanOrEqual(0.04);
  });

  it('is shown on larger canvases, a sixth of the canvas wide between its least and greatest size', () => {
    const at1280 = minimapLayout(INSPECTOR_1280, null);
    expect(at1280.folded).toBe(false);
    expect(at1280.width).toBe(Math.round(920 * 0.16));
    expect(at1280.width).toBeLessThan(MINIMAP_MAX.width);
    const wide = minimapLayout(FULL_1440, null);
    expect(wide).toEqual({ folded: false, ...MINIMAP_MAX });
    expect(minimapLayout({ width: 500, height: 400 }, 'shown')).toEqual({ folded: false, ...MINIMAP_MIN });
  });

  it('keeps the map’s 4 : 3 shape at every size', () => {
    for (const width of [500, 700, 920, 1100, 1600]) {
      const { width: w, height: h } = minimapLayout({ width, height: 800 }, 'shown');
      expect(h).toBeCloseTo((w * 3) / 4, 0);
    }
  });

  it('folds when the user folds it, whatever the canvas size, and a short canvas starts folded', () => {
    expect(minimapLayout(FULL_1440, 'folded').folded).toBe(true);
    expect(minimapLayout({ width: 1200, height: 500 }, null).folded).toBe(true);
  });
});
