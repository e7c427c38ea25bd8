import { describe, expect, it } from 'vitest';
import { createNote } from '../../../renderer/src/domain/factories';
import { ADD_LANE_NODE_ID, createCanvasBuilder } from '../../../renderer/src/editor/canvas/build-nodes';
import {
  canvasGeometry,
  firstViewBounds,
  MIN_COLUMN_HEIGHT,
  NOTE_SIZE,
} from '../../../renderer/src/editor/canvas/geometry';
import type { DocState } from '../../../renderer/src/session/doc-state';
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

  describe('first view', () => {
    const nodesOf = (state: DocState) =>
      createCanvasBuilder().buildNodes({
        doc: state,
        geometry: canvasGeometry(state.stages, state.touchpoints, state.notes, state.lanes),
        selection: new Set(),
        matches: null,
        drag: new Map(),
        far: false,
      });

    it('fits the Add lanes button at the left of the first stage in a journey without lanes', () => {
      expect(Object.keys(doc.lanes)).toHaveLength(0);
      const bounds = firstViewBounds(canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes));
      const add = nodesOf(doc).find((n) => n.id === ADD_LANE_NODE_ID)!;
      expect(add.position.x).toBeLessThan(0);
      expect(add.position.x).toBeGreaterThanOrEqual(bounds.x);
      expect(add.position.y).toBeGreaterThanOrEqual(bounds.y);
      expect(add.position.x + add.width!).toBeLessThanOrEqual(bounds.x + bounds.width);
      expect(add.position.y + add.height!).toBeLessThanOrEqual(bounds.y + bounds.height);
    });

    it('holds every node of a map whose cards sit in its columns: stages, cards, emotion curve, Add lanes', () => {
      const g = canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes);
      const bounds = firstViewBounds(g);
      for (const n of nodesOf(doc)) {
        expect(n.position.x, n.id).toBeGreaterThanOrEqual(bounds.x);
        expect(n.position.y, n.id).toBeGreaterThanOrEqual(bounds.y);
        expect(n.position.x + n.width!, n.id).toBeLessThanOrEqual(bounds.x + bounds.width);
        expect(n.position.y + n.height!, n.id).toBeLessThanOrEqual(bounds.y + bounds.height);
      }
    });

    it('starts at the first column when there is no stage (nothing is drawn left of it)', () => {
      const empty = canvasGeometry({}, {});
      expect(firstViewBounds(empty).x).toBe(0);
    });
  });
});
