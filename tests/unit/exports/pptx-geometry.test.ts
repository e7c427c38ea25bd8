import { describe, expect, it } from 'vitest';
import { countLines, paginate, wrapLines } from '../../../renderer/src/exports/pptx/geometry';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU } from '../../fixtures/seed-text';

describe('countLines', () => {
  it('counts the lines wrapLines gives, for text in all five scripts', () => {
    const texts = [...TAMIL, ...TELUGU, ...MALAYALAM, ...ARMENIAN, 'Sent 30 days before the policy ends, with a link.'];
    for (const width of [1.2, 2.5, 4]) {
      for (const pt of [9, 11]) {
        for (const text of texts) expect(countLines(text, width, pt), text).toBe(wrapLines(text, width, pt).length);
      }
    }
  });

  it('gives a word wider than the box as many lines as it needs', () => {
    const long = 'x'.repeat(400);
    expect(countLines(`${long} and more`, 2, 10)).toBe(wrapLines(`${long} and more`, 2, 10).length);
    expect(countLines(long, 2, 10)).toBeGreaterThan(3);
  });
});

describe('paginate', () => {
  it('fills each page up to its height, the first page having less room', () => {
    expect(paginate([1, 1, 1, 1, 1], 3, 2)).toEqual([
      [0, 2],
      [2, 5],
    ]);
    expect(paginate([5, 1], 3)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(paginate([], 3)).toEqual([]);
  });
});
