/**
 * The fonts the report embeds, so it prints the same everywhere and every
 * script has glyphs: Noto Sans (Latin, Greek, Cyrillic, Devanagari,
 * Vietnamese) plus Noto Sans Tamil, Telugu, Malayalam and Armenian, weights
 * 400 and 700, one woff2 file per @fontsource subset. Both the Node test
 * helper and the browser loader read this manifest; each reads the bytes its
 * own way and passes them in as ReportAssets.fonts.
 */
import type { ReportFont } from './types';
import { cleanText } from './escape';

export const REPORT_FONT_STACK =
  '"Noto Sans", "Noto Sans Tamil", "Noto Sans Telugu", "Noto Sans Malayalam", "Noto Sans Armenian", sans-serif';

export const REPORT_FONT_WEIGHTS = [400, 700] as const;

export interface ReportFontFile {
  /** npm package, e.g. `@fontsource/noto-sans-tamil`. */
  package: string;
  /** File name inside the package's `files/` folder. */
  file: string;
  family: string;
  weight: (typeof REPORT_FONT_WEIGHTS)[number];
  unicodeRange: string;
}

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** Subsets and unicode ranges as the packages' unicode.json files give them. */
const PACKAGES: readonly { slug: string; family: string; subsets: Readonly<Record<string, string>> }[] = [
  {
    slug: 'noto-sans',
    family: 'Noto Sans',
    subsets: {
      'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
      cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
      devanagari:
        'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09',
      'greek-ext': 'U+1F00-1FFF',
      greek: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
      vietnamese:
        'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
      'latin-ext': LATIN_EXT,
      latin: LATIN,
    },
  },
  {
    slug: 'noto-sans-tamil',
    family: 'Noto Sans Tamil',
    subsets: { tamil: 'U+0964-0965,U+0B82-0BFA,U+200C-200D,U+20B9,U+25CC', 'latin-ext': LATIN_EXT, latin: LATIN },
  },
  {
    slug: 'noto-sans-telugu',
    family: 'Noto Sans Telugu',
    subsets: {
      telugu: 'U+0951-0952,U+0964-0965,U+0C00-0C7F,U+1CDA,U+1CF2,U+200C-200D,U+25CC',
      'latin-ext': LATIN_EXT,
      latin: LATIN,
    },
  },
  {
    slug: 'noto-sans-malayalam',
    family: 'Noto Sans Malayalam',
    subsets: {
      malayalam:
        'U+0307,U+0323,U+0951-0952,U+0964-0965,U+0D00-0D7F,U+1CDA,U+1CF2,U+200C-200D,U+20B9,U+25CC,U+A830-A832',
      'latin-ext': LATIN_EXT,
      latin: LATIN,
    },
  },
  {
    slug: 'noto-sans-armenian',
    family: 'Noto Sans Armenian',
    subsets: {
      armenian: 'U+0308,U+0530-058F,U+2010,U+2024,U+25CC,U+FB13-FB17',
      'latin-ext': LATIN_EXT,
      latin: LATIN,
    },
  },
];

/** Every font file the report embeds (5 packages, 26 subsets × 2 weights = 52 files). */
export const REPORT_FONT_FILES: readonly ReportFontFile[] = PACKAGES.flatMap((pkg) =>
  Object.entries(pkg.subsets).flatMap(([subset, unicodeRange]) =>
    REPORT_FONT_WEIGHTS.map((weight) => ({
      package: `@fontsource/${pkg.slug}`,
      file: `${pkg.slug}-${subset}-${weight}-normal.woff2`,
      family: pkg.family,
      weight,
      unicodeRange,
    })),
  ),
);

const FAMILY = /^[A-Za-z0-9 -]{1,64}$/;
const UNICODE_RANGE = /^U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?(,\s*U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?)*$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * `@font-face` rules with data URLs; fonts with a bad family, range or payload are left out. `block` (print: no
 * fallback face ever reaches a PDF) or `swap` (a page on screen shows text before its faces are decoded).
 */
export function fontFaceCss(fonts: readonly ReportFont[], display: 'block' | 'swap' = 'block'): string {
  return fonts
    .filter(
      (f) =>
        FAMILY.test(f.family) &&
        Number.isInteger(f.weight) &&
        f.weight >= 100 &&
        f.weight <= 900 &&
        (f.unicodeRange === undefined || UNICODE_RANGE.test(f.unicodeRange)) &&
        f.woff2Base64.length % 4 === 0 &&
        BASE64.test(f.woff2Base64),
    )
    .map(
      (f) =>
        `@font-face{font-family:"${cleanText(f.family)}";font-style:normal;font-weight:${f.weight};font-display:${display};` +
        `src:url(data:font/woff2;base64,${f.woff2Base64}) format("woff2");` +
        (f.unicodeRange ? `unicode-range:${f.unicodeRange};` : '') +
        '}',
    )
    .join('\n');
}

/** `[start, end]` code point spans of a CSS unicode-range (`?` wildcards widen to the full span). */
function rangeSpans(range: string): [number, number][] {
  return range.split(',').flatMap((part): [number, number][] => {
    const m = /^\s*U\+([0-9A-Fa-f?]{1,6})(?:-([0-9A-Fa-f]{1,6}))?\s*$/.exec(part);
    if (!m) return [];
    const first = m[1]!;
    if (first.includes('?'))
      return [[parseInt(first.replace(/\?/g, '0'), 16), parseInt(first.replace(/\?/g, 'F'), 16)]];
    const start = parseInt(first, 16);
    return [[start, m[2] ? parseInt(m[2], 16) : start]];
  });
}

const STACK_ORDER = REPORT_FONT_STACK.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));

/**
 * The distinct code points of a text. The report's HTML is a megabyte or more and mostly ASCII: a
 * table of the code units seen skips the repeats without a set lookup per character.
 */
function codePointsOf(text: string): number[] {
  const seen = new Uint8Array(0x10000);
  const points: number[] = [];
  const beyond = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const point = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    if (point > 0xffff) {
      // A surrogate pair (emoji, rare scripts): the whole code point, once.
      beyond.add(point);
      i++;
    } else if (seen[point] === 0) {
      seen[point] = 1;
      points.push(point);
    }
  }
  return [...points, ...beyond];
}

/**
 * The font files a document's text needs, for a smaller document that loads
 * faster: each character is drawn by the first family of the font stack whose
 * files cover it (as the browser picks), so a file is kept when it is the one
 * drawing at least one character of `text`. The script families' own Latin
 * subsets are never reached (Noto Sans comes first), nor are scripts the
 * journey does not use. Fonts of a family outside the stack, or without a
 * range, are kept.
 */
export function fontsForDocument(fonts: readonly ReportFont[], text: string): ReportFont[] {
  const points = codePointsOf(text);
  const spans = fonts.map((f) => (f.unicodeRange ? rangeSpans(f.unicodeRange) : null));
  const covers = (i: number, p: number) => spans[i]!.some(([a, b]) => p >= a && p <= b);
  const used = new Set<number>();
  for (const p of points) {
    for (const family of STACK_ORDER) {
      const hits = fonts.flatMap((f, i) => (f.family === family && spans[i] !== null && covers(i, p) ? [i] : []));
      if (hits.length === 0) continue;
      for (const i of hits) used.add(i);
      break;
    }
  }
  return fonts.filter((f, i) => spans[i] === null || !STACK_ORDER.includes(f.family) || used.has(i));
}
