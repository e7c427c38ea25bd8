/**
 * A touchpoint's measured metrics as printed figures: CSAT (share or 1–5
 * mean), CES (1–7 mean), NPS from its answer counts (domain/insights), drop-off
 * and volume. One definition for every export that prints them: the report's
 * metrics table and the interactive viewer.
 */
import { npsFromCounts } from '../domain/insights';
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

export function formatMetricNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Each metric's printed figure, null where it was not measured. */
export function metricTexts(m: Metrics): Record<MetricKey, MetricText | null> {
  const npsScore = m.nps ? npsFromCounts(m.nps) : null;
  return {
    csat: m.csat
      ? {
          value:
            m.csat.mode === 'share'
              ? `${formatMetricNumber(m.csat.value)}%`
              : `${formatMetricNumber(m.csat.value)} / 5`,
          sample: m.csat.sample,
        }
      : null,
    ces: m.ces ? { value: `${formatMetricNumber(m.ces.mean)} / 7`, sample: m.ces.sample } : null,
    nps:
      m.nps && npsScore !== null
        ? { value: signed(Math.round(npsScore)), sample: m.nps.promoters + m.nps.passives + m.nps.detractors }
        : null,
    dropOff: m.dropOff === null ? null : { value: `${formatMetricNumber(m.dropOff)}%`, sample: null },
    volume: m.volume === null ? null : { value: thousands(m.volume), sample: null },
  };
}

/** True when any metric was entered (a row in the metrics table). */
export function hasMetrics(m: Metrics): boolean {
  return m.csat !== null || m.ces !== null || m.nps !== null || m.dropOff !== null || m.volume !== null;
}
