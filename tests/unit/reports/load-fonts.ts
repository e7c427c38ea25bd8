/**
 * Node-only: reads the report fonts listed in REPORT_FONT_FILES from
 * node_modules/@fontsource/* and returns them as ReportAssets.fonts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REPORT_FONT_FILES } from '../../../renderer/src/reports/fonts';
import type { ReportFont } from '../../../renderer/src/reports/types';

const NODE_MODULES = fileURLToPath(new URL('../../../node_modules/', import.meta.url));

let cache: ReportFont[] | null = null;

export function loadReportFontsNode(): ReportFont[] {
  cache ??= REPORT_FONT_FILES.map((f) => ({
    family: f.family,
    weight: f.weight,
    style: 'normal' as const,
    unicodeRange: f.unicodeRange,
    woff2Base64: readFileSync(`${NODE_MODULES}${f.package}/files/${f.file}`).toString('base64'),
  }));
  return cache;
}
