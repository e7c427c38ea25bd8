/**
 * The insight sentences of domain/insights in a language: health figures with
 * their formulas, and the reasons of a hot spot. The domain keeps its English
 * sentences for tests and logs; the report and the insights panel word them
 * from one home, the `insights` words of each language's labels (the panel in
 * the interface language, the report in its own).
 */
import type { HealthFigure, HotSpot } from '../domain/insights';
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

function decimal(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** Why a touchpoint is a hot spot: "Friction 4/5 · worst pain Severe · 2 pain points · drop-off 20 %". */
export function hotSpotExplanation(spot: HotSpot, labels: Labels): string {
  const w = labels.insights;
  const reasons: string[] = [];
  if (spot.friction > 0) reasons.push(fill(w.friction, { score: spot.friction }));
  if (spot.worstSeverity !== 0) reasons.push(fill(w.worstPain, { severity: labels.severity[spot.worstSeverity] }));
  if (spot.painCount > 0) reasons.push(counted(w.painPoints, spot.painCount));
  if (spot.dropOff !== null) reasons.push(fill(w.dropOff, { value: decimal(spot.dropOff) }));
  if (spot.volume !== null) reasons.push(fill(w.volume, { value: decimal(spot.volume) }));
  return reasons.join(' · ') || w.noFrictionOrPain;
}
