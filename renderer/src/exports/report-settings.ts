/**
 * The report options a user last chose for a journey, as kept in
 * localStorage: written as versioned JSON, and read back field by field
 * through a schema, so a damaged or older entry falls back to defaults
 * instead of breaking the dialog.
 */
import { z } from 'zod';
import {
  DEFAULT_BRAND_COLOUR,
  REPORT_LANGUAGES,
  REPORT_SECTION_IDS,
  type ReportImage,
  type ReportLanguage,
  type SectionId,
} from '../reports/types';
import { LOGO_MAX_BYTES, LOGO_TYPES } from './logo';

export const REPORT_SETTINGS_VERSION = 1;
const KEY_PREFIX = 'waymark.report-settings.';

/** What the report dialog lets the user choose (the date and insights are filled in when exporting). */
export interface ReportSettings {
  pageSize: 'A4' | 'Letter';
  orientation: 'portrait' | 'landscape';
  brandColour: string;
  logo: ReportImage | null;
  sections: Record<SectionId, boolean>;
  language: ReportLanguage;
}

/** Defaults; the labels' language is the UI language when it is one the report speaks. */
export function defaultReportSettings(language: ReportLanguage = 'en'): ReportSettings {
  return {
    pageSize: 'A4',
    orientation: 'portrait',
    brandColour: DEFAULT_BRAND_COLOUR,
    logo: null,
    sections: Object.fromEntries(REPORT_SECTION_IDS.map((id) => [id, true])) as Record<SectionId, boolean>,
    language,
  };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const defaults = defaultReportSettings();

const LogoSchema = z
  .object({
    type: z.enum(LOGO_TYPES),
    dataBase64: z
      .string()
      .min(4)
      .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4)
      .refine((s) => s.length % 4 === 0 && BASE64.test(s)),
  })
  .nullable();

const SectionsSchema = z.object(
  Object.fromEntries(REPORT_SECTION_IDS.map((id) => [id, z.boolean().catch(true)])) as Record<
    SectionId,
    z.ZodCatch<z.ZodBoolean>
  >,
);

const StoredSchema = z.object({
  version: z.literal(REPORT_SETTINGS_VERSION),
  pageSize: z.enum(['A4', 'Letter']).catch(defaults.pageSize),
  orientation: z.enum(['portrait', 'landscape']).catch(defaults.orientation),
  brandColour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .catch(defaults.brandColour),
  logo: LogoSchema.catch(null),
  sections: SectionsSchema.catch(defaults.sections),
  language: z.enum(REPORT_LANGUAGES).catch(defaults.language),
});

export function reportSettingsKey(journeyId: string): string {
  return `${KEY_PREFIX}${journeyId}`;
}

/** Settings from stored text; anything missing or damaged comes back as its default. */
export function parseReportSettings(text: string | null, uiLanguage: ReportLanguage = 'en'): ReportSettings {
  if (!text) return defaultReportSettings(uiLanguage);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return defaultReportSettings(uiLanguage);
  }
  const parsed = StoredSchema.extend({ language: z.enum(REPORT_LANGUAGES).catch(uiLanguage) }).safeParse(raw);
  if (!parsed.success) return defaultReportSettings(uiLanguage);
  const { version: _version, ...settings } = parsed.data;
  return settings;
}

export function serializeReportSettings(settings: ReportSettings, withLogo = true): string {
  return JSON.stringify({ version: REPORT_SETTINGS_VERSION, ...settings, logo: withLogo ? settings.logo : null });
}

/** The small part of Storage this module uses, so tests can pass a Map-backed one. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function loadReportSettings(
  storage: SettingsStorage | null,
  journeyId: string,
  uiLanguage: ReportLanguage = 'en',
): ReportSettings {
  try {
    return parseReportSettings(storage?.getItem(reportSettingsKey(journeyId)) ?? null, uiLanguage);
  } catch {
    return defaultReportSettings(uiLanguage);
  }
}

/**
 * Remembers the settings. When storage is full, they are kept without the
 * logo; returns what was kept ('all', 'without-logo' or 'nothing').
 */
export function saveReportSettings(
  storage: SettingsStorage | null,
  journeyId: string,
  settings: ReportSettings,
): 'all' | 'without-logo' | 'nothing' {
  if (!storage) return 'nothing';
  const key = reportSettingsKey(journeyId);
  try {
    storage.setItem(key, serializeReportSettings(settings));
    return 'all';
  } catch {
    try {
      storage.setItem(key, serializeReportSettings(settings, false));
      return settings.logo ? 'without-logo' : 'all';
    } catch {
      return 'nothing';
    }
  }
}
