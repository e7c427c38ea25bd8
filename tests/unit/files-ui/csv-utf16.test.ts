import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../renderer/src/files-ui/csv-file';
import { decodeCsvBytes } from '../../../renderer/src/files';
import { ARMENIAN, TAMIL, TELUGU } from '../../fixtures/seed-text';

/** Text as Excel's “Unicode Text” writes it: UTF-16, little-endian unless told, after a byte order mark. */
function utf16(text: string, bigEndian = false): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8];
    bytes[2 + i * 2] = first;
    bytes[3 + i * 2] = second;
  }
  return bytes;
}

describe('a touchpoint list saved as UTF-16 (Excel’s “Unicode Text”)', () => {
  const text = `Stage\tTitle\tEmotion\r\n${TAMIL[3]}\t${TELUGU[0]}\t-2\r\nBuy\t${ARMENIAN[0]}\t1\r\n`;

  it('is read with its tabs and its Tamil, Telugu and Armenian intact, little- or big-endian', () => {
    for (const bigEndian of [false, true]) {
      const read = readCsvFile('export.txt', utf16(text, bigEndian));
      expect(read.ok, JSON.stringify(read)).toBe(true);
      if (!read.ok) continue;
      expect(read.parsed.delimiter).toBe('\t');
      expect(read.parsed.columns).toEqual(['Stage', 'Title', 'Emotion']);
      expect(read.parsed.rows).toEqual([
        [TAMIL[3], TELUGU[0], '-2'],
        ['Buy', ARMENIAN[0], '1'],
      ]);
      expect(read.parsed.suggestedMapping).toEqual({ stage: 0, title: 1, emotion: 2 });
    }
  });

  it('decodes to the same text as the UTF-8 file would, without the byte order mark', () => {
    expect(decodeCsvBytes(utf16(text))).toBe(text);
    expect(decodeCsvBytes(utf16(text, true))).toBe(text);
  });

  it('still refuses a binary file without the mark (an .xlsx, an image)', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    const read = readCsvFile('book.csv', zip);
    expect(read.ok).toBe(false);
  });
});

describe('a UTF-8 touchpoint list with a stray byte, or a Windows-1252 one', () => {
  it('reads a Tamil file with one Latin-1 byte as UTF-8, the stray byte alone becoming “�”', () => {
    const good = new TextEncoder().encode(`Stage,Title\n${TAMIL[3]},${TAMIL[0]}\nBuy,Caf`);
    const bytes = new Uint8Array([...good, 0xe9, 0x0a]);
    expect(decodeCsvBytes(bytes)).toBe(`Stage,Title\n${TAMIL[3]},${TAMIL[0]}\nBuy,Caf\uFFFD\n`);
  });

  it('still reads a Windows-1252 file (accents) as Windows-1252', () => {
    // "Café,5 ñ" in Windows-1252: é is 0xE9, ñ 0xF1.
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('Title,Price\nCaf'),
      0xe9,
      0x2c,
      0x35,
      0x20,
      0xf1,
      0x0a,
    ]);
    expect(decodeCsvBytes(bytes)).toBe('Title,Price\nCafé,5 ñ\n');
  });
});
