/**
 * Which Noto families a journey's text needs beyond Noto Sans (Latin, Greek,
 * Cyrillic, Devanagari): the viewer dialog names them, and the builder embeds
 * only those (see build.ts). Read from the report's font manifest, so a new
 * script family added there is found here too.
 */
import type { JourneyDocument } from '../../domain/model';
import { REPORT_FONT_FILES } from '../../reports/fonts';
import { REPORT_LABELS } from '../../reports/labels';
import type { ReportLanguage } from '../../reports/types';
import { parseUnicodeRange } from '../map-image';

/** Every piece of text a person typed into the journey, joined. */
export function journeyText(doc: JourneyDocument): string {
  const parts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(doc);
  return parts.join('\n');
}

/**
 * The viewer's own words in a language other than English, joined, so their
 * script's font is embedded even when the journey is typed in Latin letters.
 * English words need nothing beyond the Latin subsets the page always has.
 */
export function pageWords(language: ReportLanguage = 'en'): string {
  if (language === 'en') return '';
  const parts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') parts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(REPORT_LABELS[language]);
  return parts.join('\n');
}

/**
 * The script families (e.g. "Noto Sans Tamil") a text needs, in manifest
 * order: those covering a character that Noto Sans itself does not (so a
 * shared mark, a danda or a dotted circle alone calls for no family).
 */
export function scriptFamilies(text: string): string[] {
  const base = REPORT_FONT_FILES.filter((f) => f.family === 'Noto Sans').flatMap((f) =>
    parseUnicodeRange(f.unicodeRange),
  );
  const inBase = (p: number) => base.some(([a, b]) => p >= a && p <= b);
  const seen = new Set<number>();
  for (const ch of text) seen.add(ch.codePointAt(0)!);
  const points = [...seen].filter((p) => !inBase(p));
  const found: string[] = [];
  for (const f of REPORT_FONT_FILES) {
    if (f.family === 'Noto Sans' || found.includes(f.family)) continue;
    const ranges = parseUnicodeRange(f.unicodeRange);
    for (const p of points) {
      if (ranges.some(([a, b]) => p >= a && p <= b)) {
        found.push(f.family);
        break;
      }
    }
  }
  return found;
}
