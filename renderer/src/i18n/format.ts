/**
 * Numbers, percentages, dates, relative times and sorting in a language's
 * locale, all through Intl. One formatter per locale and kind is kept.
 */
import { LANGUAGE_LOCALES, type UiLanguage } from './languages';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.Collator>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.Collator>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const locale = (language: UiLanguage) => LANGUAGE_LOCALES[language];

/** 1234.5 → "1,234.5" (en), "12,34,567" (Indian grouping), "1 234,5" (hy). */
export function formatNumber(value: number, language: UiLanguage, maximumFractionDigits = 1): string {
  return cached(
    `n:${language}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale(language), { maximumFractionDigits }),
  ).format(value);
}

/** A share from 0 to 1 → "82.5%" (hy "82,5%"). */
export function formatPercent(share: number, language: UiLanguage): string {
  return cached(
    `p:${language}`,
    () => new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }),
  ).format(share);
}

/** A day, e.g. "3 March 2026", "3 மார்ச், 2026". */
export function formatDate(time: number | Date, language: UiLanguage): string {
  return cached(`d:${language}`, () => new Intl.DateTimeFormat(locale(language), { dateStyle: 'long' })).format(time);
}

/** A moment, day and time, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(time: number | Date, language: UiLanguage): string {
  return cached(
    `dt:${language}`,
    () => new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(time);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "3 minutes ago", "yesterday", "now" in the language (Intl's own words). */
export function formatRelativeTime(then: number, now: number, language: UiLanguage): string {
  const rtf = cached(
    `r:${language}`,
    () => new Intl.RelativeTimeFormat(locale(language), { numeric: 'auto' }),
  ) as Intl.RelativeTimeFormat;
  const diff = then - now;
  if (Math.abs(diff) < 45_000) return rtf.format(0, 'second');
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'second');
}

/** Compares text as a reader of the language orders it (numbers by value, case and accents secondary). */
export function compareText(language: UiLanguage): (a: string, b: string) => number {
  const collator = cached(
    `c:${language}`,
    () => new Intl.Collator(locale(language), { numeric: true, sensitivity: 'base' }),
  ) as Intl.Collator;
  return (a, b) => collator.compare(a, b);
}
