/**
 * Display text for metric roll-ups: one label, value and "based on" line per
 * metric, so the metrics panel and the comparison screen speak alike. A
 * metric nothing measured reads "—", never 0.
 */
import { formatNumber, formatPercent, formatSigned, NO_VALUE, type RollUp, type Weighting } from '../domain/insights';
import { currentLanguage, formatNumber as formatCount, t } from '../i18n';

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
  metric('csatShare', ['insights.metric.csatShare', 'insights.metric.csatShareShort'], (v) => formatPercent(v, 1)),
  metric('csatMean', ['insights.metric.csatMean', 'insights.metric.csatMeanShort'], (v) => formatNumber(v, 1)),
  metric('ces', ['insights.metric.ces', 'insights.metric.cesShort'], (v) => formatNumber(v, 1)),
  metric('nps', ['insights.metric.nps', 'insights.metric.npsShort'], (v) => formatSigned(v, 0)),
  metric('dropOff', ['insights.metric.dropOff', 'insights.metric.dropOffShort'], (v) => formatPercent(v, 1), 'lower'),
  metric('emotion', ['insights.metric.emotion', 'insights.metric.emotionShort'], (v) => formatSigned(v, 1)),
];

/** A metric whose names are read from the catalogue when shown (so a language switch applies at once). */
function metric(
  key: RollUpMetric,
  [labelKey, shortKey]: [string, string],
  format: (value: number) => string,
  better: 'higher' | 'lower' = 'higher',
): MetricSpec {
  return {
    key,
    get label() {
      return t(labelKey);
    },
    get short() {
      return t(shortKey);
    },
    format,
    better,
  };
}

/** "weighted by sample size", in the interface language. */
export function weightingLabel(weighting: Weighting): string {
  return t(WEIGHTING_KEYS[weighting]);
}

const WEIGHTING_KEYS: Readonly<Record<Weighting, string>> = {
  sample: 'insights.weighting.sample',
  volume: 'insights.weighting.volume',
  unweighted: 'insights.weighting.unweighted',
};

/** One-letter marks for narrow cells, explained by `weightingLegend()`. */
export function weightingMark(weighting: Weighting): string {
  if (weighting === 'unweighted') return '';
  return t(weighting === 'sample' ? 'insights.weighting.sampleMark' : 'insights.weighting.volumeMark');
}

/** "s: weighted by sample size · v: weighted by volume · no mark: unweighted" */
export function weightingLegend(): string {
  return t('insights.weighting.legend');
}

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
  return t('insights.touchpoints', { count: n, n: formatCount(n, currentLanguage()) });
}

function answersText(n: number): string {
  return t('insights.answers', { count: n, n: formatCount(n, currentLanguage()) });
}

/** The display cell of one metric of a roll-up. */
export function rollUpCell(rollUp: RollUp, spec: MetricSpec): RollUpCell {
  const part = rollUp[spec.key];
  const value = part.value;
  const measured = value !== null && part.contributors > 0;
  const contributors = measured ? part.contributors : 0;
  const from = measured
    ? t('insights.fromTouchpoints', { count: contributors, n: contributors })
    : t('insights.notMeasured');
  let basis = '';
  let mark = '';
  if (measured && spec.key === 'nps') {
    basis = t('insights.countsSummed', { answers: answersText(rollUp.nps.answers) });
  } else if (measured && 'weighting' in part) {
    basis = weightingLabel(part.weighting);
    mark = weightingMark(part.weighting);
  }
  const text = measured ? spec.format(value) : NO_VALUE;
  const description = measured
    ? t('insights.cellDescription', { metric: spec.label, value: text, from, basis })
    : t('insights.cellNoValue', { metric: spec.label });
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
