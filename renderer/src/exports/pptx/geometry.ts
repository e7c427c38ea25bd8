/**
 * Slide sizes and the arithmetic of fitting text on them, in inches and
 * points. Text is never measured (there is no DOM here): its width is
 * estimated per character from its script, on the generous side, by the
 * report's own estimate (reports/svg/text-wrap.ts), so a row planned to fit
 * does fit in PowerPoint and LibreOffice.
 */
import { oneLine } from '../../reports/escape';
import { estimateWidth, wrapText } from '../../reports/svg/text-wrap';

export const DECK_LAYOUTS = ['16:9', '4:3'] as const;
export type DeckLayout = (typeof DECK_LAYOUTS)[number];

export interface SlideGeometry {
  /** pptxgenjs layout name. */
  name: 'LAYOUT_WIDE' | 'LAYOUT_4x3';
  /** Slide size, inches. */
  w: number;
  h: number;
  /** Left and right margin. */
  margin: number;
  /** Where the body starts and ends (below the title, above the footer). */
  bodyTop: number;
  bodyBottom: number;
  /** Stage columns on one map overview slide. */
  mapColumns: number;
}

export function slideGeometry(layout: DeckLayout): SlideGeometry {
  const common = { h: 7.5, margin: 0.5, bodyTop: 1.25, bodyBottom: 6.95 };
  return layout === '4:3'
    ? { ...common, name: 'LAYOUT_4x3', w: 10, mapColumns: 4 }
    : { ...common, name: 'LAYOUT_WIDE', w: 13.333, mapColumns: 6 };
}

export function contentWidth(g: SlideGeometry): number {
  return g.w - 2 * g.margin;
}

/** Inner margins of a text box (PowerPoint's defaults): 0.1 in left and right, 0.05 in top and bottom. */
export const INSET_X = 0.1;
export const INSET_Y = 0.05;

/** Height of one line of text in inches: Noto's ascent and descent, with room for the taller Indic clusters. */
export function lineHeight(pt: number): number {
  return (pt * 1.45) / 72;
}

/** The lines a text wraps into in a box `width` inches wide at `pt` points; at most `maxLines`, the last ending in "…" when cut. */
export function wrapLines(text: string, width: number, pt: number, maxLines = Number.MAX_SAFE_INTEGER): string[] {
  const usable = Math.max(0.2, width - 2 * INSET_X) * 72;
  return wrapText(text, usable, pt, maxLines);
}

/**
 * How many lines `wrapLines` would give, counted from each word's width once
 * (wrapping re-measures the growing line at every word, which is what makes a
 * 2,000-touchpoint deck slow). A word wider than a line takes as many lines as
 * its width needs. Counting stops once it passes `atMost`: a cell that keeps three lines of a
 * 100,000-character text needs to know only that it has more.
 */
export function countLines(text: string, width: number, pt: number, atMost = Number.MAX_SAFE_INTEGER): number {
  const usable = Math.max(0.2, width - 2 * INSET_X) * 72;
  const space = estimateWidth(' ', pt);
  let lines = 0;
  let used = -1;
  for (const word of oneLine(text).split(' ')) {
    // Past `atMost` the count only says "more than fits", which one line more already says.
    if (lines > atMost) break;
    if (!word) continue;
    const w = estimateWidth(word, pt);
    if (used >= 0 && used + space + w <= usable) {
      used += space + w;
      continue;
    }
    if (w <= usable) {
      lines += 1;
      used = w;
    } else {
      // Cut between grapheme clusters as wrapLines cuts it; the next word may join its last piece.
      const pieces = wrapText(word, usable, pt, Number.MAX_SAFE_INTEGER);
      lines += pieces.length;
      used = estimateWidth(pieces[pieces.length - 1] ?? '', pt);
    }
  }
  return lines;
}

/** Height of a text box holding `lines` lines at `pt` points. */
export function boxHeight(lines: number, pt: number): number {
  return Math.max(1, lines) * lineHeight(pt) + 2 * INSET_Y;
}

/**
 * Split items of the given heights into pages of at most `available` height
 * each (`firstAvailable` for the first page). An item taller than a page gets
 * a page of its own. Returns the index ranges [start, end).
 */
export function paginate(
  heights: readonly number[],
  available: number,
  firstAvailable = available,
): [number, number][] {
  const pages: [number, number][] = [];
  let start = 0;
  let used = 0;
  let room = firstAvailable;
  heights.forEach((h, i) => {
    if (i > start && used + h > room) {
      pages.push([start, i]);
      start = i;
      used = 0;
      room = available;
    }
    used += h;
  });
  if (heights.length > 0) pages.push([start, heights.length]);
  return pages;
}
