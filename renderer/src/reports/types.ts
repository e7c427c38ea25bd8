/** Public types of the client report: what callers pass in. */
import type { BlobId } from '../domain/ids';

export const REPORT_SECTION_IDS = [
  'cover',
  'toc',
  'summary',
  'personas',
  'map',
  'curve',
  'stages',
  'hotspots',
  'opportunities',
  'matrix',
  'metrics',
  'notes',
  'workshop',
] as const;
export type SectionId = (typeof REPORT_SECTION_IDS)[number];

export const REPORT_LANGUAGES = ['en', 'ta', 'te', 'ml', 'hy'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export type PageSize = 'A4' | 'Letter';
export type Orientation = 'portrait' | 'landscape';

/** An image embedded as a data URL; only PNG, JPEG, WebP, GIF and SVG are accepted. */
export interface ReportImage {
  type: string;
  dataBase64: string;
}

/** A block of computed insights (e.g. from domain/insights), printed in the executive summary. */
export interface ReportInsightGroup {
  title: string;
  items: readonly { label: string; detail: string }[];
}

export interface ReportOptions {
  pageSize: PageSize;
  orientation: Orientation;
  /** The report's one accent colour, `#rrggbb`; anything else falls back to the default accent. */
  brandColour: string;
  logo: ReportImage | null;
  sections: Record<SectionId, boolean>;
  language: ReportLanguage;
  /** The date printed on the cover: a Date (printed in UTC) or text printed as given. */
  date: string | Date;
  /** Overrides the journey's author. */
  author?: string;
  /** Overrides the journey's client. */
  client?: string;
  /** Extra insight blocks for the executive summary (e.g. from computeInsights). */
  insights?: readonly ReportInsightGroup[];
}

export interface ReportFont {
  family: string;
  weight: number;
  style: 'normal';
  unicodeRange?: string;
  woff2Base64: string;
}

export interface ReportAssets {
  fonts: readonly ReportFont[];
  /** Persona photos by blob id. */
  personaPhotos: Partial<Record<BlobId, ReportImage>>;
}

/** Every section switched on: a convenient default for callers. */
export function allSections(on = true): Record<SectionId, boolean> {
  return Object.fromEntries(REPORT_SECTION_IDS.map((id) => [id, on])) as Record<SectionId, boolean>;
}

export const DEFAULT_BRAND_COLOUR = '#4c6ef5';

export function defaultReportOptions(date: string | Date): ReportOptions {
  return {
    pageSize: 'A4',
    orientation: 'portrait',
    brandColour: DEFAULT_BRAND_COLOUR,
    logo: null,
    sections: allSections(),
    language: 'en',
    date,
  };
}
