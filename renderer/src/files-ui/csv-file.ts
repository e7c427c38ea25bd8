/**
 * Reading a CSV file the user picked or dropped: size and shape checks, then
 * decoding (UTF-16 after its byte order mark, UTF-8 with or without one, else Windows-1252) and
 * parsing (comma, semicolon or tab). Pure: no DOM, no storage.
 */
import { decodeCsvBytes, parseTouchpointCsv, utf16Encoding, type ParsedCsv } from '../files';
import { currentLanguage, formatNumber, i18n } from '../i18n';
import { CSV_FILE_EXTENSIONS } from '../platform/host';
import { fileSizeText } from './file-errors';

/**
 * Names a touchpoint list comes under: a CSV, a tab-separated download (Google Sheets, Numbers), and
 * the `.txt` a spreadsheet's "Unicode text" export writes. The open dialog and a drop take the same, and
 * main takes the same from the OS (the list lives in the contract).
 */
export const CSV_OPEN_EXTENSIONS: readonly string[] = CSV_FILE_EXTENSIONS;

/** The open dialog's filter, named in the interface language when the dialog opens. */
export const csvFileFilters = () => [{ name: i18n.t('files.csvFilter'), extensions: [...CSV_OPEN_EXTENSIONS] }];

/** A spreadsheet larger than this is not a touchpoint list. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;
/** More rows than this would not fit on one map. */
export const MAX_CSV_ROWS = 5_000;
/** Rows of any kind, blank lines included, a file may have for each touchpoint row it may hold. */
export const BLANK_ROWS_PER_ROW = 4;
/** A touchpoint list has a few dozen columns; 20,000 of them took the import dialog 19 s to draw. */
export const MAX_CSV_COLUMNS = 500;

export type CsvFileResult = { ok: true; parsed: ParsedCsv } | { ok: false; message: string };

/** True when the first bytes hold a NUL: an image, a zip or an `.xlsx`, not text (UTF-16 text, marked as such, holds NULs too). */
function looksBinary(bytes: Uint8Array): boolean {
  return utf16Encoding(bytes) === null && bytes.subarray(0, 4096).includes(0);
}

/** The refusal of a spreadsheet over MAX_CSV_BYTES: the import's limit, and to split the file. */
export const csvTooLargeText = (name: string): string =>
  i18n.t('files.csvTooLarge', { name, size: fileSizeText(MAX_CSV_BYTES) });

export function readCsvFile(name: string, bytes: Uint8Array): CsvFileResult {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, message: csvTooLargeText(name) };
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message: i18n.t('files.csvNotText', { name }),
    };
  }
  const parsed = parseTouchpointCsv(decodeCsvBytes(bytes));
  if (parsed.columns.length === 0) {
    return { ok: false, message: i18n.t('files.csvEmpty', { name }) };
  }
  const dataRows = parsed.rows.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  if (dataRows === 0) {
    return {
      ok: false,
      message: i18n.t('files.csvHeaderOnly', { name }),
    };
  }
  if (parsed.columns.length > MAX_CSV_COLUMNS) {
    return {
      ok: false,
      message: i18n.t('files.csvTooManyColumns', {
        name,
        columns: formatNumber(parsed.columns.length, currentLanguage(), 0),
        limit: formatNumber(MAX_CSV_COLUMNS, currentLanguage(), 0),
      }),
    };
  }
  // Rows of touchpoints count, not the blank lines some exports leave between them (the import skips those):
  // a file of 4,000 rows and 1,333 blank lines was refused as 5,333 rows. Blank lines without end are still
  // bounded, as each is a row for the dialog to go over.
  const tooMany = dataRows > MAX_CSV_ROWS || parsed.rows.length > MAX_CSV_ROWS * BLANK_ROWS_PER_ROW;
  if (tooMany) {
    return {
      ok: false,
      message: i18n.t('files.csvTooManyRows', {
        name,
        rows: formatNumber(dataRows > MAX_CSV_ROWS ? dataRows : parsed.rows.length, currentLanguage(), 0),
        limit: formatNumber(MAX_CSV_ROWS, currentLanguage(), 0),
      }),
    };
  }
  return { ok: true, parsed };
}

/** “comma”, “semicolon”, “tab” or the character itself, for the dialog. */
export function delimiterName(delimiter: string): string {
  if (delimiter === ',') return i18n.t('files.csvComma');
  if (delimiter === ';') return i18n.t('files.csvSemicolon');
  if (delimiter === '\t') return i18n.t('files.csvTab');
  return `“${delimiter}”`;
}
