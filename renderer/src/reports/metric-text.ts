/**
 * A touchpoint's measured metrics as printed figures: CSAT (share or 1–5
 * mean), CES (1–7 mean), NPS from its answer counts (domain/insights), drop-off
 * and volume. One definition for every export that prints them: the report's
 * metrics table and the interactive viewer.
 */
import { npsFromCounts } from '../domain/insights';
import { formatNumberIn } from '../domain/locale-format';
import type { Metrics } from '../domain/model';
import { signed } from './escape';

export const METRIC_KEYS = ['csat', 'ces', 'nps', 'dropOff', 'volume'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface MetricText {
  /** The figure as printed, e.g. "82%", "4.2 / 5", "+35", "1,200". */
  value: string;
  /** Answers behind it, when known. */
  sample: number | null;
}

/** A figure rounded to `digits` decimals, written in the locale (e.g. "4.2", Armenian "4,2"). */
export function formatMetricNumber(value: number, digits = 1, locale = 'en-GB'): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return formatNumberIn(locale, rounded, { maximumFractionDigits: digits, useGrouping: false });
}

/** A percentage given as 0–100, written in the locale (e.g. "82.5%", Armenian "82,5%"). */
export function formatMetricPercent(value: number, locale = 'en-GB'): string {
  const rounded = Math.round(value * 10) / 10;
  return formatNumberIn(locale, rounded / 100, { style: 'percent', maximumFractionDigits: 1 });
}

function thousands(value: number, locale: string): string {
  return formatNumberIn(locale, value, { maximumFractionDigits: 20 });
}

/** Each metric's printed figure in the locale (the report's `labels.locale`), null where it was not measured. */
export function metricTexts(m: Metrics, locale = 'en-GB'): Record<MetricKey, MetricText | null> {
  const npsScore = m.nps ? npsFromCounts(m.nps) : null;
  return {
    csat: m.csat
      ? {
          value:
            m.csat.mode === 'share'
              ? formatMetricPercent(m.csat.value, locale)
              : `${formatMetricNumber(m.csat.value, 1, locale)} / 5`,
          sample: m.csat.sample,
        }
      : null,
    ces: m.ces ? { value: `${formatMetricNumber(m.ces.mean, 1, locale)} / 7`, sample: m.ces.sample } : null,
    nps:
      m.nps && npsScore !== null
        ? { value: signed(Math.round(npsScore)), sample: m.nps.promoters + m.nps.passives + m.nps.detractors }
        : null,
    dropOff: m.dropOff === null ? null : { value: formatMetricPercent(m.dropOff, locale), sample: null },
    volume: m.volume === null ? null : { value: thousands(m.volume, locale), sample: null },
  };
}

/** True when any metric was entered (a row in the metrics table). */
export function hasMetrics(m: Metrics): boolean {
  return m.csat !== null || m.ces !== null || m.nps !== null || m.dropOff !== null || m.volume !== null;
}
