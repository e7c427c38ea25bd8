/** What every section renderer needs, computed once per report. */
import { formatLongDateIn } from '../domain/locale-format';
import type { Insights } from '../domain/insights';
import type { JourneyDocument } from '../domain/model';
import { oneLine, safeColour } from './escape';
import { REPORT_LABELS, type Labels } from './labels';
import { pageGeometry, type PageGeometry } from './page';
import { computeReportSummary, type ReportSummary } from './summary';
import { DEFAULT_BRAND_COLOUR, type ReportAssets, type ReportOptions } from './types';

export interface ReportContext {
  doc: JourneyDocument;
  options: ReportOptions;
  assets: ReportAssets;
  labels: Labels;
  brand: string;
  page: PageGeometry;
  summary: ReportSummary;
  title: string;
  client: string;
  author: string;
  date: string;
}

export function formatReportDate(date: string | Date, labels: Labels): string {
  if (typeof date === 'string') return oneLine(date);
  if (Number.isNaN(date.getTime())) return '';
  return formatLongDateIn(labels.locale, date, 'UTC');
}

/** `insights`: the journey's, when the caller has already computed them (a deck needs them more than once). */
export function createContext(
  doc: JourneyDocument,
  options: ReportOptions,
  assets: ReportAssets,
  insights?: Insights,
): ReportContext {
  const labels = REPORT_LABELS[options.language] ?? REPORT_LABELS.en;
  return {
    doc,
    options,
    assets,
    labels,
    brand: safeColour(options.brandColour, DEFAULT_BRAND_COLOUR),
    page: pageGeometry(options.pageSize, options.orientation),
    summary: computeReportSummary(doc, 3, insights),
    title: oneLine(doc.journey.title) || labels.untitled,
    client: oneLine(options.client ?? doc.journey.client),
    author: oneLine(options.author ?? doc.journey.author),
    date: formatReportDate(options.date, labels),
  };
}
