/**
 * Text for spreadsheet cells. A cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return can be read as a formula by spreadsheet programs
 * (or after a round trip through CSV), so such text gets a leading
 * apostrophe, as the CSV export does. Control characters that XML cannot
 * hold are dropped; the cell limit of 32,767 characters is kept, a longer text
 * cut between letters and ending in "…".
 */

/** Excel's limit on the characters in one cell. */
export const CELL_MAX_CHARS = 32_767;

const FORMULA_START = /^[=+\-@\t\r]/;
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function guardCellText(text: string): string {
  const clean = text.replace(XML_FORBIDDEN, '');
  const guarded = FORMULA_START.test(clean) ? `'${clean}` : clean;
  if (guarded.length <= CELL_MAX_CHARS) return guarded;
  // Cut where a letter ends (never a Tamil consonant parted from its vowel sign, nor half of a surrogate
  // pair), and marked with "…" so the cell does not pass for the whole text (the CSV and Markdown hold it).
  const room = CELL_MAX_CHARS - TRUNCATION_MARK.length;
  const tailStart = Math.max(0, room - 64);
  let end = tailStart;
  for (const { index } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(
    guarded.slice(tailStart, room + 32),
  )) {
    if (tailStart + index > room) break;
    end = tailStart + index;
  }
  return `${guarded.slice(0, end)}${TRUNCATION_MARK}`;
}

/** What ends a cell cut to Excel's limit. */
export const TRUNCATION_MARK = '…';
