import { describe, expect, it } from 'vitest';
import type { CanvasNode } from '../../../renderer/src/editor/canvas/build-nodes';
import {
  nextLimit,
  stagedNodes,
  TARGETS_FIRST,
  TARGETS_PER_FRAME,
} from '../../../renderer/src/editor/canvas/staged-targets';

/** Nodes in the builder's order: stages, a lane, the curve, 2,000 cards, notes. */
function mapNodes(cards = 2000): CanvasNode[] {
  const node = (type: string, id: string) =>
    ({ id, type, position: { x: 0, y: 0 }, data: {} }) as unknown as CanvasNode;
  return [
    ...Array.from({ length: 20 }, (_, i) => node('stage', `s${i}`)),
    node('lane', 'lane:1'),
    node('curve', 'curve'),
    ...Array.from({ length: cards }, (_, i) => node('touchpoint', `t${i}`)),
    node('note', 'n1'),
    node('note', 'n2'),
  ];
}

const ids = (nodes: CanvasNode[], type: string) => nodes.filter((n) => n.type === type).map((n) => n.id);

describe('card targets of a large map opened far out mount in slices', () => {
  it('gives React Flow the first slice of cards and every stage, lane and note with the first frame, the curve after it', () => {
    const nodes = mapNodes();
    const first = stagedNodes(nodes, TARGETS_FIRST, false);
    expect(ids(first, 'touchpoint')).toEqual(ids(nodes, 'touchpoint').slice(0, TARGETS_FIRST));
    expect(ids(first, 'stage')).toHaveLength(20);
    expect(ids(first, 'note')).toEqual(['n1', 'n2']);
    expect(ids(first, 'lane')).toEqual(['lane:1']);
    expect(ids(first, 'curve')).toEqual([]);
    const second = stagedNodes(nodes, nextLimit(TARGETS_FIRST, 2000), true);
    expect(ids(second, 'touchpoint')).toHaveLength(TARGETS_FIRST + TARGETS_PER_FRAME);
    expect(ids(second, 'curve')).toEqual(['curve']);
  });

  it('reaches every card in a few frames, then hands over the very same array', () => {
    const nodes = mapNodes();
    let limit = TARGETS_FIRST;
    let frames = 0;
    while (limit !== Infinity) {
      limit = nextLimit(limit, 2000);
      frames += 1;
    }
    expect(frames).toBe(Math.ceil((2000 - TARGETS_FIRST) / TARGETS_PER_FRAME));
    expect(stagedNodes(nodes, Infinity, true)).toBe(nodes);
    // Not yet painted: everything but the curve, as before slices existed.
    const unpainted = stagedNodes(nodes, Infinity, false);
    expect(unpainted).toHaveLength(nodes.length - 1);
    expect(ids(unpainted, 'curve')).toEqual([]);
    expect(nextLimit(1900, 2000)).toBe(Infinity);
    expect(nextLimit(2000 - TARGETS_PER_FRAME - 1, 2000)).toBe(1999);
  });
});
