/**
 * Reading a CSV file the user picked or dropped: size and shape checks, then
 * decoding (UTF-8 with or without byte order mark, else Windows-1252) and
 * parsing (comma, semicolon or tab). Pure: no DOM, no storage.
 */
import { decodeCsvBytes, parseTouchpointCsv, type ParsedCsv } from '../files';

export const CSV_FILE_FILTERS = [{ name: 'CSV spreadsheet', extensions: ['csv', 'txt'] }];

/** A spreadsheet larger than this is not a touchpoint list. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;
/** More rows than this would not fit on one map. */
export const MAX_CSV_ROWS = 5_000;

export type CsvFileResult = { ok: true; parsed: ParsedCsv } | { ok: false; message: string };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** True when the first bytes hold a NUL: an image, a zip or an `.xlsx`, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

export function readCsvFile(name: string, bytes: Uint8Array): CsvFileResult {
  if (bytes.byteLength > MAX_CSV_BYTES) {
    return {
      ok: false,
      message: `${name} is larger than ${megabytes(MAX_CSV_BYTES)}; split it into smaller files and import them one by one.`,
    };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message: `${name} is not a CSV text file; in your spreadsheet app choose Save as › CSV, then import that file.`,
    };
  }
  const parsed = parseTouchpointCsv(decodeCsvBytes(bytes));
  if (parsed.columns.length === 0) {
    return { ok: false, message: `${name} is empty; it needs a header row and one row per touchpoint.` };
  }
  const dataRows = parsed.rows.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  if (dataRows === 0) {
    return {
      ok: false,
      message: `${name} has a header row but no touchpoints below it; add one row per touchpoint and try again.`,
    };
  }
  if (parsed.rows.length > MAX_CSV_ROWS) {
    return {
      ok: false,
      message: `${name} has ${parsed.rows.length.toLocaleString('en')} rows, more than the ${MAX_CSV_ROWS.toLocaleString('en')} one import takes; split it into smaller files.`,
    };
  }
  return { ok: true, parsed };
}

/** “comma”, “semicolon”, “tab” or the character itself, for the dialog. */
export function delimiterName(delimiter: string): string {
  if (delimiter === ',') return 'comma';
  if (delimiter === ';') return 'semicolon';
  if (delimiter === '\t') return 'tab';
  return `“${delimiter}”`;
}
