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
  /** A long date from day (as written: "3", or "03" where a date style pads it), month name and year. */
  longDate: (day: string, month: string, year: number) => string;
  /** Abbreviated month names, as a medium date uses them. */
  shortMonths: readonly string[];
  /** A medium date from day, abbreviated month name and year. */
  mediumDate: (day: number, month: string, year: number) => string;
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
    shortMonths: ['հնվ', 'փտվ', 'մրտ', 'ապր', 'մյս', 'հնս', 'հլս', 'օգս', 'սեպ', 'հոկ', 'նոյ', 'դեկ'],
    mediumDate: (day, month, year) => `${String(day).padStart(2, '0')} ${month}, ${year} թ.`,
    relative: (value, unit) => {
      if (unit === 'day' && value === -1) return 'երեկ';
      if (unit === 'day' && value === 1) return 'վաղը';
      if (value === 0) return 'հիմա';
      const word = HY_UNITS[unit] ?? '';
      return value < 0 ? `${Math.abs(value)} ${word} առաջ` : `${value} ${word} հետո`;
    },
  },
};

/**
 * Intl formatters are made once per locale and options and kept: making one costs far more than using it
 * (a library re-rendering 40 journey cards while files were opened spent seconds making formatters).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
const supported = new Map<string, boolean>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: string,
  options: object,
  make: () => F,
): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    // Locales and options are few; a bound all the same, should some caller vary them without end.
    if (formatters.size >= 500) formatters.clear();
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** True when this runtime has Intl data for the locale (not just a silent fallback). */
export function intlSupports(locale: string): boolean {
  let known = supported.get(locale);
  if (known === undefined) {
    known = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
    supported.set(locale, known);
  }
  return known;
}

function fallbackFor(locale: string): LocaleFallback | null {
  if (intlSupports(locale)) return null;
  return FALLBACKS[locale.toLowerCase().split(/[-_]/)[0] ?? ''] ?? null;
}

/** Formats a number as Intl would in the locale, with the locale's separators where the runtime lacks it. */
export function formatNumberIn(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  const fallback = fallbackFor(locale);
  if (!fallback) return numberFormat(locale, options).format(value);
  const english = numberFormat('en-US', options).format(value);
  return english.replace(/[,.]/g, (c) => (c === ',' ? fallback.group : fallback.decimal));
}

/** A long date (day, month name, year), e.g. "3 March 2026", "3 մարտի, 2026 թ."; `timeZone` as Intl's. */
export function formatLongDateIn(locale: string, date: Date, timeZone?: string): string {
  const fallback = fallbackFor(locale);
  if (!fallback) {
    return dateFormat(locale, {
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
  return fallback.longDate(String(day), fallback.months[month] ?? '', year);
}

/**
 * A moment as Intl's `dateStyle` (medium or long) with `timeStyle: 'short'` writes it in the locale,
 * or the time alone when no date style is given; where the runtime lacks the locale, the date from
 * the locale's own month names and a 24-hour time ("29 նոյ, 2026 թ., 15:05"). `seconds`: to the
 * second (timeStyle 'medium'), for two moments in one minute.
 */
export function formatDateTimeIn(
  locale: string,
  date: Date | number,
  options: { dateStyle?: 'medium' | 'long'; timeZone?: string | undefined; seconds?: boolean } = {},
): string {
  const at = typeof date === 'number' ? new Date(date) : date;
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const fallback = fallbackFor(locale);
  if (!fallback) {
    return dateFormat(locale, {
      ...(options.dateStyle ? { dateStyle: options.dateStyle } : {}),
      timeStyle: options.seconds ? 'medium' : 'short',
      ...zone,
    }).format(at);
  }
  const time = dateFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...(options.seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
    ...zone,
  }).format(at);
  if (!options.dateStyle) return time;
  const parts = dateFormat('en-GB', { day: 'numeric', month: 'numeric', year: 'numeric', ...zone })
    .formatToParts(at)
    .reduce<Record<string, number>>(
      (acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }),
      {},
    );
  const day = parts['day'] ?? 1;
  const month = (parts['month'] ?? 1) - 1;
  const year = parts['year'] ?? 1970;
  const datePart =
    options.dateStyle === 'long'
      ? fallback.longDate(String(day).padStart(2, '0'), fallback.months[month] ?? '', year)
      : fallback.mediumDate(day, fallback.shortMonths[month] ?? '', year);
  return `${datePart}, ${time}`;
}

/** A relative time ("3 minutes ago", "yesterday") as Intl.RelativeTimeFormat with numeric 'auto' gives it. */
export function formatRelativeIn(locale: string, value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const fallback = fallbackFor(locale);
  if (fallback) return fallback.relative(value, unit);
  return cached('r', locale, {}, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(value, unit);
}
