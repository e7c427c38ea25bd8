/**
 * Journey health: a few plain figures, each with the formula that made it,
 * so the UI can show how every number was reached. No figure is combined
 * into a single score.
 */
import type { JourneyDocument, Touchpoint } from '../model';
import { formatNumber, formatPercent, formatSigned, NO_VALUE } from './format';
import { latestChurn, mean, npsFromCounts, rollUpTouchpoints } from './metrics';
import type { MomentOfTruth, RecoveryAnalysis } from './moments';
import { worstSeverity } from './refs';

export type HealthKey =
  | 'averageEmotion'
  | 'lowestEmotion'
  | 'emotionCaptured'
  | 'severePainShare'
  | 'averageFriction'
  | 'recoveryCoverage'
  | 'momentsOfTruthAtRisk'
  | 'nps'
  | 'churn';

export interface HealthFigure {
  key: HealthKey;
  label: string;
  /** Emotion and friction as scores, NPS as −100..100, shares and churn as 0..1; null when it cannot be computed. */
  value: number | null;
  /** The value as the UI shows it, e.g. “+0.7”, “25 %”, “—”. */
  display: string;
  /** How the figure is computed, in words the UI can show. */
  formula: string;
  /** Count above the line, for the ratios (else null). */
  numerator: number | null;
  /** Count below the line: what the figure was computed over. */
  denominator: number | null;
  /** The churn figure's recorded period (its label's parameter); null for the other figures. */
  period: string | null;
}

function ratio(key: HealthKey, label: string, numerator: number, denominator: number, formula: string): HealthFigure {
  const value = denominator > 0 ? numerator / denominator : null;
  return {
    key,
    label,
    value,
    display: value === null ? NO_VALUE : formatPercent(value * 100, 0),
    formula,
    numerator,
    denominator,
    period: null,
  };
}

export function journeyHealth(
  doc: JourneyDocument,
  path: readonly Touchpoint[],
  recovery: RecoveryAnalysis,
  moments: readonly MomentOfTruth[],
): HealthFigure[] {
  const emotions = path.map((t) => t.emotion).filter((e): e is number => e !== null);
  const average = mean(emotions);
  const lowest = emotions.length ? Math.min(...emotions) : null;
  const friction = mean(path.map((t) => t.friction.score));
  const nps = rollUpTouchpoints(path).nps;
  const churn = latestChurn(doc.journey);
  const churnValue = churn?.result.ok ? churn.result.rate : null;

  return [
    {
      key: 'averageEmotion',
      label: 'Average emotion',
      value: average,
      display: average === null ? NO_VALUE : formatSigned(average),
      formula: 'Sum of the emotions (−3..+3) along the main path ÷ touchpoints with an emotion',
      numerator: null,
      denominator: emotions.length,
      period: null,
    },
    {
      key: 'lowestEmotion',
      label: 'Lowest emotion',
      value: lowest,
      display: lowest === null ? NO_VALUE : formatSigned(lowest),
      formula: 'The lowest emotion (−3..+3) of any touchpoint',
      numerator: null,
      denominator: emotions.length,
      period: null,
    },
    ratio(
      'emotionCaptured',
      'Emotion captured',
      emotions.length,
      path.length,
      'Touchpoints with an emotion ÷ all touchpoints',
    ),
    ratio(
      'severePainShare',
      'Touchpoints with severe pain',
      path.filter((t) => worstSeverity(t) === 3).length,
      path.length,
      'Touchpoints with at least one severe (3) pain point ÷ all touchpoints',
    ),
    {
      key: 'averageFriction',
      label: 'Average friction',
      value: friction,
      display: friction === null ? NO_VALUE : `${formatNumber(friction)}/5`,
      formula: 'Sum of the friction scores (0–5) ÷ all touchpoints',
      numerator: null,
      denominator: path.length,
      period: null,
    },
    ratio(
      'recoveryCoverage',
      'Recovery coverage',
      recovery.loops.length,
      recovery.failures,
      'Failure connections followed by a recovery back to the main path ÷ all failure connections',
    ),
    ratio(
      'momentsOfTruthAtRisk',
      'Moments of truth at risk',
      moments.filter((m) => m.atRisk).length,
      moments.length,
      'Moments of truth with an emotion of −1 or lower or a severe pain point ÷ all moments of truth',
    ),
    {
      key: 'nps',
      label: 'NPS',
      value: npsFromCounts(nps),
      display: nps.answers > 0 ? formatSigned(npsFromCounts(nps)!, 0) : NO_VALUE,
      formula: '% promoters − % detractors, over the NPS answers of all touchpoints added together',
      numerator: null,
      denominator: nps.answers,
      period: null,
    },
    {
      key: 'churn',
      label: churn ? `Churn (${churn.period})` : 'Churn',
      value: churnValue,
      display: churnValue === null ? NO_VALUE : formatPercent(churnValue * 100),
      formula: '(customers at start − customers at end) ÷ customers at start, latest recorded period',
      numerator: churn?.result.ok ? churn.result.lost : null,
      denominator: churn ? churn.start : null,
      period: churn ? churn.period : null,
    },
  ];
}
