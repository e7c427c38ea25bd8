import { describe, expect, it } from 'vitest';
import { heatValue } from '../../../renderer/src/domain/insights';
import { emotionColour } from '../../../renderer/src/domain/vocabulary';
import { createCanvasBuilder, type BuildInputs } from '../../../renderer/src/editor/canvas/build-nodes';
import { connectionPath } from '../../../renderer/src/editor/canvas/edges/connection-path';
import { createFarMapKeeper, farMap } from '../../../renderer/src/editor/canvas/far/far-map';
import { TAMIL } from '../../fixtures/seed-text';
import { canvasGeometry, TOUCHPOINT_HANDLES } from '../../../renderer/src/editor/canvas/geometry';
import { smallState } from './fixtures';

function build(overrides: Partial<BuildInputs> = {}, doc = smallState()) {
  const inputs: BuildInputs = {
    doc,
    geometry: canvasGeometry(doc.stages, doc.touchpoints, doc.notes),
    selection: new Set(),
    drag: new Map(),
    far: true,
    ...overrides,
  };
  const builder = createCanvasBuilder();
  return { doc, nodes: builder.buildNodes(inputs), edges: builder.buildEdges(inputs) };
}

describe('far map layer', () => {
  it('draws a tile per card in its emotion colour and every connection between the handles', () => {
    const { doc, nodes, edges } = build();
    const map = farMap(nodes, edges);
    const cards = Object.values(doc.touchpoints);
    expect(map.tiles).toHaveLength(cards.length);
    expect(map.tiles.map((t) => t.colour)).toEqual(cards.map((t) => emotionColour(t.emotion)));
    expect(map.lineCount).toBe(Object.keys(doc.connections).length);
    expect(map.lines).toHaveLength(1); // all main, none dimmed or selected: one stroke

    // The first connection's line runs from the source card's right handle to the target's left one.
    const c = Object.values(doc.connections)[0]!;
    const from = doc.touchpoints[c.source]!.position;
    const to = doc.touchpoints[c.target]!.position;
    const [target, source] = TOUCHPOINT_HANDLES;
    const [path] = connectionPath(
      from.x + source!.x + source!.width!,
      from.y + source!.y + source!.height! / 2,
      to.x + target!.x,
      to.y + target!.y + target!.height! / 2,
    );
    expect(map.lines[0]!.path.startsWith(path)).toBe(true);
  });

  it('outlines selected and matching cards, dims the rest of a search, and draws selected lines last', () => {
    const doc = smallState();
    const [a, b] = Object.values(doc.touchpoints);
    const c = Object.values(doc.connections)[0]!;
    const { nodes, edges } = build({ selection: new Set([a!.id, c.id]) }, doc);
    const map = farMap(nodes, edges, null, 'off', new Set([a!.id, b!.id]));
    const tile = (id: string) => map.tiles[Object.keys(doc.touchpoints).indexOf(id)]!;
    expect(tile(a!.id)).toMatchObject({ outline: 'selected', dimmed: false });
    expect(tile(b!.id)).toMatchObject({ outline: 'match', dimmed: false });
    expect(map.tiles.filter((t) => t.dimmed)).toHaveLength(map.tiles.length - 2);
    expect(map.lines.at(-1)).toMatchObject({ selected: true, count: 1 });
    expect(map.lines[0]!.dimmed).toBe(true);
  });

  it('colours tiles by the heat overlay when it is on', () => {
    const { doc, nodes, edges } = build();
    const cards = Object.values(doc.touchpoints);
    const map = farMap(nodes, edges, null, 'friction');
    expect(map.tiles.map((t) => t.colour)).toEqual(cards.map((t) => heatValue(t, 'friction').colour));
  });

  it('dims what workshop focus leaves unlit, and leaves out connections to cards not on the map', () => {
    const { doc, nodes, edges } = build();
    const [first] = Object.values(doc.touchpoints);
    const map = farMap(nodes, edges, new Set([first!.id]));
    expect(map.tiles.filter((t) => !t.dimmed)).toHaveLength(1);
    expect(map.lines.every((l) => l.dimmed)).toBe(true);

    const withoutFirst = farMap(
      nodes.filter((n) => n.id !== first!.id),
      edges,
    );
    expect(withoutFirst.lineCount).toBe(Object.keys(doc.connections).length - 1);
  });

  it('keeps the map while a title changes, and makes it again when a colour, place or selection does', () => {
    let doc = smallState();
    const builder = createCanvasBuilder();
    const geometry = canvasGeometry(doc.stages, doc.touchpoints, doc.notes);
    const draw = (d: typeof doc, selection: ReadonlySet<string> = new Set()) => {
      const inputs: BuildInputs = { doc: d, geometry, selection, drag: new Map(), far: true };
      return [builder.buildNodes(inputs), builder.buildEdges(inputs)] as const;
    };
    const keep = createFarMapKeeper();
    const first = keep(...draw(doc));
    const card = Object.values(doc.touchpoints)[1]!;
    const edit = (patch: Partial<typeof card>) =>
      (doc = { ...doc, touchpoints: { ...doc.touchpoints, [card.id]: { ...doc.touchpoints[card.id]!, ...patch } } });

    expect(keep(...draw(edit({ title: TAMIL[0] })))).toBe(first);
    expect(keep(...draw(edit({ description: TAMIL[1] })))).toBe(first);
    const recoloured = keep(...draw(edit({ emotion: 3 })));
    expect(recoloured).not.toBe(first);
    expect(recoloured).toEqual(farMap(...draw(doc)));
    const selected = keep(...draw(doc, new Set([card.id])));
    expect(selected.tiles[1]!.outline).toBe('selected');
    const moved = keep(...draw(edit({ position: { x: card.position.x + 40, y: card.position.y } })));
    expect(moved.tiles[1]!.x).toBe(card.position.x + 40);
  });
});
