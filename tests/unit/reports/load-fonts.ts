/**
 * Node-only: reads the report fonts listed in REPORT_FONT_FILES from
 * node_modules/@fontsource/* and returns them as ReportAssets.fonts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPORT_FONT_FILES } from '../../../renderer/src/reports/fonts';
import type { ReportFont } from '../../../renderer/src/reports/types';

// From the module's path, not a URL object: a happy-dom test's global URL is not one Node takes.
const NODE_MODULES = `${path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../node_modules')}${path.sep}`;

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
