import { describe, expect, it } from 'vitest';
import {
  appendChurn,
  checkChurnInput,
  churnHistory,
  formatChurnRate,
  parseCount,
  removeChurnAt,
} from '../../../renderer/src/insights-ui/churn-form';
import { TAMIL, ARMENIAN } from '../../fixtures/seed-text';

describe('parseCount', () => {
  it('reads whole numbers, with or without digit groups', () => {
    expect(parseCount('500', 'at start')).toEqual({ ok: true, value: 500 });
    expect(parseCount(' 5 200 ', 'at start')).toEqual({ ok: true, value: 5200 });
    expect(parseCount('5,200', 'at start')).toEqual({ ok: true, value: 5200 });
    expect(parseCount('1.250.000', 'at start')).toEqual({ ok: true, value: 1250000 });
    expect(parseCount('0', 'at end')).toEqual({ ok: true, value: 0 });
  });

  it('refuses decimals, negatives, words and empty fields with a sentence', () => {
    expect(parseCount('', 'at start')).toMatchObject({ ok: false, empty: true });
    const decimal = parseCount('500.5', 'at start');
    expect(decimal).toMatchObject({ ok: false, empty: false });
    expect(!decimal.ok && decimal.message).toBe('The customers at start must be a whole number, such as 500.');
    const negative = parseCount('-3', 'at end');
    expect(!negative.ok && negative.message).toMatch(/cannot be negative/);
    expect(parseCount('many', 'at end')).toMatchObject({ ok: false, empty: false });
    expect(parseCount('1e3', 'at end')).toMatchObject({ ok: false, empty: false });
    expect(parseCount('99999999999999999999', 'at end')).toMatchObject({ ok: false, empty: false });
  });
});

describe('checkChurnInput', () => {
  it('gives 10 % for 500 → 450', () => {
    const check = checkChurnInput({ period: ' Q1 ', start: '500', end: '450' });
    expect(check).toEqual({ status: 'ok', record: { period: 'Q1', start: 500, end: 450 }, rate: 0.1, lost: 50 });
    expect(formatChurnRate(0.1)).toBe('10 %');
    expect(formatChurnRate(0.125)).toBe('12.5 %');
  });

  it('is incomplete while a count is empty', () => {
    expect(checkChurnInput({ period: 'Q1', start: '500', end: '' }).status).toBe('incomplete');
  });

  it('refuses a start of zero and an end above the start, naming the field', () => {
    expect(checkChurnInput({ period: 'Q1', start: '0', end: '0' })).toMatchObject({
      status: 'invalid',
      field: 'start',
      message: expect.stringMatching(/at least one customer at the start/),
    });
    expect(checkChurnInput({ period: 'Q1', start: '450', end: '500' })).toMatchObject({
      status: 'invalid',
      field: 'end',
      message: expect.stringMatching(/growth, not churn/),
    });
    expect(checkChurnInput({ period: 'Q1', start: 'x', end: '5' })).toMatchObject({
      status: 'invalid',
      field: 'start',
    });
  });

  it('asks for a period only when recording', () => {
    expect(checkChurnInput({ period: '  ', start: '10', end: '9' }).status).toBe('ok');
    expect(checkChurnInput({ period: '  ', start: '10', end: '9' }, { requirePeriod: true })).toMatchObject({
      status: 'invalid',
      field: 'period',
    });
    expect(checkChurnInput({ period: 'x'.repeat(201), start: '10', end: '9' })).toMatchObject({ field: 'period' });
  });

  it('keeps a period named in any script', () => {
    const check = checkChurnInput({ period: TAMIL[0]!, start: '1200', end: '1080' }, { requirePeriod: true });
    expect(check).toMatchObject({ status: 'ok', record: { period: TAMIL[0] } });
  });
});

describe('churn history', () => {
  const records = [
    { period: 'Q2', start: 4680, end: 4490, recordedAt: 200 },
    { period: ARMENIAN[0]!, start: 5200, end: 4680, recordedAt: 100 },
    { period: 'Q3', start: 4490, end: 4490, recordedAt: 200 },
  ];

  it('lists oldest first, ties in stored order, with rates and the stored index', () => {
    const rows = churnHistory(records);
    expect(rows.map((r) => [r.period, r.index, r.rate])).toEqual([
      [ARMENIAN[0], 1, '10 %'],
      ['Q2', 0, '4.1 %'],
      ['Q3', 2, '0 %'],
    ]);
    expect(rows[0]!.lost).toBe(520);
  });

  it('shows — for a stored record whose counts make no rate', () => {
    expect(churnHistory([{ period: 'bad', start: 10, end: 20, recordedAt: 1 }])[0]!.rate).toBe('—');
  });

  it('appends and removes by stored index without touching the others', () => {
    const added = appendChurn(records, { period: 'Q4', start: 10, end: 9, recordedAt: 300 });
    expect(added).toHaveLength(4);
    expect(records).toHaveLength(3);
    expect(removeChurnAt(added, 1).map((r) => r.period)).toEqual(['Q2', 'Q3', 'Q4']);
    expect(removeChurnAt(added, 9)).toEqual(added);
  });
});
