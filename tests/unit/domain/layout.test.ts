import { describe, expect, it } from 'vitest';
import {
  STAGE_HEADER_HEIGHT,
  STAGE_PADDING,
  TOUCHPOINT_HEIGHT,
  TOUCHPOINT_WIDTH,
  createStage,
  createTouchpoint,
  nextSlotInStage,
  placeInColumn,
  stageAtX,
  stageColumns,
  stageForPosition,
  stageSlots,
  type StageColumn,
  type Touchpoint,
} from '../../../renderer/src/domain';

const journeyId = 'journey:layout' as never;
const a = createStage({ journeyId, name: 'A', order: 0, width: 300 });
const b = createStage({ journeyId, name: 'B', order: 1, width: 400 });
const c = createStage({ journeyId, name: 'C', order: 2, width: 200 });

describe('stage columns', () => {
  it('lay stages out left to right in order, whatever the input order', () => {
    const columns = stageColumns([c, a, b]);
    expect(columns.map((col) => [col.stage.name, col.x, col.width])).toEqual([
      ['A', 0, 300],
      ['B', 300, 400],
      ['C', 700, 200],
    ]);
  });

  it('stageAtX finds the column holding x, clamping at both ends', () => {
    const columns = stageColumns([a, b, c]);
    expect(stageAtX(columns, -50)).toBe(a.id);
    expect(stageAtX(columns, 0)).toBe(a.id);
    expect(stageAtX(columns, 299.9)).toBe(a.id);
    expect(stageAtX(columns, 300)).toBe(b.id);
    expect(stageAtX(columns, 899)).toBe(c.id);
    expect(stageAtX(columns, 5000)).toBe(c.id);
    expect(stageAtX([] as StageColumn[], 10)).toBeNull();
  });

  it('stageForPosition judges a touchpoint by its centre', () => {
    const columns = stageColumns([a, b, c]);
    // Left edge in A, centre in B.
    expect(stageForPosition(columns, { x: 300 - TOUCHPOINT_WIDTH / 2, y: 0 })).toBe(b.id);
    expect(stageForPosition(columns, { x: 300 - TOUCHPOINT_WIDTH / 2 - 1, y: 0 })).toBe(a.id);
  });

  it('placeInColumn centres a card on the point, inside its column and below the header', () => {
    const [, colB, colC] = stageColumns([a, b, c]);
    const inside = { x: 500, y: 400 };
    expect(placeInColumn(colB!, inside)).toEqual({ x: 500 - TOUCHPOINT_WIDTH / 2, y: 400 - TOUCHPOINT_HEIGHT / 2 });
    // Near the column's left edge: it starts a padding in, not half in stage A.
    expect(placeInColumn(colB!, { x: 310, y: 400 }).x).toBe(300 + STAGE_PADDING);
    // Near its right edge: it ends a padding in, not in stage C.
    expect(placeInColumn(colB!, { x: 695, y: 400 }).x).toBe(700 - STAGE_PADDING - TOUCHPOINT_WIDTH);
    // Just under the header: below it, where a stage's first card goes.
    const under = placeInColumn(colB!, { x: 500, y: STAGE_HEADER_HEIGHT + 5 });
    expect(under.y).toBe(STAGE_HEADER_HEIGHT + STAGE_PADDING);
    expect(under.y).toBe(nextSlotInStage([colB!], b.id, []).y);
    // A column narrower than the card and its padding: the card centred on it, whatever the point.
    expect(placeInColumn(colC!, { x: 705, y: 400 }).x).toBe(700 + (200 - TOUCHPOINT_WIDTH) / 2);
    expect(placeInColumn(colC!, { x: 895, y: 400 }).x).toBe(700 + (200 - TOUCHPOINT_WIDTH) / 2);
  });

  it('nextSlotInStage stacks new touchpoints below the lowest one in the stage', () => {
    const columns = stageColumns([a, b, c]);
    const first = nextSlotInStage(columns, b.id, []);
    expect(first).toEqual({ x: 300 + (400 - TOUCHPOINT_WIDTH) / 2, y: STAGE_HEADER_HEIGHT - 8 + 32 });
    const placed = createTouchpoint({ journeyId, stageId: b.id, position: first });
    const inA = createTouchpoint({ journeyId, stageId: a.id, position: { x: 0, y: 900 } });
    const second = nextSlotInStage(columns, b.id, [placed, inA]);
    expect(second).toEqual({ x: first.x, y: first.y + TOUCHPOINT_HEIGHT + 32 });
    // A narrow column keeps the padding.
    expect(nextSlotInStage(columns, c.id, []).x).toBe(700 + STAGE_PADDING);
    // Every slot lies inside its column.
    for (const col of columns) {
      const slot = nextSlotInStage(columns, col.stage.id, []);
      expect(stageForPosition(columns, slot)).toBe(col.stage.id);
    }
  });

  it('stageSlots places many in a row exactly as nextSlotInStage places each, with those placed before', () => {
    const columns = stageColumns([a, b, c]);
    // Already on the map: one high in A, one low in B (and one above the header line in C).
    const existing = [
      createTouchpoint({ journeyId, stageId: a.id, position: { x: 10, y: 400 } }),
      createTouchpoint({ journeyId, stageId: b.id, position: { x: 310, y: 1200 } }),
      createTouchpoint({ journeyId, stageId: c.id, position: { x: 710, y: -50 } }),
    ];
    const order = [a, b, b, c, a, a, c, b, a, c].map((s) => s.id);
    const placed: Touchpoint[] = [...existing];
    const oneByOne = order.map((stageId) => {
      const position = nextSlotInStage(columns, stageId, placed);
      placed.push(createTouchpoint({ journeyId, stageId, position }));
      return position;
    });
    const slot = stageSlots(columns, existing);
    expect(order.map((stageId) => slot(stageId))).toEqual(oneByOne);
  });
});
