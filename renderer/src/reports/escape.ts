/**
 * Everything that puts user text into HTML, SVG, CSS or Markdown goes
 * through here. User text is never trusted: it is escaped for the place it
 * lands in, colours are validated, images are limited to known raster/SVG
 * types carried as base64 data URLs.
 */
import type { ReportImage } from './types';

// XML 1.0 forbids most C0 controls and lone surrogates; drop them so SVG stays well-formed.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Escape text for HTML/SVG text content and attribute values (quoted with ").*/
export function escapeHtml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A CSS string literal (with quotes) that holds `text` safely: every char but
 * ASCII letters and digits becomes a 6-digit hex escape (spaces too, since a
 * space after an escape would be swallowed by it).
 */
export function cssString(text: string): string {
  let out = '';
  for (const ch of cleanText(text).replace(/[\r\n\t]+/g, ' ')) {
    out += /^[A-Za-z0-9]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16).padStart(6, '0')}`;
  }
  return `"${out}"`;
}

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The colour if it is `#rrggbb`, otherwise the fallback. Never lets anything else into CSS or SVG. */
export function safeColour(value: unknown, fallback: string): string {
  return typeof value === 'string' && HEX_COLOUR.test(value) ? value.toLowerCase() : fallback;
}

/** Relative luminance of a `#rrggbb` colour, 0 (black) – 1 (white). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Black or white, whichever reads better on the background. */
export function textOn(background: string): string {
  return luminance(background) > 0.4 ? '#1f2328' : '#ffffff';
}

/** Mix a colour with white: `amount` 0 keeps it, 1 gives white. */
export function tint(hex: string, amount: number): string {
  const parts = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${parts
    .map((c) => Math.round(c + (255 - c) * amount))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

export const REPORT_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml'] as const;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * A `data:` URL for an image, or null when its type is not an allowed image
 * type or its data is not base64. SVG is only ever used through `<img>`, where
 * it cannot run scripts or load anything.
 */
export function safeImageDataUrl(image: ReportImage | null | undefined): string | null {
  if (!image) return null;
  const type = image.type.trim().toLowerCase();
  if (!(REPORT_IMAGE_TYPES as readonly string[]).includes(type)) return null;
  const data = image.dataBase64.replace(/\s+/g, '');
  if (data.length === 0 || data.length % 4 !== 0 || !BASE64.test(data)) return null;
  return `data:${type};base64,${data}`;
}

/** Split text into user-perceived characters, so a wrap never cuts a Tamil or Malayalam cluster apart. */
export function graphemes(text: string): string[] {
  // Text in which every character stands alone is split by code unit, which gives what the segmenter gives
  // at a tenth of its cost (the map and the viewer split every title and label).
  if (STANDS_ALONE.test(text)) return text.split('');
  // One segmenter for every call: making one costs far more than segmenting a short text.
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
let segmenter: Intl.Segmenter | undefined;
/**
 * Printable characters that never join a neighbour into one grapheme: Latin (with Latin-1, the extended
 * blocks and the spacing modifier letters), Greek, Cyrillic without its combining marks, and Armenian.
 * No combining mark, joiner, variation selector, surrogate (emoji), control or line break (CR LF is one grapheme).
 */
const STANDS_ALONE = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u058f]*$/;

/** Shorten text to at most `max` graphemes, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const g = graphemes(text.trim());
  return g.length <= max
    ? g.join('')
    : `${g
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd()}…`;
}

/** Collapse runs of white space (new lines included) to single spaces. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** Escape Markdown: every ASCII punctuation mark that can start syntax gets a backslash; lines are joined. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|<>~=&"]/g, (c) => `\\${c}`);
}

/** A signed score with a real minus sign: "+2", "0", "−3". */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `\u2212${Math.abs(value)}`;
  return '0';
}
