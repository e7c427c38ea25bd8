import { describe, expect, it } from 'vitest';
import {
  curveSlots,
  dotPaths,
  keptRows,
  sameFeeling,
  samePlace,
} from '../../../renderer/src/editor/canvas/nodes/curve-data';
import { emotionFor } from '../../../renderer/src/domain/insights';
import { lastValue, perObject } from '../../../renderer/src/editor/memo';
import { journey } from '../../fixtures/journey-builder';
import { applyChanges, type DocState } from '../../../renderer/src/session/doc-state';
import { addTouchpoint, moveItems, updateTouchpoint } from '../../../renderer/src/session/edits';
import { smallState } from './fixtures';

const edit = (doc: DocState, changes: Parameters<typeof applyChanges>[1]) => applyChanges(doc, changes, 'forward');

describe('emotion curve data', () => {
  it('keeps the rows the curve read while an edit changes nothing it draws (a title typed)', () => {
    const doc = smallState();
    const placed = keptRows(samePlace);
    const felt = keptRows((a, b) => samePlace(a, b) && sameFeeling(a, b));
    const id = Object.keys(doc.touchpoints)[1]!;
    expect(placed(doc.touchpoints)).toBe(doc.touchpoints);
    expect(felt(doc.touchpoints)).toBe(doc.touchpoints);

    const titled = edit(doc, updateTouchpoint(doc, id, { title: 'Pays at the counter' }));
    expect(titled.touchpoints).not.toBe(doc.touchpoints);
    expect(placed(titled.touchpoints)).toBe(doc.touchpoints);
    expect(felt(titled.touchpoints)).toBe(doc.touchpoints);

    // An emotion: the same order along the journey, new points.
    const felt2 = edit(titled, updateTouchpoint(titled, id, { emotion: 3 }));
    expect(placed(felt2.touchpoints)).toBe(doc.touchpoints);
    expect(felt(felt2.touchpoints)).toBe(felt2.touchpoints);
    expect(felt(felt2.touchpoints)[id]!.emotion).toBe(3);

    // A persona's emotion counts as a feeling too.
    const persona = edit(felt2, updateTouchpoint(felt2, id, { personaEmotions: { 'persona:x': -2 } as never }));
    expect(felt(persona.touchpoints)).toBe(persona.touchpoints);
  });

  it('gives new rows when a card moves, is added or removed', () => {
    const doc = smallState();
    const placed = keptRows(samePlace);
    placed(doc.touchpoints);
    const [first] = Object.values(doc.touchpoints);
    const moved = edit(doc, moveItems(doc, [{ id: first!.id, position: { x: first!.position.x, y: 900 } }]));
    expect(placed(moved.touchpoints)).toBe(moved.touchpoints);

    const stageId = first!.stageId;
    const added = edit(moved, addTouchpoint(moved, stageId).changes);
    expect(placed(added.touchpoints)).toBe(added.touchpoints);

    const { [first!.id]: _gone, ...rest } = added.touchpoints;
    expect(placed(rest)).toBe(rest);
  });

  it('draws thousands of dots as one path per emotion, each dot a circle around its point', () => {
    const points = Array.from({ length: 2000 }, (_, i) => ({ x: i * 10, y: 50, emotion: (i % 7) - 3 }));
    const paths = dotPaths(points, 5);
    expect(paths.map((p) => p.emotion)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    // Every point once, in the path of its emotion: a move to its left edge and two half-circle arcs.
    const moves = paths.flatMap((p) => [...p.d.matchAll(/M(-?[\d.]+),(-?[\d.]+)a5,5 0 1,0 10,0a5,5 0 1,0 -10,0/g)]);
    expect(moves).toHaveLength(2000);
    const neutral = paths.find((p) => p.emotion === 0)!;
    expect(neutral.d.startsWith('M25,50a5,5 0 1,0 10,0a5,5 0 1,0 -10,0')).toBe(true);
    expect(dotPaths([], 5)).toEqual([]);
  });

  it('puts every curve’s point of a card at one place: a persona’s lone point is on its card, not between two', () => {
    const b = journey('Curves', 1000);
    const [stage] = b.stages('Alpha');
    const ana = b.persona('Ana');
    const bo = b.persona('Bo');
    const t1 = b.touchpoint(stage!, { title: 'T1', emotion: 2, personaEmotions: { [ana.id]: 3, [bo.id]: 1 } as never });
    const t2 = b.touchpoint(stage!, { title: 'T2', emotion: -2, personaEmotions: { [ana.id]: -3 } as never });
    const t3 = b.touchpoint(stage!, { title: 'Unrated', emotion: null });
    const slots = curveSlots([t1, t2, t3], [null, ana.id, bo.id], () => ({ x: 0, width: 320 }));
    // The two rated cards share the column; the unrated one takes no slot.
    expect(slots.map((s) => [s.row.title, s.x])).toEqual([
      ['T1', 80],
      ['T2', 240],
    ]);
    // Bo rated only T1: his one point is at T1's place, where Ana's and the general one are.
    expect(slots.filter((s) => emotionFor(s.row, bo.id) !== null).map((s) => s.x)).toEqual([80]);
  });

  it('works a value out again only when what it is made from is replaced, and once per points array', () => {
    const last = lastValue<string>();
    const stages = {};
    let made = 0;
    const make = (label: string) => () => `${label}:${++made}`;
    expect(last([stages, 'ta'], make('a'))).toBe('a:1');
    expect(last([stages, 'ta'], make('b'))).toBe('a:1');
    // A replaced input (a new object, however alike) or another language: made again.
    expect(last([{}, 'ta'], make('c'))).toBe('c:2');
    expect(last([{}, 'hy'], make('d'))).toBe('d:3');

    let drawn = 0;
    const paths = perObject((points: readonly { x: number }[]) => {
      drawn += 1;
      return points.map((p) => p.x).join(',');
    });
    const points = [{ x: 1 }, { x: 2 }];
    expect(paths(points)).toBe('1,2');
    expect(paths(points)).toBe('1,2');
    expect(drawn).toBe(1);
    expect(paths([{ x: 3 }])).toBe('3');
    expect(drawn).toBe(2);
  });
});
