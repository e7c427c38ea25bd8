/**
 * The map's layout plan (reports/svg/map-layout.ts): where columns, cards,
 * badges, routes, legend entries and labels go, checked as geometry.
 */
import { describe, expect, it } from 'vitest';
import { heatOverlay } from '../../../renderer/src/exports/map-image';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { drawMap } from '../../../renderer/src/reports/svg/map';
import {
  MAP_COLUMN_WIDTH,
  MARGIN,
  layoutMap,
  planMapParts,
  type Box,
  type CardPlan,
  type MapPlan,
  type Point,
  type RoutePlan,
} from '../../../renderer/src/reports/svg/map-layout';
import { buildRichJourney } from './fixture';
import { journey } from '../../fixtures/journey-builder';
import { SEED_PHRASE } from '../../fixtures/seed-text';

const { doc } = buildRichJourney();
const plan = layoutMap(doc);
const orderedStages = [...doc.stages].sort((a, b) => a.order - b.order);

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;
const cardOf = (p: MapPlan, id: string): CardPlan | undefined => p.cards.find((c) => c.touchpoint.id === id);
const pointsOf = (r: RoutePlan): readonly Point[] =>
  r.path.shape === 'curve' ? [r.path.start, r.path.control1, r.path.control2, r.path.end] : r.path.points;
const first = (r: RoutePlan): Point => pointsOf(r)[0]!;
const last = (r: RoutePlan): Point => pointsOf(r)[pointsOf(r).length - 1]!;
const withinHeight = (y: number, c: CardPlan) => y >= c.y && y <= bottom(c);

/** Every plan worth checking: the whole map, every one-stage part, a heat overlay. */
const plans: [string, MapPlan][] = [
  ['whole map', plan],
  ['with the friction overlay', layoutMap(doc, { heat: heatOverlay('friction') })],
  ...orderedStages.map((s, i): [string, MapPlan] => [
    `part ${i + 1}`,
    layoutMap(doc, { stageIds: [s.id], heat: heatOverlay('emotion') }),
  ]),
];

describe('layoutMap', () => {
  it('is plain data: no markup, and the drawing has its size', () => {
    expect(JSON.stringify(plan)).not.toMatch(/<(svg|path|rect|text|tspan|g|circle)[\s>/]/);
    const drawing = drawMap(doc);
    expect([drawing.width, drawing.height]).toEqual([plan.width, plan.height]);
    expect(plan.columns.map((c) => c.stage.id)).toEqual(orderedStages.map((s) => s.id));
    expect(plan.cards.map((c) => c.touchpoint.id).sort()).toEqual(doc.touchpoints.map((t) => t.id).sort());
  });

  it.each(plans)('puts every card inside its stage column, below the header, without overlaps (%s)', (_, p) => {
    for (const card of p.cards) {
      const column = p.columns[card.column]!;
      expect(card.touchpoint.stageId).toBe(column.stage.id);
      expect(card.x).toBeGreaterThanOrEqual(column.box.x);
      expect(right(card)).toBeLessThanOrEqual(right(column.box));
      expect(card.y).toBeGreaterThanOrEqual(column.box.y + column.headerHeight);
      expect(bottom(card)).toBeLessThanOrEqual(bottom(column.box));
      expect(bottom(column.box)).toBeLessThanOrEqual(p.height);
      for (const badge of card.badges) {
        expect(badge.x).toBeGreaterThanOrEqual(card.x);
        expect(right(badge)).toBeLessThanOrEqual(right(card));
        expect(badge.y).toBeGreaterThanOrEqual(card.y);
        expect(bottom(badge)).toBeLessThanOrEqual(bottom(card));
      }
    }
    for (const column of p.columns) {
      expect(column.box.width).toBeLessThanOrEqual(MAP_COLUMN_WIDTH);
      const cards = p.cards.filter((c) => p.columns[c.column] === column);
      for (let i = 1; i < cards.length; i++) expect(cards[i]!.y).toBeGreaterThan(bottom(cards[i - 1]!));
    }
  });

  it.each(plans)('keeps every legend entry within the drawing width, above the columns (%s)', (_, p) => {
    const columnsTop = Math.min(...p.columns.map((c) => c.box.y));
    for (const legend of p.legends) {
      expect(new Set(legend.entries.map((e) => e.row)).size).toBe(legend.rows);
      for (const entry of legend.entries) {
        expect(entry.x).toBeGreaterThanOrEqual(MARGIN);
        expect(entry.x + entry.width).toBeLessThanOrEqual(p.width - MARGIN);
        expect(entry.baseline).toBeLessThan(columnsTop);
      }
    }
    // Every connection kind is named even in a one-stage part.
    expect(p.legends[0]!.entries.filter((e) => e.kind === 'connection')).toHaveLength(4);
  });

  it('names only the connection kinds the journey uses, in every part alike, and none without connections', () => {
    const b = journey(SEED_PHRASE.armenian);
    const [one, two] = b.stages('One', 'Two');
    const [x, y] = [b.touchpoint(one!), b.touchpoint(two!)];
    const named = (d: ReturnType<typeof b.build>, options: Parameters<typeof layoutMap>[1] = {}) =>
      layoutMap(d, options)
        .legends.flatMap((l) => l.entries)
        .flatMap((e) => (e.kind === 'connection' ? [e.connectionKind] : []));
    const bare = layoutMap(b.build());
    expect(bare.legends).toEqual([]);
    // The stage columns start higher without the legend's band.
    expect(Math.min(...bare.columns.map((c) => c.box.y))).toBeLessThan(Math.min(...plan.columns.map((c) => c.box.y)));
    b.connect(x, y, 'recovery');
    const withRecovery = b.build();
    expect(named(withRecovery)).toEqual(['recovery']);
    // The part of the first stage has the same legend, though its connection only leaves it.
    expect(named(withRecovery, { stageIds: [one!.id] })).toEqual(['recovery']);
  });

  it('wraps the legend of a narrow part into rows', () => {
    const narrow = layoutMap(doc, { stageIds: [orderedStages[0]!.id] });
    expect(narrow.legends[0]!.rows).toBeGreaterThan(1);
    expect(plan.legends[0]!.rows).toBe(1);
  });

  it('starts and ends every route at the edges of its cards', () => {
    const routes = plan.routes.filter((r) => r.stub === null);
    expect(routes.length).toBeGreaterThan(0);
    const shapes = new Set<string>();
    for (const route of routes) {
      const source = cardOf(plan, route.connection.source)!;
      const target = cardOf(plan, route.connection.target)!;
      const [sx, sy] = first(route);
      const [tx, ty] = last(route);
      // Out of the source's right edge.
      expect(sx).toBe(right(source));
      expect(withinHeight(sy, source)).toBe(true);
      expect(withinHeight(ty, target)).toBe(true);
      if (target.column === source.column) {
        shapes.add('same stage');
        // Back into the target's right edge, the arrow's tip 2 px off it.
        expect(tx).toBe(right(target) + 2);
      } else {
        shapes.add(target.column > source.column ? 'forward' : 'back');
        // Into the target's left edge, the arrow's tip 2 px off it.
        expect(tx).toBe(target.x - 2);
      }
      if (target.column < source.column) {
        // A loop back runs under every card.
        const laneY = Math.max(...pointsOf(route).map(([, y]) => y));
        expect(laneY).toBeGreaterThan(Math.max(...plan.cards.map(bottom)));
        expect(laneY).toBeLessThanOrEqual(plan.height);
      }
      expect(route.path.shape).toBe(target.column > source.column ? 'curve' : 'elbow');
    }
    expect(shapes).toEqual(new Set(['forward', 'same stage', 'back']));
  });

  it('routes a connection within one stage out of and back into the right edge', () => {
    const column = plan.columns[0]!.stage.id;
    const [a, b] = doc.touchpoints.filter((t) => t.stageId === column);
    const same = layoutMap({
      ...doc,
      connections: [{ ...doc.connections[0]!, source: b!.id, target: a!.id, label: 'Back up', share: null }],
    });
    const [route] = same.routes;
    const source = cardOf(same, b!.id)!;
    const target = cardOf(same, a!.id)!;
    expect(route!.path.shape).toBe('elbow');
    expect(first(route!)).toEqual([right(source), expect.any(Number)]);
    expect(last(route!)[0]).toBe(right(target) + 2);
    expect(withinHeight(last(route!)[1], target)).toBe(true);
    expect(route!.label?.text).toBe('Back up');
  });

  it('ends the stubs of a part at the drawing edge, from a card edge, labels inside the drawing', () => {
    const parts = planMapParts(doc, 1100);
    let stubs = 0;
    for (const stageIds of parts) {
      const part = layoutMap(doc, { stageIds });
      for (const route of part.routes) {
        if (!route.stub) continue;
        stubs += 1;
        const inside = cardOf(part, route.stub.outgoing ? route.connection.source : route.connection.target)!;
        expect(inside).toBeDefined();
        const edgeX = route.stub.side === 'right' ? part.width - MARGIN / 2 : MARGIN / 2;
        const [cardEnd, edgeEnd] = route.stub.outgoing ? [first(route), last(route)] : [last(route), first(route)];
        expect(edgeEnd[0]).toBe(edgeX);
        // At the card: its right edge going out, 2 px before its left edge coming in (or the mirror at the left edge).
        expect([right(inside), right(inside) + 2, inside.x, inside.x - 2]).toContain(cardEnd[0]);
        expect(withinHeight(cardEnd[1], inside)).toBe(true);
        const plate = route.label!.plate;
        expect(plate.x).toBeGreaterThanOrEqual(0);
        expect(right(plate)).toBeLessThanOrEqual(part.width);
        expect(route.label!.text).toMatch(route.stub.outgoing ? /^to: / : /^from: /);
      }
    }
    expect(stubs).toBeGreaterThan(0);
  });

  it('plans the empty journey as a note and no columns', () => {
    const empty = layoutMap({ ...doc, stages: [], touchpoints: [], connections: [] });
    expect(empty.columns).toEqual([]);
    expect(empty.cards).toEqual([]);
    expect(empty.routes).toEqual([]);
    expect(empty.emptyNote?.text).toBe(REPORT_LABELS.en.map.noStages);
  });

  it('puts the worst pain severity in the pain badge as pips', () => {
    const withPain = plan.cards.find((c) => c.touchpoint.painPoints.length > 1);
    const pain = withPain?.badges.find((b) => b.kind === 'pain');
    expect(pain?.pips).toBe(Math.max(...withPain!.touchpoint.painPoints.map((p) => p.severity)));
  });
});
