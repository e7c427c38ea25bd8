/**
 * Text for spreadsheet cells. A cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return can be read as a formula by spreadsheet programs
 * (or after a round trip through CSV), so such text gets a leading
 * apostrophe, as the CSV export does. Control characters that XML cannot
 * hold are dropped; the cell limit of 32,767 characters is kept.
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
  const cut = guarded.slice(0, CELL_MAX_CHARS);
  // Never end on half of a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
