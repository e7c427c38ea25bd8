/** Lists edited in two places at once, merged item by item; the one edit between two lists. */
import { describe, expect, it } from 'vitest';
import { sameData } from '../../../renderer/src/domain/equal';
import {
  distinctItems,
  listEdit,
  mergeLists,
  type ItemMerge,
  type ListEdit,
} from '../../../renderer/src/domain/list-merge';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

/** Whole items: theirs when only they changed it, else mine (a conflict when both did). */
const whole: ItemMerge = (mine, base, theirs) =>
  sameData(mine, base) ? { value: theirs, conflict: false } : { value: mine, conflict: !sameData(theirs, base) };

const pain = (id: string, text: string, severity = 2) => ({ id, text, severity });

describe('mergeLists', () => {
  it('keeps what both sides added to a list of texts, in the seed scripts', () => {
    const base = [TAMIL[0]!];
    const merged = mergeLists([TAMIL[0]!, TELUGU[0]!], base, [TAMIL[0]!, MALAYALAM[0]!], whole);
    expect(merged).toEqual({ value: [TAMIL[0], MALAYALAM[0], TELUGU[0]], conflict: false });
  });

  it('drops what either side removed, and keeps the order of this side with their new items where they put them', () => {
    const base = ['a', 'b', 'c', 'd'];
    const mine = ['d', 'c', 'a']; // b removed here, order changed
    const theirs = ['a', 'x', 'b', 'c']; // d removed there, x added after a
    expect(mergeLists(mine, base, theirs, whole)?.value).toEqual(['c', 'a', 'x']);
  });

  it('merges pain points by id: one side’s new text and the other side’s new severity of one item both stay', () => {
    const base = [pain('pain:1', ARMENIAN[0]!), pain('pain:2', TAMIL[1]!)];
    const mine = [pain('pain:1', ARMENIAN[1]!), pain('pain:2', TAMIL[1]!)];
    const theirs = [pain('pain:1', ARMENIAN[0]!, 3), pain('pain:2', TAMIL[1]!), pain('pain:3', TELUGU[1]!)];
    const fieldWise: ItemMerge = (m, b, t) => {
      const out: Record<string, unknown> = {};
      let conflict = false;
      for (const k of Object.keys(m as object)) {
        const r = whole((m as never)[k], (b as never)[k], (t as never)[k]);
        out[k] = r.value;
        conflict ||= r.conflict;
      }
      return { value: out, conflict };
    };
    expect(mergeLists(mine, base, theirs, fieldWise)).toEqual({
      value: [pain('pain:1', ARMENIAN[1]!, 3), pain('pain:2', TAMIL[1]!), pain('pain:3', TELUGU[1]!)],
      conflict: false,
    });
  });

  it('never drops an edit for a delete: an item removed on one side and changed on the other stays', () => {
    const base = [pain('pain:1', 'a'), pain('pain:2', 'b')];
    const removedHere = [pain('pain:2', 'b')];
    const changedThere = [pain('pain:1', 'a, longer'), pain('pain:2', 'b')];
    expect(mergeLists(removedHere, base, changedThere, whole)?.value).toEqual([
      pain('pain:1', 'a, longer'),
      pain('pain:2', 'b'),
    ]);
    expect(mergeLists(changedThere, base, removedHere, whole)?.value).toEqual(changedThere);
  });

  it('reports a conflict when both changed one item differently (this side’s kept)', () => {
    const base = [pain('pain:1', 'a')];
    expect(mergeLists([pain('pain:1', 'mine')], base, [pain('pain:1', 'theirs')], whole)).toEqual({
      value: [pain('pain:1', 'mine')],
      conflict: true,
    });
  });

  it('gives up on a list it cannot tell the items of apart (repeated texts, items without ids)', () => {
    expect(mergeLists(['a', 'a'], ['a'], ['a', 'b'], whole)).toBeNull();
    expect(mergeLists([{ n: 1 }], [], [{ n: 2 }], whole)).toBeNull();
  });
});

describe('distinctItems', () => {
  it('keeps the first of items with the same id or text, and every item it cannot tell apart', () => {
    expect(distinctItems(['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(distinctItems([pain('pain:1', 'x'), pain('pain:1', 'y')])).toEqual([pain('pain:1', 'x')]);
    expect(distinctItems([{ n: 1 }, { n: 1 }])).toEqual([{ n: 1 }, { n: 1 }]);
  });
});

describe('listEdit', () => {
  const apply = <T>(list: T[], e: ListEdit<T> | null) =>
    e ? [...list.slice(0, e.index), ...e.insert, ...list.slice(e.index + e.remove)] : list;

  it('finds the items added, removed or changed between a common start and end', () => {
    expect(listEdit(['a', 'b'], ['a', 'b'])).toBeNull();
    expect(listEdit(['a', 'b'], ['a', 'b', 'c'])).toEqual({ index: 2, remove: 0, insert: ['c'] });
    expect(listEdit(['a', 'b', 'c'], ['a', 'c'])).toEqual({ index: 1, remove: 1, insert: [] });
    expect(listEdit([pain('pain:1', 'a')], [pain('pain:1', 'b')])).toEqual({
      index: 0,
      remove: 1,
      insert: [pain('pain:1', 'b')],
    });
  });

  it('gives the new list for any pair', () => {
    const lists = [[], ['a'], ['a', 'a'], ['a', 'b', 'c'], ['c', 'b', 'a'], ['b']];
    for (const before of lists)
      for (const after of lists) expect(apply(before, listEdit(before, after))).toEqual(after);
  });
});
