import { describe, expect, it } from 'vitest';
import type { CanvasNode } from '../../../renderer/src/editor/canvas/build-nodes';
import {
  cardAt,
  cardsInside,
  nextLimit,
  selectedCardsOnly,
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

/** Cards of 100 × 50 in a row, 20 apart; the second overlapped by a third drawn after it; one hidden (a collapsed lane). */
function placedCards(): CanvasNode[] {
  const card = (id: string, x: number, y: number, extra: Partial<CanvasNode> = {}) =>
    ({
      id,
      type: 'touchpoint',
      position: { x, y },
      width: 100,
      height: 50,
      data: {},
      ...extra,
    }) as unknown as CanvasNode;
  return [
    { id: 's1', type: 'stage', position: { x: 0, y: 0 }, width: 600, height: 400, data: {} } as unknown as CanvasNode,
    card('a', 0, 100),
    card('b', 120, 100, { selected: true }),
    card('c', 150, 120),
    card('hidden', 300, 100, { hidden: true }),
  ];
}

describe('a huge map far out: cards without elements of their own', () => {
  it('keeps only the selected cards, with every other node, and the curve once painted', () => {
    const nodes = [...mapNodes(6000), { id: 'picked', type: 'touchpoint', selected: true } as unknown as CanvasNode];
    const kept = selectedCardsOnly(nodes, false);
    expect(ids(kept, 'touchpoint')).toEqual(['picked']);
    expect(ids(kept, 'stage')).toHaveLength(20);
    expect(ids(kept, 'note')).toEqual(['n1', 'n2']);
    expect(ids(kept, 'curve')).toEqual([]);
    expect(ids(selectedCardsOnly(nodes, true), 'curve')).toEqual(['curve']);
  });

  it('finds the card under a point: the one drawn last where two overlap, none on the stage between cards', () => {
    const nodes = placedCards();
    expect(cardAt(nodes, { x: 50, y: 120 })).toBe('a');
    expect(cardAt(nodes, { x: 130, y: 110 })).toBe('b');
    expect(cardAt(nodes, { x: 160, y: 130 })).toBe('c');
    expect(cardAt(nodes, { x: 110, y: 120 })).toBeNull();
    expect(cardAt(nodes, { x: 350, y: 120 })).toBeNull();
  });

  it('picks the cards wholly inside a box, whichever corner it was drawn from', () => {
    const nodes = placedCards();
    expect(cardsInside(nodes, { x: -10, y: 90 }, { x: 260, y: 175 })).toEqual(['a', 'b', 'c']);
    expect(cardsInside(nodes, { x: 260, y: 175 }, { x: 110, y: 90 })).toEqual(['b', 'c']);
    expect(cardsInside(nodes, { x: -10, y: 90 }, { x: 200, y: 160 })).toEqual(['a']);
    expect(cardsInside(nodes, { x: 290, y: 0 }, { x: 500, y: 300 })).toEqual([]);
  });
});
