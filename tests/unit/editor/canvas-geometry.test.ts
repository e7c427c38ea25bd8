import { describe, expect, it } from 'vitest';
import { createNote } from '../../../renderer/src/domain/factories';
import { canvasGeometry, MIN_COLUMN_HEIGHT, NOTE_SIZE } from '../../../renderer/src/editor/canvas/geometry';
import { smallState } from './fixtures';

describe('canvas geometry', () => {
  const doc = smallState();
  const noteAt = (x: number, y: number) => {
    const note = createNote({ journeyId: doc.journey.id, text: 'நான் ஒரு குறிப்பு', position: { x, y } });
    return { [note.id]: note };
  };

  it('puts the emotion lane below the lowest card', () => {
    const g = canvasGeometry(doc.stages, doc.touchpoints);
    expect(g.columnHeight).toBe(MIN_COLUMN_HEIGHT);
    expect(g.laneTop).toBeGreaterThan(g.columnHeight);
    expect(g.totalWidth).toBe(g.columns.at(-1)!.x + g.columns.at(-1)!.width);
  });

  it('grows the columns to hold a sticky note left under a stage, so the lane never covers it', () => {
    const g = canvasGeometry(doc.stages, doc.touchpoints, noteAt(60, 900));
    expect(g.columnHeight).toBeGreaterThanOrEqual(900 + NOTE_SIZE.height);
    expect(g.laneTop).toBeGreaterThan(900 + NOTE_SIZE.height);
  });

  it('ignores notes above the stage headers or beside the columns', () => {
    const base = canvasGeometry(doc.stages, doc.touchpoints);
    const right = base.totalWidth + 40;
    expect(canvasGeometry(doc.stages, doc.touchpoints, noteAt(60, -200))).toEqual(base);
    expect(canvasGeometry(doc.stages, doc.touchpoints, noteAt(right, 900))).toEqual(base);
    expect(canvasGeometry(doc.stages, doc.touchpoints, noteAt(-NOTE_SIZE.width - 10, 900))).toEqual(base);
  });
});
