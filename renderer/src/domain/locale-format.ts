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
}

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
