import { describe, expect, it } from 'vitest';
import { stageColumns, STAGE_HEADER_HEIGHT } from '../../../renderer/src/domain/layout';
import { DEFAULT_STAGE_NAMES, LANE_HEADER_WIDTH } from '../../../renderer/src/domain/vocabulary';
import {
  contentBounds,
  EMPTY_HINT_ROOM,
  HEADERS_READABLE_ZOOM,
  mapOrigin,
  readableViewOf,
  readableViewport,
  STAGE_NAME_PX,
} from '../../../renderer/src/editor/canvas/first-view';
import {
  ADD_LANE_EDGE_GAP,
  ADD_LANE_MAX_WIDTH,
  ADD_LANE_RIGHT,
  canvasGeometry,
} from '../../../renderer/src/editor/canvas/geometry';
import { ADD_LANE_NODE_ID, createCanvasBuilder } from '../../../renderer/src/editor/canvas/build-nodes';
import { docStateFrom, type DocState } from '../../../renderer/src/session/doc-state';
import { journey } from '../../fixtures/journey-builder';

// The canvas of a 1440×900 window: under the 45 px toolbar, beside the 360 px side panel (Inspector) or without it.
const AT_1440_PANEL = { width: 1080, height: 855 };
const AT_1440_NO_PANEL = { width: 1440, height: 855 };
const AT_1920_PANEL = { width: 1560, height: 1035 };
// A 1280×800 window beside the side panel (as first-view.test.ts).
const AT_1280 = { width: 920, height: 755 };

type Canvas = { width: number; height: number };

/** A journey with these stages (320 wide, as the library makes them) and nothing else. */
function emptyJourney(names: readonly string[]): DocState {
  const b = journey('Untitled journey');
  b.stages(...names);
  return docStateFrom(b.build());
}

const twenty = Array.from({ length: 20 }, (_, i) => `Stage ${i + 1}`);

const geometryOf = (doc: DocState) => canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes);
const viewOf = (doc: DocState, canvas: Canvas) => readableViewOf(geometryOf(doc), doc.touchpoints, doc.notes, canvas);

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

/** The stage headers (their boxes on the map) of a journey. */
const headers = (doc: DocState) =>
  stageColumns(Object.values(doc.stages)).map((c) => ({
    name: c.stage.name,
    box: { x: c.x, y: 0, width: c.width, height: STAGE_HEADER_HEIGHT },
  }));

/** Expects the Add lanes button whole in the canvas, at its widest, below the empty map's hint. */
function expectAddLanesWhole(doc: DocState, v: { x: number; y: number; zoom: number }, canvas: Canvas, at: string) {
  const nodes = createCanvasBuilder().buildNodes({
    doc,
    geometry: geometryOf(doc),
    selection: new Set(),
    drag: new Map(),
    far: false,
  });
  const add = nodes.find((n) => n.id === ADD_LANE_NODE_ID)!;
  // Zoomed out, the button keeps its size on screen, reaching left of its node's right edge (geometry.ts).
  const right = v.x + ADD_LANE_RIGHT * v.zoom;
  expect(right - ADD_LANE_MAX_WIDTH * Math.max(1, v.zoom), at).toBeGreaterThanOrEqual(ADD_LANE_EDGE_GAP - 0.5);
  const top = v.y + add.position.y * v.zoom;
  expect(top, at).toBeGreaterThanOrEqual(EMPTY_HINT_ROOM);
  expect(top + add.height! * Math.max(1, v.zoom), at).toBeLessThanOrEqual(canvas.height);
}

describe('the first view of a map without cards', () => {
  it('shows a new journey’s six stages whole when their names read so: 1440×900 without the side panel, 1920×1080', () => {
    const doc = emptyJourney(DEFAULT_STAGE_NAMES);
    for (const [at, canvas] of [
      ['1440×900, side panel closed', AT_1440_NO_PANEL],
      ['1920×1080, side panel open', AT_1920_PANEL],
    ] as const) {
      const v = viewOf(doc, canvas)!;
      expect(v, at).not.toBeNull();
      expect(v.zoom, at).toBeGreaterThanOrEqual(HEADERS_READABLE_ZOOM);
      expect(v.zoom, at).toBeLessThanOrEqual(1);
      expect(v.zoom * STAGE_NAME_PX, at).toBeGreaterThanOrEqual(9);
      for (const { name, box } of headers(doc)) {
        const header = onScreen(v, box);
        expect(header.left, `${at}: ${name}`).toBeGreaterThanOrEqual(0);
        expect(header.right, `${at}: ${name}`).toBeLessThanOrEqual(canvas.width);
        // Below the room kept for the empty map's hint (at the canvas's top, in screen space).
        expect(header.top, `${at}: ${name}`).toBeGreaterThanOrEqual(EMPTY_HINT_ROOM);
        expect(header.bottom, `${at}: ${name}`).toBeLessThan(canvas.height);
      }
      expectAddLanesWhole(doc, v, canvas, at);
    }
  });

  // Too many to show whole at a readable zoom: the first stage's view, as before (at up to 100 %, as
  // first-view.test.ts asks of six stages in a 1280×800 window).
  it('starts twenty empty stages from the first stage, with the lane column, readable', () => {
    const doc = emptyJourney(twenty);
    for (const canvas of [AT_1440_PANEL, AT_1440_NO_PANEL]) {
      const at = `${canvas.width}×${canvas.height}`;
      const v = viewOf(doc, canvas)!;
      expect(v, at).not.toBeNull();
      expect(v.zoom, at).toBeGreaterThanOrEqual(HEADERS_READABLE_ZOOM);
      const [first] = headers(doc);
      const header = onScreen(v, first!.box);
      const lanes = onScreen(v, { x: -LANE_HEADER_WIDTH, y: 0, width: LANE_HEADER_WIDTH, height: 1 });
      expect(lanes.left, at).toBeGreaterThanOrEqual(0);
      expect(header.right, at).toBeLessThanOrEqual(canvas.width);
      expect(header.top, at).toBeGreaterThanOrEqual(EMPTY_HINT_ROOM);
      expectAddLanesWhole(doc, v, canvas, at);
    }
  });

  it('opens six stages beside the side panel at 1440×900 at the first stage at 100 %: whole, their names would be 7 px', () => {
    const doc = emptyJourney(DEFAULT_STAGE_NAMES);
    const v = viewOf(doc, AT_1440_PANEL)!;
    expect(v.zoom).toBe(1);
    const [first] = headers(doc);
    expect(onScreen(v, first!.box).right).toBeLessThanOrEqual(AT_1440_PANEL.width);
  });

  it('shows three empty stages whole where the first view showed two and a part at 100 %', () => {
    const doc = emptyJourney(['Discover', 'Choose', 'Buy']);
    const v = viewOf(doc, AT_1280)!;
    expect(v.zoom).toBeGreaterThanOrEqual(HEADERS_READABLE_ZOOM);
    expect(v.zoom).toBeLessThan(1);
    for (const { name, box } of headers(doc)) {
      const header = onScreen(v, box);
      expect(header.left, name).toBeGreaterThanOrEqual(0);
      expect(header.right, name).toBeLessThanOrEqual(AT_1280.width);
    }
    expectAddLanesWhole(doc, v, AT_1280, '1280×800');
  });

  it('keeps stages that fit at 100 % where the first view put them', () => {
    const doc = emptyJourney(['Discover', 'Choose']);
    const v = viewOf(doc, AT_1440_PANEL)!;
    // The lane column and the stage headers a margin (and the hint's room) in from the canvas's corner.
    expect(v).toEqual({ x: LANE_HEADER_WIDTH + 32, y: EMPTY_HINT_ROOM + 32, zoom: 1 });
  });

  it('leaves a map with cards, or with notes only, to the view of its content', () => {
    const withCard = journey('One card');
    const stages = withCard.stages(...DEFAULT_STAGE_NAMES);
    withCard.touchpoint(stages[0], { title: 'Hears of it', position: { x: 50, y: 120 } });
    const withNote = journey('One note');
    withNote.stages(...DEFAULT_STAGE_NAMES);
    withNote.note('Ask sales', { position: { x: 40, y: 140 } });
    for (const doc of [docStateFrom(withCard.build()), docStateFrom(withNote.build())]) {
      const g = geometryOf(doc);
      for (const canvas of [AT_1440_PANEL, AT_1440_NO_PANEL, AT_1280]) {
        const content = readableViewport(contentBounds(g, doc.touchpoints, doc.notes), mapOrigin(g), canvas);
        expect(viewOf(doc, canvas)).toEqual(content);
      }
    }
  });
});
