/**
 * The churn calculator's pure side: reading what was typed, checking it
 * (with one sentence per problem), and the recorded history with its rates.
 */
import { churnRate, formatPercent } from '../domain/insights';
import type { Journey } from '../domain/model';
import { t } from '../i18n';

export type ChurnRecord = Journey['churn'][number];

export const PERIOD_MAX_LENGTH = 200;

export type CountParse = { ok: true; value: number } | { ok: false; empty: boolean; message: string };

/**
 * A whole number of customers as typed: "500", "5 200", "5,200" or "5.200"
 * (groups of three digits) are read as counts; decimals, signs and words are refused.
 */
export function parseCount(text: string, what: 'at start' | 'at end'): CountParse {
  const trimmed = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const atStart = what === 'at start';
  if (trimmed === '') {
    return { ok: false, empty: true, message: t(atStart ? 'insights.churn.enterStart' : 'insights.churn.enterEnd') };
  }
  const grouped = /^\d{1,3}([ ,.'’]\d{3})+$/.test(trimmed);
  const digits = grouped ? trimmed.replace(/[ ,.'’]/g, '') : trimmed;
  if (!/^\d+$/.test(digits)) {
    const message = /^-/.test(trimmed)
      ? t(atStart ? 'insights.churn.negativeStart' : 'insights.churn.negativeEnd')
      : t(atStart ? 'insights.churn.wholeStart' : 'insights.churn.wholeEnd');
    return { ok: false, empty: false, message };
  }
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) {
    return {
      ok: false,
      empty: false,
      message: t(atStart ? 'insights.churn.tooLargeStart' : 'insights.churn.tooLargeEnd'),
    };
  }
  return { ok: true, value };
}

export interface ChurnInput {
  period: string;
  start: string;
  end: string;
}

export type ChurnCheck =
  /** Nothing to judge yet: a count is still empty. */
  | { status: 'incomplete'; message: string }
  | { status: 'invalid'; field: 'period' | 'start' | 'end'; message: string }
  | { status: 'ok'; record: Omit<ChurnRecord, 'recordedAt'>; rate: number; lost: number };

/**
 * Check the calculator's fields. The counts are judged first (so the rate
 * shows while the period is still blank); a blank period is only reported
 * when `requirePeriod` is set, i.e. when the user tries to record.
 */
export function checkChurnInput(input: ChurnInput, options: { requirePeriod?: boolean } = {}): ChurnCheck {
  const start = parseCount(input.start, 'at start');
  const end = parseCount(input.end, 'at end');
  if (!start.ok && !start.empty) return { status: 'invalid', field: 'start', message: start.message };
  if (!end.ok && !end.empty) return { status: 'invalid', field: 'end', message: end.message };
  if (!start.ok || !end.ok) {
    return { status: 'incomplete', message: t('insights.churn.incomplete') };
  }
  const result = churnRate(start.value, end.value);
  if (!result.ok) {
    return {
      status: 'invalid',
      field: result.code === 'start-not-positive' ? 'start' : 'end',
      message: t(CHURN_CODES[result.code]),
    };
  }
  const period = input.period.trim();
  if (period === '' && options.requirePeriod) {
    return {
      status: 'invalid',
      field: 'period',
      message: t('insights.churn.namePeriod'),
    };
  }
  if (period.length > PERIOD_MAX_LENGTH) {
    return {
      status: 'invalid',
      field: 'period',
      message: t('insights.churn.periodTooLong', { max: PERIOD_MAX_LENGTH }),
    };
  }
  return { status: 'ok', record: { period, start: start.value, end: end.value }, rate: result.rate, lost: result.lost };
}

/** The domain's churn refusals, by code, in the interface language. */
const CHURN_CODES = {
  'not-a-number': 'insights.churn.notANumber',
  'start-not-positive': 'insights.churn.startNotPositive',
  'end-above-start': 'insights.churn.endAboveStart',
} as const;

/** A churn rate (0..1) as a percentage label: 0.1 → "10 %". */
export function formatChurnRate(rate: number): string {
  return formatPercent(rate * 100, 1);
}

export interface ChurnHistoryRow {
  /** Position in `journey.churn` (what delete removes). */
  index: number;
  period: string;
  start: number;
  end: number;
  recordedAt: number;
  /** "10 %", or "—" for a stored record whose counts no longer make a rate. */
  rate: string;
  lost: number | null;
}

/** The recorded periods, oldest first (ties keep their stored order), each with its rate. */
export function churnHistory(churn: readonly ChurnRecord[]): ChurnHistoryRow[] {
  return churn
    .map((c, index) => {
      const result = churnRate(c.start, c.end);
      return {
        index,
        period: c.period,
        start: c.start,
        end: c.end,
        recordedAt: c.recordedAt,
        rate: result.ok ? formatChurnRate(result.rate) : '—',
        lost: result.ok ? result.lost : null,
      };
    })
    .sort((a, b) => a.recordedAt - b.recordedAt || a.index - b.index);
}

/** The churn list with one more record at the end. */
export function appendChurn(churn: readonly ChurnRecord[], record: ChurnRecord): ChurnRecord[] {
  return [...churn, record];
}

/** The churn list without the record at `index` (unchanged when there is none). */
export function removeChurnAt(churn: readonly ChurnRecord[], index: number): ChurnRecord[] {
  return churn.filter((_, i) => i !== index);
}
