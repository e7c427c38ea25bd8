/**
 * The editor's last check on an edited row (domain/row-fit.ts): a row that
 * fits passes; one that does not is named by its field and limit, in words.
 */
import { describe, expect, it } from 'vitest';
import { unfitRow } from '../../../renderer/src/domain/row-fit';
import { ARMENIAN, MALAYALAM, TAMIL } from '../../fixtures/seed-text';
import { smallJourney } from '../editor/fixtures';

describe('unfitRow', () => {
  const doc = smallJourney();
  const tp = { ...doc.touchpoints[0]!, title: MALAYALAM[0].slice(0, 40) };

  it('passes every row of a journey as it is', () => {
    expect(unfitRow('journeys', doc.journey)).toBeNull();
    for (const row of doc.touchpoints) expect(unfitRow('touchpoints', row)).toBeNull();
    for (const row of doc.stages) expect(unfitRow('stages', row)).toBeNull();
  });

  it('names the field and its limit when a text is too long', () => {
    const unfit = unfitRow('touchpoints', { ...tp, description: TAMIL[0].repeat(100_001) });
    expect(unfit?.message).toBe(
      `That change was not made: the description of touchpoint “${tp.title}” can hold at most 100,000 characters.`,
    );
    expect(unfit?.text).toMatchObject({ code: 'editRefusedLong', params: { name: tp.title, max: 100_000 } });
  });

  it('names the list and its limit when it holds too many items, and a list item by its place', () => {
    expect(unfitRow('touchpoints', { ...tp, quotes: Array.from({ length: 501 }, () => 'q') })?.message).toBe(
      `That change was not made: the quotes of touchpoint “${tp.title}” can hold at most 500 items.`,
    );
    const pain = { id: 'x', text: ARMENIAN[0], severity: 9 };
    const unfit = unfitRow('touchpoints', { ...tp, painPoints: [pain] });
    expect(unfit?.text.code).toBe('editRefusedValue');
    expect(unfit?.message).toMatch(/pain point 1/);
  });

  it('says a value out of range, and a row that is no record at all', () => {
    expect(unfitRow('touchpoints', { ...tp, emotion: 9 })?.text.code).toBe('editRefusedValue');
    expect(unfitRow('touchpoints', 42)).toMatchObject({ text: { code: 'editRefusedRow' } });
  });
});
