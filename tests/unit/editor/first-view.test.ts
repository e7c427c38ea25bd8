import { describe, expect, it } from 'vitest';
import { stageColumns } from '../../../renderer/src/domain/layout';
import { LANE_HEADER_WIDTH, TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../../renderer/src/domain/vocabulary';
import {
  contentBounds,
  EMPTY_HINT_ROOM,
  mapOrigin,
  READABLE_ZOOM,
  readableViewOf,
  readableViewport,
} from '../../../renderer/src/editor/canvas/first-view';
import { canvasGeometry } from '../../../renderer/src/editor/canvas/geometry';
import { ADD_LANE_NODE_ID, createCanvasBuilder } from '../../../renderer/src/editor/canvas/build-nodes';
import { docStateFrom, type DocState } from '../../../renderer/src/session/doc-state';
import { journey } from '../../fixtures/journey-builder';
import { smallState } from './fixtures';

// The canvas beside the open inspector at the two window sizes the product team looked at.
const AT_1280 = { width: 920, height: 755 };
const AT_1024 = { width: 664, height: 655 };
const TITLE_PX = 13;

/** A new journey's six empty stages, 320 wide, as the library makes it. */
function blank(): DocState {
  const b = journey('Untitled journey');
  b.stages('Discover', 'Choose', 'Buy', 'Receive', 'Use', 'Renew');
  return docStateFrom(b.build());
}

/** Six stages with a card in every one: 1,920 map units wide. */
function sixStages(): DocState {
  const b = journey('Wide');
  const stages = b.stages('A', 'B', 'C', 'D', 'E', 'F');
  const columns = stageColumns(stages);
  stages.forEach((s, i) => b.touchpoint(s, { title: s.name, position: { x: columns[i]!.x + 50, y: 120 } }));
  return docStateFrom(b.build());
}

const viewOf = (doc: DocState, canvas: { width: number; height: number }) =>
  readableViewOf(canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes), doc.touchpoints, doc.notes, canvas);

/** A map box on screen under this viewport. */
const onScreen = (
  v: { x: number; y: number; zoom: number },
  b: { x: number; y: number; width: number; height: number },
) => ({
  left: v.x + b.x * v.zoom,
  top: v.y + b.y * v.zoom,
  right: v.x + (b.x + b.width) * v.zoom,
  bottom: v.y + (b.y + b.height) * v.zoom,
});

describe('the first view of a small journey', () => {
  it('opens a new blank journey at 100 %, from its first stage with the lane column, below the hint', () => {
    for (const canvas of [AT_1280, AT_1024]) {
      const v = viewOf(blank(), canvas)!;
      expect(v, `${canvas.width}`).not.toBeNull();
      expect(v.zoom).toBe(1);
      // The lane headers' column (the Add lanes button) and the whole first stage are in the canvas.
      const lanes = onScreen(v, { x: -LANE_HEADER_WIDTH, y: 0, width: LANE_HEADER_WIDTH, height: 1 });
      expect(lanes.left).toBeGreaterThanOrEqual(0);
      const first = onScreen(v, { x: 0, y: 0, width: 320, height: 88 });
      expect(first.right).toBeLessThanOrEqual(canvas.width);
      // The stage headers start under the room kept for the empty map's hint.
      expect(first.top).toBeGreaterThanOrEqual(EMPTY_HINT_ROOM);
      expect(first.bottom).toBeLessThan(canvas.height);
    }
  });

  it('shows the Add lanes button whole in a new journey’s first view', () => {
    const doc = blank();
    const geometry = canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes);
    const nodes = createCanvasBuilder().buildNodes({
      doc,
      geometry,
      selection: new Set(),
      drag: new Map(),
      far: false,
    });
    const add = nodes.find((n) => n.id === ADD_LANE_NODE_ID)!;
    for (const canvas of [AT_1280, AT_1024]) {
      const box = onScreen(viewOf(doc, canvas)!, { ...add.position, width: add.width!, height: add.height! });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(EMPTY_HINT_ROOM);
      expect(box.bottom).toBeLessThanOrEqual(canvas.height);
    }
  });

  it('shows every card of a three-stage journey with titles at least 11 px high', () => {
    const doc = smallState();
    for (const canvas of [AT_1280, { width: 1280, height: 755 }]) {
      const v = viewOf(doc, canvas)!;
      expect(v.zoom * TITLE_PX).toBeGreaterThanOrEqual(11);
      expect(v.zoom).toBeLessThanOrEqual(1);
      for (const t of Object.values(doc.touchpoints)) {
        const box = onScreen(v, { ...t.position, width: TOUCHPOINT_WIDTH, height: TOUCHPOINT_HEIGHT });
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(canvas.width);
        expect(box.bottom).toBeLessThanOrEqual(canvas.height);
      }
    }
  });

  it('leaves a journey too wide to read whole to the fit of the whole map, and reads it on a wide canvas', () => {
    expect(viewOf(sixStages(), AT_1280)).toBeNull();
    expect(viewOf(smallState(), AT_1024)).toBeNull();
    const wide = viewOf(sixStages(), { width: 2400, height: 1000 })!;
    expect(wide.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('never zooms past 100 % for one card, and keeps the map’s start in view when the card is near it', () => {
    const b = journey('One');
    const [stage] = b.stages('Discover', 'Choose');
    const card = b.touchpoint(stage!, { title: 'Hears of it', position: { x: 50, y: 120 } });
    const doc = docStateFrom(b.build());
    const v = viewOf(doc, AT_1280)!;
    expect(v.zoom).toBe(1);
    const box = onScreen(v, { ...card.position, width: TOUCHPOINT_WIDTH, height: TOUCHPOINT_HEIGHT });
    expect(box.left).toBeGreaterThan(0);
    expect(box.right).toBeLessThan(AT_1280.width);
    // The map's top-left corner (lane column, stage headers) sits a margin in from the canvas's corner.
    expect(v.x).toBeCloseTo(LANE_HEADER_WIDTH + 32);
    expect(v.y).toBeCloseTo(32);
  });

  it('keeps content far from the map’s start whole, rather than the start', () => {
    const content = { x: 4000, y: 2000, width: 500, height: 300 };
    const v = readableViewport(content, { x: -180, y: 0 }, AT_1280)!;
    const box = onScreen(v, content);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(AT_1280.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(AT_1280.height);
  });

  it('widens the content to the stage columns its cards stand in, and draws cards where their lane shifts them', () => {
    const doc = smallState();
    const g = canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes);
    const bounds = contentBounds(g, doc.touchpoints, doc.notes)!;
    expect(bounds.x).toBe(0);
    expect(bounds.width).toBe(g.totalWidth);
    expect(bounds.y).toBe(0);
    const shifted = { ...g, laneShift: new Map([['lane-x', -100]]) };
    const first = Object.values(doc.touchpoints)[0]!;
    const inLane = {
      ...doc.touchpoints,
      [first.id]: { ...first, laneId: 'lane-x' as never, position: { x: 50, y: 900 } },
    };
    expect(contentBounds(shifted, inLane, {})!.height).toBe(800 + TOUCHPOINT_HEIGHT);
  });

  it('has nothing to show without stages, cards or notes, and starts at the lane column with stages', () => {
    const empty = canvasGeometry({}, {});
    expect(contentBounds(empty, {}, {})).toBeNull();
    expect(readableViewport(null, mapOrigin(empty), AT_1280)).toBeNull();
    expect(mapOrigin(empty)).toEqual({ x: 0, y: 0 });
    const doc = blank();
    expect(mapOrigin(canvasGeometry(doc.stages, {}))).toEqual({ x: -LANE_HEADER_WIDTH, y: 0 });
  });
});
