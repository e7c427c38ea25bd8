/**
 * The insight sentences of domain/insights in a language: health figures with
 * their formulas, and the reasons of a hot spot. The domain keeps its English
 * sentences for tests and logs; the report and the insights panel word them
 * from one home, the `insights` words of each language's labels (the panel in
 * the interface language, the report in its own).
 */
import { NO_VALUE, type HealthFigure, type HotSpot } from '../domain/insights';
import { formatNumberIn } from '../domain/locale-format';
import type { Labels } from './labels';

/** Fills `{name}` marks with the values given (a mark without a value stays as it is). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));
}

/**
 * A count in the labels' language: its `[one, other]` forms chosen by Intl.PluralRules, `{count}` filled in
 * with the number as the language writes it (and any other `values`).
 */
export function countIn(
  labels: Pick<Labels, 'locale'>,
  forms: readonly [string, string],
  n: number,
  values: Readonly<Record<string, string>> = {},
): string {
  const form = new Intl.PluralRules(labels.locale).select(n) === 'one' ? forms[0] : forms[1];
  return fill(form, { ...values, count: new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 1 }).format(n) });
}

/** A count in the form the language uses for it: `[one, other]`, with `{count}` filled in. */
export function counted(forms: readonly [string, string], count: number): string {
  return fill(count === 1 ? forms[0] : forms[1], { count });
}

/** A health figure's name: "Average emotion", "Churn (Q1 2025)". */
export function healthLabel(figure: HealthFigure, labels: Labels): string {
  if (figure.key === 'churn' && figure.period !== null) {
    return fill(labels.insights.churnOf, { period: figure.period });
  }
  return labels.insights.health[figure.key].label;
}

/** How a health figure is computed, in words. */
export function healthFormula(figure: HealthFigure, labels: Labels): string {
  return labels.insights.health[figure.key].formula;
}

/**
 * A figure as the labels' language writes it (Armenian "0,8" where English writes "0.8"), at most `digits`
 * decimals, no grouping, with a true minus sign (−) as the domain writes it; `signed` adds "+" above zero.
 */
function figure(n: number, labels: Pick<Labels, 'locale'>, digits: number, signed = false): string {
  const text = formatNumberIn(labels.locale, n, {
    maximumFractionDigits: digits,
    useGrouping: false,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  return text.replace(/^-/, '\u2212');
}

/**
 * A health figure's value in the labels' language: "+0.8", "100 %", "1/5" in English (the domain's
 * `display`), "+0,8", "4,1 %" in Armenian.
 */
export function healthDisplay(h: HealthFigure, labels: Pick<Labels, 'locale'>): string {
  const v = h.value;
  if (v === null) return NO_VALUE;
  switch (h.key) {
    case 'averageEmotion':
    case 'lowestEmotion':
      return figure(v, labels, 1, true);
    case 'averageFriction':
      return `${figure(v, labels, 1)}/5`;
    case 'nps':
      return figure(v, labels, 0, true);
    case 'churn':
      return `${figure(v * 100, labels, 1)} %`;
    case 'emotionCaptured':
    case 'severePainShare':
    case 'recoveryCoverage':
    case 'momentsOfTruthAtRisk':
      return `${figure(v * 100, labels, 0)} %`;
  }
}

/** Why a touchpoint is a hot spot: "Friction 4/5 · worst pain Severe · 2 pain points · drop-off 20 %". */
export function hotSpotExplanation(spot: HotSpot, labels: Labels): string {
  const w = labels.insights;
  const reasons: string[] = [];
  if (spot.friction > 0) reasons.push(fill(w.friction, { score: spot.friction }));
  if (spot.worstSeverity !== 0) reasons.push(fill(w.worstPain, { severity: labels.severity[spot.worstSeverity] }));
  if (spot.painCount > 0) reasons.push(counted(w.painPoints, spot.painCount));
  if (spot.dropOff !== null) reasons.push(fill(w.dropOff, { value: figure(spot.dropOff, labels, 1) }));
  if (spot.volume !== null) reasons.push(fill(w.volume, { value: figure(spot.volume, labels, 1) }));
  return reasons.join(' · ') || w.noFrictionOrPain;
}
