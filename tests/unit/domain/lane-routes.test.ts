/**
 * Connections across lanes (domain/lane-routes.ts) on the canvas and on the
 * printed map: they leave and enter cards by the bottom or top, run along
 * lane boundaries and column edges, and cross no card, in the Service
 * blueprint and hospital templates; connections within a lane keep their shapes.
 */
import { describe, expect, it } from 'vitest';
import {
  crossLaneRoute,
  roundedRoutePath,
  routeLabelPoint,
  segmentCrossesBox,
  type RouteBox,
  type RoutePoint,
} from '../../../renderer/src/domain/lane-routes';
import { laneBands, laneOf } from '../../../renderer/src/domain/lanes';
import type { JourneyDocument } from '../../../renderer/src/domain/model';
import { JOURNEY_TEMPLATES } from '../../../renderer/src/domain/templates';
import { TOUCHPOINT_HEIGHT, TOUCHPOINT_WIDTH } from '../../../renderer/src/domain/vocabulary';
import { createCanvasBuilder, type BuildInputs } from '../../../renderer/src/editor/canvas/build-nodes';
import { crossingPoints, routedConnectionPath } from '../../../renderer/src/editor/canvas/edges/connection-path';
import { canvasGeometry, TOUCHPOINT_HANDLES } from '../../../renderer/src/editor/canvas/geometry';
import { layoutMap } from '../../../renderer/src/reports/svg/map-layout';
import { docStateFrom } from '../../../renderer/src/session/doc-state';
import { Position } from '@xyflow/react';

const template = (id: string): JourneyDocument => {
  const t = JOURNEY_TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t.build();
};
const serviceBlueprint = () => template('service-blueprint-phone-repair');

const segments = (points: readonly RoutePoint[]) => points.slice(1).map((p, i) => [points[i]!, p] as const);
const orthogonal = (points: readonly RoutePoint[]) =>
  segments(points).every(([a, b]) => Math.abs(a[0] - b[0]) < 0.01 || Math.abs(a[1] - b[1]) < 0.01);

/** The canvas edges of a document, and the handle points React Flow would give each edge. */
function canvasEdges(doc: JourneyDocument) {
  const state = docStateFrom(doc);
  const geometry = canvasGeometry(state.stages, state.touchpoints, state.notes, state.lanes);
  const inputs: BuildInputs = {
    doc: state,
    geometry,
    selection: new Set(),
    drag: new Map(),
    far: false,
  };
  const builder = createCanvasBuilder();
  const nodes = builder.buildNodes(inputs);
  const edges = builder.buildEdges(inputs);
  const boxes = new Map<string, RouteBox>();
  for (const n of nodes) {
    if (n.type === 'touchpoint' && !n.hidden) {
      boxes.set(n.id, { x: n.position.x, y: n.position.y, width: TOUCHPOINT_WIDTH, height: TOUCHPOINT_HEIGHT });
    }
  }
  const [targetHandle, sourceHandle] = TOUCHPOINT_HANDLES;
  const handles = (sourceId: string, targetId: string) => {
    const s = boxes.get(sourceId)!;
    const t = boxes.get(targetId)!;
    return {
      sx: s.x + sourceHandle!.x + sourceHandle!.width!,
      sy: s.y + sourceHandle!.y + sourceHandle!.height! / 2,
      tx: t.x + targetHandle!.x,
      ty: t.y + targetHandle!.y + targetHandle!.height! / 2,
    };
  };
  return { state, geometry, edges, boxes, handles, builder, inputs };
}

describe('connections across lanes on the canvas', () => {
  it('routes every cross-lane connection of the Service blueprint template around every card', () => {
    const doc = serviceBlueprint();
    const { state, edges, boxes, handles, geometry } = canvasEdges(doc);
    const bands = laneBands(doc.lanes);
    const crossing = edges.filter((e) => e.data?.crossing);
    // The template joins the customer's actions to the staff's and the staff's to the systems behind them.
    expect(crossing.length).toBeGreaterThanOrEqual(5);
    for (const e of edges) {
      const s = state.touchpoints[e.source]!;
      const t = state.touchpoints[e.target]!;
      expect(Boolean(e.data?.crossing), `${s.title} → ${t.title}`).toBe(laneOf(bands, s) !== laneOf(bands, t));
    }
    const laneEdges = new Set(geometry.lanes.flatMap((v) => [v.viewY, v.viewY + v.viewHeight]));
    for (const e of crossing) {
      const { sx, sy, tx, ty } = handles(e.source, e.target);
      const points = crossingPoints(sx, sy, tx, ty, e.data!.crossing!);
      expect(orthogonal(points)).toBe(true);
      // Out of the source's bottom or top, into the target's top or bottom, at the cards' middles.
      const s = boxes.get(e.source)!;
      const t = boxes.get(e.target)!;
      const first = points[0]!;
      const last = points[points.length - 1]!;
      if (!e.data!.crossing!.ends.sourceSide) {
        expect(first[0]).toBeGreaterThanOrEqual(s.x + s.width / 2);
        expect(first[0]).toBeLessThan(s.x + (s.width * 2) / 3);
        expect([s.y, s.y + s.height]).toContain(first[1]);
      }
      if (!e.data!.crossing!.ends.targetSide) {
        expect(last[0]).toBeGreaterThanOrEqual(t.x + t.width / 2);
        expect(last[0]).toBeLessThan(t.x + (t.width * 2) / 3);
        expect([t.y, t.y + t.height]).toContain(last[1]);
      }
      // Every horizontal run between the ends lies on a lane boundary.
      for (const [a, b] of segments(points).slice(1, -1)) {
        if (Math.abs(a[1] - b[1]) < 0.01) expect(laneEdges.has(a[1])).toBe(true);
      }
      for (const [id, box] of boxes) {
        for (const [a, b] of segments(points)) {
          expect(segmentCrossesBox(a, b, box), `${e.id} over ${state.touchpoints[id]!.title}`).toBe(false);
        }
      }
    }
  });

  it('keeps connections within one lane as they were', () => {
    const doc = serviceBlueprint();
    const { edges, handles } = canvasEdges(doc);
    const within = edges.filter((e) => !e.data?.crossing);
    expect(within.length).toBeGreaterThan(0);
    for (const e of within) {
      const { sx, sy, tx, ty } = handles(e.source, e.target);
      const [path] = routedConnectionPath(sx, sy, tx, ty, Position.Right, Position.Left, e.data?.crossing);
      expect(path).not.toMatch(/ Q /);
    }
  });

  it('leaves by the side when another card of the cell is in the way', () => {
    const doc = serviceBlueprint();
    const bands = laneBands(doc.lanes);
    // Stack a second card under a source of a connection going down, in its cell.
    const state = docStateFrom(doc);
    const down = Object.values(state.connections).find((c) => {
      const s = state.touchpoints[c.source]!;
      const t = state.touchpoints[c.target]!;
      const si = bands.findIndex((b) => b.lane.id === laneOf(bands, s));
      const ti = bands.findIndex((b) => b.lane.id === laneOf(bands, t));
      return ti > si;
    })!;
    const source = state.touchpoints[down.source]!;
    const below = {
      ...source,
      id: 'touchpoint:below' as typeof source.id,
      title: 'Below',
      position: { ...source.position, y: source.position.y + TOUCHPOINT_HEIGHT + 12 },
    };
    const stacked: JourneyDocument = { ...doc, touchpoints: [...doc.touchpoints, below] };
    const { edges, boxes, handles } = canvasEdges(stacked);
    const e = edges.find((x) => x.id === down.id)!;
    expect(e.data?.crossing?.ends.sourceSide).toBe(true);
    const { sx, sy, tx, ty } = handles(e.source, e.target);
    const points = crossingPoints(sx, sy, tx, ty, e.data!.crossing!);
    const belowBox = boxes.get('touchpoint:below')!;
    for (const [a, b] of segments(points)) expect(segmentCrossesBox(a, b, belowBox)).toBe(false);
  });

  it('reuses an edge while neither its connection nor its lanes change (a cheap rebuild)', () => {
    const { edges, builder, inputs } = canvasEdges(serviceBlueprint());
    const again = builder.buildEdges({ ...inputs, selection: new Set() });
    expect(again.every((e, i) => e === edges[i])).toBe(true);
  });
});

describe('connections across lanes on the printed map', () => {
  for (const id of ['service-blueprint-phone-repair', 'hospital-outpatient-visit']) {
    it(`routes the ${id} template's cross-lane connections around every card, labels on a free segment`, () => {
      const t = JOURNEY_TEMPLATES.find((x) => x.id.startsWith(id));
      expect(t).toBeDefined();
      const doc = t!.build();
      const plan = layoutMap(doc);
      expect(plan.lanes.length).toBeGreaterThanOrEqual(2);
      const laneOfCard = new Map(
        plan.cards.map((c) => [
          c.touchpoint.id as string,
          plan.lanes.findIndex((l) => c.y >= l.box.y && c.y + c.height <= l.box.y + l.box.height),
        ]),
      );
      const crossing = plan.routes.filter(
        (r) => !r.stub && laneOfCard.get(r.connection.source) !== laneOfCard.get(r.connection.target),
      );
      expect(crossing.length).toBeGreaterThan(0);
      for (const r of crossing) {
        expect(r.path.shape).toBe('elbow');
        if (r.path.shape !== 'elbow') continue;
        expect(orthogonal(r.path.points)).toBe(true);
        for (const card of plan.cards) {
          for (const [a, b] of segments(r.path.points)) {
            expect(segmentCrossesBox(a, b, card), `${r.connection.id} over ${card.name}`).toBe(false);
          }
        }
        if (r.label) {
          // The label's plate sits on no card.
          for (const card of plan.cards) {
            const p = r.label.plate;
            const overlaps =
              p.x < card.x + card.width &&
              p.x + p.width > card.x &&
              p.y < card.y + card.height &&
              p.y + p.height > card.y;
            expect(overlaps, `label ${r.label.text} over ${card.name}`).toBe(false);
          }
        }
      }
    });
  }
});

describe('cross-lane route geometry', () => {
  const grid = {
    lanes: [
      { top: 100, bottom: 300 },
      { top: 300, bottom: 500 },
      { top: 500, bottom: 700 },
    ],
    columnEdges: [0, 400, 800],
  };
  const card = (x: number, y: number): RouteBox => ({ x, y, width: 200, height: 80 });

  it('goes straight down between cards one above the other in neighbouring lanes', () => {
    const points = crossLaneRoute(card(100, 150), card(100, 350), grid, { sourceLane: 0, targetLane: 1 });
    expect(points).toEqual([
      [200, 230],
      [200, 350],
    ]);
  });

  it('runs down a column edge to reach a lane two lanes away, with rounded corners', () => {
    const points = crossLaneRoute(card(100, 150), card(500, 550), grid, { sourceLane: 0, targetLane: 2 });
    expect(points).toEqual([
      [200, 230],
      [200, 300],
      [400, 300],
      [400, 500],
      [600, 500],
      [600, 550],
    ]);
    expect(roundedRoutePath(points).match(/Q/g)).toHaveLength(4);
    expect(routeLabelPoint(points)).toEqual([300, 300]);
  });

  it('goes up into the bottom of a card in a lane above', () => {
    const points = crossLaneRoute(card(500, 550), card(100, 150), grid, { sourceLane: 2, targetLane: 0 });
    // A little right of the middles, so the way back of a connection going down draws apart from it.
    expect(points[0]).toEqual([624, 550]);
    expect(points[points.length - 1]).toEqual([224, 230]);
  });
});
