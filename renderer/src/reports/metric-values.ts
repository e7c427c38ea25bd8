/**
 * A touchpoint's measured metrics as the client documents print them: the
 * figure (CSAT as a share or a 1–5 mean, CES out of 7, NPS from the answer
 * counts with a true minus sign, drop-off in %, volume with thousands
 * separators) and the sample it rests on. One definition for the report's
 * metrics table and the slide deck; the formulas are domain/insights/metrics.ts.
 */
import { npsFromCounts } from '../domain/insights';
import type { Metrics } from '../domain/model';
import { signed } from './escape';

export interface MetricFigure {
  /** The figure as printed, e.g. "82%", "4.2 / 5", "+35". */
  value: string;
  /** How many answers it rests on, when known. */
  sample: number | null;
}

export interface MetricFigures {
  csat: MetricFigure | null;
  ces: MetricFigure | null;
  nps: MetricFigure | null;
  dropOff: MetricFigure | null;
  volume: MetricFigure | null;
}

export function formatMetricNumber(value: number, digits = 1): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

/** Whether any metric is measured. */
export function hasMetrics(m: Metrics): boolean {
  return m.csat !== null || m.ces !== null || m.nps !== null || m.dropOff !== null || m.volume !== null;
}

export function metricFigures(m: Metrics): MetricFigures {
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
        ? {
            value: signed(Math.round(npsScore)),
            sample: m.nps.promoters + m.nps.passives + m.nps.detractors,
          }
        : null,
    dropOff: m.dropOff === null ? null : { value: `${formatMetricNumber(m.dropOff)}%`, sample: null },
    volume: m.volume === null ? null : { value: String(m.volume).replace(/\B(?=(\d{3})+(?!\d))/g, ','), sample: null },
  };
}
