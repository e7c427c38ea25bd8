/**
 * CX metrics: the formulas of PRODUCT.md (CSAT, CES, NPS, churn) and their
 * roll-ups per stage and per journey.
 *
 * Rules every roll-up follows:
 * - a missing value (null) is left out, never averaged as zero;
 * - means are weighted by sample size when every contributing touchpoint has
 *   one, else by volume when every contributing touchpoint has one, else
 *   unweighted (mixing sample sizes with volumes would weigh apples against
 *   pears, so one basis is chosen for the whole roll-up);
 * - NPS sums the answer counts first, then computes the score;
 * - each roll-up reports how many touchpoints contributed.
 */
import type { StageId, TouchpointId } from '../ids';
import type { Journey, JourneyDocument, Touchpoint } from '../model';

// ---------------------------------------------------------------------------
// Single formulas
// ---------------------------------------------------------------------------

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

const isCount = (n: number) => Number.isFinite(n) && n >= 0;

/** NPS = % promoters − % detractors, −100..100; null when nobody answered. */
export function npsFromCounts(counts: NpsCounts): number | null {
  const { promoters, passives, detractors } = counts;
  if (!isCount(promoters) || !isCount(passives) || !isCount(detractors)) return null;
  const total = promoters + passives + detractors;
  if (total <= 0) return null;
  return ((promoters - detractors) * 100) / total;
}

/** CSAT as the share of satisfied answers, 0–100 %; null when nobody answered. */
export function csatShare(satisfied: number, answered: number): number | null {
  if (!isCount(satisfied) || !isCount(answered) || answered <= 0 || satisfied > answered) return null;
  return (satisfied * 100) / answered;
}

function meanOfRange(ratings: readonly number[], min: number, max: number): number | null {
  const valid = ratings.filter((r) => Number.isFinite(r) && r >= min && r <= max);
  if (valid.length === 0) return null;
  return valid.reduce((sum, r) => sum + r, 0) / valid.length;
}

/** CSAT as the mean of 1–5 ratings; ratings outside 1–5 are ignored; null when none is left. */
export function csatMean(ratings: readonly number[]): number | null {
  return meanOfRange(ratings, 1, 5);
}

/** CSAT share from 1–5 ratings: the share of 4s and 5s, 0–100 %. */
export function csatShareFromRatings(ratings: readonly number[]): number | null {
  const valid = ratings.filter((r) => Number.isFinite(r) && r >= 1 && r <= 5);
  return csatShare(valid.filter((r) => r >= 4).length, valid.length);
}

/** CES as the mean of 1–7 answers; answers outside 1–7 are ignored; null when none is left. */
export function cesMean(ratings: readonly number[]): number | null {
  return meanOfRange(ratings, 1, 7);
}

export type ChurnResult =
  | { ok: true; rate: number; lost: number }
  | { ok: false; code: 'start-not-positive' | 'end-above-start' | 'not-a-number'; message: string };

/** Churn rate = (customers at start − at end) / at start, 0..1. 500 → 450 gives 0.10. */
export function churnRate(start: number, end: number): ChurnResult {
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < 0) {
    return {
      ok: false,
      code: 'not-a-number',
      message: 'The customer counts are not valid numbers; enter whole numbers of customers at start and at end.',
    };
  }
  if (start <= 0) {
    return {
      ok: false,
      code: 'start-not-positive',
      message: 'Churn needs at least one customer at the start of the period; enter the number of customers at start.',
    };
  }
  if (end > start) {
    return {
      ok: false,
      code: 'end-above-start',
      message:
        'There are more customers at the end than at the start, so this is growth, not churn; check the two counts.',
    };
  }
  return { ok: true, rate: (start - end) / start, lost: start - end };
}

export interface ChurnPeriod {
  period: string;
  start: number;
  end: number;
  recordedAt: number;
  result: ChurnResult;
}

/** Every recorded churn period of a journey with its rate, oldest first. */
export function journeyChurn(journey: Pick<Journey, 'churn'>): ChurnPeriod[] {
  return [...journey.churn]
    .sort((a, b) => a.recordedAt - b.recordedAt)
    .map((c) => ({ ...c, result: churnRate(c.start, c.end) }));
}

/** The most recently recorded churn period, or null when none was recorded. */
export function latestChurn(journey: Pick<Journey, 'churn'>): ChurnPeriod | null {
  const all = journeyChurn(journey);
  return all[all.length - 1] ?? null;
}

export interface Weighted {
  value: number | null | undefined;
  weight?: number | null | undefined;
}

/**
 * Weighted mean of the values that are present. Items with a missing value are
 * left out. When any present value lacks a positive weight, or all weights are
 * zero, the mean is unweighted. Null when no value is present.
 */
export function weightedMean(items: readonly Weighted[]): number | null {
  const present = items.filter((i): i is { value: number; weight?: number | null } => isNumber(i.value));
  if (present.length === 0) return null;
  const weighted = present.every((i) => isNumber(i.weight) && i.weight > 0);
  if (weighted) {
    const total = present.reduce((s, i) => s + (i.weight as number), 0);
    return present.reduce((s, i) => s + i.value * (i.weight as number), 0) / total;
  }
  return present.reduce((s, i) => s + i.value, 0) / present.length;
}

/** Plain mean of the values that are present; null when none is. */
export function mean(values: readonly (number | null | undefined)[]): number | null {
  return weightedMean(values.map((value) => ({ value })));
}

function isNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

// ---------------------------------------------------------------------------
// Roll-ups
// ---------------------------------------------------------------------------

export type Weighting = 'sample' | 'volume' | 'unweighted';

export interface MeanRollUp {
  /** The mean, or null when no touchpoint has a value. */
  value: number | null;
  /** Touchpoints that had a value. */
  contributors: number;
  touchpointIds: TouchpointId[];
  /** What the mean was weighted by. */
  weighting: Weighting;
}

export interface NpsRollUp extends NpsCounts {
  value: number | null;
  answers: number;
  contributors: number;
  touchpointIds: TouchpointId[];
}

export interface SumRollUp {
  value: number | null;
  contributors: number;
  touchpointIds: TouchpointId[];
}

export interface RollUp {
  /** Touchpoints rolled up (with or without metrics). */
  touchpoints: number;
  csatShare: MeanRollUp;
  csatMean: MeanRollUp;
  ces: MeanRollUp;
  nps: NpsRollUp;
  dropOff: MeanRollUp;
  emotion: MeanRollUp;
  /** Mean friction score 0–5 (friction always has a score). */
  friction: MeanRollUp;
  /** Total volume of the touchpoints that have one. */
  volume: SumRollUp;
  painPoints: number;
}

interface Entry {
  id: TouchpointId;
  value: number | null;
  sample: number | null;
  volume: number | null;
}

/** Mean with the roll-up weighting rule: sample, else volume, else unweighted. */
export function rollUpMean(entries: readonly Entry[]): MeanRollUp {
  const present = entries.filter((e): e is Entry & { value: number } => isNumber(e.value));
  const touchpointIds = present.map((e) => e.id);
  if (present.length === 0) return { value: null, contributors: 0, touchpointIds, weighting: 'unweighted' };
  const all = (pick: (e: Entry) => number | null) => present.every((e) => isNumber(pick(e)) && pick(e)! > 0);
  const weighting: Weighting = all((e) => e.sample) ? 'sample' : all((e) => e.volume) ? 'volume' : 'unweighted';
  const value = weightedMean(
    present.map((e) => ({
      value: e.value,
      weight: weighting === 'sample' ? e.sample : weighting === 'volume' ? e.volume : null,
    })),
  );
  return { value, contributors: present.length, touchpointIds, weighting };
}

/** Roll up any set of touchpoints. */
export function rollUpTouchpoints(touchpoints: readonly Touchpoint[]): RollUp {
  const volumeOf = (t: Touchpoint) => t.metrics.volume;
  const csat = (mode: 'share' | 'mean') =>
    rollUpMean(
      touchpoints.map((t) => {
        const c = t.metrics.csat;
        return {
          id: t.id,
          value: c && c.mode === mode ? c.value : null,
          sample: c?.sample ?? null,
          volume: volumeOf(t),
        };
      }),
    );
  const ces = rollUpMean(
    touchpoints.map((t) => ({
      id: t.id,
      value: t.metrics.ces?.mean ?? null,
      sample: t.metrics.ces?.sample ?? null,
      volume: volumeOf(t),
    })),
  );
  const noSample = (value: (t: Touchpoint) => number | null) =>
    rollUpMean(touchpoints.map((t) => ({ id: t.id, value: value(t), sample: null, volume: volumeOf(t) })));

  const withNps = touchpoints.filter((t) => t.metrics.nps !== null);
  const counts = withNps.reduce(
    (acc, t) => ({
      promoters: acc.promoters + t.metrics.nps!.promoters,
      passives: acc.passives + t.metrics.nps!.passives,
      detractors: acc.detractors + t.metrics.nps!.detractors,
    }),
    { promoters: 0, passives: 0, detractors: 0 },
  );
  const answers = counts.promoters + counts.passives + counts.detractors;

  const withVolume = touchpoints.filter((t) => isNumber(t.metrics.volume));

  return {
    touchpoints: touchpoints.length,
    csatShare: csat('share'),
    csatMean: csat('mean'),
    ces,
    nps: {
      ...counts,
      value: npsFromCounts(counts),
      answers,
      contributors: withNps.length,
      touchpointIds: withNps.map((t) => t.id),
    },
    dropOff: noSample((t) => t.metrics.dropOff),
    emotion: noSample((t) => t.emotion),
    friction: rollUpMean(touchpoints.map((t) => ({ id: t.id, value: t.friction.score, sample: null, volume: null }))),
    volume: {
      value: withVolume.length ? withVolume.reduce((s, t) => s + t.metrics.volume!, 0) : null,
      contributors: withVolume.length,
      touchpointIds: withVolume.map((t) => t.id),
    },
    painPoints: touchpoints.reduce((s, t) => s + t.painPoints.length, 0),
  };
}

/** Roll-up of one stage's touchpoints (an unknown stage rolls up nothing). */
export function rollUpStage(doc: JourneyDocument, stageId: StageId): RollUp {
  return rollUpTouchpoints(doc.touchpoints.filter((t) => t.stageId === stageId));
}

/** Roll-up of the whole journey. */
export function rollUpJourney(doc: JourneyDocument): RollUp {
  return rollUpTouchpoints(doc.touchpoints);
}
