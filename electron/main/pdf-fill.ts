/**
 * Page numbers written into a printed PDF, so a document with a contents
 * list prints once instead of twice. The document is printed with each
 * page-number slot holding a placeholder of figure spaces (U+2007: as wide as
 * a digit, drawn as nothing); the slots are right-aligned, so a number of up
 * to that many digits takes the last placeholder positions. Here the PDF is
 * read back: each slot's placeholder is found in the page contents, in
 * document order, and its glyphs are replaced by the digits' glyphs of the
 * same font, at the same positions; the changed page contents are appended
 * as an incremental update (the printed bytes are kept as they are, followed
 * by the new versions of the changed streams, an xref section and a trailer
 * pointing back to the old one). Nothing else moves: links, bookmarks, tags
 * and every other page stay as printed.
 *
 * It works on what Chromium (Skia) writes: text as `BT … ET` blocks, glyphs
 * as 2-byte ids of Identity-H Type0 fonts shown with `Tj` and placed with
 * `Td`, a ToUnicode map per font, and a glyph whose Unicode differs from the
 * font's map wrapped in an `/ActualText` span. Where anything is not as
 * expected (a slot not found, a digit the font's subset does not have, a
 * digit of another width) it throws, and the caller prints again with the
 * numbers in CSS instead.
 */
import { deflateSync } from 'node:zlib';
import { dictValue, readPdf, refNumber, refNumbers, resolveValue, type PdfFile } from './pdf-read';

/** Figure space: the placeholder character, as wide as a tabular digit. */
export const PLACEHOLDER_CHAR = 0x2007;
/**
 * Placeholder length: numbers up to 9,999 fit. A report of a very large map runs past 999 pages (a
 * 3,000-touchpoint journey gives some 1,000), and a number longer than its placeholder makes the
 * document print twice, which for such a report is minutes.
 */
export const PLACEHOLDER_DIGITS = 4;

interface FontInfo {
  /** Glyph id → the Unicode text the font's ToUnicode map gives it. */
  toUnicode: Map<number, string>;
  /** Unicode text → glyph id. */
  glyphOf: Map<string, number>;
  /** Glyph id → advance width in 1/1000 em. */
  width: (gid: number) => number;
}

/** Parses a ToUnicode CMap's bfchar and bfrange entries (2-byte codes, as Identity-H fonts use). */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string): string => {
    let s = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(m[1]!, 16), hexText(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (hi < lo || hi - lo > 0xffff) continue;
      const target = m[3]!;
      if (target.startsWith('[')) {
        const items = [...target.matchAll(/<([0-9A-Fa-f]+)>/g)];
        items.forEach((item, i) => {
          if (lo + i <= hi) map.set(lo + i, hexText(item[1]!));
        });
      } else {
        const base = hexText(target.slice(1, -1));
        const last = base.charCodeAt(base.length - 1);
        for (let c = lo; c <= hi; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(last + (c - lo)));
      }
    }
  }
  return map;
}

/** A CIDFont's widths: `/DW` and the `/W` array (`c [w1 w2 …]` and `c1 c2 w` forms). */
export function parseWidths(descendant: string): (gid: number) => number {
  const dw = Number(dictValue(descendant, 'DW') ?? 1000);
  const widths = new Map<number, number>();
  const w = dictValue(descendant, 'W');
  if (w !== null) {
    const tokens = w
      .slice(1, -1)
      .replace(/\[/g, ' [ ')
      .replace(/\]/g, ' ] ')
      .split(/\s+/)
      .filter((t) => t !== '');
    for (let i = 0; i < tokens.length;) {
      const first = Number(tokens[i]);
      if (tokens[i + 1] === '[') {
        let j = i + 2;
        for (let c = first; tokens[j] !== ']' && j < tokens.length; j++, c++) widths.set(c, Number(tokens[j]));
        i = j + 1;
      } else {
        const last = Number(tokens[i + 1]);
        const width = Number(tokens[i + 2]);
        for (let c = first; c <= last && c - first <= 0xffff; c++) widths.set(c, width);
        i += 3;
      }
    }
  }
  return (gid) => widths.get(gid) ?? dw;
}

function fontInfo(file: PdfFile, fontRef: number): FontInfo {
  const font = file.object(fontRef);
  if (dictValue(font, 'Subtype') !== '/Type0' || dictValue(font, 'Encoding') !== '/Identity-H') {
    throw new Error('a page-number slot uses a font that is not Identity-H Type0');
  }
  const toUnicodeRef = refNumber(dictValue(font, 'ToUnicode'));
  if (toUnicodeRef === null) throw new Error('a page-number font has no ToUnicode map');
  const toUnicode = parseToUnicode(file.stream(toUnicodeRef).toString('latin1'));
  const glyphOf = new Map<string, number>();
  for (const [gid, text] of toUnicode) if (!glyphOf.has(text)) glyphOf.set(text, gid);
  const descendants = resolveValue(file, dictValue(font, 'DescendantFonts'));
  const first = refNumbers(descendants)[0];
  if (first === undefined) throw new Error('a page-number font has no descendant font');
  return { toUnicode, glyphOf, width: parseWidths(file.object(first)) };
}

/** A glyph shown in a text block: where its hex string sits in the block and which glyph ids it holds. */
interface Shown {
  start: number;
  end: number;
  gids: number[];
}

/** `[/Span <</ActualText <FEFF2007> >> BDC]` and its EMC, as Skia wraps a glyph shown for another character. */
const ACTUAL_TEXT_SPAN = /\/Span\s*<<\s*\/ActualText\s*<FEFF([0-9A-Fa-f]{4})>\s*>>\s*BDC\s*/g;

/**
 * A placeholder: a text block that shows exactly PLACEHOLDER_DIGITS glyphs, each
 * a figure space (by its font's map, or by an ActualText span), with one font
 * and one Td advance between glyphs; null when the block is anything else.
 */
function placeholderIn(
  block: string,
  fontOf: (name: string) => FontInfo,
): { font: FontInfo; size: number; shown: Shown[]; step: number | null } | null {
  const tf = [...block.matchAll(/\/([^\s/[\]<>()]+)\s+([\d.]+)\s+Tf\b/g)];
  if (tf.length !== 1) return null;
  if (/\bTJ\b|'|"/.test(block)) return null;
  const spans = [...block.matchAll(ACTUAL_TEXT_SPAN)];
  const bdc = block.match(/\bBDC\b/g)?.length ?? 0;
  const emc = block.match(/\bEMC\b/g)?.length ?? 0;
  if (bdc !== spans.length || emc !== spans.length) return null;
  if (spans.some((s) => parseInt(s[1]!, 16) !== PLACEHOLDER_CHAR)) return null;
  const shown: Shown[] = [];
  for (const m of block.matchAll(/<([0-9A-Fa-f]*)>\s*Tj\b/g)) {
    const hex = m[1]!;
    if (hex.length === 0 || hex.length % 4 !== 0) return null;
    const gids: number[] = [];
    for (let i = 0; i < hex.length; i += 4) gids.push(parseInt(hex.slice(i, i + 4), 16));
    shown.push({ start: m.index, end: m.index + m[0].length, gids });
  }
  const count = shown.reduce((n, s) => n + s.gids.length, 0);
  if (count !== PLACEHOLDER_DIGITS) return null;
  // Cheap test first: a block of three glyphs that are not all figure spaces is no placeholder.
  let font: FontInfo;
  try {
    font = fontOf(tf[0]![1]!);
  } catch {
    return null; // a font this reader does not follow holds no placeholder of ours
  }
  const figure = String.fromCharCode(PLACEHOLDER_CHAR);
  const everyFigure = shown.every((s) => s.gids.every((g) => font.toUnicode.get(g) === figure));
  if (!everyFigure && spans.length !== count) return null;
  const steps = [...block.matchAll(/([-\d.]+)\s+([-\d.]+)\s+Td\b/g)].map((m) => Number(m[1]));
  const step = steps.length === 0 ? null : steps[0]!;
  if (steps.some((s) => Math.abs(s - steps[0]!) > 0.01)) return null;
  return { font, size: Number(tf[0]![2]), shown, step };
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * The block with `digits` in its placeholder, right-aligned: leading
 * positions shown as nothing, the rest as the digits' glyphs, the figure-space
 * spans removed so each glyph reads as its digit.
 */
function filledBlock(block: string, found: NonNullable<ReturnType<typeof placeholderIn>>, digits: string): string {
  if (digits.length > PLACEHOLDER_DIGITS) throw new Error(`page number ${digits} is longer than its slot`);
  const { font, size, shown, step } = found;
  const gids = [...digits].map((d) => {
    const gid = font.glyphOf.get(d);
    if (gid === undefined) throw new Error(`the slot's font has no glyph for ${d}`);
    return gid;
  });
  // Each digit must advance as the placeholder did, or the number would not end where the slot does.
  const advance = step ?? (font.width(shown[0]!.gids[0]!) * size) / 1000;
  for (const gid of gids) {
    if (Math.abs((font.width(gid) * size) / 1000 - advance) > advance * 0.01 + 0.01) {
      throw new Error('a digit is not as wide as the placeholder');
    }
  }
  const pad = PLACEHOLDER_DIGITS - gids.length;
  let position = 0;
  let out = '';
  let last = 0;
  for (const s of shown) {
    out += block.slice(last, s.start);
    last = s.end;
    const own = s.gids.map(() => {
      const at = position++;
      return at < pad ? null : gids[at - pad]!;
    });
    if (own.every((g) => g === null)) continue;
    // Several glyphs in one string advance by their widths: a leading blank keeps its figure-space glyph there.
    out += `<${own.map((g, i) => hex4(g ?? s.gids[i]!)).join('')}> Tj`;
  }
  out += block.slice(last);
  return out.replace(ACTUAL_TEXT_SPAN, '').replace(/\bEMC\b\s*/g, '');
}

/** The page's content streams' object numbers. */
function contentStreams(file: PdfFile, page: string): number[] {
  const value = dictValue(page, 'Contents');
  const ref = refNumber(value);
  if (ref !== null) {
    // A reference names a stream or an array of streams.
    const target = file.object(ref);
    return target.startsWith('[') ? refNumbers(target) : [ref];
  }
  return refNumbers(value);
}

/** The page's font resources by name (inherited resources are not followed: Chromium puts them on each page). */
function pageFonts(file: PdfFile, page: string): Map<string, number> {
  const resources = resolveValue(file, dictValue(page, 'Resources'));
  const fonts = resources === null ? null : resolveValue(file, dictValue(resources, 'Font'));
  const map = new Map<string, number>();
  if (fonts === null) return map;
  for (const m of fonts.matchAll(/\/([^\s/[\]<>()]+)\s+(\d+)\s+\d+\s+R\b/g)) map.set(m[1]!, Number(m[2]));
  return map;
}

/**
 * Writes each slot's page number into a PDF printed with placeholders (its
 * bytes, or the file `readPdf` made of them, so a caller that has read it
 * for its destinations does not read it again).
 * `slots` are the destination names of the slots in document order (`pages`
 * gives each one's page; a slot whose destination has no page stays blank).
 * Returns the PDF with an incremental update, or throws when it cannot.
 */
export function fillPageNumbers(
  pdf: Uint8Array | PdfFile,
  slots: readonly string[],
  pages: ReadonlyMap<string, number>,
): Uint8Array {
  const file = ArrayBuffer.isView(pdf) ? readPdf(pdf) : pdf;
  const fonts = new Map<number, FontInfo>();
  const changed = new Map<number, string>();
  let slot = 0;
  for (const pageNum of file.pages()) {
    if (slot === slots.length) break;
    const page = file.object(pageNum);
    const fontRefs = pageFonts(file, page);
    const fontOf = (name: string): FontInfo => {
      const ref = fontRefs.get(name);
      if (ref === undefined) throw new Error(`the page has no font ${name}`);
      let info = fonts.get(ref);
      if (info === undefined) {
        info = fontInfo(file, ref);
        fonts.set(ref, info);
      }
      return info;
    };
    for (const streamNum of contentStreams(file, page)) {
      const content = file.stream(streamNum).toString('latin1');
      // Figure spaces are shown as some glyph of a font whose map says U+2007, or under an ActualText span.
      if (!content.includes('FEFF2007') && ![...fontRefs.keys()].some((n) => mapsFigureSpace(fontOf, n))) continue;
      let replaced = false;
      const next = content.replace(/\bBT\b[\s\S]*?\bET\b/g, (block) => {
        if (slot === slots.length) return block;
        const found = placeholderIn(block, fontOf);
        if (found === null) return block;
        const page = pages.get(slots[slot++]!);
        replaced = true;
        return filledBlock(block, found, page === undefined ? '' : String(page));
      });
      if (replaced) changed.set(streamNum, next);
    }
  }
  if (slot !== slots.length) throw new Error(`found ${slot} of ${slots.length} page-number slots in the PDF`);
  return withUpdate(file, changed);
}

/** Whether the font maps a glyph to the figure space; a font this reader cannot follow (a Type 3 emoji, say) does not. */
function mapsFigureSpace(fontOf: (name: string) => FontInfo, name: string): boolean {
  try {
    return fontOf(name).glyphOf.has(String.fromCharCode(PLACEHOLDER_CHAR));
  } catch {
    return false;
  }
}

/** The PDF followed by new versions of the changed streams (Flate-compressed), an xref section and a trailer. */
function withUpdate(file: PdfFile, changed: ReadonlyMap<number, string>): Uint8Array {
  const pdf = file.bytes;
  if (changed.size === 0) return pdf;
  const parts: Buffer[] = [Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)];
  let length = pdf.byteLength;
  const add = (b: Buffer): void => {
    parts.push(b);
    length += b.length;
  };
  if (pdf[pdf.byteLength - 1] !== 0x0a) add(Buffer.from('\n', 'latin1'));
  const at = new Map<number, number>();
  for (const [num, content] of [...changed].sort((a, b) => a[0] - b[0])) {
    const data = deflateSync(Buffer.from(content, 'latin1'));
    at.set(num, length);
    add(Buffer.from(`${num} 0 obj\n<</Filter /FlateDecode\n/Length ${data.length}>> stream\n`, 'latin1'));
    add(data);
    add(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }
  const xrefAt = length;
  let xref = 'xref\n0 1\n0000000000 65535 f \n';
  for (const [num, offset] of at) xref += `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
  const keep = ['Size', 'Root', 'Info', 'ID']
    .map((key) => [key, dictValue(file.trailer, key)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null)
    .map(([key, value]) => `/${key} ${value}`);
  add(
    Buffer.from(
      `${xref}trailer\n<<${keep.join('\n')}\n/Prev ${file.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(parts, length));
}
