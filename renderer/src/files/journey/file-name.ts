/**
 * A file name for a journey that is safe on Windows, macOS and Linux and
 * still reads as the journey's title, in any script.
 */

export const UNTITLED_FILE_NAME = 'Untitled journey';
/** Whole name, extension included, in UTF-8 bytes (file systems allow 255). */
export const MAX_FILE_NAME_BYTES = 200;

// Reserved by Windows, with or without an extension, in any case.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates can disguise an extension ("…gpj.exe").
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

function graphemes(s: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (g) => g.segment);
  }
  return Array.from(s);
}

/** Cut to at most `maxBytes` UTF-8 bytes at a grapheme boundary. */
function truncateBytes(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s;
  let out = '';
  let used = 0;
  for (const g of graphemes(s)) {
    const size = utf8Length(g);
    if (used + size > maxBytes) break;
    out += g;
    used += size;
  }
  return out;
}

const trimEnds = (s: string) => s.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');

/**
 * `journeyFileName('Onboarding: week 1?')` → `Onboarding- week 1-.journey`.
 * Keeps the title's script, replaces characters no file system accepts,
 * trims leading and trailing dots and spaces, steps around Windows'
 * reserved names, and limits the whole name to 200 UTF-8 bytes.
 * A `tail` (“ viewer”, “ poster”) follows the title and is kept when a long
 * title is cut, so two deliverables of one journey never share a name.
 */
export function journeyFileName(title: string, ext = 'journey', tail = ''): string {
  const extension = ext.replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
  const suffix = extension ? `.${extension}` : '';
  const clean = (text: string) =>
    String(text)
      .replace(LONE_SURROGATE, '')
      .normalize('NFC')
      .replace(BIDI_CONTROLS, '')
      // "Online order: damaged item" reads "Online order - damaged item", not "Online order- damaged item".
      .replace(/ *: +/gu, ' - ')
      .replace(ILLEGAL, '-')
      .replace(/\s+/gu, ' ');
  const end = clean(tail)
    .replace(/[\s.]+$/u, '')
    .slice(0, 40);
  let base = trimEnds(clean(title));
  base = trimEnds(truncateBytes(base, MAX_FILE_NAME_BYTES - utf8Length(suffix) - utf8Length(end) - 1));
  if (!base) base = UNTITLED_FILE_NAME;
  base += end;
  // "CON.txt.journey" is as reserved as "CON": mark the stem itself.
  if (WINDOWS_RESERVED.test(base)) base = base.replace(/^([^. ]*)/, '$1_');
  return `${base}${suffix}`;
}
