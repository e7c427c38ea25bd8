/**
 * Commands that gather thousands of changes a step at a time (a paste, notes
 * turned into touchpoints) work on one working copy and one merger: they must
 * give what applying and merging at every step gave, and leave the state they
 * started from as it was.
 */
import { describe, expect, it } from 'vitest';
import { applyChanges, docStateFrom, workingCopy, type RowChange } from '../../../renderer/src/session/doc-state';
import { changeMerger, mergeChanges } from '../../../renderer/src/session/history';
import { journey } from '../../fixtures/journey-builder';
import { seedLine } from '../../fixtures/seed-text';

function setup() {
  const b = journey(seedLine('ta', 0));
  const [a] = b.stages('Discover');
  const one = b.touchpoint(a!, { title: seedLine('hy', 1) });
  const two = b.touchpoint(a!, { title: seedLine('te', 1) });
  return { doc: docStateFrom(b.build()), one, two };
}

/** Steps: a change of each row, a row created then changed, a row created and deleted, the journey renamed. */
function steps(doc: ReturnType<typeof setup>['doc'], one: { id: string }, two: { id: string }): RowChange[][] {
  const t1 = doc.touchpoints[one.id]!;
  const t2 = doc.touchpoints[two.id]!;
  const made = { ...t1, id: 'touchpoint:made0001' as typeof t1.id, title: seedLine('ml', 0) };
  const gone = { ...t1, id: 'touchpoint:gone0001' as typeof t1.id, title: 'brief' };
  const renamed = { ...t1, title: seedLine('ml', 1) };
  return [
    [{ table: 'touchpoints', id: t1.id, before: t1, after: renamed }],
    [{ table: 'touchpoints', id: made.id, before: null, after: made }],
    [{ table: 'touchpoints', id: gone.id, before: null, after: gone }],
    [
      { table: 'touchpoints', id: t2.id, before: t2, after: null },
      { table: 'touchpoints', id: made.id, before: made, after: { ...made, title: 'again' } },
    ],
    [{ table: 'touchpoints', id: gone.id, before: gone, after: null }],
    [{ table: 'touchpoints', id: t1.id, before: renamed, after: { ...renamed, title: 'last' } }],
    [
      {
        table: 'journeys',
        id: doc.journey.id,
        before: doc.journey,
        after: { ...doc.journey, title: seedLine('te', 0) },
      },
    ],
  ];
}

describe('a working copy and a change merger', () => {
  it('give the state and the changes that applying and merging at every step give', () => {
    const { doc, one, two } = setup();
    const all = steps(doc, one, two);
    let stepped = doc;
    let merged: RowChange[] = [];
    for (const s of all) {
      stepped = applyChanges(stepped, s, 'forward');
      merged = mergeChanges(merged, s);
    }
    const copy = workingCopy(doc);
    const merger = changeMerger();
    for (const s of all) {
      copy.apply(s);
      merger.add(s);
    }
    expect(copy.state).toEqual(stepped);
    expect(merger.result()).toEqual(merged);
    // The row made and deleted inside the command leaves nothing; the merged changes undo to the start.
    expect(merger.result().some((c) => c.id === 'touchpoint:gone0001')).toBe(false);
    expect(applyChanges(stepped, merger.result(), 'backward')).toEqual(doc);
  });

  it('leave the state they started from as it was', () => {
    const { doc, one, two } = setup();
    const before = structuredClone(doc);
    const tables = { touchpoints: doc.touchpoints, journey: doc.journey };
    const copy = workingCopy(doc);
    for (const s of steps(doc, one, two)) copy.apply(s);
    expect(doc).toEqual(before);
    expect(doc.touchpoints).toBe(tables.touchpoints);
    expect(doc.journey).toBe(tables.journey);
    // Untouched tables keep their identity in the copy (memoised views skip them).
    expect(copy.state.stages).toBe(doc.stages);
    expect(copy.state.touchpoints).not.toBe(doc.touchpoints);
  });
});
