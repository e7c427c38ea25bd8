/**
 * Page numbers for a printed HTML document: load it once, print it with
 * everything hidden to read on which page each named destination landed,
 * then print it again, in the same loaded page, with those numbers filled in.
 * No journey logic: the document marks where a number goes with
 * `data-page-of="<id>"` on an empty element, and links to `#<id>` somewhere
 * (Chromium writes a named destination only for the target of an internal
 * link). The numbers are added as one CSS rule per id (digits only), so no
 * user text is touched and the layout does not move as long as the element
 * has a fixed width (the report's contents do).
 *
 * Why this shape: loading a large report (parsing, styles, fonts, layout)
 * costs about as much as printing it, so the document is loaded once and only
 * a style sheet changes between the prints (`LoadedDocument.setStyle`; the
 * desktop app sets it through the DevTools protocol, which needs no script in the page).
 * The first print hides everything with `visibility: hidden`, which moves
 * nothing but skips drawing, so it costs the layout and little else.
 *
 * The reader handles the PDFs Chromium (Skia) writes: a classic xref table,
 * a page tree and a /Dests dictionary in the catalog, all uncompressed.
 */

/** The attribute that marks where a page number goes. */
export const PAGE_OF_ATTRIBUTE = 'data-page-of';

const DEST_NAME = /^[A-Za-z0-9_-]{1,120}$/;
const MAX_PASSES = 3;

/**
 * What a print is for: `measure` only to see where the destinations land (the
 * printer may leave out the tags and outline, which cost time and do not move
 * anything), `final` for the PDF that is kept.
 */
export type PrintPurpose = 'measure' | 'final';

type Printer<O> = (html: string, options: O, purpose?: PrintPurpose) => Promise<Uint8Array>;

/** A document loaded once in a print window, printed as often as needed. */
export interface LoadedDocument {
  /** Replaces the one style sheet the passes may add to the loaded document ('' removes it); no reload. */
  setStyle(css: string): Promise<void>;
  print(purpose: PrintPurpose): Promise<Uint8Array>;
}

/** Loads `html` once, hands it to `use`, and closes it whatever `use` does. */
export type DocumentPrinter<O> = <T>(html: string, options: O, use: (doc: LoadedDocument) => Promise<T>) => Promise<T>;

/**
 * The style of the measure print: every box keeps its place (visibility
 * does not take part in layout) and nothing is drawn, so the print costs the
 * pagination only; Chromium still writes the named destinations.
 */
export const MEASURE_CSS = '*,*::before,*::after{visibility:hidden!important}';

/**
 * A document printer for a printer that can only print whole documents: each
 * print loads the document again, with the added style at the end of its head.
 * The slow way, for printers that cannot keep a page (and for tests).
 */
export function reloadEachPrint<O>(print: Printer<O>): DocumentPrinter<O> {
  return async (html, options, use) => {
    let style = '';
    return use({
      setStyle: async (css) => {
        style = css;
      },
      print: (purpose) => print(style === '' ? html : withStyle(html, style), options, purpose),
    });
  };
}

/** Object number → byte offset, from the classic xref table that `startxref` points to. */
function xrefOffsets(text: string): Map<number, number> {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!start) throw new Error('The PDF has no startxref.');
  const offsets = new Map<number, number>();
  let pos = Number(start[1]);
  if (!text.startsWith('xref', pos)) throw new Error('The PDF has no classic xref table.');
  pos += 4;
  const section = /\s*(\d+)\s+(\d+)\s*/y;
  const entry = /(\d{10}) (\d{5}) ([nf])\s*/y;
  for (;;) {
    section.lastIndex = pos;
    const head = section.exec(text);
    if (!head) break;
    pos = section.lastIndex;
    const first = Number(head[1]);
    const count = Number(head[2]);
    for (let i = 0; i < count; i++) {
      entry.lastIndex = pos;
      const e = entry.exec(text);
      if (!e) throw new Error('The PDF xref table is malformed.');
      pos = entry.lastIndex;
      if (e[3] === 'n') offsets.set(first + i, Number(e[1]));
    }
  }
  return offsets;
}

/** The text of an uncompressed object, up to its stream or `endobj`. */
function objectText(text: string, offsets: Map<number, number>, num: number): string {
  const at = offsets.get(num);
  if (at === undefined) throw new Error(`The PDF has no object ${num}.`);
  const end = text.indexOf('endobj', at);
  const stream = text.indexOf('stream', at);
  const stop = stream !== -1 && stream < end ? stream : end;
  return text.slice(at, stop === -1 ? undefined : stop);
}

function refOf(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
}

function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * On which page (1-based) each named destination of a Chromium-printed PDF
 * lands. Throws when the PDF is not laid out the way Chromium writes it.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const offsets = xrefOffsets(text);
  const trailerAt = text.lastIndexOf('trailer');
  const root = trailerAt === -1 ? null : refOf(text.slice(trailerAt), 'Root');
  if (root === null) throw new Error('The PDF has no catalog.');
  const catalog = objectText(text, offsets, root);

  // Pages in order: a depth-first walk of the page tree.
  const pageIndex = new Map<number, number>();
  const pagesRoot = refOf(catalog, 'Pages');
  if (pagesRoot === null) throw new Error('The PDF has no page tree.');
  const walk = (num: number, depth: number): void => {
    if (depth > 32) throw new Error('The PDF page tree is too deep.');
    const node = objectText(text, offsets, num);
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
      for (const kid of (kids?.[1] ?? '').matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(kid[1]), depth + 1);
    } else {
      pageIndex.set(num, pageIndex.size + 1);
    }
  };
  walk(pagesRoot, 0);

  const pages = new Map<string, number>();
  const destsRef = refOf(catalog, 'Dests');
  if (destsRef === null) return pages;
  const dests = objectText(text, offsets, destsRef);
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = pageIndex.get(Number(m[2]));
    if (page !== undefined) pages.set(decodeName(m[1]!), page);
  }
  return pages;
}

/** One CSS rule per destination: `[data-page-of="id"]::after { content: "7" }`. */
export function pageNumberCss(pages: ReadonlyMap<string, number>): string {
  return [...pages]
    .filter(([name]) => DEST_NAME.test(name))
    .map(([name, page]) => `[${PAGE_OF_ATTRIBUTE}="${name}"]::after{content:"${page}"}`)
    .join('\n');
}

function withStyle(html: string, css: string): string {
  const style = `<style data-print-pass>\n${css}\n</style>`;
  const head = html.indexOf('</head>');
  return head === -1 ? `${style}${html}` : `${html.slice(0, head)}${style}${html.slice(head)}`;
}

/** Code points that draw nothing on their own (controls, combining marks, joiners, spaces): never used to wake a face. */
function drawsAlone(p: number): boolean {
  return !(
    p < 0x41 ||
    (p >= 0x7f && p <= 0xa0) ||
    (p >= 0x300 && p <= 0x36f) ||
    (p >= 0x2000 && p <= 0x206f) ||
    p === 0x25cc ||
    p === 0xfeff ||
    p > 0x10ffff
  );
}

/** Up to three characters of a face's unicode-range (its first drawable one in each of its first spans). */
function rangeSamples(range: string | undefined): number[] {
  if (range === undefined) return [0x41];
  const samples: number[] = [];
  for (const part of range.split(',')) {
    const m = /^\s*U\+([0-9A-Fa-f]{1,6})(?:-([0-9A-Fa-f]{1,6}))?\s*$/.exec(part);
    if (!m) continue;
    const end = parseInt(m[2] ?? m[1]!, 16);
    for (let p = parseInt(m[1]!, 16); p <= end && p < 0x110000; p++) {
      if (drawsAlone(p)) {
        samples.push(p);
        break;
      }
    }
    if (samples.length === 3) break;
  }
  return samples;
}

const FACE_FAMILY = /font-family:\s*"([A-Za-z0-9 _-]{1,64})"/;

/**
 * The document as a print window loads it: its web fonts decoded during the
 * load, before its first full layout, and nothing laid out for the screen.
 * A large report otherwise lays out its whole text for the window (which no
 * one sees) as soon as it is parsed, with stand-in metrics, then again as each
 * font file arrives (3 full layouts of some 20,000 boxes for the
 * 200-touchpoint report), and again for print. Here, on screen, the body shows
 * only a small hidden-from-print element with one to three characters of each
 * `@font-face` of the head, in that face's family, weight and style, so each
 * face loads with the page; in print that element is left out and everything
 * else shows as before, so the PDF is the same. A document without
 * `@font-face` rules is returned unchanged.
 */
export function withFontsFirst(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) return html;
  const rules: string[] = [];
  const spans: string[] = [];
  for (const face of html.slice(0, headEnd).matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = face[1]!;
    const family = FACE_FAMILY.exec(body)?.[1];
    if (family === undefined) continue;
    const weight = /font-weight:\s*([1-9]00)\b/.exec(body)?.[1] ?? '400';
    const style = /font-style:\s*italic\b/.test(body) ? 'italic' : 'normal';
    const samples = rangeSamples(/unicode-range:\s*([^;]+)/.exec(body)?.[1]);
    if (samples.length === 0) continue;
    const cls = `wf${rules.length}`;
    rules.push(`[data-fonts-first] .${cls}{font-family:"${family}";font-weight:${weight};font-style:${style}}`);
    spans.push(`<span class="${cls}">${samples.map((p) => `&#x${p.toString(16)};`).join('')}</span>`);
  }
  if (rules.length === 0) return html;
  const style =
    '<style data-print-window>\n@media screen{body>:not([data-fonts-first]){display:none!important}}\n' +
    `@media print{[data-fonts-first]{display:none!important}}\n${rules.join('\n')}\n</style>`;
  const warm = `<div data-fonts-first aria-hidden="true">${spans.join('')}</div>`;
  const withHead = `${html.slice(0, headEnd)}${style}${html.slice(headEnd)}`;
  const bodyEnd = withHead.lastIndexOf('</body>');
  return bodyEnd === -1 ? `${withHead}${warm}` : `${withHead.slice(0, bodyEnd)}${warm}${withHead.slice(bodyEnd)}`;
}

/** The document with the numbers' style added at the end of its head. */
export function withPageNumbers(html: string, pages: ReadonlyMap<string, number>): string {
  return withStyle(html, pageNumberCss(pages));
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/**
 * A printer that gives documents asking for page numbers exact ones: load the
 * document once, print it hidden (`measure`) to read where each destination
 * landed, add the numbers' style, print it (`final`), and once more should
 * the numbers have moved a destination (they should not). A document without
 * `data-page-of` prints once (`final`); when the reader cannot follow the
 * measured PDF, the document is printed as `final` without numbers (and that
 * is logged).
 */
export function printWithPageNumbers<O>(
  open: DocumentPrinter<O>,
  log: (message: string) => void = () => {},
): (html: string, options: O) => Promise<Uint8Array> {
  return (html, options) =>
    open(html, options, async (doc) => {
      if (!html.includes(`${PAGE_OF_ATTRIBUTE}=`)) return doc.print('final');
      await doc.setStyle(MEASURE_CSS);
      let pdf = await doc.print('measure');
      let pages: Map<string, number>;
      try {
        pages = destinationPages(pdf);
      } catch (error) {
        // A PDF this reader cannot follow still prints, with the contents' numbers left blank.
        log(`page numbers left out: ${error instanceof Error ? error.message : String(error)}`);
        await doc.setStyle('');
        return doc.print('final');
      }
      for (let pass = 1; pass < MAX_PASSES; pass++) {
        // Replaces the measure style: one style change between the prints.
        await doc.setStyle(pageNumberCss(pages));
        pdf = await doc.print('final');
        const landed = destinationPages(pdf);
        if (samePages(pages, landed)) return pdf;
        pages = landed;
      }
      return pdf;
    });
}

/** `printWithPageNumbers` over a printer that loads the document for every print (see `reloadEachPrint`). */
export function withPageNumberPasses<O>(print: Printer<O>, log: (message: string) => void = () => {}): Printer<O> {
  return printWithPageNumbers(reloadEachPrint(print), log);
}
