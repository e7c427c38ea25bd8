/**
 * Page numbers for a printed HTML document, in one print. No journey logic:
 * the document marks where a number goes with `data-page-of="<id>"` on an
 * empty, fixed-width, right-aligned element, and links to `#<id>` somewhere
 * (Chromium writes a named destination only for the target of an internal
 * link). The document is loaded once and printed with a placeholder of
 * figure spaces in every slot (a style sheet set on the loaded page); the
 * printed PDF says on which page each destination landed, and the numbers
 * are written into the placeholders (`pdf-fill.ts`), so nothing is laid out
 * or printed twice. Where the numbers cannot be written that way, the
 * document is printed again, in the same loaded page, with the numbers as
 * one CSS rule per slot (digits only, so no user text is touched; the slot's
 * fixed width keeps the layout as it was).
 *
 * Why this shape: a large report costs seconds to lay out and print (the
 * 200-touchpoint report about as much to load as to print), and once to
 * measure plus once with the numbers was twice that.
 */
import { fillPageNumbers, PLACEHOLDER_CHAR, PLACEHOLDER_DIGITS } from './pdf-fill';
import { dictValue, readPdf, refNumber, rootOf, type PdfFile } from './pdf-read';

/** The attribute that marks where a page number goes. */
export const PAGE_OF_ATTRIBUTE = 'data-page-of';

const DEST_NAME = /^[A-Za-z0-9_-]{1,120}$/;
const MAX_PASSES = 2;

type Printer<O> = (html: string, options: O) => Promise<Uint8Array>;

/** A document loaded once in a print window, printed as often as needed. */
export interface LoadedDocument {
  /** Replaces the one style sheet the passes may add to the loaded document ('' removes it); no reload. */
  setStyle(css: string): Promise<void>;
  /** Prints the document as it is now, tagged, with an outline. */
  print(): Promise<Uint8Array>;
}

/**
 * `work`, or, as soon as `signal` aborts, a rejection: a print stopped halfway (its window
 * destroyed) may never settle, and whoever waits for it must not wait with it.
 */
export function unlessAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return work;
  if (signal.aborted) {
    // What the stopped work still does (a command to a closed window) fails unheard, as in the race below.
    work.catch(() => undefined);
    return Promise.reject(new Error('The print was stopped.'));
  }
  let stop: () => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(new Error('The print was stopped.'));
    signal.addEventListener('abort', stop, { once: true });
  });
  return Promise.race([work, stopped]).finally(() => signal.removeEventListener('abort', stop));
}

/** Loads `html` once, hands it to `use`, and closes it whatever `use` does. */
export type DocumentPrinter<O> = <T>(html: string, options: O, use: (doc: LoadedDocument) => Promise<T>) => Promise<T>;

/** The style of the first print: every slot holds figure spaces, as wide as the digits written there afterwards. */
export const PLACEHOLDER_CSS = `[${PAGE_OF_ATTRIBUTE}]::after{content:"${`\\${PLACEHOLDER_CHAR.toString(16)} `.repeat(PLACEHOLDER_DIGITS).trim()}"}`;

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
      print: () => print(style === '' ? html : withStyle(html, style), options),
    });
  };
}

function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * On which page (1-based) each named destination of a Chromium-printed PDF
 * (its bytes, or the file `readPdf` made of them) lands. Throws when the PDF
 * is not laid out the way Chromium writes it.
 */
export function destinationPages(pdf: Uint8Array | PdfFile): Map<string, number> {
  // isView, not instanceof: bytes made in another realm (a test's environment) are bytes too.
  const file = ArrayBuffer.isView(pdf) ? readPdf(pdf) : pdf;
  const pageIndex = new Map<number, number>();
  for (const [i, page] of file.pages().entries()) pageIndex.set(page, i + 1);
  const pages = new Map<string, number>();
  const catalog = file.object(rootOf(file.trailer));
  const destsRef = refNumber(dictValue(catalog, 'Dests'));
  if (destsRef === null) return pages;
  const dests = file.object(destsRef);
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

/** The destination of each `data-page-of` slot of the document, in document order. */
export function pageSlots(html: string): string[] {
  return [...html.matchAll(new RegExp(`${PAGE_OF_ATTRIBUTE}="([^"<>]*)"`, 'g'))].map((m) => m[1]!);
}

/**
 * A printer that gives documents asking for page numbers exact ones: load the
 * document once, print it with placeholders in the slots, read where each
 * destination landed and write the numbers into the placeholders. Should that
 * not work on this PDF, print again in the same page with the numbers' style
 * (and once more should the numbers have moved a destination; they should
 * not). A document without slots prints once; when the reader cannot follow
 * the printed PDF, that print is kept with the numbers left blank. Both
 * fallbacks are logged.
 */
export function printWithPageNumbers<O>(
  open: DocumentPrinter<O>,
  log: (message: string) => void = () => {},
): (html: string, options: O) => Promise<Uint8Array> {
  return (html, options) =>
    open(html, options, async (doc) => {
      const slots = pageSlots(html);
      if (slots.length === 0) return doc.print();
      await doc.setStyle(PLACEHOLDER_CSS);
      let pdf = await doc.print();
      // Read once (some 7 ms for a 2 MB report): the destinations and the fill share it.
      let printed: PdfFile;
      let pages: Map<string, number>;
      try {
        printed = readPdf(pdf);
        pages = destinationPages(printed);
      } catch (error) {
        // A PDF this reader cannot follow is kept as printed: the placeholders show as blank space.
        log(`page numbers left out: ${error instanceof Error ? error.message : String(error)}`);
        return pdf;
      }
      try {
        return fillPageNumbers(printed, slots, pages);
      } catch (error) {
        log(`page numbers printed again: ${error instanceof Error ? error.message : String(error)}`);
      }
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        // Replaces the placeholders' style: one style change between the prints.
        await doc.setStyle(pageNumberCss(pages));
        pdf = await doc.print();
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
