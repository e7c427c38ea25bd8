import { describe, expect, it } from 'vitest';
import { sameData, sameItems, sameJourneyContent } from '../../../renderer/src/domain';
import { sampleJourney } from '../../fixtures/sample-journey';
import { TAMIL_LONG as TAMIL } from '../../fixtures/seed-text';

const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;

describe('sameData: deep equality that ignores key order', () => {
  it('treats objects with the same keys and values in another order as equal, at every depth', () => {
    const a = { id: 'x', title: TAMIL, metrics: { nps: { promoters: 3, passives: 1, detractors: 0 }, volume: 5 } };
    const b = { metrics: { volume: 5, nps: { detractors: 0, passives: 1, promoters: 3 } }, title: TAMIL, id: 'x' };
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(sameData(a, b)).toBe(true);
  });

  it('tells apart different values, missing keys, extra keys and arrays in another order', () => {
    expect(sameData({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(sameData({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, c: null })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ list: [] }, { list: {} })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(0, -0)).toBe(false);
    expect(sameData(NaN, NaN)).toBe(true);
    expect(sameData('1', 1)).toBe(false);
  });

  it('counts a key set to undefined as absent, as storage does', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});

describe('sameJourneyContent', () => {
  it('does not depend on the order of the journey row’s keys', () => {
    const journey = sampleJourney().journey;
    const echoed = { ...reversed(journey), workshop: reversed(journey.workshop) };
    expect(JSON.stringify(echoed)).not.toBe(JSON.stringify(journey));
    expect(sameJourneyContent(journey, echoed)).toBe(true);
    expect(sameJourneyContent(journey, { ...echoed, title: `${journey.title} ${TAMIL}` })).toBe(false);
  });
});

describe('sameItems: the same items by identity, in order', () => {
  it('tells a list of the very same rows from a list of equal copies', () => {
    const rows = [{ title: TAMIL }, { title: 'b' }];
    expect(sameItems(rows, [...rows])).toBe(true);
    expect(
      sameItems(
        rows,
        rows.map((r) => ({ ...r })),
      ),
    ).toBe(false);
    expect(sameItems(rows, [...rows].reverse())).toBe(false);
    expect(sameItems(rows, rows.slice(1))).toBe(false);
  });
});
