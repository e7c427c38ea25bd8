/**
 * Read a touchpoint spreadsheet saved as CSV: UTF-8 with or without a byte
 * order mark, comma, semicolon (Excel in many European locales) or tab
 * separated, quoted fields that span lines. Pure: no DOM, no file access.
 */
import Papa from 'papaparse';
import { suggestMapping, type CsvMapping } from './mapping';

/**
 * Why a row cannot be read or imported, as a code the interface translates
 * (with `params`); `message` is the same in English, for logs and tests.
 */
export const CSV_PROBLEM_CODES = [
  'noTitleColumn',
  'noTitle',
  'stageTooLong',
  'tooManyStages',
  'badEmotion',
  'badFriction',
  'badField',
  'badEvidence',
  'badScore',
  'unclosedQuote',
  'unreadable',
] as const;
export type CsvProblemCode = (typeof CSV_PROBLEM_CODES)[number];

export interface CsvProblem {
  /** 1-based row as a spreadsheet shows it, the header being row 1. */
  row: number;
  code: CsvProblemCode;
  /** The words the sentence names (a cell's value, a field). */
  params?: Readonly<Record<string, string>>;
  message: string;
}

export interface ParsedCsv {
  /** Header names (row 1), shortened to 80 characters; an empty header becomes “Column N”. */
  columns: string[];
  /** Data rows; `rows[i]` is spreadsheet row `i + 2`. Blank rows inside the data are kept so numbers stay true. */
  rows: string[][];
  delimiter: string;
  suggestedMapping: CsvMapping;
  /** Quoting problems Papa Parse noticed (the rows are still returned). */
  problems: CsvProblem[];
}

/** The longest part of a cell a problem quotes or a column's name shows: enough to find it, never a whole 10 MB cell. */
export const MAX_QUOTED_CELL = 80;

/** A cell as a problem quotes it, or a header as the import dialog names its column: its first 80 characters (never half a surrogate pair), then “…”. */
export function quotedCell(value: string): string {
  if (value.length <= MAX_QUOTED_CELL) return value;
  const characters = Array.from(value.slice(0, MAX_QUOTED_CELL + 1)).slice(0, MAX_QUOTED_CELL);
  return `${characters.join('')}…`;
}

const GUESSES = [',', ';', '\t'];

/** The UTF-16 encoding a byte order mark names (Excel's “Unicode Text” is UTF-16LE with one), or null. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * How many well-formed UTF-8 sequences of two bytes or more the bytes hold, and how many bytes
 * outside ASCII are no part of one.
 */
export function utf8Evidence(bytes: Uint8Array): { sequences: number; strays: number } {
  let sequences = 0;
  let strays = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let whole = length > 0 && i + length <= bytes.length;
    for (let k = 1; whole && k < length; k++) whole = (bytes[i + k]! & 0xc0) === 0x80;
    if (whole) {
      sequences += 1;
      i += length;
    } else {
      strays += 1;
      i += 1;
    }
  }
  return { sequences, strays };
}

/**
 * Decode CSV bytes: UTF-16 after its byte order mark (Excel's “Unicode Text”, the one way older Excel
 * saves Tamil or Armenian), else UTF-8 (BOM optional). Bytes that are not UTF-8 are read as
 * Windows-1252, as older Excel writes, unless the file is mostly UTF-8 with a few stray bytes (a Latin-1
 * “é” pasted into a Tamil sheet): read as Windows-1252, all its Tamil became “à®•à®£”; it is read as
 * UTF-8, each stray byte becoming “�”.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { sequences, strays } = utf8Evidence(bytes);
    return new TextDecoder(sequences > strays ? 'utf-8' : 'windows-1252').decode(bytes);
  }
}

export function parseTouchpointCsv(text: string): ParsedCsv {
  // Trailing line breaks would count as a row of one field and throw off the separator guess.
  let source = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/(?:\r\n|\r|\n)+$/u, '');
  // Excel's "sep=;" first line names the separator.
  let delimiter = '';
  const sep = /^sep=(.)\r?\n/i.exec(source);
  if (sep) {
    delimiter = sep[1]!;
    source = source.slice(sep[0].length);
  }
  if (!delimiter) {
    // A header with semicolons or tabs but no comma names its separator (Excel in many locales writes “;”).
    const header = source.split(/\r\n|\r|\n/u, 1)[0] ?? '';
    if (!header.includes(',')) delimiter = [';', '\t'].find((d) => header.includes(d)) ?? '';
  }
  const result = Papa.parse<string[]>(source, {
    delimiter,
    delimitersToGuess: GUESSES,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
  });
  const data = result.data.map((row) => (Array.isArray(row) ? row.map((cell) => String(cell ?? '')) : []));
  while (data.length && data[data.length - 1]!.every((cell) => cell.trim() === '')) data.pop();

  const header = data.shift() ?? [];
  // Shortened: the dialog shows each name in every field's list, and a 5 MB name there froze the window.
  const columns = header.map((name, i) => quotedCell(name.trim()) || `Column ${i + 1}`);
  const problems = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      ...(e.code === 'MissingQuotes'
        ? { code: 'unclosedQuote' as const, message: 'A quoted cell is never closed.' }
        : { code: 'unreadable' as const, params: { detail: e.message }, message: e.message }),
    }));
  return {
    columns,
    rows: data,
    delimiter: result.meta.delimiter || ',',
    suggestedMapping: suggestMapping(columns, data),
    problems,
  };
}
