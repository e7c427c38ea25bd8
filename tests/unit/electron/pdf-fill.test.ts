/**
 * Page numbers written into a printed PDF (electron/main/pdf-fill.ts), on
 * small PDFs laid out as Chromium writes them: Identity-H fonts with a
 * ToUnicode map, glyphs placed one by one with Td, and a figure space shown
 * either under an ActualText span (when its glyph is the space's) or as a
 * glyph of its own. The real thing is printed by Chromium in
 * tests/unit/reports/report-navigation.test.ts.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { fillPageNumbers, parseToUnicode, parseWidths, PLACEHOLDER_DIGITS } from '../../../electron/main/pdf-fill';
import { destinationPages, printWithPageNumbers, type DocumentPrinter } from '../../../electron/main/pdf-pages';
import { readPdf } from '../../../electron/main/pdf-read';
import type * as PdfRead from '../../../electron/main/pdf-read';

// The real reader, counted: how often a printed PDF is read.
vi.mock('../../../electron/main/pdf-read', async (actual) => {
  const real = await actual<typeof PdfRead>();
  return { ...real, readPdf: vi.fn(real.readPdf) };
});

const DIGITS_AND_SPACE = 'beginbfrange\n<0003> <0003> <0020>\n<0013> <001C> <0030>\nendbfrange';

/** A slot's placeholder as Skia writes it when the figure space shares the space's glyph. */
function spanPlaceholder(x: number): string {
  const span = '/Span<</ActualText <FEFF2007> >> BDC\n';
  const next = `${span}9.152 0 Td <0003> Tj\nEMC\n`.repeat(PLACEHOLDER_DIGITS - 1);
  return `BT\n${span}/F1 16 Tf\n1 0 0 -1 ${x} 100 Tm\n<0003> Tj\nEMC\n${next}ET\n`;
}

/** A slot's placeholder shown with a figure-space glyph of its own (0x00F0 in the font's map). */
function glyphPlaceholder(x: number): string {
  return `BT\n/F1 16 Tf\n1 0 0 -1 ${x} 140 Tm\n<00F0> Tj\n${'9.152 0 Td <00F0> Tj\n'.repeat(PLACEHOLDER_DIGITS - 1)}ET\n`;
}

interface Options {
  content?: string;
  toUnicode?: string;
  widths?: string;
  /** Page of sec-a and sec-b (1 or 2). */
  pages?: [number, number];
  /** A Type 3 font (as Chromium writes for colour emoji) among the first page's fonts. */
  type3?: boolean;
}

function pdfWith(o: Options = {}): Uint8Array {
  const [a, b] = o.pages ?? [2, 1];
  const content =
    o.content ??
    `q\nBT\n/F1 16 Tf\n1 0 0 -1 0 100 Tm\n<0013> Tj\nET\n${spanPlaceholder(200)}${glyphPlaceholder(200)}Q\n`;
  const cmap = `/CIDInit /ProcSet findresource begin\nbegincmap\n${o.toUnicode ?? `${DIGITS_AND_SPACE}\n1 beginbfchar\n<00F0> <2007>\nendbfchar`}\nendcmap`;
  const objects: (string | { dict: string; data: Buffer })[] = [
    '<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>',
    '<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]>>',
    `<</Type /Page\n/Resources <</Font <<${o.type3 ? '/F0 12 0 R\n' : ''}/F1 5 0 R>>>>\n/Contents 6 0 R\n/Parent 2 0 R>>`,
    '<</Type /Page\n/Resources 10 0 R\n/Contents [11 0 R]\n/Parent 2 0 R>>',
    '<</Type /Font\n/Subtype /Type0\n/BaseFont /AAAAAA+NotoSans-Regular\n/Encoding /Identity-H\n/DescendantFonts [7 0 R]\n/ToUnicode 8 0 R>>',
    { dict: '/Filter /FlateDecode', data: deflateSync(Buffer.from(content, 'latin1')) },
    `<</Type /Font\n/Subtype /CIDFontType2\n/DW 572\n/W ${o.widths ?? '[3 [260] 240 [572]]'}>>`,
    { dict: '/Filter /FlateDecode', data: deflateSync(Buffer.from(cmap, 'latin1')) },
    `<</sec-a [${a + 2} 0 R /XYZ 0 800 0]\n/sec-b [${b + 2} 0 R /XYZ 0 800 0]>>`,
    '<</Font <</F1 5 0 R>>>>',
    { dict: '', data: Buffer.from('BT\n/F1 10 Tf\n1 0 0 -1 0 0 Tm\n<0015> Tj\nET\n', 'latin1') },
    '<</Type /Font\n/Subtype /Type3\n/FontBBox [0 0 1 1]>>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let size = parts[0]!.length;
  const offsets: number[] = [];
  const add = (b: Buffer) => {
    parts.push(b);
    size += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(size);
    if (typeof body === 'string') add(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
    else {
      add(Buffer.from(`${i + 1} 0 obj\n<<${body.dict}\n/Length ${body.data.length}>> stream\n`, 'latin1'));
      add(body.data);
      add(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = size;
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) tail += `${String(at).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  add(Buffer.from(tail, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

const SLOTS = ['sec-a', 'sec-b'];

function fill(pdf: Uint8Array, slots = SLOTS): Uint8Array {
  return fillPageNumbers(pdf, slots, destinationPages(pdf));
}

describe('fillPageNumbers', () => {
  it("writes each page number into its placeholder, right-aligned, as the font's digit glyphs", () => {
    const pdf = pdfWith({ pages: [2, 1] });
    const out = fill(pdf);
    const content = readPdf(out).stream(6).toString('latin1');
    // sec-a is on page 2: three blanks, then "2" in the last position (glyph 0x15), no figure-space span left.
    const [first, second] = content
      .split('ET\n')
      .filter((b) => b.includes('Tm'))
      .slice(1);
    expect(first).toContain('/F1 16 Tf\n1 0 0 -1 200 100 Tm\n');
    expect(first!.match(/<([0-9A-F]{4})> Tj/g)).toEqual(['<0015> Tj']);
    expect(first).toMatch(/9\.152 0 Td\s*9\.152 0 Td\s*9\.152 0 Td <0015> Tj/);
    expect(first).not.toContain('ActualText');
    expect(first).not.toContain('EMC');
    expect(second!.match(/<([0-9A-F]{4})> Tj/g)).toEqual(['<0014> Tj']);
    // The text before the placeholders is untouched.
    expect(content.startsWith('q\nBT\n/F1 16 Tf\n1 0 0 -1 0 100 Tm\n<0013> Tj\nET\n')).toBe(true);
  });

  it('reads past a font it does not follow, such as a Type 3 emoji font on the same page', () => {
    // Placeholders of the font's own figure-space glyph only: the page's fonts are looked through for one.
    const content = `q\n${glyphPlaceholder(200)}${glyphPlaceholder(300)}Q\n`;
    const out = fill(pdfWith({ type3: true, pages: [2, 1], content }));
    expect(
      readPdf(out)
        .stream(6)
        .toString('latin1')
        .match(/<([0-9A-F]{4})> Tj/g),
    ).toEqual(['<0015> Tj', '<0014> Tj']);
  });

  it('appends an incremental update: the printed bytes unchanged, then the new content stream, xref and trailer', () => {
    const pdf = pdfWith();
    const out = fill(pdf);
    expect(Buffer.from(out.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);
    const tail = Buffer.from(out.subarray(pdf.length)).toString('latin1');
    expect(tail).toMatch(/^\n6 0 obj\n<<\/Filter \/FlateDecode\n\/Length \d+>> stream\n/);
    expect(tail).toMatch(/trailer\n<<\/Size 13\n\/Root 1 0 R\n\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
    // Read back: the newest version of the stream, the other objects and the destinations as before.
    expect(readPdf(out).stream(11).toString('latin1')).toContain('<0015> Tj');
    expect([...destinationPages(out)]).toEqual([...destinationPages(pdf)]);
  });

  it('writes numbers of two to four digits, and leaves a slot blank whose destination has no page', () => {
    const pdf = pdfWith();
    const content = (pages: Map<string, number>) =>
      readPdf(fillPageNumbers(pdf, SLOTS, pages))
        .stream(6)
        .toString('latin1');
    const wide = content(
      new Map([
        ['sec-a', 47],
        ['sec-b', 123],
      ]),
    );
    expect(wide.match(/<([0-9A-F]{4})> Tj/g)!.slice(1)).toEqual([
      '<0017> Tj',
      '<001A> Tj',
      '<0014> Tj',
      '<0015> Tj',
      '<0016> Tj',
    ]);
    const thousands = content(
      new Map([
        ['sec-a', 1234],
        ['sec-b', 1000],
      ]),
    );
    expect(thousands.match(/<([0-9A-F]{4})> Tj/g)!.slice(1)).toEqual(
      ['<0014>', '<0015>', '<0016>', '<0017>', '<0014>', '<0013>', '<0013>', '<0013>'].map((g) => `${g} Tj`),
    );
    const blank = content(new Map([['sec-b', 9]]));
    expect(blank.match(/<([0-9A-F]{4})> Tj/g)!.slice(1)).toEqual(['<001C> Tj']);
  });

  it('refuses, so the caller prints again, when the PDF is not as expected', () => {
    // A digit the font's subset does not have (only 0-4 mapped).
    const fewDigits = pdfWith({
      toUnicode: 'beginbfrange\n<0003> <0003> <0020>\n<0013> <0017> <0030>\nendbfrange',
      pages: [2, 1],
    });
    expect(() => fillPageNumbers(fewDigits, SLOTS, new Map([['sec-a', 9]]))).toThrow(/no glyph for 9/);
    // A digit narrower than the placeholder would not end where the slot does.
    expect(() => fillPageNumbers(pdfWith({ widths: '[3 [260] 21 [400]]' }), SLOTS, new Map([['sec-a', 2]]))).toThrow(
      /not as wide/,
    );
    // More slots in the document than placeholders in the PDF.
    expect(() => fill(pdfWith(), ['sec-a', 'sec-b', 'sec-c'])).toThrow(/found 2 of 3/);
    // A number longer than the placeholder.
    expect(() => fillPageNumbers(pdfWith(), SLOTS, new Map([['sec-a', 10_000]]))).toThrow(/longer than its slot/);
    // Text that only looks like a placeholder (two figure spaces, or figure spaces among other glyphs) is left alone.
    const span = '/Span<</ActualText <FEFF2007> >> BDC\n';
    const lookalikes = pdfWith({
      content:
        `BT\n${span}/F1 16 Tf\n1 0 0 -1 0 0 Tm\n<0003> Tj\nEMC\n${span}9.152 0 Td <0003> Tj\nEMC\nET\n` +
        'BT\n/F1 16 Tf\n1 0 0 -1 0 0 Tm\n<00F0> Tj\n9.152 0 Td <0014> Tj\n9.152 0 Td <00F0> Tj\nET\n',
    });
    expect(() => fill(lookalikes)).toThrow(/found 0 of 2/);
  });
});

describe('one read of the printed PDF', () => {
  it('serves the destinations and the fill alike: the same bytes as reading it for each', () => {
    const pdf = pdfWith({ pages: [2, 1] });
    const file = readPdf(pdf);
    expect(file.bytes).toBe(pdf);
    const pages = destinationPages(file);
    expect([...pages]).toEqual([...destinationPages(pdf)]);
    const once = fillPageNumbers(file, SLOTS, pages);
    expect(Buffer.from(once).equals(Buffer.from(fill(pdf)))).toBe(true);
    // The update is appended to the bytes the file was read from, which stay as printed.
    expect(Buffer.from(once.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);
  });

  it('is all printWithPageNumbers reads of a print whose numbers it writes in', async () => {
    const printed = pdfWith({ pages: [2, 1] });
    let prints = 0;
    const open: DocumentPrinter<null> = async (_html, _options, use) =>
      use({
        setStyle: async () => undefined,
        print: async () => {
          prints++;
          return printed;
        },
      });
    const logged: string[] = [];
    vi.mocked(readPdf).mockClear();
    const out = await printWithPageNumbers(open, (m) => logged.push(m))(
      '<span data-page-of="sec-a"></span><span data-page-of="sec-b"></span>',
      null,
    );
    expect(vi.mocked(readPdf).mock.calls.map(([bytes]) => bytes)).toEqual([printed]);
    expect(prints).toBe(1);
    expect(logged).toEqual([]);
    expect(Buffer.from(out).equals(Buffer.from(fill(printed)))).toBe(true);
  });
});

describe('the PDF maps it reads', () => {
  it('reads bfchar and bfrange entries, ranges given as a start or as an array', () => {
    const map = parseToUnicode(
      'beginbfchar\n<0008> <0025>\n<00EC> <00660069>\nendbfchar\nbeginbfrange\n<0013> <0015> <0030>\n<0020> <0021> [<0041> <0042>]\nendbfrange',
    );
    expect(map.get(8)).toBe('%');
    expect(map.get(0xec)).toBe('fi');
    expect(map.get(0x14)).toBe('1');
    expect(map.get(0x15)).toBe('2');
    expect(map.get(0x21)).toBe('B');
  });

  it('reads CIDFont widths in both /W forms, the default width elsewhere', () => {
    const width = parseWidths('<</DW 572\n/W [3 [260 270] 10 12 500]>>');
    expect([width(3), width(4), width(10), width(12), width(13)]).toEqual([260, 270, 500, 500, 572]);
  });
});
