/**
 * Numbers and dates are formatted through Intl formatters made once per locale and options: a library
 * re-rendering its journey cards while 40 files were opened spent seconds making a formatter per figure.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTimeIn, formatNumberIn, intlSupports } from '../../../renderer/src/domain/locale-format';

const RealDate = Intl.DateTimeFormat;
const RealNumber = Intl.NumberFormat;
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(Intl, { DateTimeFormat: RealDate, NumberFormat: RealNumber });
});

/** Counts the formatters made from here on (a subclass in Intl's place). */
function countMade() {
  const made = { dates: 0, numbers: 0 };
  class Dates extends RealDate {
    constructor(...args: ConstructorParameters<typeof RealDate>) {
      super(...args);
      made.dates++;
    }
  }
  class Numbers extends RealNumber {
    constructor(...args: ConstructorParameters<typeof RealNumber>) {
      super(...args);
      made.numbers++;
    }
  }
  Object.assign(Intl, { DateTimeFormat: Dates, NumberFormat: Numbers });
  return made;
}

describe('locale formatting', () => {
  it('makes each formatter once and gives the same text as a fresh one', () => {
    const at = Date.UTC(2026, 10, 29, 15, 5);
    const supports = vi.spyOn(RealNumber, 'supportedLocalesOf');
    const made = countMade();
    const first = formatDateTimeIn('ta-IN', at, { dateStyle: 'medium', timeZone: 'UTC' });
    for (let i = 0; i < 50; i++) {
      expect(formatDateTimeIn('ta-IN', at, { dateStyle: 'medium', timeZone: 'UTC' })).toBe(first);
      expect(formatNumberIn('ml-IN', 12345.5 + i)).toBe(new RealNumber('ml-IN').format(12345.5 + i));
    }
    expect(first).toBe(new RealDate('ta-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at));
    expect(made).toEqual({ dates: 1, numbers: 1 });
    expect(supports.mock.calls.length).toBeLessThanOrEqual(2);
    expect(intlSupports('ta-IN')).toBe(true);
  });

  it('keeps a different options set apart', () => {
    expect(formatNumberIn('en-US', 1.25, { maximumFractionDigits: 1 })).toBe('1.3');
    expect(formatNumberIn('en-US', 1.25, { maximumFractionDigits: 2 })).toBe('1.25');
    expect(formatNumberIn('en-US', 1.25)).toBe('1.25');
  });
});
