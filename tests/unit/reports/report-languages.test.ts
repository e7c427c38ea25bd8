/**
 * The report speaks five languages: every label is translated (nothing left
 * in English but the metric abbreviations), dates and figures follow the
 * language's locale, and Armenian is formatted right also where the runtime
 * has no Armenian ICU data (Chromium, Electron).
 */
import { describe, expect, it } from 'vitest';
import { formatDateTimeIn, formatLongDateIn, formatNumberIn } from '../../../renderer/src/domain/locale-format';
import { formatReportDate } from '../../../renderer/src/reports/context';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';
import { metricTexts } from '../../../renderer/src/reports/metric-text';
import { REPORT_LANGUAGES } from '../../../renderer/src/reports/types';

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/**
 * Labels that stay as they are in every language: metric names (the heat legend's CSAT, "CES (1–7)" and NPS too),
 * the rank sign, the sample size letter, "of",
 * and the insight patterns that are only punctuation around values ("{label}: {value}", "{label} ({count})").
 */
const SAME_EVERYWHERE = new Set([
  'table.rank',
  'table.csat',
  'table.ces',
  'table.nps',
  'table.sample',
  'insights.health.nps.label',
  'insights.figure',
  'insights.counted',
  'map.heatTitle.csat',
  'map.heatTitle.ces',
  'map.heatTitle.nps',
]);

describe('report labels in every language', () => {
  const english = new Map(leaves(REPORT_LABELS.en));

  it('offers English, Tamil, Telugu, Malayalam and Armenian', () => {
    expect([...REPORT_LANGUAGES]).toEqual(['en', 'ta', 'te', 'ml', 'hy']);
  });

  for (const language of REPORT_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language}: every label is present, not empty and not English`, () => {
      const own = new Map(leaves(REPORT_LABELS[language]));
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of own) {
        expect(text.trim(), key).not.toBe('');
        if (key === 'locale' || key === 'pageOf.of' || SAME_EVERYWHERE.has(key)) continue;
        expect(text, key).not.toBe(english.get(key));
        // No Latin words (metric abbreviations, the name of the PDF format and the {value} marks of patterns aside).
        expect(text.replace(/CSAT|CES|NPS|PDF|\{\w+\}/g, ''), key).not.toMatch(/[A-Za-z]{2,}/);
      }
    });
  }

  it('writes the cover date and the metrics in the language’s locale', () => {
    const date = new Date(Date.UTC(2026, 2, 3));
    expect(formatReportDate(date, REPORT_LABELS.en)).toBe('3 March 2026');
    expect(formatReportDate(date, REPORT_LABELS.ta)).toBe('3 மார்ச், 2026');
    expect(formatReportDate(date, REPORT_LABELS.hy)).toBe('3 մարտի, 2026 թ.');
    const metrics = {
      csat: { mode: 'share' as const, value: 82.5, sample: 40 },
      ces: { mean: 4.25, sample: 12 },
      nps: null,
      dropOff: 7,
      volume: 1234567,
      expectedEmotion: null,
    };
    expect(metricTexts(metrics, REPORT_LABELS.en.locale)).toMatchObject({
      csat: { value: '82.5%' },
      ces: { value: '4.3 / 7' },
      volume: { value: '1,234,567' },
    });
    expect(metricTexts(metrics, REPORT_LABELS.ta.locale).volume?.value).toBe('12,34,567');
    expect(metricTexts(metrics, REPORT_LABELS.hy.locale)).toMatchObject({
      csat: { value: '82,5%' },
      ces: { value: '4,3 / 7' },
      volume: { value: '1\u00a0234\u00a0567' },
    });
  });

  it('formats Armenian without Armenian ICU data as Intl does with it', () => {
    const real = Intl.NumberFormat.supportedLocalesOf;
    const date = new Date(Date.UTC(2026, 10, 29));
    // Dates and times too (version names, the workshop summary), in every month and both date styles.
    const moments = Array.from({ length: 12 }, (_, m) => Date.UTC(2026, m, m === 10 ? 29 : 3, 15, 5));
    const written = () => [
      formatNumberIn('hy-AM', 1234567.5),
      formatLongDateIn('hy-AM', date, 'UTC'),
      ...moments.flatMap((at) => [
        formatDateTimeIn('hy-AM', at, { dateStyle: 'medium', timeZone: 'UTC' }),
        formatDateTimeIn('hy-AM', at, { dateStyle: 'long', timeZone: 'UTC' }),
        formatDateTimeIn('hy-AM', at, { timeZone: 'UTC' }),
      ]),
    ];
    const withData = written();
    expect(withData).toContain('29 նոյ, 2026 թ., 15:05');
    // Chromium's ICU has no Armenian: Intl then formats as en-US.
    Intl.NumberFormat.supportedLocalesOf = (locales) =>
      (Array.isArray(locales) ? locales : [locales]).map(String).filter((l) => !l.startsWith('hy'));
    try {
      expect(written()).toEqual(withData);
    } finally {
      Intl.NumberFormat.supportedLocalesOf = real;
    }
  });
});
