/**
 * Numbers, percentages, dates, relative times and sorting in a language's
 * locale, through Intl (domain/locale-format fills in Armenian where the
 * runtime, Chromium, has no Armenian data).
 */
import { formatDateTimeIn, formatLongDateIn, formatNumberIn, formatRelativeIn } from '../domain/locale-format';
import { LANGUAGE_LOCALES, type UiLanguage } from './languages';

const locale = (language: UiLanguage) => LANGUAGE_LOCALES[language];

/** 1234.5 → "1,234.5" (en), "12,34,567" (Indian grouping), "1 234,5" (hy). */
export function formatNumber(value: number, language: UiLanguage, maximumFractionDigits = 1): string {
  return formatNumberIn(locale(language), value, { maximumFractionDigits });
}

/** A share from 0 to 1 → "82.5%" (hy "82,5%"). */
export function formatPercent(share: number, language: UiLanguage): string {
  return formatNumberIn(locale(language), share, { style: 'percent', maximumFractionDigits: 1 });
}

/** A day, e.g. "3 March 2026", "3 மார்ச், 2026", "3 մարտի, 2026 թ.". */
export function formatDate(time: number | Date, language: UiLanguage): string {
  return formatLongDateIn(locale(language), typeof time === 'number' ? new Date(time) : time);
}

/** A moment, day and time, e.g. "3 Mar 2026, 14:05" (with `seconds`, "3 Mar 2026, 14:05:09"). */
export function formatDateTime(time: number | Date, language: UiLanguage, seconds = false): string {
  return formatDateTimeIn(locale(language), time, { dateStyle: 'medium', seconds });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "3 minutes ago", "yesterday", "now" in the language. */
export function formatRelativeTime(then: number, now: number, language: UiLanguage): string {
  const diff = then - now;
  if (Math.abs(diff) < 45_000) return formatRelativeIn(locale(language), 0, 'second');
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return formatRelativeIn(locale(language), Math.round(diff / ms), unit);
  }
  return formatRelativeIn(locale(language), Math.round(diff / 60_000), 'minute');
}

const collators = new Map<UiLanguage, Intl.Collator>();

/** Compares text as a reader of the language orders it (numbers by value, case and accents secondary). */
export function compareText(language: UiLanguage): (a: string, b: string) => number {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(locale(language), { numeric: true, sensitivity: 'base' });
    collators.set(language, collator);
  }
  const c = collator;
  return (a, b) => c.compare(a, b);
}
