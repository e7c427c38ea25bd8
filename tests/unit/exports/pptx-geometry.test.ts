import { describe, expect, it } from 'vitest';
import { countLines, paginate, wrapLines } from '../../../renderer/src/exports/pptx/geometry';
import { ARMENIAN, MALAYALAM, TAMIL, TELUGU, textOfLength } from '../../fixtures/seed-text';

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

describe('long texts on a slide', () => {
  /** One Tamil paragraph of 100,000 characters, a pasted article without its line breaks. */
  const long = textOfLength(TAMIL, 100_000);

  it('wraps only as far as the lines kept: the same lines as the text cut to its first few thousand characters', () => {
    for (const [width, pt, kept] of [
      [2.5, 9, 3],
      [1.2, 11, 1],
      [4, 9, 8],
    ] as const) {
      const lines = wrapLines(long, width, pt, kept);
      expect(lines).toHaveLength(kept);
      expect(lines[kept - 1]!.endsWith('…')).toBe(true);
      expect(lines).toEqual(wrapLines(long.slice(0, 3000), width, pt, kept));
    }
  });

  it('counts lines until it passes the most a cell keeps, and the whole text when no most is given', () => {
    expect(countLines(long, 2.5, 9, 3)).toBe(4);
    for (const text of TAMIL) {
      const all = countLines(text, 2.5, 9);
      expect(countLines(text, 2.5, 9, 3)).toBe(Math.min(all, 4));
    }
    expect(countLines(long.slice(0, 5000), 2.5, 9)).toBe(wrapLines(long.slice(0, 5000), 2.5, 9).length);
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
