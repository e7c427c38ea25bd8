import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { createNote } from '../../../renderer/src/domain/factories';
import { ADD_LANE_NODE_ID, createCanvasBuilder } from '../../../renderer/src/editor/canvas/build-nodes';
import {
  ADD_LANE_MAX_WIDTH,
  ADD_LANE_RIGHT,
  canvasGeometry,
  cardsFirstView,
  CARDS_FIRST_ZOOM,
  DETAIL_ZOOM,
  firstViewBounds,
  firstViewport,
  wholeMapView,
  CANVAS_MIN_ZOOM,
  MIN_COLUMN_HEIGHT,
  NOTE_SIZE,
} from '../../../renderer/src/editor/canvas/geometry';
import { docStateFrom, type DocState } from '../../../renderer/src/session/doc-state';
import { journey } from '../../fixtures/journey-builder';
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

    describe('with room for the Add lanes button, which keeps its size on screen when zoomed out', () => {
      // As the canvas fits it (JourneyCanvas.tsx), in the canvas of a 1280×800 window beside the inspector.
      const canvas = { width: 920, height: 755 };
      const fit = (bounds: ReturnType<typeof firstViewBounds>) =>
        getViewportForBounds(bounds, canvas.width, canvas.height, 0.05, 2.5, 0.1);
      const sixStages = () => {
        const b = journey('Six stages');
        b.stages('Discover', 'Choose', 'Buy', 'Receive', 'Use', 'Renew');
        return docStateFrom(b.build());
      };
      /** Where the button's box starts and the map ends on screen at this viewport. */
      const onScreen = (state: DocState, v: { x: number; y: number; zoom: number }) => {
        const bounds = firstViewBounds(canvasGeometry(state.stages, state.touchpoints, state.notes, state.lanes));
        return {
          buttonLeft: v.x + ADD_LANE_RIGHT * v.zoom - ADD_LANE_MAX_WIDTH * Math.max(1, v.zoom),
          mapRight: v.x + (bounds.x + bounds.width) * v.zoom,
          mapBottom: v.y + (bounds.y + bounds.height) * v.zoom,
        };
      };

      it('widens the first view of a six-stage journey at the left, where the plain fit would cut the button', () => {
        const state = sixStages();
        const g = canvasGeometry(state.stages, state.touchpoints, state.notes, state.lanes);
        const plain = fit(firstViewBounds(g));
        expect(plain.zoom).toBeLessThan(0.45);
        expect(onScreen(state, plain).buttonLeft).toBeLessThan(0);

        const v = firstViewport(g, fit);
        const { buttonLeft, mapRight, mapBottom } = onScreen(state, v);
        expect(buttonLeft).toBeGreaterThanOrEqual(7.5);
        expect(mapRight).toBeLessThanOrEqual(canvas.width);
        expect(mapBottom).toBeLessThanOrEqual(canvas.height);
        // Only as much smaller as the room takes.
        expect(v.zoom).toBeGreaterThan(plain.zoom * 0.9);
      });

      it('keeps the plain fit when the button is whole in it', () => {
        const g = canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes);
        const plain = fit(firstViewBounds(g));
        expect(onScreen(doc, plain).buttonLeft).toBeGreaterThan(8);
        expect(firstViewport(g, fit)).toEqual(plain);
      });
    });

    it('shows a map too tall to fit even at the smallest zoom from its stage headers, not its middle, and says so', () => {
      const canvas = { width: 920, height: 755 };
      const b = journey('Tall');
      const stages = b.stages('One', 'Two', 'Three');
      for (const stage of stages) for (let i = 0; i < 400; i++) b.touchpoint(stage!);
      const state = docStateFrom(b.build());
      const g = canvasGeometry(state.stages, state.touchpoints, state.notes, state.lanes);
      const bounds = firstViewBounds(g);
      const { viewport, whole } = wholeMapView(g, canvas, getViewportForBounds);
      expect(whole).toBe(false);
      expect(viewport.zoom).toBe(CANVAS_MIN_ZOOM);
      expect(bounds.height * viewport.zoom).toBeGreaterThan(canvas.height);
      // The map's top (its stage headers) a little below the canvas's top; its width, which fits, centred as before.
      const top = viewport.y + bounds.y * viewport.zoom;
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(40);
      const plain = firstViewport(g, (box) => getViewportForBounds(box, canvas.width, canvas.height, 0.05, 2.5, 0.1));
      expect(viewport.x).toBe(plain.x);
      expect(plain.y + bounds.y * plain.zoom).toBeLessThan(-canvas.height);

      // A map that fits is fitted as the first view always was.
      const small = canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes);
      expect(wholeMapView(small, canvas, getViewportForBounds)).toEqual({
        viewport: firstViewport(small, (box) => getViewportForBounds(box, canvas.width, canvas.height, 0.05, 2.5, 0.1)),
        whole: true,
      });
    });

    it("opens a map that fitted whole would show as tiles, only a little too far out, with its cards' text", () => {
      const b = journey('Blueprint-sized');
      const stages = b.stages('One', 'Two', 'Three', 'Four');
      for (const stage of stages) for (let i = 0; i < 16; i++) b.touchpoint(stage!);
      const state = docStateFrom(b.build());
      const g = canvasGeometry(state.stages, state.touchpoints, state.notes, state.lanes);
      const bounds = firstViewBounds(g);
      const canvas = { width: 1000, height: 724 };
      const { viewport: whole } = wholeMapView(g, canvas, getViewportForBounds);
      expect(whole.zoom).toBeLessThan(DETAIL_ZOOM);
      expect(whole.zoom).toBeGreaterThan(DETAIL_ZOOM / 2);
      const view = cardsFirstView(g, canvas, whole)!;
      expect(view.zoom).toBe(CARDS_FIRST_ZOOM);
      // Its width fits: centred across. Its height does not: from its top, a margin down.
      const left = view.x + bounds.x * view.zoom;
      const right = left + bounds.width * view.zoom;
      expect(left).toBeCloseTo(canvas.width - right, 5);
      expect(view.y + bounds.y * view.zoom).toBe(24);
      // A map that fits with its text, and one far too large (its overview), keep the whole map.
      expect(cardsFirstView(g, canvas, { ...whole, zoom: DETAIL_ZOOM })).toBeNull();
      expect(cardsFirstView(g, canvas, { ...whole, zoom: DETAIL_ZOOM / 2 - 0.01 })).toBeNull();
      // Wider than the canvas: from its left, the Add lanes button whole.
      const narrow = cardsFirstView(g, { width: 500, height: 724 }, whole)!;
      expect(narrow.x + ADD_LANE_RIGHT * narrow.zoom - ADD_LANE_MAX_WIDTH).toBeGreaterThanOrEqual(0);
    });

    it('starts at the first column when there is no stage (nothing is drawn left of it)', () => {
      const empty = canvasGeometry({}, {});
      expect(firstViewBounds(empty).x).toBe(0);
    });
  });
});
