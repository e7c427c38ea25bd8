/**
 * Display helpers for the current vs future comparison: signed deltas that
 * say in words (not only colour) whether they are better or worse, the
 * pain point severity changes, and the geometry of the two-curve chart.
 */
import { formatNumber, formatSigned, NO_VALUE, type CompareRow, type StageDelta } from '../domain/insights';
import { EMOTION_MAX, EMOTION_MIN, type PainSeverity } from '../domain/vocabulary';
import { t } from '../i18n';
import { ROLLUP_METRICS, type RollUpMetric } from './rollup-display';
import { severityName } from './words';

export type DeltaMetric = RollUpMetric | 'friction' | 'painPoints';
export type Tone = 'better' | 'worse' | 'same' | 'none';

export interface DeltaColumn {
  key: DeltaMetric;
  label: string;
  better: 'higher' | 'lower';
  /** The roll-up value of one side as a label. */
  format: (value: number) => string;
  /** The change as a signed label. */
  formatDelta: (delta: number) => string;
}

const percentDelta = (d: number) => t('insights.compare.points', { delta: formatSigned(d, 1) });

export const DELTA_COLUMNS: readonly DeltaColumn[] = [
  ...ROLLUP_METRICS.map((m) => ({
    key: m.key,
    get label() {
      return m.label;
    },
    better: m.better,
    format: m.format,
    formatDelta:
      m.key === 'csatShare' || m.key === 'dropOff'
        ? percentDelta
        : m.key === 'nps'
          ? (d: number) => formatSigned(d, 0)
          : (d: number) => formatSigned(d, 1),
  })),
  {
    key: 'friction',
    get label() {
      return t('insights.compare.friction');
    },
    better: 'lower',
    format: (v) => formatNumber(v, 1),
    formatDelta: (d) => formatSigned(d, 1),
  },
  {
    key: 'painPoints',
    get label() {
      return t('insights.compare.painPoints');
    },
    better: 'lower',
    format: (v) => formatNumber(v, 0),
    formatDelta: (d) => formatSigned(d, 0),
  },
];

export const TONE_MARKS: Readonly<Record<Tone, string>> = { better: '▲', worse: '▼', same: '=', none: '' };
const TONE_KEYS: Readonly<Record<Tone, string>> = {
  better: 'insights.compare.better',
  worse: 'insights.compare.worse',
  same: 'insights.compare.same',
  none: 'insights.compare.none',
};

/** "better", "worse", "no change", "not comparable" in the interface language. */
export function toneWord(tone: Tone): string {
  return t(TONE_KEYS[tone]);
}

export function toneOf(delta: number | null, better: 'higher' | 'lower', epsilon = 1e-9): Tone {
  if (delta === null || !Number.isFinite(delta)) return 'none';
  if (Math.abs(delta) < epsilon) return 'same';
  return delta > 0 === (better === 'higher') ? 'better' : 'worse';
}

export interface DeltaCell {
  key: DeltaMetric;
  before: string;
  after: string;
  delta: string;
  tone: Tone;
  /** "▲ better", "▼ worse", "= no change", "" when either side is not measured. */
  sign: string;
  /** The whole change in words, for tooltips and screen readers. */
  description: string;
}

function sideValue(stage: StageDelta, side: 'current' | 'future', key: DeltaMetric): number | null {
  const r = stage[side];
  if (key === 'painPoints') return r.painPoints;
  return r[key].value;
}

/** One stage's change for one column. */
export function deltaCell(stage: StageDelta, column: DeltaColumn): DeltaCell {
  const before = sideValue(stage, 'current', column.key);
  const after = sideValue(stage, 'future', column.key);
  const delta = column.key === 'painPoints' ? stage.delta.painPoints : stage.delta[column.key];
  const tone = toneOf(delta, column.better);
  const beforeText = before === null ? NO_VALUE : column.format(before);
  const afterText = after === null ? NO_VALUE : column.format(after);
  const deltaText = delta === null ? NO_VALUE : column.formatDelta(delta);
  const sign = tone === 'none' ? '' : `${TONE_MARKS[tone]} ${toneWord(tone)}`;
  const names = { metric: column.label, stage: stage.name, before: beforeText, after: afterText };
  const description =
    tone === 'none'
      ? t('insights.compare.cellNotBoth', names)
      : t('insights.compare.cellChange', { ...names, delta: deltaText, tone: toneWord(tone) });
  return { key: column.key, before: beforeText, after: afterText, delta: deltaText, tone, sign, description };
}

/** "Severe → Moderate (less severe)" for a kept pain point. */
export function severityChangeText(current: PainSeverity, future: PainSeverity): { text: string; tone: Tone } {
  const from = severityName(current);
  const to = severityName(future);
  if (current === future) return { text: t('insights.compare.severitySame', { from }), tone: 'same' };
  return future < current
    ? { text: t('insights.compare.lessSevere', { from, to }), tone: 'better' }
    : { text: t('insights.compare.moreSevere', { from, to }), tone: 'worse' };
}

// ---------------------------------------------------------------------------
// Chart geometry
// ---------------------------------------------------------------------------

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartPoint {
  row: number;
  x: number;
  y: number;
  emotion: number;
  title: string;
}

export interface ChartSeries {
  /** SVG path data: one "M … L …" run per unbroken stretch. */
  path: string;
  points: ChartPoint[];
}

export interface CompareChart {
  box: ChartBox;
  xs: number[];
  yOf: (emotion: number) => number;
  current: ChartSeries;
  future: ChartSeries;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Both emotion curves on one set of axes. Rows are the aligned rows of
 * `compareStates`. A row where a side has no touchpoint is stepped over (the
 * line joins its neighbours); a touchpoint without an emotion breaks the line.
 */
export function compareChart(rows: readonly CompareRow[], box: ChartBox): CompareChart {
  const plotWidth = Math.max(1, box.width - box.left - box.right);
  const plotHeight = Math.max(1, box.height - box.top - box.bottom);
  const step = rows.length > 1 ? plotWidth / (rows.length - 1) : 0;
  const xs = rows.map((_, i) => round(rows.length > 1 ? box.left + i * step : box.left + plotWidth / 2));
  const yOf = (emotion: number) => {
    const clamped = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, emotion));
    return round(box.top + ((EMOTION_MAX - clamped) / (EMOTION_MAX - EMOTION_MIN)) * plotHeight);
  };
  const series = (side: 'current' | 'future'): ChartSeries => {
    const runs: ChartPoint[][] = [];
    let run: ChartPoint[] = [];
    rows.forEach((r, i) => {
      const exists = side === 'current' ? r.currentTouchpointId !== null : r.futureTouchpointId !== null;
      if (!exists) return;
      const emotion = r[side];
      if (emotion === null) {
        if (run.length) runs.push(run);
        run = [];
        return;
      }
      run.push({ row: i, x: xs[i]!, y: yOf(emotion), emotion, title: r.title });
    });
    if (run.length) runs.push(run);
    const path = runs.map((points) => points.map((p, j) => `${j === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')).join(' ');
    return { path, points: runs.flat() };
  };
  return { box, xs, yOf, current: series('current'), future: series('future') };
}

/** A label cut to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}
