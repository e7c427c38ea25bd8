/**
 * Display text for metric roll-ups: one label, value and "based on" line per
 * metric, so the metrics panel and the comparison screen speak alike. A
 * metric nothing measured reads "—", never 0.
 */
import { formatNumber, formatPercent, formatSigned, NO_VALUE, type RollUp, type Weighting } from '../domain/insights';

export type RollUpMetric = 'csatShare' | 'csatMean' | 'ces' | 'nps' | 'dropOff' | 'emotion';

export interface MetricSpec {
  key: RollUpMetric;
  /** Full name, for table rows and tooltips. */
  label: string;
  /** A few characters, for narrow column heads. */
  short: string;
  /** The value as a label: "88 %", "4.4", "−12", "+1.5". */
  format: (value: number) => string;
  /** Which way is an improvement. */
  better: 'higher' | 'lower';
}

export const ROLLUP_METRICS: readonly MetricSpec[] = [
  {
    key: 'csatShare',
    label: 'CSAT (satisfied share)',
    short: 'CSAT %',
    format: (v) => formatPercent(v, 1),
    better: 'higher',
  },
  { key: 'csatMean', label: 'CSAT (1–5 mean)', short: 'CSAT', format: (v) => formatNumber(v, 1), better: 'higher' },
  { key: 'ces', label: 'CES (1–7 mean)', short: 'CES', format: (v) => formatNumber(v, 1), better: 'higher' },
  { key: 'nps', label: 'NPS', short: 'NPS', format: (v) => formatSigned(v, 0), better: 'higher' },
  { key: 'dropOff', label: 'Drop-off', short: 'Drop', format: (v) => formatPercent(v, 1), better: 'lower' },
  { key: 'emotion', label: 'Emotion (−3..+3)', short: 'Emotion', format: (v) => formatSigned(v, 1), better: 'higher' },
];

export const WEIGHTING_LABELS: Readonly<Record<Weighting, string>> = {
  sample: 'weighted by sample size',
  volume: 'weighted by volume',
  unweighted: 'unweighted',
};

/** One-letter marks for narrow cells, explained by `WEIGHTING_LEGEND`. */
export const WEIGHTING_MARKS: Readonly<Record<Weighting, string>> = { sample: 's', volume: 'v', unweighted: '' };
export const WEIGHTING_LEGEND = 's: weighted by sample size · v: weighted by volume · no mark: unweighted';

export interface RollUpCell {
  key: RollUpMetric;
  label: string;
  short: string;
  /** The value label, or "—" when no touchpoint measured it. */
  value: string;
  measured: boolean;
  contributors: number;
  /** "from 3 touchpoints" or "not measured". */
  from: string;
  /** "weighted by sample size", "908 answers, counts summed", or "" when not measured. */
  basis: string;
  /** A one-letter weighting mark for narrow cells ("" for unweighted, NPS and unmeasured). */
  mark: string;
  /** Everything in one sentence, for tooltips and screen readers. */
  description: string;
}

export function touchpointCount(n: number): string {
  return `${n} touchpoint${n === 1 ? '' : 's'}`;
}

function answersText(n: number): string {
  return `${n.toLocaleString('en')} answer${n === 1 ? '' : 's'}`;
}

/** The display cell of one metric of a roll-up. */
export function rollUpCell(rollUp: RollUp, spec: MetricSpec): RollUpCell {
  const part = rollUp[spec.key];
  const value = part.value;
  const measured = value !== null && part.contributors > 0;
  const contributors = measured ? part.contributors : 0;
  const from = measured ? `from ${touchpointCount(contributors)}` : 'not measured';
  let basis = '';
  let mark = '';
  if (measured && spec.key === 'nps') {
    basis = `${answersText(rollUp.nps.answers)}, counts summed`;
  } else if (measured && 'weighting' in part) {
    basis = WEIGHTING_LABELS[part.weighting];
    mark = WEIGHTING_MARKS[part.weighting];
  }
  const text = measured ? spec.format(value) : NO_VALUE;
  const description = measured
    ? `${spec.label}: ${text}, ${from}, ${basis}.`
    : `${spec.label}: no touchpoint has a value yet.`;
  return {
    key: spec.key,
    label: spec.label,
    short: spec.short,
    value: text,
    measured,
    contributors,
    from,
    basis,
    mark,
    description,
  };
}

/** Every metric of a roll-up, in the order of `ROLLUP_METRICS`. */
export function rollUpCells(rollUp: RollUp): RollUpCell[] {
  return ROLLUP_METRICS.map((spec) => rollUpCell(rollUp, spec));
}
