/**
 * Numbers and dates through Intl in a locale, and a fallback where the
 * runtime's ICU data lacks the locale. Chromium (and so Electron) ships
 * without Armenian locale data: `Intl.NumberFormat('hy-AM')` silently formats
 * as en-US there. For such a locale the figures are formatted in en-US and
 * given the locale's separators, and long dates are written from the
 * locale's own month names. Pure; used by the report and the interface.
 */

interface LocaleFallback {
  group: string;
  decimal: string;
  /** Month names as a long date uses them (Armenian: genitive). */
  months: readonly string[];
  /** A long date from day, month name and year. */
  longDate: (day: number, month: string, year: number) => string;
  /** "3 minutes ago" / "in 3 minutes" (as Intl.RelativeTimeFormat with numeric: 'auto'). */
  relative: (value: number, unit: Intl.RelativeTimeFormatUnit) => string;
}

const HY_UNITS: Partial<Record<Intl.RelativeTimeFormatUnit, string>> = {
  year: 'տարի',
  month: 'ամիս',
  week: 'շաբաթ',
  day: 'օր',
  hour: 'ժամ',
  minute: 'րոպե',
  second: 'վայրկյան',
};

const FALLBACKS: Readonly<Record<string, LocaleFallback>> = {
  hy: {
    group: '\u00a0',
    decimal: ',',
    months: [
      'հունվարի',
      'փետրվարի',
      'մարտի',
      'ապրիլի',
      'մայիսի',
      'հունիսի',
      'հուլիսի',
      'օգոստոսի',
      'սեպտեմբերի',
      'հոկտեմբերի',
      'նոյեմբերի',
      'դեկտեմբերի',
    ],
    longDate: (day, month, year) => `${day} ${month}, ${year} թ.`,
    relative: (value, unit) => {
      if (unit === 'day' && value === -1) return 'երեկ';
      if (unit === 'day' && value === 1) return 'վաղը';
      if (value === 0) return 'հիմա';
      const word = HY_UNITS[unit] ?? '';
      return value < 0 ? `${Math.abs(value)} ${word} առաջ` : `${value} ${word} հետո`;
    },
  },
};

/** True when this runtime has Intl data for the locale (not just a silent fallback). */
export function intlSupports(locale: string): boolean {
  return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
}

function fallbackFor(locale: string): LocaleFallback | null {
  if (intlSupports(locale)) return null;
  return FALLBACKS[locale.toLowerCase().split(/[-_]/)[0] ?? ''] ?? null;
}

/** Formats a number as Intl would in the locale, with the locale's separators where the runtime lacks it. */
export function formatNumberIn(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  const fallback = fallbackFor(locale);
  if (!fallback) return new Intl.NumberFormat(locale, options).format(value);
  const english = new Intl.NumberFormat('en-US', options).format(value);
  return english.replace(/[,.]/g, (c) => (c === ',' ? fallback.group : fallback.decimal));
}

/** A long date (day, month name, year), e.g. "3 March 2026", "3 մարտի, 2026 թ."; `timeZone` as Intl's. */
export function formatLongDateIn(locale: string, date: Date, timeZone?: string): string {
  const fallback = fallbackFor(locale);
  if (!fallback) {
    return new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(timeZone ? { timeZone } : {}),
    }).format(date);
  }
  const utc = timeZone === 'UTC';
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  return fallback.longDate(day, fallback.months[month] ?? '', year);
}

/** A relative time ("3 minutes ago", "yesterday") as Intl.RelativeTimeFormat with numeric 'auto' gives it. */
export function formatRelativeIn(locale: string, value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const fallback = fallbackFor(locale);
  if (fallback) return fallback.relative(value, unit);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}
