/**
 * Heat overlay values: one number, one colour and one label per touchpoint
 * and mode, and the legend that explains the colours.
 *
 * Emotion uses the diverging scale of PRODUCT.md (red −3, grey 0, green +3).
 * Every other mode uses one sequential "trouble" scale, pale to dark red:
 * the darker, the worse for the customer. So for CSAT, CES and NPS, where
 * higher is better, the scale runs the other way round (CES is read as the
 * 1–7 "the company made it easy" answer: 7 is the least effort).
 * A colour never stands alone: every value carries a number label.
 */
import type { Touchpoint } from '../model';
import {
  emotionColour,
  emotionLevel,
  EMOTION_MAX,
  EMOTION_MIN,
  FRICTION_MAX,
  PAIN_SEVERITY_LABELS,
} from '../vocabulary';
import { formatNumber, formatPercent, formatSigned, NO_VALUE } from './format';
import { npsFromCounts } from './metrics';
import { worstSeverity } from './refs';

export const HEAT_MODES = ['emotion', 'friction', 'pain', 'csat', 'ces', 'nps', 'dropOff'] as const;
export type HeatMode = (typeof HEAT_MODES)[number];

export interface HeatValue {
  value: number | null;
  colour: string;
  label: string;
}

/** Colour for “no data”: the same grey as the neutral emotion without a score. */
export const NO_DATA_COLOUR = emotionColour(null);

const TROUBLE_STOPS: readonly [number, number, number][] = [
  [254, 240, 217],
  [252, 141, 89],
  [179, 0, 0],
];

/** The sequential trouble colour for t in 0 (fine) .. 1 (worst). */
export function troubleColour(t: number): string {
  const k = Number.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
  const scaled = k * (TROUBLE_STOPS.length - 1);
  const i = Math.min(TROUBLE_STOPS.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const a = TROUBLE_STOPS[i]!;
  const b = TROUBLE_STOPS[i + 1]!;
  const mix = a.map((c, j) => Math.round(c + (b[j]! - c) * f));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const none: HeatValue = { value: null, colour: NO_DATA_COLOUR, label: NO_VALUE };

export function heatValue(touchpoint: Touchpoint, mode: HeatMode): HeatValue {
  const m = touchpoint.metrics;
  switch (mode) {
    case 'emotion': {
      const e = touchpoint.emotion;
      return e === null ? none : { value: e, colour: emotionColour(e), label: formatSigned(e) };
    }
    case 'friction': {
      const s = touchpoint.friction.score;
      return { value: s, colour: troubleColour(s / FRICTION_MAX), label: `${s}/${FRICTION_MAX}` };
    }
    case 'pain': {
      const worst = worstSeverity(touchpoint);
      return { value: worst, colour: troubleColour(worst / 3), label: `${worst}/3` };
    }
    case 'csat': {
      const c = m.csat;
      if (!c) return none;
      return c.mode === 'share'
        ? { value: c.value, colour: troubleColour(1 - c.value / 100), label: formatPercent(c.value) }
        : { value: c.value, colour: troubleColour((5 - c.value) / 4), label: `${formatNumber(c.value)}/5` };
    }
    case 'ces': {
      const c = m.ces;
      return c ? { value: c.mean, colour: troubleColour((7 - c.mean) / 6), label: `${formatNumber(c.mean)}/7` } : none;
    }
    case 'nps': {
      const n = m.nps ? npsFromCounts(m.nps) : null;
      return n === null ? none : { value: n, colour: troubleColour((100 - n) / 200), label: formatSigned(n, 0) };
    }
    case 'dropOff': {
      const d = m.dropOff;
      return d === null ? none : { value: d, colour: troubleColour(d / 100), label: formatPercent(d) };
    }
  }
}

export interface HeatLegend {
  mode: HeatMode;
  title: string;
  kind: 'diverging' | 'sequential';
  /** From the best value to the worst for sequential modes; from −3 to +3 for emotion. */
  stops: { value: number; colour: string; label: string }[];
  noData: { colour: string; label: string };
  /** One sentence on how to read the colours. */
  description: string;
}

const TROUBLE_NOTE = 'The darker the colour, the worse for the customer.';

export function heatLegend(mode: HeatMode): HeatLegend {
  const noData = { colour: NO_DATA_COLOUR, label: 'No data' };
  const seq = (title: string, stops: [number, number, string][], description: string): HeatLegend => ({
    mode,
    title,
    kind: 'sequential',
    stops: stops.map(([value, t, label]) => ({ value, colour: troubleColour(t), label })),
    noData,
    description,
  });
  switch (mode) {
    case 'emotion': {
      const stops = [];
      for (let s = EMOTION_MIN; s <= EMOTION_MAX; s++) {
        stops.push({ value: s, colour: emotionColour(s), label: `${formatSigned(s)} ${emotionLevel(s).label}` });
      }
      return {
        mode,
        title: 'Emotion',
        kind: 'diverging',
        stops,
        noData,
        description: 'Red for negative emotions, grey for neutral, green for positive ones.',
      };
    }
    case 'friction':
      return seq(
        'Friction (0–5)',
        [0, 1, 2, 3, 4, 5].map((s) => [s, s / FRICTION_MAX, `${s}/${FRICTION_MAX}`] as [number, number, string]),
        TROUBLE_NOTE,
      );
    case 'pain':
      return seq(
        'Worst pain severity',
        [
          [0, 0, '0 None'],
          [1, 1 / 3, `1 ${PAIN_SEVERITY_LABELS[1]}`],
          [2, 2 / 3, `2 ${PAIN_SEVERITY_LABELS[2]}`],
          [3, 1, `3 ${PAIN_SEVERITY_LABELS[3]}`],
        ],
        TROUBLE_NOTE,
      );
    case 'csat':
      return seq(
        'CSAT',
        [
          [100, 0, '100 % · 5/5'],
          [75, 0.25, '75 % · 4/5'],
          [50, 0.5, '50 % · 3/5'],
          [25, 0.75, '25 % · 2/5'],
          [0, 1, '0 % · 1/5'],
        ],
        `Satisfied share (0–100 %) and mean rating (1–5) share the colours. ${TROUBLE_NOTE}`,
      );
    case 'ces':
      return seq(
        'CES (1–7)',
        [7, 6, 5, 4, 3, 2, 1].map((v) => [v, (7 - v) / 6, `${v}/7`] as [number, number, string]),
        `7 means the least effort. ${TROUBLE_NOTE}`,
      );
    case 'nps':
      return seq(
        'NPS',
        [100, 50, 0, -50, -100].map((v) => [v, (100 - v) / 200, formatSigned(v, 0)] as [number, number, string]),
        TROUBLE_NOTE,
      );
    case 'dropOff':
      return seq(
        'Drop-off',
        [0, 25, 50, 75, 100].map((v) => [v, v / 100, formatPercent(v)] as [number, number, string]),
        TROUBLE_NOTE,
      );
  }
}
