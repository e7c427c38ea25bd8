import { describe, expect, it } from 'vitest';
import {
  delimiterName,
  MAX_CSV_BYTES,
  MAX_CSV_COLUMNS,
  MAX_CSV_ROWS,
  readCsvFile,
} from '../../../renderer/src/files-ui/csv-file';
import { fileSizeText } from '../../../renderer/src/files-ui/file-errors';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';
import { setUiLanguage } from '../../../renderer/src/i18n';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readCsvFile', () => {
  it('reads UTF-8 with a byte order mark and Excel’s semicolons, Tamil and Malayalam intact', () => {
    const bytes = utf8(`\uFEFFStage;Title;Emotion\r\n${TAMIL[3]};${MALAYALAM[0]};-2\r\n`);
    const read = readCsvFile('ta.csv', bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.parsed.delimiter).toBe(';');
    expect(read.parsed.columns).toEqual(['Stage', 'Title', 'Emotion']);
    expect(read.parsed.rows).toEqual([[TAMIL[3], MALAYALAM[0], '-2']]);
    expect(read.parsed.suggestedMapping).toEqual({ stage: 0, title: 1, emotion: 2 });
  });

  it('reads two columns separated by semicolons or tabs, with or without a final line break', () => {
    for (const [sep, end] of [
      [';', '\r\n'],
      [';', '\n\n'],
      ['\t', '\n'],
      [';', ''],
    ] as const) {
      const read = readCsvFile('two.csv', utf8(`\uFEFFStage${sep}Title\n${TAMIL[3]}${sep}${MALAYALAM[0]}${end}`));
      expect(read.ok && read.parsed.rows, JSON.stringify([sep, end])).toEqual([[TAMIL[3], MALAYALAM[0]]]);
      expect(read.ok && read.parsed.suggestedMapping).toEqual({ stage: 0, title: 1 });
    }
    // A one-column file stays one column: a semicolon in a cell, not in the header, is text.
    const single = readCsvFile('one.csv', utf8('Title\nPays; then waits\n'));
    expect(single.ok && single.parsed.rows).toEqual([['Pays; then waits']]);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = Uint8Array.from([...utf8('Title\n'), 0x43, 0x61, 0x66, 0xe9, 0x0a]);
    const read = readCsvFile('old.csv', bytes);
    expect(read.ok && read.parsed.rows).toEqual([['Café']]);
  });

  it('refuses an empty file, a header without rows, a binary file and an oversized one, each in one sentence', () => {
    expect(readCsvFile('empty.csv', new Uint8Array())).toEqual({
      ok: false,
      message: 'empty.csv is empty; it needs a header row and one row per touchpoint.',
    });
    expect(readCsvFile('head.csv', utf8('Title,Stage\n\n , \n'))).toEqual({
      ok: false,
      message: 'head.csv has a header row but no touchpoints below it; add one row per touchpoint and try again.',
    });
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(readCsvFile('book.xlsx.csv', xlsx)).toEqual({
      ok: false,
      message:
        'book.xlsx.csv is not a CSV text file; in your spreadsheet app choose Save as › CSV, then import that file.',
    });
    const big = readCsvFile('big.csv', new Uint8Array(MAX_CSV_BYTES + 1));
    expect(big).toEqual({
      ok: false,
      message: 'big.csv is larger than 10 MB; split it into smaller files and import them one by one.',
    });
    const many = readCsvFile('many.csv', utf8(`Title\n${'x\n'.repeat(MAX_CSV_ROWS + 1)}`));
    expect(many.ok).toBe(false);
    expect(!many.ok && many.message).toBe(
      'many.csv has 5,001 rows, more than the 5,000 one import takes; split it into smaller files.',
    );
    // Blank lines between the rows (as some exports write) do not count: 4,000 rows and 1,333 blank lines import.
    const spaced = readCsvFile('spaced.csv', utf8(`Title\n${'x\n'.repeat(4_000)}${'\n'.repeat(1_333)}x\n`));
    expect(spaced.ok).toBe(true);
    // Blank lines without end are still refused.
    const blanks = readCsvFile('blanks.csv', utf8(`Title\nx\n${',\n'.repeat(MAX_CSV_ROWS * 4 + 1)}x\n`));
    expect(blanks.ok).toBe(false);
  });

  it('says the size limit with the unit in the interface language’s script, no English “MB”', async () => {
    const units = { ta: '10 மெ.பை.', te: '10 ఎంబీ', hy: '10 ՄԲ', ml: '10 എംബി' } as const;
    try {
      for (const [language, unit] of Object.entries(units)) {
        await setUiLanguage(language as keyof typeof units);
        const big = readCsvFile(`${TAMIL[3]}.csv`, new Uint8Array(MAX_CSV_BYTES + 1));
        expect(!big.ok && big.message, language).toContain(unit);
        expect(!big.ok && big.message.replace(`${TAMIL[3]}.csv`, ''), language).not.toMatch(/[A-Za-z]/);
      }
      // The size is worded by fileSizeText, unit included, as the .journey size refusals are: once, not “MB MB”.
      await setUiLanguage('hy');
      expect(readCsvFile('big.csv', new Uint8Array(MAX_CSV_BYTES + 1))).toEqual({
        ok: false,
        message: `big.csv-ը ${fileSizeText(MAX_CSV_BYTES, 'hy')}-ից մեծ է. բաժանեք այն ավելի փոքր ֆայլերի և ներմուծեք մեկ առ մեկ։`,
      });
      expect(fileSizeText(MAX_CSV_BYTES, 'hy')).toBe('10 ՄԲ');
      await setUiLanguage('ta');
      const ta = readCsvFile('big.csv', new Uint8Array(MAX_CSV_BYTES + 1));
      expect(!ta.ok && ta.message).toBe(
        'big.csv 10 மெ.பை.-ஐ விடப் பெரியது; அதைச் சிறிய கோப்புகளாகப் பிரித்து ஒவ்வொன்றாக இறக்குமதி செய்யவும்.',
      );
    } finally {
      await setUiLanguage('en');
    }
  });

  it('refuses a file of 20,000 columns in one sentence (the dialog took 19 s to draw them), and takes 500', () => {
    const columns = (n: number) => utf8(`Title,${Array.from({ length: n - 1 }, (_, i) => `c${i}`).join(',')}\nFirst\n`);
    expect(readCsvFile('wide.csv', columns(20_000))).toEqual({
      ok: false,
      message:
        'wide.csv has 20,000 columns, more than the 500 one import takes; keep only the columns you need and try again.',
    });
    expect(readCsvFile('ok.csv', columns(MAX_CSV_COLUMNS)).ok).toBe(true);
  });

  it('names separators for people', () => {
    expect([',', ';', '\t', '|'].map(delimiterName)).toEqual(['comma', 'semicolon', 'tab', '“|”']);
  });
});
