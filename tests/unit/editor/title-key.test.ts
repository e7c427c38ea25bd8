/**
 * A key in a card's title on a large map: the canvas keeps its geometry object and every other
 * node (React Flow is given one new node), and the builder does not walk the map for it.
 */
import { describe, expect, it } from 'vitest';
import { stageColumns } from '../../../renderer/src/domain/layout';
import { createCanvasBuilder, type BuildInputs } from '../../../renderer/src/editor/canvas/build-nodes';
import { replacedRows } from '../../../renderer/src/editor/canvas/changed-rows';
import { canvasGeometry, createGeometryKeeper } from '../../../renderer/src/editor/canvas/geometry';
import { applyChanges, docStateFrom, type DocState } from '../../../renderer/src/session/doc-state';
import { moveItems, updateTouchpoint } from '../../../renderer/src/session/edits';
import { journey } from '../../fixtures/journey-builder';
import { ARMENIAN, TAMIL, TELUGU } from '../../fixtures/seed-text';

/** Four stages of 60 cards each, chained; with `lanes`, a blueprint of two lanes. */
function largeState(lanes = false): DocState {
  const b = journey('Large', 2000);
  const stages = b.stages('Discover', 'Choose', 'Buy', 'Use');
  const columns = stageColumns(stages);
  const laneIds = lanes ? [b.lane('Customer actions'), b.lane('Backstage')].map((l) => l.id) : [];
  const cards = stages.flatMap((s, i) =>
    Array.from({ length: 60 }, (_, row) =>
      b.touchpoint(s, {
        title: `${TAMIL[row % TAMIL.length]!.slice(0, 20)} ${row}`,
        position: { x: columns[i]!.x + 40, y: 120 + row * 140 },
        ...(lanes ? { laneId: laneIds[row % 2] } : {}),
      }),
    ),
  );
  b.chain(...cards);
  return docStateFrom(b.build());
}

const edit = (doc: DocState, changes: Parameters<typeof applyChanges>[1]) => applyChanges(doc, changes, 'forward');

function canvas() {
  const keep = createGeometryKeeper();
  const builder = createCanvasBuilder();
  const selection = new Set<string>();
  const drag = new Map();
  return (doc: DocState) => {
    const inputs: BuildInputs = {
      doc,
      geometry: keep(doc.stages, doc.touchpoints, doc.notes, doc.lanes),
      selection,
      drag,
      far: false,
    };
    return { geometry: inputs.geometry, nodes: builder.buildNodes(inputs), edges: builder.buildEdges(inputs) };
  };
}

describe('a key in a card title on a large map', () => {
  for (const lanes of [false, true])
    it(`keeps the geometry, the edges and every other node, and builds what a fresh builder builds${lanes ? ' (blueprint)' : ''}`, () => {
      const draw = canvas();
      let doc = largeState(lanes);
      const first = draw(doc);
      const card = Object.values(doc.touchpoints)[77]!;
      for (const title of [TELUGU[0].slice(0, 12), ARMENIAN[0].slice(0, 15), '']) {
        doc = edit(doc, updateTouchpoint(doc, card.id, { title }));
        const after = draw(doc);
        expect(after.geometry).toBe(first.geometry);
        expect(after.edges).toBe(first.edges);
        expect(after.nodes).toHaveLength(first.nodes.length);
        after.nodes.forEach((node, i) => {
          if (node.id === card.id) expect(node.data).toMatchObject({ touchpoint: { title } });
          else expect(node).toBe(first.nodes[i]);
        });
        // The same nodes as built from scratch.
        const fresh = createCanvasBuilder().buildNodes({
          doc,
          geometry: canvasGeometry(doc.stages, doc.touchpoints, doc.notes, doc.lanes),
          selection: new Set(),
          drag: new Map(),
          far: false,
        });
        expect(after.nodes).toEqual(fresh);
      }
    });

  it('gives a new geometry when a card moves below the others, and the stages their new height', () => {
    const draw = canvas();
    let doc = largeState();
    const first = draw(doc);
    const card = Object.values(doc.touchpoints)[3]!;
    doc = edit(doc, moveItems(doc, [{ id: card.id, position: { x: card.position.x, y: 120 + 80 * 140 } }]));
    const after = draw(doc);
    expect(after.geometry).not.toBe(first.geometry);
    expect(after.geometry.columnHeight).toBeGreaterThan(first.geometry.columnHeight);
    expect(after.nodes.find((n) => n.type === 'stage')!.height).toBe(after.geometry.columnHeight);
    // Another card moved inside the map's height: the same geometry, the card's node at its new place.
    const other = Object.values(doc.touchpoints)[5]!;
    const again = edit(doc, moveItems(doc, [{ id: other.id, position: { x: other.position.x + 20, y: 300 } }]));
    const moved = draw(again);
    expect(moved.geometry).toBe(after.geometry);
    expect(moved.nodes.find((n) => n.id === other.id)!.position).toEqual({ x: other.position.x + 20, y: 300 });
  });

  it('rebuilds the stage counts when a card changes stage', () => {
    const draw = canvas();
    let doc = largeState();
    draw(doc);
    const [from, to] = Object.values(doc.stages).sort((a, b) => a.order - b.order);
    const card = Object.values(doc.touchpoints).find((t) => t.stageId === from!.id)!;
    doc = edit(doc, updateTouchpoint(doc, card.id, { stageId: to!.id }));
    const counts = Object.fromEntries(
      draw(doc)
        .nodes.filter((n) => n.type === 'stage')
        .map((n) => [n.id, (n.data as { count: number }).count]),
    );
    expect(counts[from!.id]).toBe(59);
    expect(counts[to!.id]).toBe(61);
  });
});

describe('replacedRows', () => {
  it('lists the replaced rows, or null when rows were added or deleted', () => {
    const a = { x: { v: 1 }, y: { v: 2 } };
    const b = { ...a, y: { v: 3 } };
    expect(replacedRows(a, b)).toEqual([{ v: 3 }]);
    expect(replacedRows(a, { ...a })).toEqual([]);
    expect(replacedRows(a, { x: a.x })).toBeNull();
    expect(replacedRows(a, { ...a, z: { v: 4 } })).toBeNull();
    expect(replacedRows(a, { x: a.x, z: a.y })).toBeNull();
  });
});
