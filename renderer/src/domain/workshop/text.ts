/**
 * Text helpers for live capture that never split a user-perceived character:
 * Tamil, Telugu and Malayalam vowel signs and viramas, Armenian ligatures and
 * emoji sequences stay whole.
 */

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** The grapheme clusters of a string (code points where Intl.Segmenter is missing). */
export function graphemes(text: string): string[] {
  if (!segmenter) return Array.from(text);
  const out: string[] = [];
  for (const s of segmenter.segment(text)) out.push(s.segment);
  return out;
}

// C0/C1 controls except tab; zero-width joiners and non-joiners are kept (they shape Indic text).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

/** One captured line made safe: NFC, tabs as spaces, controls dropped, outer whitespace trimmed. */
export function cleanLine(line: string): string {
  return line.normalize('NFC').replace(/\t/g, ' ').replace(CONTROLS, '').trim();
}

/** At most `maxUnits` UTF-16 code units, cut at a grapheme boundary. */
export function truncateGraphemes(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let out = '';
  for (const g of graphemes(text)) {
    if (out.length + g.length > maxUnits) break;
    out += g;
  }
  return out;
}

/** Split pasted text into clean, non-empty lines. */
export function splitLines(text: string, max = 200): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(cleanLine)
    .filter((l) => l.length > 0)
    .slice(0, max);
}
